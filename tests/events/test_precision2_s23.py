"""Precision on news, session 23 round 2 (sentences written for these tests, not taken from any corpus or gold set):
- a bare vow (تعهد) whose complement names no coded act is no agreement; a promise (وعد) and a vow of aid stay
  (nesting.pledged_acts);
- "منع X من" + an act that is no movement (prevented from developing, from expanding) is no restriction
  (triggers.tsv coerce.manaa); prevented from approaching or returning stays (coerce.manaa-safar).
"""
from __future__ import annotations

import pytest

import hadath


def _types(text: str) -> list[str]:
    return [e.type for e in hadath.extract(text).events]


@pytest.mark.parametrize("text", [
    "تعهد الرئيس الكيني بمواصلة الإصلاحات الاقتصادية في البلاد.",
    "تعهدت الحكومة الماليزية أمام البرلمان بعدم التساهل مع الفساد.",
])
def test_bare_vow_is_no_agreement(text):
    assert "AGREE" not in _types(text)


def test_vow_of_aid_stays():
    assert "AGREE" in _types("تعهدت اليابان بتقديم مساعدات إنسانية للفلبين بعد الإعصار.")


@pytest.mark.parametrize("text", [
    "قال الوزير الأمريكي إن العقوبات تمنع كوريا الشمالية من تطوير صواريخ بعيدة المدى.",
    "تواصل القوات النيجيرية عملياتها لملاحقة المسلحين ومنعهم من التمدد نحو الشمال.",
])
def test_prevented_from_an_act_is_no_restriction(text):
    assert "COERCE" not in _types(text)


def test_prevented_from_returning_stays():
    assert "COERCE" in _types("منعت السلطات البورمية اللاجئين من العودة إلى قراهم.")
