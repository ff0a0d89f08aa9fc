"""Session 29: the other side of a refusal named by the refused act (sentences written for these tests, not taken
from the eval sets).

- A refusal of a joint act (تعاون، حوار، تفاوض، تطبيع) is aimed at the partner named after مع, even when another
  party follows after ضد (rejected_parties.refused_partner); a refusal to hand someone over at the party named after
  إلى. A partner of the refusing party's own country, or none, leaves the refusal as it was.
"""
from __future__ import annotations

from hadath import extract


def _tuples(text: str, typ: str):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


def test_refused_cooperation_is_aimed_at_the_partner_after_ma3a():
    text = "لكن، رفضت الخارجية الكندية أي تعاون مع نظام الرئيس الفنزويلي ضد «داعش»."
    assert _tuples(text, "REJECT") == [(["CAN"], ["VEN"])]


def test_refused_handover_is_aimed_at_the_party_after_ila():
    text = "رفضت الحكومة الكينية تسليم المتهم إلى إثيوبيا."
    assert _tuples(text, "REJECT") == [(["KEN"], ["ETH"])]


def test_refused_dialogue_with_a_government():
    text = "رفض وزير الخارجية النرويجي الحوار مع الحكومة الفنزويلية."
    assert _tuples(text, "REJECT") == [(["NOR"], ["VEN"])]


def test_handover_to_an_unnamed_body_names_no_recipient():
    text = "رفضت تشيلي تسليم المساعدات إلى المنظمة."
    assert (["CHL"], ["ETH"]) not in _tuples(text, "REJECT")
    assert all(r != ["CHL"] for _, r in _tuples(text, "REJECT"))


def test_cooperation_offered_after_a_refusal_is_not_its_partner():
    text = "رفض الرئيس البرازيلي المقترح، وأكد استعداده للتعاون مع الأرجنتين."
    assert (["BRA"], ["ARG"]) not in _tuples(text, "REJECT")


def test_partner_of_the_same_country_keeps_the_domestic_reading():
    text = "رفضت الحكومة الكينية أي حوار مع المعارضة الكينية."
    assert _tuples(text, "REJECT") == [(["KEN"], ["KEN"])]


def test_refused_extradition_to_a_state_after_a_long_subject():
    text = "رفضت السلطات التركية رسميا تسليم الصحفي إلى ألمانيا."
    assert _tuples(text, "REJECT") == [(["TUR"], ["DEU"])]
