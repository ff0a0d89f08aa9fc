"""Event parties, session 12 (issue #5; sentences written for these tests, not taken from the eval sets).

A truce placed in a country concerns that country even when its declarer has no country (the coalition) or none
was found; a state's truce on its own soil, and a withdrawal by a party of no country, get no implied recipient.
"""
import pytest

from hadath import extract


def _retreats(text):
    return [e for e in extract(text, date="2015-07-26").events if e.type == "RETREAT"]


def _countries(actors):
    return {a.country for a in actors}


@pytest.mark.parametrize("text, country", [
    ("أعلنت قيادة التحالف التزامها بهدنة إنسانية في اليمن لمدة خمسة أيام.", "YEM"),
    ("أعلن التحالف الدولي التزامه بهدنة إنسانية في ليبيا تبدأ منتصف الليل.", "LBY"),
])
def test_truce_placed_in_a_country_concerns_that_country(text, country):
    evs = _retreats(text)
    assert any(_countries(e.recipient) == {country} for e in evs), [(e.actor, e.recipient, e.mode) for e in evs]


@pytest.mark.parametrize("text", [
    # a state's truce on its own soil: no implied recipient
    "أعلنت الحكومة السورية التزامها بهدنة في مدينة حلب.",
])
def test_own_soil_truce_gets_no_recipient(text):
    evs = _retreats(text)
    assert evs and not any(e.recipient for e in evs), [(e.actor, e.recipient) for e in evs]


def test_withdrawal_by_a_party_of_no_country_gets_no_place_recipient():
    evs = _retreats("انسحب مقاتلو التحالف من مواقعهم في مدينة عدن أمس.")
    assert evs and not any(e.recipient for e in evs), [(e.actor, e.recipient, e.mode) for e in evs]
