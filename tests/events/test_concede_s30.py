"""Session 30 (concede): refusals and sanctions the coder missed (sentences written for these tests, not taken
from the eval sets).

- A state stopping the issue of visas to another's citizens (أوقفت السفارة منح التأشيرات للبنانيين) is a measure
  against them, SANCTION 163 (``sanction.s30-concede-awqafa-ta2shirat``).
- An announced opposition to a deal or measure (أعلن السيناتور معارضته للاتفاق مع إيران، أعلنت الحكومة
  معارضتها لقرار ...) is a refusal, REJECT 120 (``reject.s30-concede-ma3araDa``).
"""
from __future__ import annotations

from helpers_triggers import pattern_ids, types


def test_stopping_visas_for_a_nation_is_a_sanction():
    text = "أوقفت السفارة الكويتية في القاهرة منح التأشيرات للمصريين حتى إشعار آخر."
    assert "sanction.s30-concede-awqafa-ta2shirat" in pattern_ids(text)
    assert "SANCTION" in types(text)


def test_stopping_visa_issue_in_the_future():
    text = "قالت وزارة الخارجية إن الجزائر ستوقف إصدار تأشيرات لمواطني المغرب اعتبارا من الشهر المقبل."
    assert "sanction.s30-concede-awqafa-ta2shirat" in pattern_ids(text)


def test_granting_visas_is_no_sanction():
    text = "بدأت السفارة الكويتية في القاهرة منح التأشيرات للمصريين عبر موقعها الإلكتروني."
    assert "sanction.s30-concede-awqafa-ta2shirat" not in pattern_ids(text)
    assert "SANCTION" not in types(text)


def test_announced_opposition_to_a_deal_is_a_refusal():
    text = "أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو معارضته للاتفاق الذي توصلت إليه القوى الكبرى مع إيران."
    assert "reject.s30-concede-ma3araDa" in pattern_ids(text)
    assert "REJECT" in types(text)


def test_announced_opposition_to_a_decision():
    text = "أعلنت الحكومة التركية معارضتها لقرار البرلمان الأوروبي بشأن الأرمن."
    assert "reject.s30-concede-ma3araDa" in pattern_ids(text)
    assert "REJECT" in types(text)


def test_the_opposition_party_is_no_refusal():
    text = "أعلن زعيم المعارضة التركية أن حزبه سيشارك في الانتخابات المقبلة."
    assert "reject.s30-concede-ma3araDa" not in pattern_ids(text)
    assert "REJECT" not in types(text)
