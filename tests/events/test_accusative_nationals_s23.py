"""People arrested and named by an indefinite accusative nationality (اعتقلت الشرطة تونسيا وباكستانيا) are the
arrest's recipient, even when a date stands between the subject and them (domestic_parties._accusative_nationals).
Sentences written for these tests."""
import pytest

import hadath


def _coerce(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events if e.type == "COERCE"]


@pytest.mark.parametrize("text, recipient", [
    ("اعتقلت الشرطة الألمانية، أمس (الثلاثاء)، مغربيا وجزائريا للاشتباه في تخطيطهما لتنفيذ هجوم.", {"MAR", "DZA"}),
    ("اعتقلت الشرطة البلجيكية، صباح اليوم، عراقيا يشتبه في انتمائه إلى خلية.", {"IRQ"}),
])
def test_accusative_nationals_are_the_recipient(text, recipient):
    got = _coerce(text)
    assert got and got[0][1] == recipient, got


def test_arrest_of_an_undescribed_man_gets_no_nationality():
    got = _coerce("اعتقلت الشرطة الألمانية، أمس (الثلاثاء)، رجلا يشتبه في تخطيطه لتنفيذ هجوم.")
    assert got and not (got[0][1] - {"DEU"}), got


@pytest.mark.parametrize("text, expected", [
    # the nationality belongs to the victim in a later clause, not to the arrested young man
    ("اعتقلت الشرطة البلجيكية شابا بعد أن هاجم فرنسيا.", []),
    # the accusative noun the nationality qualifies may stand before it
    ("أوقفت الشرطة الإيطالية، اليوم، طالبا سعوديا.", ["SAU"]),
])
def test_accusative_nationals_only_in_the_object_phrase(text, expected):
    from hadath.events.domestic_parties import _accusative_nationals, _object_token
    doc = hadath.extract(text, date="2015-08-01")
    ev = next(e for e in doc.events if e.type == "COERCE")
    assert [a.country for a in _accusative_nationals(doc, ev, _object_token(doc, ev))] == expected
