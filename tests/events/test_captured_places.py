"""Session 20: the other side of a capture, a clash "between the two sides" or a repelled attack
(hadath/events/captured_places.py): an attack the argument rules leave with no recipient takes the party that held
the place or fought, a stateless group seizing a place takes the place's country, and a state's forces taking a
place with no other party named keep an empty recipient. Sentences written for these tests."""
import pytest

import hadath
from hadath.events import captured_places

OWN_RULE = ("the party behind a side marker", "the armed party on the other side", "the attackers of a repelled",
            "a stateless group seizes a place")


def _assaults(text):
    evs = [e for e in hadath.extract(text, date="2015-08-01").events if e.type == "ASSAULT"]
    return [(sorted({str(a.country) for a in e.actor}), sorted({str(a.country) for a in e.recipient}),
             [x for x in e.explanation if x.startswith("recipient:")]) for e in evs]


def _fired(found) -> bool:
    return any(any(w in x for w in OWN_RULE) for _, _, why in found for x in why)


@pytest.mark.parametrize("text,actor,recipient", [
    # a capture after clashes "between it and" a named group
    ("سيطرت القوات الحكومية اليمنية أمس على مدينة الضالع بعد اشتباكات بينها وبين الحوثيين.", ["YEM"], ["YEM"]),
    ("سيطرت قوات الجيش السوري على بلدة في ريف حلب بعد معارك بينها وبين جبهة النصرة.", ["SYR"], ["SYR"]),
    # a purpose clause of retaking, with the holder behind من أيدي
    ("شن الجيش السوري هجوما واسعا في ريف حلب لاستعادته من أيدي جبهة النصرة.", ["SYR"], ["SYR"]),
])
def test_capture_takes_the_party_that_held_the_place(text, actor, recipient):
    found = _assaults(text)
    assert any((a, r) == (actor, recipient) for a, r, _ in found), found
    assert _fired(found)


def test_stateless_group_seizing_a_place_takes_its_country():
    found = _assaults("قال مسؤولون إن تنظيم القاعدة الذي سيطر على مدينة المكلا في أبريل الماضي بدأ الانسحاب منها.")
    assert (["None"], ["YEM"]) in [(a, r) for a, r, _ in found], found


@pytest.mark.parametrize("text,actor,recipient", [
    ("صد الجيش الوطني والمقاومة الشعبية اليمنية، هجومًا لمسلحي ميليشيا الحوثي في جبهة صرواح بمحافظة مأرب، شرق اليمن.",
     ["YEM"], ["YEM"]),
    ("تصدت القوات العراقية، هجوما لعناصر تنظيم داعش في قضاء حديثة بمحافظة الأنبار، غرب العراق.", ["IRQ"], ["None"]),
])
def test_repelled_attack_takes_its_attackers(text, actor, recipient):
    found = _assaults(text)
    assert any((a, r) == (actor, recipient) for a, r, _ in found), found


def test_clash_between_the_two_sides_takes_the_other_party():
    found = _assaults("أعلن مصدر في المقاومة الشعبية اليوم مقتل عشرة حوثيين خلال مواجهات اندلعت بين الطرفين "
                      "في مدينة تعز.")
    assert any(r == ["YEM"] for _, r, _ in found) and _fired(found), found


def test_state_forces_storming_a_base_alone_keep_no_recipient():
    # the co-actor joined by و (وعناصر من المقاومة) is no other side, and no holder is named: the gold leaves it empty
    found = _assaults("اقتحمت قوات الجيش الوطني اليمني وعناصر من المقاومة الشعبية قاعدة عسكرية في محافظة لحج.")
    assert found and all(r == [] for _, r, _ in found), found


def test_an_ally_is_no_other_side():
    # بدعم من طيران التحالف: the coalition backs the force that takes the city
    found = _assaults("سيطرت القوات اليمنية بدعم من طيران التحالف على مدينة المكلا.")
    assert found and not _fired(found), found


def test_among_them_is_no_fight_between_two_sides():
    # بينها alone is "among them", not بينها وبين
    found = _assaults("نفذت القوات الأمريكية 18 غارة على مواقع في العراق بينها أربع غارات قرب الموصل.")
    assert not _fired(found), found


def test_capture_stems_cover_the_verbal_nouns_behind_prefixes():
    assert captured_places._starts_with("لاستعادتها", captured_places.CAPTURE_STEMS)
    assert captured_places._starts_with("والسيطرة", captured_places.CAPTURE_STEMS)
    assert not captured_places._starts_with("المحررة", captured_places.CAPTURE_STEMS)


def test_a_reporting_sources_body_is_no_other_side():
    # مصدر من المقاومة الشعبية reports the capture; the resistance is no party the army took the city from
    found = _assaults("قال مصدر من المقاومة الشعبية إن قوات الجيش الوطني اليمني سيطرت على مدينة المكلا بالكامل.")
    assert found and all(r == [] for _, r, _ in found), found
