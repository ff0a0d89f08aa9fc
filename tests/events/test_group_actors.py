"""Actors named by a group or people noun, and a killing's victims taken for its attackers (session 19; sentences
written for these tests, not taken from the eval sets).

The subject-side mirror of tests/events/test_group_recipients.py: an event with no named actor whose subject (after
the verb, or opening the clause before it) is a group or people noun takes the country that qualifies the noun
inside its phrase: a nationality adjective (صحفيون أتراك، دبلوماسيون عرب وأردنيون) or a place behind في right after
it (إن ضابطا في البحرية المصرية). A domestic armed group with no qualifier (الثوار، المتمردين، المقاومة) takes
the one country its sentence names, when no party of another country is named there. Unnamed gunmen, unqualified people, victims of a killing before its verb and a
report with no other party stay as they were. A manner masdar coded as an attack (ذبحا، حرقا) reads the killed
before it as the hit party, not the attacker.
"""
import pytest

from hadath import extract
from hadath.events.attack_parties import MANNER_MASDARS
from hadath.events.group_parties import SUBJECT_HEADS
from hadath.text.normalize import normalize_word


def _events(text, kind):
    return [e for e in extract(text, date="2015-07-26").events if e.type == kind]


def _actors(text, kind):
    return {frozenset(a.country for a in e.actor if a.country) for e in _events(text, kind)}


@pytest.mark.parametrize("text, kind, actor", [
    # a nationality adjective inside the subject's phrase, after the verb (behind و too)
    ("انتقد دبلوماسيون عرب وأردنيون تصريحات وزير الخارجية الإيراني ضد البحرين.", "ACCUSE", "JOR"),
    ("انتقد صحفيون أتراك قرار الحكومة الروسية إغلاق مكاتبهم في موسكو.", "ACCUSE", "TUR"),
    # a place behind في right after the subject's head, the subject opening a complement clause
    ("قال مصدر عسكري ليبي إن ضابطا في البحرية المصرية قام بزيارة لمدينة بنغازي في ليبيا.", "CONSULT", "EGY"),
])
def test_qualified_group_is_the_actor(text, kind, actor):
    assert frozenset([actor]) in _actors(text, kind)


def test_domestic_armed_group_takes_the_sentence_country():
    text = "قال مصدر ميداني إن الثوار انسحبوا من بلدة مورك في ريف حماة بعد قصف عنيف من قوات النظام السوري."
    assert frozenset(["SYR"]) in _actors(text, "RETREAT")


def test_domestic_armed_group_in_a_sentence_naming_another_country_stays_unnamed():
    text = "قال مصدر ميداني إن الثوار انسحبوا من بلدة مورك في ريف حماة بعد قصف عنيف من الطيران الروسي."
    for e in _events(text, "RETREAT"):
        assert not any("a group noun" in x for x in e.explanation)


def test_named_subject_before_the_verb_keeps_the_people_after_it_as_object():
    # the people noun after the verb is who is appealed to: the named government before the verb stays the actor
    evs = _events("الحكومة العراقية تناشد الأطباء في بغداد العودة إلى المستشفيات.", "REQUEST")
    assert evs and all({a.country for a in e.actor} == {"IRQ"} and all(a.kind != "place" for a in e.actor)
                       for e in evs), [(e.actor, e.recipient) for e in evs]


def test_unnamed_gunmen_stay_unnamed():
    # the convention: an unnamed attacker gives an empty actor, even when placed
    for e in _events("هاجم مسلحون في صنعاء مقر وزارة الداخلية اليمنية.", "ASSAULT"):
        assert not any("a group noun" in x for x in e.explanation)


def test_victims_before_a_killing_verb_are_no_actors():
    # people killed (قتلوا) are no subject of the attack reported after them
    for e in _events("قتل 12 شخصا في نيجيريا عندما فجر انتحاري نفسه في سوق مزدحم.", "ASSAULT"):
        assert not any("a group noun" in x for x in e.explanation)


def test_unqualified_people_give_no_actor():
    # no argument rule names the actor here (the nominative plural is the verb's own subject), so the group rule
    # is reached and must find no qualifier
    evs = _events("انتقد دبلوماسيون قرار الحكومة الروسية إغلاق المكاتب الإعلامية.", "ACCUSE")
    assert evs and all(not any(a.country for a in e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_manner_of_killing_names_the_killed_as_recipient():
    # the farmers just before the manner word (ذبحا) were once read as its subject; since session 29 the long قام ...
    # بقتل frame is a trigger too and the manner word merges into it: either way the killed are the recipient
    text = "قام عناصر من جماعة بوكو حرام المتطرفة بقتل سبعة من مزارعي القطن النيجيريين ذبحا بالسكاكين في قريتين."
    evs = _events(text, "ASSAULT")
    assert evs
    for e in evs:
        assert [a.text for a in e.recipient] == ["النيجيريين"]
        assert all("بوكو حرام" in a.text for a in e.actor)


def test_manner_word_without_a_killing_before_it_changes_nothing():
    # no killing word before the masdar: the rule does not read the party before it as the killed
    evs = [e for e in _events("قضى ثلاثة رجال ذبحا على أيدي مسلحين في قرية قرب الموصل.", "ASSAULT")
           if e.trigger.text == "ذبحا"]
    assert evs and not any("killing's manner" in x for e in evs for x in e.explanation)


def test_word_lists_are_normalized():
    assert normalize_word("ذبحا") in MANNER_MASDARS
    assert normalize_word("دبلوماسيون") in SUBJECT_HEADS
