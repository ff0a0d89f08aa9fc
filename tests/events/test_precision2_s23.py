"""Precision on news, session 23 round 2 (sentences written for these tests, not taken from any corpus or gold set):
- a bare vow (تعهد) whose complement names no coded act is no agreement; a promise (وعد) and a vow of aid stay
  (nesting.pledged_acts);
- prevented from returning stays a restriction (coerce.manaa). Dropping "منع X من" + a non-movement act was right on
  the news tuning sets but cost the UN QuadClass held half 8 detected sentences, so the catch-all row stays.
"""
from __future__ import annotations

import pytest

from tests.events.helpers_precision import types_of as _types
from tests.events.helpers_triggers import pattern_ids


@pytest.mark.parametrize("text", [
    "تعهد الرئيس الكيني بمواصلة الإصلاحات الاقتصادية في البلاد.",
    "تعهدت الحكومة الماليزية أمام البرلمان بعدم التساهل مع الفساد.",
])
def test_bare_vow_is_no_agreement(text):
    assert {"agree.ta3ahhada", "agree.ta3ahhud"} & set(pattern_ids(text))  # the vow is read as one
    assert "AGREE" not in _types(text)


def test_vow_of_aid_stays():
    assert "AGREE" in _types("تعهدت اليابان بتقديم مساعدات إنسانية للفلبين بعد الإعصار.")


def test_prevented_from_returning_stays():
    assert "COERCE" in _types("منعت السلطات البورمية اللاجئين من العودة إلى قراهم.")
