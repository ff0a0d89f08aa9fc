"""Actors session 21: parties named through another body (sentences written for these tests, not taken from the
eval sets).

- An organ of an institution (لجنة، هيئة، مكتب، إدارة، دائرة ...) named before في/داخل or التابعة ل and the
  institution is that institution's: one actor with its country and sector (context.organs_of).
- A spokesman of a bare body with no country (المتحدث باسم المقاومة) takes the country the article gives that body
  (context.article_country), as the bare body itself does; a spokesman of a bare armed side placed in a city
  (المتحدث باسم المقاومة في تعز) takes that city's country (context.located_bodies).
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country, a.sector) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,organ,country,sector", [
    ("طالبت لجنة الأمن والدفاع في البرلمان العراقي الحكومة بتعزيز الحدود.",
     "لجنة الأمن والدفاع في البرلمان العراقي", "IRQ", "LEG"),
    ("أعلنت دائرة الإعلام في وزارة الداخلية الكويتية ضبط شبكة تهريب.",
     "دائرة الإعلام في وزارة الداخلية الكويتية", "KWT", "COP"),
    ("أصدرت هيئة الإغاثة التابعة لرابطة العالم الإسلامي بيانا عن الفيضانات.",
     "هيئة الإغاثة التابعة لرابطة العالم الإسلامي", "NGO", None),
    ("وقال رئيس مكتب الشؤون الخارجية في حكومة إقليم كردستان إن الوفد سيصل غدا.",
     "رئيس مكتب الشؤون الخارجية في حكومة إقليم كردستان", "IRQ", "GOV"),
])
def test_an_organ_is_its_institutions(text, organ, country, sector):
    acts = _actors(text)
    assert (organ, country, sector) in acts, acts


def test_the_organs_own_countryless_name_goes_into_it():
    # "لجنة الشؤون الخارجية" alone is a countryless parliamentary committee; here it is the Egyptian house's
    acts = _actors("انتقدت لجنة الشؤون الخارجية في مجلس النواب المصري التقرير الأمريكي.")
    assert ("لجنة الشؤون الخارجية في مجلس النواب المصري", "EGY", "LEG") in acts, acts
    assert not [a for a in acts if a[0] == "لجنة الشؤون الخارجية"], acts


def test_an_organ_before_a_place_is_no_actor():
    # في + a city is where the committee met, not whose it is
    acts = _actors("اجتمعت لجنة المتابعة في القاهرة أمس.")
    assert not [a for a in acts if a[0].startswith("لجنة")], acts


def test_a_verbs_object_before_fi_is_no_organ_name():
    # "اجتماعا" is the object of عقدت: the ministry is where the meeting was, and the committee stays out of it
    acts = _actors("عقدت اللجنة اجتماعا في وزارة الخارجية السعودية لبحث الملف.")
    assert not [a for a in acts if a[0].startswith("اللجنة")], acts


def test_ba_after_an_organs_name_is_left_alone():
    # ب after the name is the verb's complement here (رحبت ... بالحكومة): the government is the one welcomed
    acts = _actors("رحبت لجنة المتابعة بالحكومة العراقية الجديدة.")
    assert not [a for a in acts if a[0].startswith("لجنة")], acts


def test_states_of_a_group_are_no_owner():
    acts = _actors("اجتمع رؤساء اللجان الأولمبية في دول مجلس التعاون لدول الخليج العربية.")
    assert not [a for a in acts if a[0].startswith("اللجان")], acts


def test_spokesman_of_a_bare_body_takes_the_articles_country():
    text = ("تواصلت المعارك في عدن بين الحوثيين والجيش اليمني. وقال المتحدث باسم المقاومة علي أحمد إن المقاومة "
            "صدت هجوما.")
    acts = _actors(text)
    assert [a for a in acts if a[0].startswith("المتحدث باسم المقاومة") and a[1:] == ("YEM", "REB")], acts


def test_spokesman_of_a_bare_body_with_no_name_takes_the_articles_country():
    text = ("تواصلت المعارك في عدن بين الحوثيين والجيش اليمني. وقال المتحدث باسم المقاومة في بيان إن المقاومة "
            "صدت هجوما.")
    acts = _actors(text)
    assert ("المتحدث باسم المقاومة", "YEM", "REB") in acts, acts


def test_spokesman_of_bare_forces_before_a_named_coalition_stays_countryless():
    # "باسم قوات" is in construct with the coalition after it, not a bare body of the article's state
    text = ("شنت طائرات التحالف غارات على صنعاء. وقال الناطق الرسمي باسم قوات التحالف العميد أحمد عسيري إن "
            "الغارات أصابت أهدافها.")
    acts = _actors(text)
    assert not [a for a in acts if a[0].startswith("الناطق") and a[1] is not None], acts


def test_spokesman_of_a_bare_body_in_a_lone_sentence_stays_countryless():
    acts = _actors("قال المتحدث باسم المقاومة علي أحمد إن المقاتلين تقدموا في عدن.")
    assert not [a for a in acts if a[0].startswith("المتحدث") and a[1] is not None], acts


@pytest.mark.parametrize("text", [
    "دعا المتحدث باسم المقاومة في عدن المواطنين إلى قطع الإمدادات عن المتمردين.",
    "قال المتحدث باسم المقاومة في تعز إن المقاتلين استعادوا عدة مواقع.",
])
def test_spokesman_of_an_armed_side_in_a_city_is_of_that_citys_country(text):
    # even a lone sentence: the side speaks where it fights
    acts = _actors(text)
    assert ("المتحدث باسم المقاومة", "YEM", "REB") in acts, acts


def test_spokesman_of_the_opposition_in_a_city_abroad_stays_countryless():
    # an opposition often speaks from exile: the city names no side's country
    acts = _actors("قال المتحدث باسم المعارضة في باريس إن الحوار توقف.")
    assert not [a for a in acts if a[0].startswith("المتحدث") and a[1] is not None], acts
