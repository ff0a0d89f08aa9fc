"""Implied parties, session 16 (sentences written for these tests, not taken from the eval sets).

- A restriction on a media outlet of no stated country (closing, suspending a newspaper or a channel) hits the
  restricting state's own press: X -> X. The bare outlet inside the trigger is the target, not the actor: the
  state named before the trigger closes it. An outlet with a nationality of its own keeps it.
"""
from helpers_parties import countries, events_of, show


def test_newspaper_suspended_by_its_state_is_that_states():
    evs = events_of("أوقفت السلطات الأردنية أمس صدور صحيفة أسبوعية بعد نشرها تقريرا عن الفساد.", "COERCE")
    assert evs and countries(evs[0].actor) == {"JOR"} and countries(evs[0].recipient) == {"JOR"}, show(evs)


def test_outlet_in_the_trigger_is_no_actor():
    evs = events_of("أعلنت سلطات الكويت تعليق صدور صحيفة يومية لمدة أسبوع.", "COERCE")
    assert evs and countries(evs[0].actor) == {"KWT"} and countries(evs[0].recipient) == {"KWT"}, show(evs)


def test_foreign_outlet_keeps_its_own_country():
    evs = events_of("أوقفت السلطات المصرية بث قناة الجزيرة القطرية أمس.", "COERCE")
    assert evs and "EGY" in countries(evs[0].actor), show(evs)
    assert all(countries(e.recipient) != {"EGY"} for e in evs), show(evs)


def test_restriction_on_people_is_not_an_outlet():
    evs = events_of("فرضت الشرطة الأردنية قيودا على دخول المصلين إلى المسجد.", "COERCE")
    assert all("recipient: a media outlet" not in " ".join(e.explanation) for e in evs), show(evs)
