"""Session 29 (assault): who told of an attack, who claimed it, and where a strike abroad fell (sentences written for
these tests, not taken from the eval sets).

- A party claiming the attack (تبنت حركة X قتل ...، تبنى المتحدث باسم X الهجوم) is its doer, not its target
  (claimed_attacks.claimed_attack).
- The source named after حسب / وفق ما أعلن is no side of the attack (claimed_attacks.source_parties); a source that
  is the only target with a country stands for the side hit and stays.
- A doer found by its aircraft after ل (في قصف للطائرات الحربية X) that leaves no target: a strike abroad hits the
  one foreign country the sentence's places lie in (attack_parties.force_of_attack).
"""
from __future__ import annotations

from hadath import extract


def _sides(text: str):
    return [(sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
            for e in extract(text, date="2015-08-01").events if e.type == "ASSAULT"]


# ---- claimants ----

def test_claimed_killing_names_its_doer():
    assert _sides("تبنت حركة الشباب قتل ستة جنود كينيين في كمين نصبته قرب مدينة لامو الكينية.") == \
        [(["SOM"], ["KEN"])]


def test_claimant_spokesman_is_no_target():
    assert _sides("وتبنى المتحدث باسم جماعة بوكو حرام الهجوم، معتبرا أنه استهدف ثكنة للجيش.") == [(["NGA"], [])]


def test_denied_claim_names_no_doer():
    """Guard: no one claiming (لم تعلن أي جهة مسؤوليتها) makes no doer."""
    assert all(actor == [] for actor, _ in _sides(
        "لم تعلن أي جهة مسؤوليتها عن التفجير الذي استهدف سوقا في مدينة كركوك العراقية."))


# ---- the report's source ----

def test_source_after_wifq_ma_is_no_target():
    assert _sides("قصفت البحرية المصرية قاربا محملا بالأسلحة قبالة سواحل مدينة العريش، وفق ما أعلن متحدثون "
                  "عسكريون.") == [(["EGY"], [])]


def test_sole_source_of_the_country_hit_stays():
    """Guard: the only target with a country, the source stands for the side hit (a group's attack at home)."""
    sides = _sides("قتل 20 شخصا في تفجير استهدف سوقا شعبية في بغداد، بحسب ما أفادت مصادر أمنية عراقية، في هجوم "
                   "تبنى مسؤوليته تنظيم داعش.")
    assert sides and all("IRQ" in target for _, target in sides)


# ---- a strike abroad found by its aircraft ----

def test_strike_abroad_hits_the_country_it_fell_in():
    assert _sides("أفاد سكان بمقتل ستة رعاة في قصف للطائرات الحربية الإيرانية على مناطق حدودية بشمال العراق.") == \
        [(["IRN"], ["IRQ"])]


def test_artillery_abroad_hits_the_country_it_fell_in():
    assert _sides("أفاد شهود عيان بمقتل أربعة مدنيين في قصف للمدفعية التركية على قرى بشمال سوريا.") == \
        [(["TUR"], ["SYR"])]


def test_strike_on_a_named_group_abroad_keeps_the_group():
    """Guard: a named group struck abroad stays the target; its country is not added."""
    assert _sides("أفاد مسؤولون بمقتل عشرة مسلحين في غارات للطيران الأمريكي على مواقع لتنظيم داعش في شرق "
                  "سوريا.") == [(["USA"], ["-"])]
