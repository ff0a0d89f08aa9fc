"""Parties round 18b (sentences written for these tests, not taken from the eval sets).

An arrest of unnamed terrorists, perpetrators or "others" (ألقت القبض على آخر، اعتقال المتورطين، 16 شخصا بشبهة
الإرهاب) names no target: neither the place where it happened nor the arresting state's own country. Arrested
citizens of a named nationality, a group's members, or a bare count with no terrorism word keep their party. An
appeal to unnamed people goes to the country of the place they are in, or else to the appealing state's own people. Solidarity with "المملكة" in an article on a Saudi city is with Saudi Arabia.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor", [
    ("ألقت قوات الأمن الجزائرية القبض على آخرين في ولاية البويرة بعد مقتل مسلح.", "DZA"),
    ("أعلن وزير الداخلية الأردني اعتقال المتورطين بالهجوم على مركز أمني في مدينة الكرك.", "JOR"),
    ("اعتقلت الشرطة المغربية 12 شخصا بشبهة الإرهاب في مدينة فاس.", "MAR"),
    ("اعتقلت قوات الأمن المصرية ثلاثة متطرفين في محافظة المنيا.", "EGY"),
    ("اعتقلت الشرطة الفرنسية نحو 20 شخصا بتهمة الإرهاب في مدينة ليون.", "FRA"),
    ("رحلت السلطات الماليزية 12 عاملا أجنبيا من ولاية جوهور.", "MYS"),
    ("اعتقلت الشرطة الهندية خمسة سياح أجانب في ولاية غوا.", "IND"),
])
def test_unnamed_suspects_arrested_leave_the_target_empty(text, actor):
    evs = _events(text, "COERCE")
    assert evs, text
    assert _countries(evs[-1].actor) == {actor} and not evs[-1].recipient, \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    # members of a group (عناصر is no suspect word: also a force's own men)
    "اعتقلت الشرطة الأردنية خمسة من عناصر تنظيم داعش في مدينة إربد.",
    # citizens of a nationality (the news conventions: domestic actors take the story's country)
    "اعتقلت السلطات الإيرانية العشرات من المواطنين الأحوازيين في مدينة الأحواز.",
    # a deported person of a named nationality
    "رحلت السلطات الإماراتية مواطنة أسترالية بعد توقيفها.",
    # a bare count, or bare suspects, with no terrorism word: the standing own-country default
    "اعتقلت الشرطة التركية 40 شخصا في مدينة أضنة.",
    "اعتقلت الشرطة التركية 40 شخصا بتهمة السرقة في مدينة أضنة.",
])
def test_detainees_other_than_suspects_keep_a_target(text):
    evs = _events(text, "COERCE")
    assert evs and evs[0].recipient, [(e.actor, e.recipient) for e in evs]


def test_raiding_force_made_of_elements_is_no_suspect():
    # "قوة مداهمة من عناصر القوات الخاصة": the raiders' own men, the arrest keeps its usual recipient
    evs = _events("دفعت الشرطة المصرية بقوة مداهمة من عناصر القوات الخاصة إلى منزل في العريش.", "COERCE")
    assert all(e.recipient or not e.actor for e in evs) or not evs, [(e.actor, e.recipient) for e in evs]


def test_solidarity_with_the_kingdom_in_an_article_on_a_saudi_city():
    evs = _events("وقع تفجير في مسجد بمدينة نجران. وأكدت وزارة الخارجية الماليزية تضامن ماليزيا مع المملكة في "
                  "مكافحتها للإرهاب.", "SUPPORT")
    assert evs and _countries(evs[-1].actor) == {"MYS"} and _countries(evs[-1].recipient) == {"SAU"}, \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, recipient", [
    # the place the people are in
    ("دعت وزارة الصحة المصرية المواطنين في محافظة أسوان إلى عدم الاقتراب من مياه النيل.", "EGY"),
    ("دعت الأمم المتحدة المدنيين في مدينة حلب إلى مغادرة المدينة.", "SYR"),
    # no place: the appealing state's own people
    ("ناشدت الحكومة الأردنية جميع الأطباء العودة إلى المستشفيات.", "JOR"),
])
def test_appeal_to_unnamed_people_goes_to_their_country(text, recipient):
    evs = _events(text, "REQUEST")
    assert evs and _countries(evs[0].recipient) == {recipient}, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, recipient", [
    ("دعا الرئيس الأمريكي الطلاب الإيرانيين إلى الحوار.", {"IRN"}),  # a nationality is its own party
    ("دعت الأمم المتحدة المدنيين إلى الابتعاد عن مناطق القتال.", set()),  # no state, no place: nobody
])
def test_appeal_to_named_or_unplaced_people_is_left_alone(text, recipient):
    evs = _events(text, "REQUEST")
    assert evs and _countries(evs[0].recipient) == recipient, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "ألقت الشرطة الكويتية القبض على أربعة مشتبهين في عملية سطو.",
    "اعتقلت قوات الأمن المصرية ثلاثة من المطلوبين في الجيزة.",
])
def test_arrested_suspects_and_wanted_men_name_no_target(text):
    """The news conventions: unnamed suspects and wanted men arrested give an empty recipient (session 11)."""
    evs = [e for e in extract(text, date="2015-08-01").events if e.type == "COERCE"]
    assert evs and not evs[0].recipient, [(e.type, e.recipient) for e in evs]
