"""Session 27 (attack parties): an attack with an unnamed or missing doer and no named victims hits the one country
its sentence places it in, even when the place stands too far from the trigger for the location layer (the news
gold's "- -> X"); not for a fight between sides or a sentence naming an armed group. A country named only as where
the named target is (غارات على تنظيم الدولة الإسلامية في العراق وسوريا) is no second target. A killing verb joined
to a casualty verb (قتل جنديان وأصيب ثلاثة آخرون في كمين نصبه مسلحون) is passive: the attacker named later is no object
of an active reading, so the victims do not become the attackers.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_sides


def _attacks(text):
    return pipeline_sides(text, "ASSAULT")


@pytest.mark.parametrize("text,country", [
    ("أسفر هجوم نفذه مسلحون على نقطة تفتيش، مساء الأحد، في النيجر قرب الحدود مع مالي، عن سقوط ثلاثة قتلى على الأقل.",
     "NER"),
    ("أسفر هجوم شنه مجهولون على مخفر للدرك، فجر الثلاثاء، في تشاد قرب الحدود مع السودان، عن سقوط قتيلين.", "TCD"),
])
def test_nameless_attack_hits_its_place(text, country):
    assert (set(), {country}) in _attacks(text), _attacks(text)


@pytest.mark.parametrize("text", [
    # a fight: its sides are the parties, not the place
    "أسفرت اشتباكات بين مسلحين، مساء الأحد، في النيجر قرب الحدود مع مالي، عن سقوط ثلاثة قتلى على الأقل.",
    # an armed group named in the sentence: the attack may be its, or on it
    "أسفر هجوم نفذه مسلحون، مساء الأحد، في النيجر قرب الحدود مع مالي، عن سقوط ثلاثة قتلى، فيما تستعد القوات "
    "لقتال بوكو حرام.",
])
def test_no_place_target_for_fights_or_named_groups(text):
    assert all(recipient != {"NER"} for _, recipient in _attacks(text)), _attacks(text)


def test_place_joined_to_the_target_is_no_target():
    got = _attacks("شنت طائرات أسترالية خمس غارات جوية على تنظيم الدولة الإسلامية في العراق وسوريا يوم الأحد.")
    assert ({"AUS"}, {None}) in got, got


def test_place_before_the_target_stays():
    got = _attacks("قال مسؤولون إن تفجيرا بسيارة ملغومة في العراق أعلن تنظيم داعش مسؤوليته عنه قتل عشرين شخصا.")
    assert any("IRQ" in recipient for _, recipient in got), got


def test_killed_and_wounded_are_victims_not_attackers():
    got = _attacks("قتل جنديان تشاديان وأصيب ثلاثة آخرون في كمين نصبه مسلحون قرب الحدود مع النيجر، كما أعلن الجيش.")
    assert got and all("TCD" not in actor for actor, _ in got), got
    assert (set(), {"TCD"}) in got, got


def test_active_killing_with_its_object_stays_active():
    got = _attacks("قتل الجيش النيجيري ثلاثة مسلحين في غابة سامبيسا أمس.")
    assert any("NGA" in actor for actor, _ in got), got
