"""Actors, session 15 round 2 (sentences written for these tests, not taken from the eval sets).

- A senator is a legislator (LEG) like النائب; named by a US party (السيناتور الجمهوري، النائب الديمقراطي) he sits
  in the US Congress.
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors]


def _countries(text):
    return {a.country for a in extract(text, date="2015-08-01").actors}


@pytest.mark.parametrize("text, phrase", [
    ("انتقد السيناتور الجمهوري جون ثون قرار الإدارة بشأن الهجرة.", "السيناتور الجمهوري جون ثون"),
    ("دعا النائب الديمقراطي آدم شيف إلى فتح تحقيق في القضية.", "النائب الديمقراطي آدم شيف"),
])
def test_senator_named_by_a_us_party_is_a_us_legislator(text, phrase):
    assert (phrase, "USA", "LEG") in _actors(text), _actors(text)


def test_senator_with_a_nationality_takes_it():
    text = "قال السيناتور الفلبيني مانويل روكساس إن الحكومة ستحقق في الحادث."
    assert ("السيناتور الفلبيني مانويل روكساس", "PHL", "LEG") in _actors(text), _actors(text)


def test_another_countrys_republican_party_is_not_american():
    text = "قال رئيس حزب الشعب الجمهوري إن الحكومة التركية أخطأت في قرارها."
    assert "USA" not in _countries(text), _actors(text)
