"""Actors session 17 (sentences written for these tests, not taken from the eval sets).

- Armed men named by a sector term with no country (مسلحين، مقاتلين، متمردين) tied by تابعين ل / ينتمون إلى to a
  named group with a country right after them take that group's country (context.fighters_of); the partitive من
  stays the events' (events.partitive_parties), so the term keeps no country there.
- Lexicon: Mahmoud al-Sarkhi (IRQ REL), Willy Nyamitwe (BDI GOV), Nawaf bin Faisal (SAU GOV), Mohammed Ali
  al-Shadadi (YEM LEG), Ahmed Gamal El-Din (EGY GOV), Suharto (IDN GOV), Komala (IRN REB), Meretz (ISR PTY),
  Buckingham Palace (GBR GOV seat); the spellings عادل جبير، ضاحي الخلفان، علي صالح (Ali Abdullah Saleh).
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country, a.sector) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,men,country", [
    ("هاجم عشرات المسلحين التابعين لحركة طالبان نقطة تفتيش في ولاية قندوز.", "المسلحين", "AFG"),
    ("تبادل مقاتلون تابعون لحزب العمال الكردستاني إطلاق النار مع دورية تركية.", "مقاتلون", "TUR"),
    ("أطلق متمردون ينتمون إلى جماعة الحوثي قذائف على مدينة تعز.", "متمردون", "YEM"),
])
def test_armed_men_of_a_named_group_take_its_country(text, men, country):
    acts = _actors(text)
    assert (men, country, "REB") in acts, acts


def test_armed_men_of_a_group_without_country_stay_null():
    acts = _actors("قتل عشرون مسلحا ينتمون إلى تنظيم داعش في غارة على الموصل.")
    assert ("مسلحا", None, "REB") in acts, acts


def test_partitive_min_is_left_to_the_events():
    # "من" + a named group: the term stays countryless so that events.partitive_parties puts the group in its place
    acts = _actors("هاجم مسلحون من حركة طالبان مركزا للشرطة في قندوز.")
    assert ("مسلحون", None, "REB") in acts, acts


def test_armed_men_from_a_place_take_no_country():
    # "من" + a village is where they came from, not a named group
    acts = _actors("هاجم مسلحون من قرية مجاورة مركزا للشرطة.")
    assert ("مسلحون", None, "REB") in acts, acts


def test_armed_men_beside_a_group_without_tie_stay_null():
    acts = _actors("اشتبك مسلحون مع عناصر من حزب الله قرب الحدود.")
    assert ("مسلحون", None, "REB") in acts, acts


@pytest.mark.parametrize("text,name,code", [
    ("طالب رجل الدين محمود الصرخي بإخراج الميليشيات من المدن.", "محمود الصرخي", ("IRQ", "REL")),
    ("اتهم ويلي نياميتوي المعارضة بإشعال أعمال العنف في العاصمة.", "ويلي نياميتوي", ("BDI", "GOV")),
    ("افتتح الأمير نواف بن فيصل البطولة الخليجية للشباب.", "الأمير نواف بن فيصل", ("SAU", "GOV")),
    ("التقى عادل جبير بنظيره الألماني في برلين.", "عادل جبير", ("SAU", "GOV")),
    ("أعلن حزب كوملة مسؤوليته عن الهجوم على الثكنة.", "حزب كوملة", ("IRN", "REB")),
    ("انتقد حزب ميرتس خطة الحكومة لبناء مستوطنات جديدة.", "حزب ميرتس", ("ISR", "PTY")),
    ("هاجم ضاحي الخلفان جماعة الإخوان في تغريدة جديدة.", "ضاحي الخلفان", ("ARE", "COP")),
    ("رفض قصر باكنغهام التعليق على التقرير.", "قصر باكنغهام", ("GBR", "GOV")),
    ("اتهم محمد علي الشدادي الميليشيات باقتحام منزله في صنعاء.", "محمد علي الشدادي", ("YEM", "LEG")),
    ("يتابع أحمد جمال الدين خطة تأمين المنشآت الحيوية.", "أحمد جمال الدين", ("EGY", "GOV")),
    ("حكم سوهارتو إندونيسيا أكثر من ثلاثين عاما.", "سوهارتو", ("IDN", "GOV")),
])

def test_session17_lexicon_entries(text, name, code):
    acts = _actors(text)
    assert (name, *code) in acts, acts


def test_buckingham_palace_as_a_destination_is_a_place():
    acts = _actors("وصل الرئيس الفرنسي إلى قصر باكنغهام أمس.")
    assert not [a for a in acts if a[0].endswith("باكنغهام")], acts


def test_ali_saleh_short_spelling_is_the_former_yemeni_president():
    acts = _actors("دعا علي صالح أنصاره إلى مواصلة القتال في تعز.")
    assert ("علي صالح", "YEM", "GOV") in acts, acts


def test_ali_saleh_inside_his_sons_name_stays_the_son():
    acts = _actors("وصل أحمد علي صالح إلى أبوظبي أمس.")
    assert [a for a in acts if a[0] == "أحمد علي صالح" and a[1] == "YEM"], acts
    assert not [a for a in acts if a[0] == "علي صالح"], acts
