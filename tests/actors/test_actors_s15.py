"""Actors, session 15 (sentences written for these tests, not taken from the eval sets).

- Kurdish rebels, militants or separatists are the PKK's insurgency in Turkey (TUR REB, like the PKK itself); Kurds
  named otherwise keep CAMEO's ethnic code KUR.
- Jewish extremists (an extremist Jew, an extremist Jewish group) are Israeli civilians (ISR CVL), like the settlers;
  Jews named with another nationality keep it.
- A state body followed by "في" + a country or a capital belongs to that state (السلطات في بكين، قوات الأمن في
  مصر); the opposition or a body before a plain city does not take it.
- "مندوب" + a country (مندوب اليمن لدى الجامعة العربية) is that state's envoy, like "سفير"; a company's "مندوب" is no
  actor.
- A definite body never takes an indefinite named group after it as its construct ("اعتقلت الشرطة متطرفين يهوديين":
  the group is the object).
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country) for a in extract(text, date="2015-08-01").actors]


@pytest.mark.parametrize("text, phrase", [
    ("فجر متمردون أكراد عبوة ناسفة قرب دورية للجيش في ولاية هكاري.", "متمردون أكراد"),
    ("قصفت المقاتلات التركية مواقع المتمردين الأكراد في جبال قنديل.", "المتمردين الأكراد"),
    ("نسبت الحكومة الهجوم على مركز الشرطة إلى التمرد الكردي.", "التمرد الكردي"),
    ("اعتقلت الشرطة عشرين شخصا يشتبه بانتمائهم إلى المتشددين الأكراد في إسطنبول.", "المتشددين الأكراد"),
])
def test_kurdish_rebels_are_turkey_rebels(text, phrase):
    found = [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors if a.text == phrase]
    assert found == [(phrase, "TUR", "REB")], _actors(text)


def test_kurds_named_otherwise_keep_the_ethnic_code():
    text = "قال الأكراد في المدينة إنهم يرفضون القرار."
    assert ("الأكراد", "KUR") in _actors(text), _actors(text)


@pytest.mark.parametrize("text, phrase", [
    ("قالت الشرطة إن يهوديا متطرفا أحرق متجرا في البلدة القديمة.", "يهوديا متطرفا"),
    ("هاجم متطرفون يهود منزلا في قرية قرب نابلس.", "متطرفون يهود"),
    ("حذرت الحكومة من نشاط جماعة يهودية متطرفة تحرض على العنف.", "جماعة يهودية متطرفة"),
])
def test_jewish_extremists_are_israeli(text, phrase):
    found = [(a.text, a.country) for a in extract(text, date="2015-08-01").actors if a.text == phrase]
    assert found == [(phrase, "ISR")], _actors(text)


def test_jews_with_another_nationality_keep_it():
    text = "التقى الرئيس وفدا من اليهود الأمريكيين في البيت الأبيض."
    assert all(c != "ISR" for _, c in _actors(text)), _actors(text)


@pytest.mark.parametrize("text, phrase, country", [
    ("أعلنت السلطات في بكين اعتقال خمسة أشخاص.", "السلطات في بكين", "CHN"),
    ("قالت قوات الأمن في مصر إنها أحبطت هجوما.", "قوات الأمن في مصر", "EGY"),
    ("أكدت الحكومة في بغداد أنها سترسل تعزيزات.", "الحكومة في بغداد", "IRQ"),
    ("أعلنت وزارة الداخلية في البحرين القبض على خلية.", "وزارة الداخلية في البحرين", "BHR"),
])
def test_state_body_in_a_country_belongs_to_it(text, phrase, country):
    assert (phrase, country) in _actors(text), _actors(text)


@pytest.mark.parametrize("text, head", [
    ("قالت المعارضة في سوريا إن القصف مستمر.", "المعارضة"),  # the opposition of a country may sit abroad
    ("قالت الشرطة في دبي إنها أوقفت سائقا.", "الشرطة"),  # a city that is no capital: not this rule
])
def test_opposition_or_city_takes_no_country(text, head):
    assert (head, None) in _actors(text), _actors(text)


def test_definite_body_does_not_absorb_an_indefinite_group():
    found = _actors("اعتقلت الشرطة متطرفين يهوديين بعد الهجوم.")
    assert found[:2] == [("الشرطة", None), ("متطرفين يهوديين", "ISR")], found


@pytest.mark.parametrize("text, phrase, country", [
    ("قال مندوب الأردن لدى الأمم المتحدة إن بلاده ترفض القرار.", "مندوب الأردن", "JOR"),
    ("أدان السفير خالد العمري مندوب الكويت لدى الجامعة العربية الهجوم.", "السفير خالد العمري", "KWT"),
])
def test_a_state_representative_is_that_state(text, phrase, country):
    assert (phrase, country) in _actors(text), _actors(text)


def test_a_company_representative_is_no_envoy():
    found = _actors("وصل مندوب الشركة إلى مقر الوزارة صباح اليوم.")
    assert all(not t.startswith("مندوب") for t, _ in found), found
