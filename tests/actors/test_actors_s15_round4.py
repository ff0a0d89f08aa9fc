"""Actors, session 15 round 4 (sentences written for these tests, not taken from the eval sets).

- States that had no nationality adjective (Myanmar, Bolivia, Zimbabwe, North Macedonia, Liberia ...) have one
  (countries_curated.tsv), and the Liberian one does not swallow the Libyan one.
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country) for a in extract(text, date="2015-08-01").actors]


@pytest.mark.parametrize("text, phrase, country", [
    ("أفرجت السلطات البورمية عن مئات السجناء السياسيين.", "السلطات البورمية", "MMR"),
    ("أعلنت الحكومة البوليفية تأميم شركات الغاز.", "الحكومة البوليفية", "BOL"),
    ("قال الرئيس الزيمبابوي في خطاب إن بلاده ترفض العقوبات.", "الرئيس الزيمبابوي", "ZWE"),
    ("اعتقلت الشرطة المقدونية عشرات المهاجرين على الحدود.", "الشرطة المقدونية", "MKD"),
])
def test_nationalities_of_states_that_had_none(text, phrase, country):
    assert (phrase, country) in _actors(text), _actors(text)


def test_liberian_is_not_libyan():
    found = dict(_actors("وصل لاجئون ليبيريون إلى الميناء، وقال مسؤول ليبي إن الوضع هادئ."))
    assert found.get("لاجئون ليبيريون") == "LBR" and found.get("مسؤول ليبي") == "LBY", found
