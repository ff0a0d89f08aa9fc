"""Actors, session 15 round 3 (sentences written for these tests, not taken from the eval sets).

- An indefinite company head followed by its proper name (quoted, or one or two plain words the lexicon does not
  know) and then a definite nationality is that country's company: "شركة «فولكس» الألمانية" is German. Outlets are
  left out (a newspaper cited as the source became a party to the events it reports).
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors]


@pytest.mark.parametrize("text, phrase, country", [
    ("أعلنت شركة «توتال» الفرنسية أنها ستستثمر في حقل جديد.", "شركة «توتال» الفرنسية", "FRA"),
    ('وقعت شركة "سيمنز" الألمانية عقدا لبناء محطة كهرباء.', 'شركة "سيمنز" الألمانية', "DEU"),
    ("انسحبت شركة رينو الفرنسية من المشروع العام الماضي.", "شركة رينو الفرنسية", "FRA"),
])
def test_named_company_with_a_nationality_is_that_countrys(text, phrase, country):
    assert (phrase, country, "BUS") in _actors(text), _actors(text)


def test_a_lexicon_word_inside_the_quoted_name_is_part_of_the_name():
    text = 'قالت شركة "الوزير" اللبنانية إنها ستعيد فتح فروعها.'
    assert ('شركة "الوزير" اللبنانية', "LBN", "BUS") in _actors(text), _actors(text)


@pytest.mark.parametrize("text", [
    "أعلنت الشركة الفرنسية أنها ستستثمر في حقل جديد.",  # no name: the ordinary adjacent nationality
])
def test_ordinary_company_nationality_unchanged(text):
    assert ("الشركة الفرنسية", "FRA", "BUS") in _actors(text), _actors(text)


@pytest.mark.parametrize("text", [
    # a place after the head is no name: the company stays without a country
    "وقعت شركة في الرياض عقدا مع الحكومة السعودية.",
    # a newspaper is not covered: a cited outlet must not become a party to what it reports
    "ذكرت صحيفة حرييت التركية أن الشرطة اعتقلت عشرة أشخاص.",
])
def test_no_named_company_reading(text):
    named = [a for a in _actors(text) if a[0].startswith(("شركة", "صحيفة")) and a[1] is not None]
    assert not named, _actors(text)
