"""Victims named right after their casualty word (أصيب 18 شرطيا، مقتل جنديين) before the attack noun they were hit
in (في انفجار، في تفجير) are the attack's recipients, never its actors (session 22).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set). The
gold codes such an attack "- -> X" (unnamed attackers, the victims' country); taking the victims as the noun's
subject made it "X -> X", a state attacking itself.
"""
from __future__ import annotations

import pytest

import hadath


def _assaults(text: str) -> list:
    doc = hadath.extract(text, "2015-08-01", "t")
    return [({a.country for a in e.actor}, {r.country for r in e.recipient}, " ".join(e.explanation))
            for e in doc.events if e.type == "ASSAULT"]


HIT = [
    # a noun of death or injury, the victims, then the preposition and the attack noun
    ("أعلنت السلطات مقتل ثلاثة شرطيين أتراك في تفجير سيارة مفخخة في مدينة ماردين.", "TUR"),
    ("وأعلن مسؤولون إصابة سبعة جنود أفغان في انفجار لغم أرضي في ولاية قندهار.", "AFG"),
    # a hedge and a time word between the victims and the attack noun
    ("أكدت الحكومة مقتل أربعة جنود عراقيين على الأقل أمس في انفجار لغم جنوب الموصل.", "IRQ"),
    # a headline after a link label: the victims before the attack noun, no other report to merge with
    ("رابط الخبر: مقتل ثلاثة شرطيين أتراك في تفجير سيارة مفخخة في ماردين", "TUR"),
]


@pytest.mark.parametrize("text,country", HIT)
def test_victims_after_casualty_word_are_no_actors(text, country):
    got = _assaults(text)
    assert got, text
    assert all(country not in actor for actor, _, _ in got), got
    assert any(country in rec for _, rec, _ in got), got


@pytest.mark.parametrize("text", [t for t, _ in HIT])
def test_rule_names_itself(text):
    got = _assaults(text)
    assert any("hit-named-after-casualty-word" in ex for _, _, ex in got), got


NOT_HIT = [
    # an active verb right before the party: the party is the subject, the attackers
    "قتلت القوات العراقية في غارة جوية عشرين مسلحا من تنظيم داعش قرب الفلوجة.",
    # a named attacker before the attack noun with no casualty word before it
    "قالت الشرطة إن حركة طالبان نفذت هجوما على مركز أمني في ولاية هلمند.",
    # the dead of a clash were one of its sides: the clash keeps them as a party
    "أعلن الجيش الوطني مقتل خمسة عشر مسلحا من الحوثيين خلال اشتباكات مع قواته في محافظة مأرب.",
    # the victims and the attack noun apart (other words between): the rule stays out
    "أعلنت الوزارة مقتل جنديين سوريين كانا يقومان بدورية عسكرية في تفجير قرب حمص.",
]


@pytest.mark.parametrize("text", NOT_HIT)
def test_rule_does_not_fire(text):
    assert not any("hit-named-after-casualty-word" in ex for _, _, ex in _assaults(text))
