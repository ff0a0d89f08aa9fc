"""Session 22 review: readings the session's new rules first got wrong. Sentences written for these tests."""
from __future__ import annotations

import pytest

import hadath


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


def test_a_surname_that_is_a_preposition_stands_for_no_one():
    # the name علي before a title: the later preposition على is no Egyptian official
    evs = _events("وصل محمد علي وزير الخارجية المصري إلى عمان. وشدد الملك الأردني على ضرورة الحل.")
    parties = [a for e in evs for a in e.actor + e.recipient]
    assert all(a.text != "على" for a in parties)


@pytest.mark.parametrize("text", [
    "قتلت قوات الأمن السورية ثلاثة متظاهرين في درعا خلال تصادم مع المحتجين.",  # an armed force acting
    "أصيب خمسة فلسطينيين خلال تصادم مع مستوطنين إسرائيليين قرب نابلس.",  # a clash, not a collision
    "اعتدى مستوطنون إسرائيليون بالضرب على فلسطينيين قرب الانهار.",  # rivers, not a collapse
    "عذب سجانون معتقلين بالصعق الكهربائي في سجن بالقاهرة.",  # torture, not an accident
])
def test_an_armed_force_acting_is_no_nonviolent_death(text):
    assert any(e.type == "ASSAULT" for e in _events(text))


def test_dawn_is_no_attack_word():
    assert not any(e.type == "ASSAULT" for e in _events("لقي 12 مهاجرا حتفهم فجر اليوم بعد غرق مركبهم قبالة السواحل."))


def test_achieving_progress_is_no_inquiry():
    text = "وتمكنت القوات العراقية من تحقيق تقدم كبير في الهجوم على الفلوجة وقتلت 20 من عناصر داعش."
    assert any(e.type == "ASSAULT" for e in _events(text))


def test_talks_on_a_release_are_no_search():
    evs = _events("بحث الرئيس الفلسطيني مع وزير الخارجية الأمريكي سبل الإفراج عن الأسرى.")
    assert any(e.type == "CONSULT" for e in evs)


def test_in_case_a_summit_meets_is_a_condition():
    evs = _events("في حالة انعقاد القمة في طهران تفرض الولايات المتحدة عقوبات على إيران")
    assert [e.aux for e in evs if e.type == "SANCTION"] == ["hypothetical"]
