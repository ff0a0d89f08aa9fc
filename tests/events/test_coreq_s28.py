"""COERCE precision, session 28 (coreq; sentences written for these tests, not taken from any corpus or gold set):
- the bare noun سجن is mostly the prison itself (توفي في سجن ...), not a jailing; احتجاز and توقيف stay; the same
  form after a preposition or a noun or verb of visiting or closing a place is no verb سجن (block.s28-sijn-makan);
- the verb احتل (occupy) is mostly background (المناطق التي احتلها التنظيم), no coded act.
"""
from __future__ import annotations

import pytest

from tests.events.helpers_triggers import pattern_ids


def test_prison_noun_is_no_jailing():
    assert "coerce.iHtijaz-noun" not in pattern_ids("توفي المعارض البارز داخل زنزانته في سجن العاصمة المركزي.")


def test_detention_noun_stays():
    assert "coerce.iHtijaz-noun" in pattern_ids("أعلنت الشرطة توقيف ثلاثة أشخاص في العاصمة.")


def test_occupied_areas_are_no_act():
    assert "coerce.ihtilal" not in pattern_ids("استعاد الجيش البلدات التي احتلها المسلحون العام الماضي.")


@pytest.mark.parametrize("text", [
    "كان الوزير أول مسؤول يزور سجنا مركزيا في الجنوب للاطلاع على أوضاع النزلاء.",
    "تعهد الرئيس بإغلاق سجن المدينة القديم قبل نهاية العام.",
])
def test_prison_place_is_no_jailing_verb(text):
    assert "coerce.sajana" not in pattern_ids(text)


def test_jailing_verb_stays():
    assert "coerce.sajana" in pattern_ids("سجنت السلطات الناشط المعارض ثلاث سنوات.")
