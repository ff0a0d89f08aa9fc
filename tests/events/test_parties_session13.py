"""Session 13 (issue #5): parties of protests with no one named, and the party behind a counted fighter.

Sentences written for these tests, not taken from the eval sets.
"""
import pytest

import hadath
from hadath.events.partitive_parties import party_behind


def _doc(text):
    return hadath.extract(text, date="2015-08-01")


def _protests(text):
    evs = [e for e in _doc(text).events if e.type == "PROTEST"]
    assert evs, f"no PROTEST event in {text!r}"
    return [(sorted({a.country for a in e.actor}, key=str), sorted({a.country for a in e.recipient}, key=str))
            for e in evs]


@pytest.mark.parametrize("text,country", [
    # the location layer places the protest, no protester is named
    ("تظاهر المئات أمس بمحافظة البصرة جنوب العراق، مطالبين بإقالة المحافظ.", "IRQ"),
    # no place phrase tied to the protest: the one country whose places the sentence names
    ("احتشد عدد من أعضاء الجمعيات الأهلية، أمام مقر الحكومة وسط بيروت، احتجاجًا على انقطاع الكهرباء.", "LBN"),
])
def test_protest_with_no_one_named_is_the_places_people(text, country):
    assert ([country], [country]) in _protests(text)


def test_protest_abroad_against_a_foreign_party_names_no_protester():
    # people protesting in Berlin against Russia's strikes: who they are is not said (not Germany)
    for actor, _recipient in _protests("تظاهر نحو مئتي شخص في برلين للتنديد بالغارات التي يشنها الجيش الروسي."):
        assert "DEU" not in actor


def test_named_protesters_placed_nowhere_near_stay_countryless():
    # protesters named, the village far after them: no country from the sentence's places (GSR convention)
    text = ("وألقى عشرات المتظاهرين الحجارة على جرافات تشارك في بناء جزء من الجدار في قرية بلعين قبل ان يطلق "
            "الجنود الغاز لتفريقهم.")
    for actor, _recipient in _protests(text):
        assert actor == [None]


def _behind(text, term):
    doc = _doc(text)
    a = next(a for a in doc.actors if a.text == term)
    b = party_behind(doc, a, doc.actors)
    return b and (b.text, b.country)


@pytest.mark.parametrize("text,term,party", [
    # a quoted group name after its head noun
    ('هاجم مسلحون من جماعة "بوكو حرام" قرية في ولاية بورنو.', "مسلحون", ("بوكو حرام", "NGA")),
    # a singular counted fighter (مئة مقاتل) of a named group
    ("قال مسؤول إن نحو مئة مقاتل من حركة طالبان هاجموا مواقع للشرطة.", "مقاتل", ("حركة طالبان", "AFG")),
])
def test_counted_men_of_a_named_group_are_that_group(text, term, party):
    assert _behind(text, term) == party


def test_no_party_behind_without_partitive_of():
    # "مقاتل" with no partitive من after it names no party
    assert _behind("قتل مقاتل في اشتباك قرب الحدود مع حركة طالبان.", "مقاتل") is None
