"""A state body announcing militants killed, session 14 (sentences written for these tests, not taken from the eval
sets).

A state security body that announces militants were killed (قال المتحدث العسكري إن 40 مسلحا قتلوا) fought them when
no other attacker is named: it is the actor, and the unnamed militants give no recipient (the news gold: EGY -> none),
not the place's country. Bare counted gunmen before a plural قتلوا were killed: they are no attacker. A state body
announcing its own soldiers killed, or a militant who acts, keeps the earlier reading (the announcer is no attacker).
"""
from hadath import extract


def _assaults(text):
    doc = extract(text, date="2015-08-01")
    return [([a.country for a in e.actor], [a.country for a in e.recipient]) for e in doc.events
            if e.type == "ASSAULT"]


def test_army_spokesman_announcing_dead_militants_is_the_attacker():
    evs = _assaults("قال المتحدث العسكري للجيش المصري إن 40 مسلحا قتلوا في شمال سيناء خلال الأسبوع الماضي.")
    assert (["EGY"], []) in evs, evs


def test_interior_ministry_announcing_a_dead_terrorist():
    evs = _assaults("أعلنت وزارة الداخلية التونسية اليوم مقتل عنصر إرهابي في جبل الشعانبي بولاية القصرين.")
    assert (["TUN"], []) in evs, evs


def test_counted_gunmen_before_plural_victim_verb_are_no_attacker():
    evs = _assaults("ذكرت مصادر محلية أن 12 مسلحا قتلوا في قرية قرب الحدود.")
    assert evs and not any(None in a for a, _ in evs), evs


def test_announced_dead_soldiers_keep_no_announcer_actor():
    evs = _assaults("أعلن الجيش المصري مقتل ثلاثة جنود في هجوم شنه مسلحون على حاجز أمني في شمال سيناء.")
    assert not any(a == ["EGY"] and r == [] for a, r in evs), evs


def test_militant_who_acts_is_not_a_victim():
    evs = _assaults("قالت الشرطة إن متشددا طعن خمسة أشخاص في سوق بمدينة القدس.")
    assert not any(a == ["ISR"] for a, _ in evs), evs
