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
