"""Parties round 14: an attack with no named attacker that the places layer could not place still hits the one
country its sentence names (not a border partner), but strikes on an armed group's positions are not the
country's (sentences written for these tests, not taken from the eval sets)."""
import pytest

from hadath import extract


def _assaults(text):
    return [e for e in extract(text, date="2015-08-01").events if e.type == "ASSAULT"]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, country", [
    ("أسفر انفجار في قرية صغيرة بشمال شرق نيجيريا قرب الحدود مع الكاميرون عن مقتل عشرة أشخاص.", "NGA"),
    ("قتل خمسة أشخاص في تفجير استهدف مطعما في العاصمة الكينية نيروبي.", "KEN"),
])
def test_unplaced_attack_hits_the_sentences_one_country(text, country):
    evs = _assaults(text)
    assert evs, text
    assert not evs[0].actor
    assert _countries(evs[0].recipient) == {country}


def test_two_countries_named_leave_the_target_open():
    evs = _assaults("قتل ثمانية أشخاص في هجوم استهدف حافلة في ولاية بشمال غرب باكستان والهند.")
    assert evs and not any(a.country for a in evs[0].recipient)


def test_strikes_on_a_groups_positions_are_not_the_countrys():
    evs = _assaults("قتل عشرة من عناصر تنظيم داعش في غارات على مواقع للتنظيم في شمال العراق.")
    assert evs and "IRQ" not in _countries(evs[0].recipient)
