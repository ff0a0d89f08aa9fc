"""Session 27: an arrest told with no arrester is made by the authorities of the country where it happens (arrests
are domestic, state -> same state, docs/eval-news.md), unless a state of another country is named in the sentence.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_sides


def _coerce(text):
    return pipeline_sides(text, "COERCE")


@pytest.mark.parametrize("text,actor", [
    ("واعتقل أكثر من ثلاثين طالبا كينيا يوم الثلاثاء خلال تجمع في نيروبي.", "KEN"),
    ("واعتقل المتهمون الثلاثة في عام 2013 في كينيا بعد أشهر من التحقيق.", "KEN"),
])
def test_passive_arrest_takes_the_place_state(text, actor):
    got = _coerce(text)
    assert any(actor in a for a, _ in got), got


@pytest.mark.parametrize("text", [
    # a state of another country is named: whose authorities arrested is unclear
    "واعتقل ثلاثة رجال في نيروبي بعد أن طلبت الحكومة الأوغندية تسليمهم.",
])
def test_passive_arrest_guard_other_state(text):
    got = _coerce(text)
    assert not any("KEN" in a for a, _ in got), got


def test_named_arrester_is_kept():
    got = _coerce("اعتقلت الشرطة الفرنسية ثلاثة أشخاص في نيروبي.")
    assert any("FRA" in a for a, _ in got) and not any("KEN" in a for a, _ in got), got


def test_passive_expulsion_parted_from_its_auxiliary():
    # تم parted from the verbal noun by a day word between commas is still the passive: the German is expelled,
    # by the state where it happens
    got = _coerce("أفاد مصدر قضائي في نيروبي أنه تم، الأربعاء، طرد مواطن ألماني من كينيا.")
    assert ({"KEN"}, {"DEU"}) in got, got


@pytest.mark.parametrize("text", [
    "شددت الشرطة إجراءاتها في المدينة بدعوى منع المحتجين من الوصول إلى الساحة.",
    "أغلقت السلطات الطريق بحجة منع المهربين من العبور.",
])
def test_pretext_is_no_act(text):
    assert _coerce(text) == [], _coerce(text)


def test_prevention_itself_stays():
    got = _coerce("منعت الشرطة الفرنسية المحتجين من الوصول إلى الساحة.")
    assert got, got
