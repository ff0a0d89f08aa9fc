"""Actors session 16 (sentences written for these tests, not taken from the eval sets).

- UN agencies named in full with الأمم المتحدة inside (UNRWA, UNHCR, OCHA, OHCHR) are one IGO actor: the refugees
  of their names are no Palestinian or Greek refugees, and a country named right after them is a party of its own.
- Press-freedom groups are NGO.
- A civil aviation authority (هيئة الطيران المدني) and a singular security apparatus (الجهاز الأمني) take the
  nationality after them like other state bodies.
- Names: Mullah Akhtar Mansour named as الملا منصور; Barzani spelt برزاني.
- al-Qaeda and its branches are null-country REB like ISIS (the news gold convention), no longer IMG.
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country, a.sector) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,agency", [
    ("زار وفد من وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين مخيما في لبنان.",
     "وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين"),
    ("نظم موظفون اعتصاما أمام مقر منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين في عمان.",
     "منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين"),
    ("قالت المفوضية العليا للاجئين إن آلاف الأسر عبرت الحدود.", "المفوضية العليا للاجئين"),
    ("أصدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية تقريرا جديدا.", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
])
def test_un_agencies_in_full_are_one_igo(text, agency):
    acts = _actors(text)
    assert (agency, "IGO", "UNO") in acts, acts
    assert all(c != "PSE" for _, c, _ in acts), acts


def test_refugee_agency_leaves_the_country_after_it_a_party():
    acts = _actors("دعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إيطاليا إلى تحسين مراكز الاستقبال.")
    assert ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "IGO", "UNO") in acts, acts
    assert ("إيطاليا", "ITA", None) in acts, acts
    assert all(s != "REF" for _, _, s in acts), acts


def test_palestinian_refugees_alone_stay_palestinian():
    acts = _actors("وصلت قافلة مساعدات إلى اللاجئين الفلسطينيين في مخيم اليرموك.")
    assert any(c == "PSE" and s == "REF" for _, c, s in acts), acts


@pytest.mark.parametrize("text,name,country", [
    ("دان الاتحاد الدولي للصحفيين اعتقال مراسل في عدن.", "الاتحاد الدولي للصحفيين", "NGO"),
    ("طالبت منظمة مراسلون بلا حدود بالإفراج عن مدونين.", "منظمة مراسلون بلا حدود", "NGO"),
])
def test_regional_bodies_and_press_groups(text, name, country):
    acts = _actors(text)
    assert any(t == name and c == country for t, c, _ in acts), acts


def test_civil_aviation_authority_takes_its_nationality():
    acts = _actors("حذرت هيئة الطيران المدني الفرنسية شركات الطيران من الإضراب.")
    assert ("هيئة الطيران المدني الفرنسية", "FRA", "GOV") in acts, acts


def test_civil_aviation_authority_alone_has_no_country():
    acts = _actors("أعلنت هيئة الطيران المدني تعديل مواعيد الرحلات.")
    assert all(c is None for t, c, _ in acts if t.startswith("هيئة الطيران")), acts


def test_air_force_with_nationality_is_still_the_military():
    acts = _actors("قصف الطيران الأردني مواقع التنظيم.")
    assert ("الطيران الأردني", "JOR", "MIL") in acts, acts


def test_singular_security_apparatus_takes_its_nationality():
    acts = _actors("حذر الجهاز الأمني المصري من محاولات تهريب السلاح.")
    assert ("الجهاز الأمني المصري", "EGY", "COP") in acts, acts


def test_mullah_mansour_short_name():
    acts = _actors("رفض قادة ميدانيون مبايعة الملا منصور زعيما للحركة.")
    assert ("الملا منصور", "AFG", "REB") in acts, acts


def test_barzani_spelling_variant():
    acts = _actors("التقى مسعود برزاني القنصل الأمريكي في أربيل.")
    assert ("مسعود برزاني", "IRQ", "GOV") in acts, acts


@pytest.mark.parametrize("text,name", [
    ("قالت السلطات إن تنظيم القاعدة يقف وراء الهجوم.", "تنظيم القاعدة"),
    ("توعد تنظيم القاعدة في جزيرة العرب بشن هجمات جديدة.", "تنظيم القاعدة في جزيرة العرب"),
])
def test_al_qaeda_is_a_null_country_group_like_isis(text, name):
    acts = _actors(text)
    assert (name, None, "REB") in acts, acts


def test_qaeda_as_a_place_name_is_no_group():
    acts = _actors("أقلعت الطائرات من القاعدة الجوية في إنجرليك.")
    assert all(s != "REB" for _, _, s in acts), acts
