"""Implied parties, session 16 round 4 (sentences written for these tests, not taken from the eval sets).

A definite bare state body (الشرطة، قوات الأمن، القوات الأمنية) doing an attack or arrest, left without a country by
the argument rules because its sentence names other countries too (a foreign victim, a place inside a group's
name), is the force of the country where it acts: the event's place, or the one country of the sentence's places.
Not when a government of another country is named in the sentence, nor for negated acts, indefinite heads (قوات
الحركة ...) or counts of people (أفراد شرطة).
"""
import pytest

from hadath import extract
from hadath.document import Actor
from hadath.events.attack_parties import _bare_state_body


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


@pytest.mark.parametrize("text, kind, country", [
    ("اعتقلت الشرطة رجلا في مدينة الأقصر يشتبه في قتله سائحا ألمانيا ومهندسا فرنسيا.", "COERCE", "EGY"),
    ("قطعت القوات الأمنية طرق إمداد مسلحي داعش حول مدينة تكريت، بحسب ما قال مسؤول محلي لصحيفة الشرق الأوسط.",
     "COERCE", "IRQ"),
])
def test_bare_state_forces_take_the_country_where_they_act(text, kind, country):
    evs = _events(text, kind)
    assert evs, text
    assert {a.country for a in evs[0].actor} == {country}, [(e.actor, e.explanation) for e in evs]
    assert any("bare state forces" in line for line in evs[0].explanation)


@pytest.mark.parametrize("text", [
    # another country's government is named: whose police is unclear
    "اعتقلت الشرطة رجلا في مدينة الأقصر يشتبه في قتله سائحا ألمانيا، بحسب ما أعلنت الحكومة الفرنسية.",
    # a negated arrest
    "لم تعتقل الشرطة أي رجل في مدينة الأقصر يشتبه في قتله سائحا ألمانيا ومهندسا فرنسيا.",
])
def test_no_country_when_unclear_or_negated(text):
    evs = _events(text, "COERCE")
    assert evs, text
    assert all(not any("bare state forces" in line for line in e.explanation) for e in evs)
    assert all(a.country is None for a in evs[0].actor)


def _actor(text, sector="COP", ref="term:body:police|None", country=None):
    return Actor(text, 0, len(text), text, text, country, sector, kind="group", ref=ref)


def test_bare_state_body_needs_a_definite_countryless_body():
    assert _bare_state_body(_actor("الشرطة"))
    assert _bare_state_body(_actor("قوات الأمن"))
    assert not _bare_state_body(_actor("قوات", "MIL", "term:body:military|None"))  # cut from قوات الحركة ...
    assert not _bare_state_body(_actor("شرطة"))  # أفراد شرطة: people, not the body
    assert not _bare_state_body(_actor("الشرطة", country="EGY"))
    assert not _bare_state_body(_actor("المسلحين", "REB", "term:group:rebels|None"))
