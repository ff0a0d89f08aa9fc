"""Actor resolution, session 7 parties round (issue #5); sentences written for these tests.

- A "X بن Y" name never resolves to the person Y: the name after بن is the father's (ولي العهد الأمير محمد بن نايف
  is Muhammad bin Nayef, not his father Nayef bin Abdulaziz, even though "الأمير نايف" is a listed form).
- A bare "المملكة" with no country named before it is the one kingdom the article names anywhere; with two
  kingdoms named, or none, it is no actor.
"""
from __future__ import annotations

import pytest

import hadath


def _people(text: str, date: str = "2015-07-01") -> dict:
    return {a.text: a.name for a in hadath.extract(text, date=date).actors}


@pytest.mark.parametrize("text,span,name", [
    ("استقبل ولي العهد الأمير محمد بن نايف وزير الخارجية الأمريكي.", "ولي العهد الأمير محمد بن نايف",
     "Muhammad bin Nayef"),
    ("التقى وزير الداخلية الأمير محمد بن نايف السفير البريطاني.", "وزير الداخلية الأمير محمد بن نايف",
     "Muhammad bin Nayef"),
    ("استقبل أمير المنطقة الشرقية الأمير سعود بن نايف وفدا تجاريا.", "أمير المنطقة الشرقية الأمير سعود بن نايف",
     "Saud bin Nayef"),
])
def test_son_is_not_his_father(text, span, name):
    got = _people(text)
    assert got.get(span) == name, got


def test_dropped_middle_name_still_found():
    """The other patronymic rule still holds: a known name with an extra given name inside it."""
    got = _people("أكد وزير الخارجية عادل بن أحمد الجبير دعم المملكة.")
    assert got.get("وزير الخارجية عادل بن أحمد الجبير") == "Adel al-Jubeir", got


def _countries(text: str) -> list:
    return [(a.text, a.country) for a in hadath.extract(text, date="2015-07-27").actors]


def test_bare_kingdom_is_the_kingdom_named_later():
    got = _countries("أشاد الأمين العام للأمم المتحدة بالمبادرة التي أطلقتها المملكة. وكان الملك سلمان قد وجه بذلك.")
    assert ("المملكة", "SAU") in got, got


@pytest.mark.parametrize("text", [
    "رحبت المملكة بالاتفاق.",  # no kingdom named at all
    "رحبت المملكة بالاتفاق، وقال الملك سلمان والملك عبدالله الثاني إنهما يدعمانه.",  # two kingdoms named
    "وصل الرئيس المصري إلى المملكة أمس. وكان الملك سلمان قد دعاه.",  # a place, not an actor
])
def test_bare_kingdom_without_one_kingdom_is_no_actor(text):
    assert not any(t == "المملكة" and c for t, c in _countries(text)), _countries(text)


def test_saudi_shura_speaker_by_full_nasab():
    """A listed person under his long nasab, with the family name spelt without the article (آل شيخ)."""
    doc = hadath.extract("بعث الرئيس برقية إلى رئيس مجلس الشورى الدكتور عبدالله بن محمد بن إبراهيم آل شيخ.",
                         date="2015-08-10")
    assert any(a.name == "Abdullah Al al-Sheikh" and a.country == "SAU" for a in doc.actors), \
        [(a.text, a.name) for a in doc.actors]


@pytest.mark.parametrize("text,span,country", [
    ("رحبت القيادة الفلسطينية بالقرار الدولي.", "القيادة الفلسطينية", "PSE"),
    ("أكدت القيادات العراقية دعمها للحكومة.", "القيادات العراقية", "IRQ"),
])
def test_leadership_with_a_nationality_is_that_state(text, span, country):
    got = _countries(text)
    assert (span, country) in got, got


def test_bare_leadership_is_no_actor():
    got = _countries("أعلنت القيادة العامة حالة الطوارئ.")
    assert not any(t.startswith("القيادة") for t, _ in got), got
