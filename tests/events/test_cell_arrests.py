"""Session 20: a cell, network or gang dismantled and a smuggling or infiltration foiled with no named tie name no
target (domestic_parties.unnamed_operation: the news gold leaves the recipient empty, not the acting state's own
country nor where the smuggling went); a cell tied to a named group keeps the group, and arrested citizens stay
X -> X. A party named in a مع + verbal noun phrase ("as X's visit nears") is no partner
(object_recipients._with_circumstance). Sentences written for these tests."""
import pytest

import hadath
from hadath.events import domestic_parties


def _events(text, kind):
    evs = [e for e in hadath.extract(text, date="2015-08-01").events if e.type == kind]
    return [(sorted({str(a.country) for a in e.actor}), sorted({str(a.country) for a in e.recipient}),
             [x for x in e.explanation if x.startswith("recipient:")]) for e in evs]


@pytest.mark.parametrize("text,actor", [
    ("أعلنت وزارة الداخلية الأردنية عن تفكيك خلية إرهابية كانت تخطط لاستهداف مراكز أمنية.", ["JOR"]),
    ("قالت الشرطة المغربية إن قوات الأمن فككت خلية متطرفة في مدينة فاس.", ["MAR"]),
    ("أحبطت السلطات الكويتية عملية تهريب أسلحة وذخائر عبر الحدود البرية.", ["KWT"]),
    ("أحبطت قوات حرس الحدود الجزائرية محاولة تسلل 40 شخصا إلى الأراضي التونسية عبر الصحراء.", ["DZA"]),
])
def test_unnamed_cell_or_smuggling_has_no_recipient(text, actor):
    found = _events(text, "COERCE")
    assert any((a, r) == (actor, []) for a, r, _ in found), found
    assert not any(r == actor for _, r, _ in found), found


def test_cell_tied_to_a_named_group_keeps_the_group():
    found = _events("أعلنت السلطات الأردنية تفكيك خلية إرهابية تابعة لتنظيم داعش في مدينة الزرقاء.", "COERCE")
    assert (["JOR"], ["None"]) in [(a, r) for a, r, _ in found], found


def test_owned_cells_point_back_to_the_group_named_before():
    found = _events("وجهت قوات الأمن الأردنية ضربات موجعة لتنظيم «داعش»، وتفكيك خلاياه النائمة في الشمال.", "COERCE")
    assert (["JOR"], ["None"]) in [(a, r) for a, r, _ in found], found
    assert any("the cells of" in x for _, _, why in found for x in why), found


@pytest.mark.parametrize("text,actor", [
    # the arrested named as citizens: the acting state's own people (the news gold codes X -> X)
    ("أعلنت وزارة الداخلية الكويتية القبض على ثلاثة مواطنين بعد إحباط عملية تهريب أسلحة.", ["KWT"]),
    ("قالت وزارة الداخلية القطرية إنها اعتقلت مواطنين اثنين.", ["QAT"]),
])
def test_arrested_citizens_stay_with_the_arresting_state(text, actor):
    found = _events(text, "COERCE")
    assert (actor, actor) in [(a, r) for a, r, _ in found], found


def test_operation_noun_forms():
    assert domestic_parties._operation_noun("بخلية") == "noun"
    assert domestic_parties._operation_noun("لتهريب") == "noun"
    assert domestic_parties._operation_noun("خلاياه") == "owned"
    assert domestic_parties._operation_noun("شبكتها") == "owned"
    assert domestic_parties._operation_noun("الشرطة") is None


def test_meeting_as_a_visit_nears_has_no_partner():
    found = _events("اجتمع مجلس الوزراء الكويتي أمس في العاصمة، مع اقتراب موعد زيارة الرئيس الروسي.", "CONSULT")
    assert not any(r == ["RUS"] and a == ["KWT"] for a, r, _ in found), found


def test_partner_after_plain_with_stays():
    found = _events("اجتمع وزير الخارجية الكويتي أمس مع نظيره الروسي في موسكو.", "CONSULT")
    assert (["KWT"], ["RUS"]) in [(a, r) for a, r, _ in found], found


@pytest.mark.parametrize("text,actor", [
    ("قالت الشرطة الفرنسية إنها اعتقلت ثلاثة شبان نشروا دعاية لتنظيم داعش على مواقع التواصل الاجتماعي.", ["FRA"]),
    ("ألقت الأجهزة الأمنية الأردنية القبض على شاب وبحوزته مسدس وعلم تنظيم داعش في مدينة إربد.", ["JOR"]),
])
def test_unnamed_promoters_of_a_group_have_no_recipient(text, actor):
    found = _events(text, "COERCE")
    assert any((a, r) == (actor, []) for a, r, _ in found), found
    assert any("a group promoted" in x for _, _, why in found for x in why), found


def test_members_of_a_group_keep_the_group():
    found = _events("أعلنت الشرطة الفرنسية اعتقال ثلاثة شبان ينتمون إلى تنظيم داعش في مدينة ليون.", "COERCE")
    assert (["FRA"], ["None"]) in [(a, r) for a, r, _ in found], found
    assert not any("a group promoted" in x for _, _, why in found for x in why), found


def test_promotion_nouns():
    assert {"دعاية", "ترويج", "علم"} <= domestic_parties.PROMOTION_NOUNS


def test_charge_of_joining_terror_groups_makes_unnamed_suspects():
    found = _events("أعلنت الشرطة الأردنية توقيف نحو 50 شخصا بتهمة الانضمام إلى جماعات إرهابية.", "COERCE")
    assert (["JOR"], []) in [(a, r) for a, r, _ in found], found


def test_other_charges_keep_the_arresting_states_people():
    found = _events("اعتقلت الشرطة الأردنية 60 شخصا بتهمة محاولة فرض الإضراب الذي دعت إليه النقابات.", "COERCE")
    assert (["JOR"], ["JOR"]) in [(a, r) for a, r, _ in found], found


def test_promotion_with_a_separate_li_is_no_membership():
    # الترويج لـ تنظيم داعش, the لـ written apart: the group is what was promoted, not the detainees' side
    (ev,) = _events("اعتقلت الشرطة الأردنية خمسة أشخاص بتهمة الترويج لـ تنظيم داعش على مواقع التواصل.", "COERCE")
    assert ev[1] == []


def test_a_terror_word_in_the_next_sentence_makes_no_suspects():
    # the charge (السرقة) ends the sentence; الإرهاب opens the next one
    (ev,) = _events("اعتقلت الشرطة المصرية خمسة أشخاص بتهمة السرقة. الإرهاب يهدد المنطقة كلها.", "COERCE")
    assert ev[1] == ["EGY"]
