"""Session 28: the doer of an attack (sentences written for these tests, not taken from the eval sets).

- ``في قصف لطيران X``، ``في غارات للطائرات الحربية X``: the party whose aircraft or artillery an attack noun of the
  event is "of" (ل) did it; the parser read the ل-phrase as the side hit (attack_parties.force_of_attack).
"""
from __future__ import annotations

from hadath import extract


def _sides(text: str):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == "ASSAULT")


# ---- the doer named by its aircraft after ل ----

def test_air_force_after_lam_is_the_doer():
    assert _sides("قتل عشرة مدنيين في قصف لطيران الجيش السوري على بلدة في ريف إدلب أمس.") == [(["SYR"], ["SYR"])]


def test_warplanes_with_the_article_after_lam_are_the_doer():
    sides = _sides("أفاد سكان بمقتل ستة مدنيين في غارات للطائرات الحربية الروسية على قرية في ريف حماة.")
    assert sides and all(actor == ["RUS"] and "RUS" not in target for actor, target in sides)


def test_positions_after_lam_are_no_doer():
    """Guard: ``قصف لمواقع X`` names the target's positions, not an armed body; no doer comes from it."""
    sides = _sides("قتل عشرة مسلحين في قصف لمواقع تنظيم داعش قرب الرمادي.")
    assert all(actor == [] for actor, _ in sides)
