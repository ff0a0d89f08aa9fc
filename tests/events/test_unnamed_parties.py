"""An attack's unnamed doer leaves the actor side empty; a named stateless group stays a party (session 26).
Sentences written for these tests."""
from __future__ import annotations

import hadath


def _attacks(text: str):
    return [e for e in hadath.extract(text, date="2016-05-01").events if e.type == "ASSAULT"]


def test_unnamed_gunmen_are_no_actor_but_are_explained():
    attacks = _attacks("أطلق مسلحون مجهولون النار على سيارة للشرطة الأردنية في مدينة إربد.")
    assert attacks and all(not e.actor for e in attacks), [[a.text for a in e.actor] for e in attacks]
    assert any("unnamed" in x for e in attacks for x in e.explanation)
    assert any(a.text for e in attacks for a in e.unnamed.get("actor", ()))
    assert "unnamed" not in attacks[0].to_dict()


def test_a_named_stateless_group_stays_a_party_with_no_country():
    attacks = _attacks("هاجم تنظيم داعش نقطة للجيش العراقي قرب مدينة تكريت.")
    assert any(e.actor and all(a.country is None for a in e.actor) for e in attacks), \
        [[(a.text, a.country) for a in e.actor] for e in attacks]


def test_a_state_force_stays_the_actor():
    attacks = _attacks("قصف الجيش التركي مواقع لمسلحين في شمال العراق.")
    assert any({a.country for a in e.actor} == {"TUR"} for e in attacks)
