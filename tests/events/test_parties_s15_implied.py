"""Implied parties, session 15 (sentences written for these tests, not taken from the eval sets).

- An arrest of a named group of the arresting state's own country (متطرفين يهود arrested by Israeli police) keeps
  that group as the target; unnamed extremists or terrorists arrested still give an empty target.
- Aid run "بإشراف من" or funded "بتمويل من" a state body has that body's state as its giver.
"""
from helpers_parties import countries, events_of, show


def test_own_country_named_group_arrested_stays_the_target():
    evs = events_of("اعتقلت الشرطة الإسرائيلية متطرفين يهوديين اثنين بعد إحراق منزل.", "COERCE")
    assert evs and countries(evs[0].actor) == {"ISR"} and countries(evs[0].recipient) == {"ISR"}, show(evs)


def test_unnamed_extremists_arrested_give_no_target():
    evs = events_of("اعتقلت الشرطة المصرية ثلاثة متطرفين في سيناء.", "COERCE")
    assert evs and countries(evs[0].actor) == {"EGY"} and not evs[0].recipient, show(evs)


def test_aid_supervised_by_a_state_body_has_its_giver():
    evs = events_of("وصلت قافلة تحمل 200 طن من الأدوية إلى اليمن أمس، بإشراف من مركز الملك سلمان للإغاثة "
                    "والأعمال الإنسانية.", "AID")
    assert evs and countries(evs[0].actor) == {"SAU"} and countries(evs[0].recipient) == {"YEM"}, show(evs)


def test_aid_with_no_giver_named_keeps_no_actor():
    evs = events_of("وصلت قافلة تحمل 200 طن من الأدوية إلى اليمن أمس، بالتنسيق مع السلطات المحلية.", "AID")
    assert all(not e.actor for e in evs), show(evs)
