"""Aid recipient named only by a place or a people (session 13, issue #5; sentences written for these tests, not
taken from the eval sets).

Aid by a party of a known country with no recipient goes to the one foreign country its beneficiary phrase names,
right after an aid noun or the trigger: a place behind إلى/داخل/ل, or a people noun with a nationality
(الشعب اليمني، الأشقاء السوريين) -> that country's civilians. A donor's own country, a donor's location, a place
in another clause, or two beneficiaries' countries give none.
"""
import pytest

from hadath import extract
from hadath.text.normalize import peel


def _aid(text):
    return [e for e in extract(text, date="2015-07-26").events if e.type == "AID"]


def _countries(actors):
    return {a.country for a in actors}


@pytest.mark.parametrize("text, giver, country", [
    # a people noun with a nationality after the aid noun
    ("شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت لمساعدة الأشقاء السوريين.", "KWT", "SYR"),
    ("شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت لإغاثة الشعب اليمني.", "KWT", "YEM"),
    # a place behind داخل after the aid verb
    ("يقوم الهلال الأحمر القطري حاليا بإعادة تأهيل المدارس داخل الصومال عبر برامج منظمة.", "QAT", "SOM"),
])
def test_aid_goes_to_the_beneficiary_named(text, giver, country):
    evs = _aid(text)
    assert any(_countries(e.actor) == {giver} and _countries(e.recipient) == {country} for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]


def test_people_recipient_is_civilian():
    evs = _aid("شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت لمساعدة الأشقاء السوريين.")
    assert any(r.country == "SYR" and r.sector == "CVL" for e in evs for r in e.recipient)


@pytest.mark.parametrize("text", [
    # aid from a country to its own region or people
    "يقوم الهلال الأحمر القطري حاليا بإعادة تأهيل المدارس داخل قطر عبر برامج منظمة.",
    "شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت لمساعدة الأشقاء الكويتيين.",
    # a place that is only the donor's location, before the aid
    "يقوم الهلال الأحمر القطري في لندن حاليا بإعادة تأهيل المدارس عبر برامج منظمة.",
    # a place in another clause
    "يقوم الهلال الأحمر القطري حاليا بإعادة تأهيل المدارس عبر برامج منظمة، فيما قتل عشرة أشخاص في الصومال.",
    # a people named in another clause
    "شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت، وقال مسؤول إن الأشقاء السوريين بحاجة إلى المزيد.",
    # two beneficiaries' countries: which one is not for this rule to choose
    "شهد مخيم الأزرق أمس توزيع دفعة من المساعدات التي قدمتها الكويت لمساعدة الأشقاء السوريين والشعب العراقي.",
])
def test_no_beneficiary_phrase_gives_no_recipient(text):
    evs = _aid(text)
    assert not any(e.recipient for e in evs), [(e.actor, e.recipient, e.explanation) for e in evs]


@pytest.mark.parametrize("word, bare", [("للأشقاء", "الأشقاء"), ("لمساعدة", "مساعدة"), ("والشعب", "الشعب"),
                                        ("في", "في")])
def test_bare_strips_conjunction_and_preposition(word, bare):
    assert peel(word, preps="لب", lil=True) == bare  # the options implied_parties uses


def test_place_behind_fi_is_not_a_destination():
    # في after the aid may be where it was pledged, not where it goes
    evs = _aid("يقوم الهلال الأحمر القطري حاليا بإعادة تأهيل المدارس في لندن عبر برامج منظمة.")
    assert not any("the aid goes to" in x for e in evs for x in e.explanation)
