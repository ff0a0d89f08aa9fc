"""Session 31b (clash): the two sides of a clash noun and coercion at home (sentences written for these tests, not
taken from the eval sets).

- ``hadath.events.clash_sides``: a clash noun's بين list (اشتباكات بين X من جهة و Y من جهة أخرى، معارك بين X و Y،
  مواجهات بينها وبين Y) gives the side listed first as the actor and the other as the recipient; a backer of one
  side (المدعومة بطيران التحالف) stays on it, a modifier's party (المناهضة لنظام طهران) is no side;
- ``hadath.events.domestic_parties.coercion_at_home``: a coercive act with no target left, in a sentence naming no
  other country and no suspects or foreigners, is coded X -> X.
"""
from __future__ import annotations

import hadath
from hadath.events.stage import build_event
from hadath.events.triggers import find_triggers

from helpers_triggers import coded, rule_events


def clash_read(text: str) -> list[tuple]:
    """(actor countries, recipient countries) of each ASSAULT candidate whose sides ``clash_sides`` read."""
    doc = hadath.extract(text, date="2015-08-01")
    out = []
    for m in find_triggers(doc):
        if m.pattern.type != "ASSAULT":
            continue
        ev = build_event(doc, m)
        if any("clash sides" in x for x in ev.explanation):
            out.append((sorted(a.country or "-" for a in ev.actor), sorted(r.country or "-" for r in ev.recipient)))
    return out


def test_sides_marked_by_min_jiha():
    text = "دارت اشتباكات عنيفة بين الجيش العراقي من جهة وتنظيم داعش من جهة أخرى قرب مدينة تكريت."
    assert ("ASSAULT", ["IRQ"], ["-"]) in rule_events(text)


def test_backers_stay_on_their_side():
    text = ("وقعت اشتباكات بين المقاومة الشعبية اليمنية المدعومة بطيران التحالف العربي، والمتمردين الحوثيين "
            "قرب عدن.")
    assert ("ASSAULT", ["-", "YEM"], ["YEM"]) in rule_events(text)


def test_second_side_after_wa_bayna():
    text = "تدور معارك بين الجيش السوري وحزب الله اللبناني، وبين مقاتلي جبهة النصرة في ريف حمص."
    assert ("ASSAULT", ["LBN", "SYR"], ["SYR"]) in rule_events(text)


def test_second_conjunct_names_its_party_after_a_noun():
    text = "وقعت اشتباكات بين القوات الأفغانية ومقاتلي حركة طالبان في ولاية قندوز."
    assert clash_read(text) == [(["AFG"], ["AFG"])]


def test_a_modifiers_party_is_no_side():
    text = "شهدت المنطقة الحدودية معارك ضارية بين القوات الكردية المناهضة لنظام طهران والجيش الإيراني."
    assert clash_read(text) == [(["KUR"], ["IRN"])]


def test_back_reference_lists_no_sides():
    assert clash_read("قتل خمسة مسلحين في اشتباكات بين الطرفين قرب الحدود الليبية.") == []


def test_definite_noun_refers_back():
    text = "ارتفع عدد الجرحى في المعارك بين المتمردين والجيش الأفغاني خلال العام الماضي."
    assert clash_read(text) == []


def test_singular_battle_is_no_clash():
    text = "قال الرئيس الأمريكي إن هناك معركة بينه وبين رئيس الوزراء الإسرائيلي حول الاتفاق."
    assert clash_read(text) == []


def test_a_vague_side_gives_no_sides():
    assert clash_read("اندلعت اشتباكات بين القوات الحكومية والفصائل في المدينة.") == []


def test_siege_at_home_is_x_to_x():
    assert ("COERCE", ["IRQ"], ["IRQ"]) in coded("فرضت القوات العراقية طوقا أمنيا على مدينة الفلوجة.")
    assert ("COERCE", ["SYR"], ["SYR"]) in rule_events("فرض الجيش السوري حصارا خانقا على بلدة داريا.")


def test_militants_keep_the_empty_side():
    text = "فرض الجيش السوري حصارا على بلدة يسكنها مسلحون متشددون."
    assert ("COERCE", ["SYR"], []) in rule_events(text)


def test_suspects_keep_the_empty_side():
    text = "قامت الشرطة التركية بحملة اعتقالات طالت عددا من المشتبه بهم في إسطنبول."
    assert ("COERCE", ["TUR"], []) in rule_events(text)


def test_foreigners_are_not_the_states_own_people():
    text = "فرضت الشرطة اليونانية طوقا على مخيم يؤوي مهاجرين قرب العاصمة."
    assert ("COERCE", ["GRC"], ["GRC"]) not in rule_events(text)
