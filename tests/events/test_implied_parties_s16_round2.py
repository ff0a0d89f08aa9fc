"""Implied parties, session 16 round 2 (sentences written for these tests, not taken from the eval sets).

People arrested who are tied to a named group of no country (ينتمون إلى تنظيم داعش، من مقاتلي القاعدة، لحساب
داعش) have that group as recipient (the news gold: cells tied to ISIS take null), not the arresting state's own
country; a nationality named before the tie still wins. Counted members (عنصرا، مئات) followed by a suspicion cue
are unnamed suspects: an empty side.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor", [
    ("أعلنت الشرطة الفرنسية اعتقال ثلاثة رجال ينتمون إلى تنظيم داعش في مدينة ليون.", "FRA"),
    ("ألقت السلطات المغربية القبض على شاب يشتبه في أنه من مقاتلي تنظيم داعش.", "MAR"),
    ("أعلنت وزارة الداخلية البلجيكية توقيف امرأة يشتبه بجمعها أموالا لحساب تنظيم داعش.", "BEL"),
    ("أعلنت الشرطة المصرية القبض على سبعة من الإخوان في محافظة الشرقية.", "EGY"),
])
def test_arrested_members_of_a_named_group_take_the_group(text, actor):
    evs = _events(text, "COERCE")
    assert evs, text
    ev = evs[-1]
    assert _countries(ev.actor) == {actor}, [(e.actor, e.recipient) for e in evs]
    assert ev.recipient and all(a.country is None and a.kind == "group" for a in ev.recipient), \
        [(e.actor, e.recipient) for e in evs]


def test_nationality_before_the_tie_wins():
    evs = _events("اعتقلت الشرطة الألمانية سوريا وعراقيا يشتبه في انتمائهما إلى تنظيم داعش.", "COERCE")
    assert evs
    assert "ISIS" not in " ".join(a.name or "" for a in evs[-1].recipient), [(e.actor, e.recipient) for e in evs]
    assert _countries(evs[-1].recipient) & {"SYR", "IRQ"}, [(e.actor, e.recipient) for e in evs]


def test_partitive_far_from_the_group_is_no_tie():
    # "من مدينة" is the arrested's town; the group named later carried out the attack
    evs = _events("ألقت الشرطة الأردنية القبض على خمسة طلاب من مدينة إربد بعد هجوم نفذه تنظيم داعش.", "COERCE")
    assert evs
    assert not any(a.kind == "group" and a.country is None for a in evs[-1].recipient), \
        [(e.actor, e.recipient) for e in evs]


def test_group_named_with_no_tie_is_not_the_arrested():
    # the group is the one that carried out an earlier attack, not what the arrested belong to
    evs = _events("اعتقلت الشرطة التركية طلابا في إسطنبول بعد يوم من هجوم قال مسؤولون إن تنظيم داعش نفذه.",
                  "COERCE")
    assert evs
    assert not any(a.kind == "group" and a.country is None for a in evs[-1].recipient), \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, actor", [
    ("أعلنت وزارة الداخلية المصرية اعتقال 12 عنصرا يشتبه بانتمائهم إلى جماعات متشددة.", "EGY"),
    ("احتجزت الشرطة الباكستانية مئات يشتبه أنهم متطرفون في حملة مداهمات.", "PAK"),
])
def test_counted_suspects_leave_the_target_empty(text, actor):
    evs = _events(text, "COERCE")
    assert evs, text
    assert _countries(evs[-1].actor) == {actor} and not evs[-1].recipient, [(e.actor, e.recipient) for e in evs]
