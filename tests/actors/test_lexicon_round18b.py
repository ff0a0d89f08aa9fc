"""Actors round 18b (sentences written for these tests, not taken from the eval sets).

A bare "المملكة" with no kingdom named anywhere in the article is Saudi Arabia when the article names a Saudi city
or province (its standing name in Saudi and Gulf news); another kingdom named, or a Saudi place missing, leaves
it no actor, and so does a place use (منافذ المملكة، الحدود بين المملكة واليمن).
"""
import pytest

from hadath import extract


def _kingdom(text):
    return [(a.text, a.country) for a in extract(text, date="2015-08-01").actors if a.text.endswith("المملكة")]


@pytest.mark.parametrize("text", [
    "أدانت الحكومة الكندية التفجير الذي وقع في مدينة الدمام، وأكدت وقوفها مع المملكة في حربها على الإرهاب.",
    "وصل وفد تجاري ماليزي إلى جدة أمس، وأشاد رئيس الوفد بما تقدمه المملكة للمستثمرين.",
    "استنكرت وزارة الخارجية الإندونيسية الهجوم على مسجد في القطيف، معربة عن تضامنها مع المملكة.",
])
def test_bare_kingdom_in_an_article_with_a_saudi_place_is_saudi_arabia(text):
    assert _kingdom(text) == [("المملكة", "SAU")], _kingdom(text)


@pytest.mark.parametrize("text", [
    # no Saudi place at all
    "أدانت الحكومة الكندية التفجير، وأكدت وقوفها مع المملكة في حربها على الإرهاب.",
    # another kingdom named in the article: its own kingdom
    "استقبل العاهل المغربي في الرباط وفدا، وأكد الوفد دعمه للمملكة المغربية. وقال رئيس الوفد القادم من جدة إن المملكة شريك.",
    # the kingdom as a place
    "أعلنت الهيئة رفض شحنات وصلت عبر منافذ المملكة قادمة من ميناء جدة.",
])
def test_bare_kingdom_stays_unresolved_without_a_saudi_only_context(text):
    assert ("المملكة", "SAU") not in _kingdom(text), _kingdom(text)


def test_common_words_are_no_saudi_place():
    from hadath.actors.resolve import saudi_cue
    from hadath.text.normalize import normalize
    assert not saudi_cue(normalize("ونشر الخبر أمس، وهو أمر عسير على الحكومة الكندية").text)
    assert saudi_cue(normalize("وقع الهجوم في أبها أمس").text)


def test_kingdom_after_a_spatial_between_is_a_place():
    doc = extract("وفي الرياض قالت المصادر إن الحدود بين المملكة واليمن شهدت هدوءا.", date="2015-08-01")
    assert not [a for a in doc.actors if a.text == "المملكة"], [(a.text, a.country) for a in doc.actors]


@pytest.mark.parametrize("text", [
    "انتقد البرلمان العربي التصريحات غير المسؤولة لوزير الخارجية الإيراني.",
    "أدانت الحكومة الأردنية الأعمال غير المسؤولة التي تقوم بها الميليشيات.",
])
def test_irresponsible_is_no_official(text):
    doc = extract(text, date="2015-08-01")
    assert not [a for a in doc.actors if a.text.startswith("المسؤول")], [(a.text, a.country) for a in doc.actors]


def test_official_after_another_word_stays_an_official():
    doc = extract("قال المسؤول الأمريكي إن الاتفاق قريب.", date="2015-08-01")
    assert any(a.text.startswith("المسؤول") and a.country == "USA" for a in doc.actors), \
        [(a.text, a.country) for a in doc.actors]


@pytest.mark.parametrize("text, head, country", [
    ("هاجم أنصار حزب الله مقرا للتيار في بيروت.", "أنصار حزب الله", "LBN"),
    ("اشتبك الموالون للرئيس السابق علي عبد الله صالح مع الحوثيين في صنعاء.", "الموالون للرئيس", "YEM"),
    ("تظاهر آلاف من مؤيدي الرئيس المعزول محمد مرسي في القاهرة.", "مؤيدي الرئيس", "EGY"),
])
def test_partisans_of_a_named_side_are_its(text, head, country):
    doc = extract(text, date="2015-08-01")
    found = [(a.text, a.country) for a in doc.actors]
    assert any(t.startswith(head) and c == country for t, c in found), found


@pytest.mark.parametrize("text", [
    "قتل خمسة من أنصار تنظيم داعش في غارة.",  # a side with no state
    "دعا الرئيس أنصاره إلى الهدوء.",  # no side named
])
def test_partisans_without_a_state_side_stay_no_actor(text):
    doc = extract(text, date="2015-08-01")
    assert not [a for a in doc.actors if "نصار" in a.text and a.country], [(a.text, a.country) for a in doc.actors]
