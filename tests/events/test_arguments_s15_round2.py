"""Session 15 round 2 argument fix: a partitive من before a quoted party name (مسلحون من حركة "X") names the
actor, as it does without the quotation marks. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_partitive_before_quoted_group_names_the_attacker():
    # the quoted name stands after من and a member noun: the gunmen are the movement's
    evs = events_of('قتل مسلحون من حركة "طالبان" خمسة شرطيين في ولاية قندوز الأفغانية.', "ASSAULT")
    assert evs, "no ASSAULT coded"
    assert any(countries(e.actor) == {"AFG"} for e in evs), show(evs)


def test_partitive_before_guillemet_quoted_group_names_the_attacker():
    # the same with «» marks around the whole name right after من
    evs = events_of("قتل مسلحون من «حركة طالبان» ثلاثة جنود أفغان في هجوم على حاجز بولاية هلمند.", "ASSAULT")
    assert evs, "no ASSAULT coded"
    assert any(countries(e.actor) == {"AFG"} for e in evs), show(evs)


def test_partitive_without_quotes_is_unchanged():
    # the unquoted form already named the group: it still does
    evs = events_of("قتل مسلحون من حركة طالبان خمسة شرطيين في ولاية قندوز الأفغانية.", "ASSAULT")
    assert any(countries(e.actor) == {"AFG"} for e in evs), show(evs)


def test_quoted_group_after_target_preposition_stays_the_target():
    # negative: a quoted group in the target phrase (على مواقع حركة "X"), after no partitive من, is not the attacker
    evs = events_of('شن الجيش الأفغاني غارات على مواقع حركة "طالبان" في ولاية قندوز.', "ASSAULT")
    assert evs, "no ASSAULT coded"
    assert any(countries(e.actor) == {"AFG"} for e in evs), show(evs)
    assert all(None not in countries(e.actor) for e in evs), show(evs)
