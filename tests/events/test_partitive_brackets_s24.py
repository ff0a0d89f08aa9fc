"""Session 24: a partitive من before a bracketed party name (مسلحون من حركة (X)) names the actor, as it does with
quotation marks or none. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_partitive_before_bracketed_group_names_the_attacker():
    evs = events_of("هاجم مسلحون من حركة (طالبان) حاجزا للشرطة في ولاية قندوز الأفغانية أمس.", "ASSAULT")
    assert evs, "no ASSAULT coded"
    assert any(countries(e.actor) == {"AFG"} for e in evs), show(evs)


def test_partitive_before_bracketed_name_of_no_country():
    # a named party of no country (ISIS) replaces the bare gunmen: actor {None}, not the bare term
    evs = events_of("اقتحم متشددون من تنظيم (داعش) نقطة تفتيش للجيش العراقي قرب مدينة تكريت.", "ASSAULT")
    assert evs, "no ASSAULT coded"
    assert any([a.text for a in e.actor] == ["داعش"] for e in evs), show(evs)
