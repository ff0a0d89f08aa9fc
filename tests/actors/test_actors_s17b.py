"""Actors session 17, round 2 (sentences written for these tests, not taken from the eval sets).

- A second nationality joined by و to a body's nationality of the same form (القوات الهندية والباكستانية، الحكومة
  السعودية والإماراتية) is a second party of that kind, as after a dual head (الحكومتان); not when the forms differ.
- الاثنان ("the two") names the two parties last named, like الجانبان; الاثنين (also "Monday") does not.
- Counted dual person nouns (شخصيتان يمنيتان) and infants (الرضيع الفلسطيني) are people of their nationality; a
  crime "against" such a person (جريمة قتل الرضيع الفلسطيني) is no act of his country.
- A named group's epithet after a closing quote («داعش» الإرهابي) is no actor of its own.
- A definite word is never a dropped given name: "خادم الحرمين الشريفين والرئيس عبد الفتاح السيسي" is two actors.
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country, a.sector) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,second,country,sector", [
    ("اشتبكت القوات الأفغانية والباكستانية قرب معبر طورخم.", "الباكستانية", "PAK", "MIL"),
    ("وقعت الحكومة الكويتية والقطرية مذكرة تفاهم في الدوحة.", "القطرية", "QAT", "GOV"),
    ("نفذت الشرطة الأردنية والعراقية دوريات مشتركة على الحدود.", "العراقية", "IRQ", "COP"),
])
def test_second_coordinated_nationality_of_a_body(text, second, country, sector):
    acts = _actors(text)
    assert (second, country, sector) in acts, acts


def test_coordinated_nationality_of_another_form_is_not_a_second_body():
    acts = _actors("وصلت القوات الأردنية والعراقيون إلى المعبر.")
    assert not any(a[1] == "IRQ" and a[2] == "MIL" for a in acts), acts


def test_the_two_name_the_last_two_parties():
    acts = _actors("التقى وزير الخارجية الكويتي نظيره الأردني، واتفق الاثنان على تعزيز التعاون.")
    assert ("الاثنان", "KWT", None) in acts and ("الاثنان", "JOR", None) in acts, acts


def test_monday_is_not_the_two():
    acts = _actors("التقى وزير الخارجية الكويتي نظيره الأردني يوم الاثنين في عمّان.")
    assert not any(a[0] == "الاثنين" for a in acts), acts


def test_two_figures_of_a_nationality():
    acts = _actors("زارت شخصيتان ليبيتان مقر البعثة في تونس.")
    assert ("شخصيتان ليبيتان", "LBY", None) in acts, acts


def test_crime_against_an_infant_is_not_of_his_country():
    acts = _actors("استنكرت الحكومة جريمة قتل الرضيع السوري في المخيم.")
    assert ("الرضيع السوري", "SYR", None) in acts, acts
    assert not any(a[0].startswith("جريمة") for a in acts), acts


def test_a_crime_of_a_state_keeps_its_country():
    acts = _actors("استنكرت الجامعة العربية الجرائم الإسرائيلية في القدس.")
    assert any(a[1] == "ISR" for a in acts), acts


def test_epithet_after_a_quoted_group_is_no_actor():
    acts = _actors("تبنى تنظيم «داعش» الإرهابي التفجير الذي استهدف السوق.")
    assert not any("الإرهابي" == a[0] for a in acts), acts


def test_a_bare_terrorist_subject_is_still_an_actor():
    acts = _actors("فجر الإرهابي نفسه عند مدخل المسجد.")
    assert any(a[0] == "الإرهابي" for a in acts), acts


def test_nationality_before_a_known_name_is_still_dropped():
    acts = _actors("زار قائد فيلق القدس الإيراني قاسم سليماني موسكو.")
    assert any(a[0].endswith("قاسم سليماني") and a[1] == "IRN" for a in acts), acts


def test_coordinated_title_and_name_are_two_actors():
    acts = _actors("بحث خادم الحرمين الشريفين والرئيس عبد الفتاح السيسي العلاقات الثنائية.")
    assert ("خادم الحرمين الشريفين", "SAU", "GOV") in acts, acts
    assert ("الرئيس عبد الفتاح السيسي", "EGY", "GOV") in acts, acts
