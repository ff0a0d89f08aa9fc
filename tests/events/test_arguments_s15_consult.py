"""Parties of receptions and meetings, session 15 round 3 (sentences written for these tests, not taken from the
eval sets).

- A host known only by a title or a name of no country who receives or meets a foreign guest at a place named with
  في / بـ (بالرياض، في مكتبه بجدة) acts for that place's country; with no such place, for the one country of the
  sentence before.
- Not when the host names its own country, when the guest is only a country or a thing (الطائرة الأردنية), when the
  verb does not open its clause (a subject before it), or when the place is in construct (أطفال مدينة عدن).
"""
import pytest

from hadath import extract


def _events(text, kind="CONSULT"):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, home, guest", [
    ("استقبل مدير عام فرع وزارة الصحة بالمنطقة الشرقية، مؤخرا، الملحق الثقافي بالسفارة الفلبينية.", "SAU", "PHL"),
    ("استقبل مدير الشؤون الصحية في مكتبه بالرياض أمس السفير الإندونيسي لدى المملكة.", "SAU", "IDN"),
    ("التقى مدير عام الجوازات في مكتبه بجدة نائب وزير الداخلية الأردني.", "SAU", "JOR"),
])
def test_countryless_host_takes_country_of_reception_place(text, home, guest):
    evs = _events(text)
    assert any(_countries(e.actor) == {home} and guest in _countries(e.recipient) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]


def test_countryless_host_takes_country_of_sentence_before():
    text = ("افتتحت وزارة التعليم السعودية معرضا للكتاب في الرياض. "
            "واستقبل مدير عام التعليم الأهلي، صباح اليوم، وزير التربية الماليزي.")
    evs = _events(text)
    assert any(_countries(e.actor) == {"SAU"} and "MYS" in _countries(e.recipient) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]


def test_host_with_country_is_kept():
    evs = _events("استقبل وزير الخارجية المصري في مكتبه بالرياض السفير الياباني.")
    assert all("SAU" not in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "وصلت المساعدات الأردنية إلى المدينة. وقال مسؤول إن مطار غزة استقبل بالأمس الطائرة الأردنية الثانية.",
    "استقبل أطفال مدينة عدن يوم أمس، أفراد القوات الأردنية المشاركة في حملات الإغاثة.",
])
def test_no_home_host_for_things_subjects_before_or_places_in_construct(text):
    evs = _events(text)
    assert not any(any("host-at-home" in x for x in e.explanation) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]
