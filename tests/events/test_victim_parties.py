"""Roles of abductions, arrests and executions (sentences written for these tests, not taken from the eval sets).

A counted object after a named subject keeps the verb active; a plural abduction verb with no object after it is a
passive whose subject was taken; a relation noun after the subject opens an apposition, not an object.
"""
import pytest

from hadath import extract


def _events(text, kinds=("ASSAULT", "COERCE")):
    return [e for e in extract(text, date="2015-08-01").events if e.type in kinds]


def _countries(parties):
    return {a.country for a in parties}


def test_counted_object_after_a_named_subject_keeps_the_verb_active():
    evs = _events("خطف تنظيم «داعش» نحو 40 مدنيا من قرية صغيرة في ريف حلب الشمالي.")
    assert evs and all(any("active:counted-object-after-subject" in x for x in e.explanation) for e in evs)
    assert all(e.actor and not any(a.text.startswith("داعش") for a in e.recipient) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_plural_abduction_verb_with_no_object_is_a_passive():
    evs = _events("قالت وزارة الخارجية اليابانية إن ثلاثة يابانيين اختطفوا في مالي أمس.")
    assert evs, "no event"
    assert all("JPN" not in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]
    assert any(_countries(e.recipient) == {"JPN"} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_active_plural_abduction_verb_with_an_object_stays_active():
    evs = _events("قالت الشرطة إن ثلاثة مسلحين اختطفوا عشرة عمال في شمال نيجيريا.")
    assert evs and all(not any("svo-victims" in x for x in e.explanation) for e in evs), [e.explanation for e in evs]


@pytest.mark.parametrize("text", [
    "خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، عشرة عمال في ريف إدلب.",
    "خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا عشرة عمال في ريف إدلب.",
])
def test_parent_body_in_apposition_is_no_object(text):
    evs = _events(text)
    assert evs and all(not any("القاعدة" in a.text for a in e.recipient) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]

