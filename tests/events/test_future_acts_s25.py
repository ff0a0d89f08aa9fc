"""Session 25: delivering aircraft or armour is AID (a future delivery is an intent, AGREE 0332, by the output
contract, docs/SCHEMA.md); backing away from one's own plans is CONCEDE. Sentences written for these tests."""
from __future__ import annotations

from hadath import extract


def _events(text: str):
    return [(e.type, e.aux) for e in extract(text, date="2015-08-01").events]


def test_a_future_delivery_of_aircraft_is_an_intent_to_aid():
    evs = extract("وقالت الحكومة الفرنسية إنها ستسلم الأردن ثماني مقاتلات الشهر المقبل.", date="2015-08-01").events
    assert any(e.type == "AGREE" and e.aux == "future" and e.cameo == "0332" for e in evs), \
        [(e.type, e.aux, e.cameo) for e in evs]


def test_handing_over_fighter_jets_is_aid():
    assert ("AID", "asserted") in _events("سلمت الولايات المتحدة الأردن أمس مقاتلات جديدة من طراز إف-16.")


def test_a_pledge_of_aid_stays_an_agreement():
    evs = _events("تعهدت اليابان بتقديم مساعدات إنسانية إلى اللاجئين السوريين في الأردن.")
    assert any(t == "AGREE" for t, _ in evs) and not any(t == "AID" for t, _ in evs)


def test_backing_away_from_own_plans_concedes():
    evs = _events("تراجعت الحكومة الأردنية أمس عن خططها لرفع أسعار الخبز بعد احتجاجات واسعة.")
    assert any(t == "CONCEDE" for t, _ in evs)


def test_falling_figures_are_no_concession():
    evs = _events("تراجعت أعداد السياح الأجانب في مصر عن مستوياتها السابقة هذا العام.")
    assert not any(t == "CONCEDE" for t, _ in evs)
