"""peel / peel_forms: rule-based proclitic peeling, one option at a time (words written for these tests)."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize_word, peel, peel_forms


def n(word: str) -> str:
    return normalize_word(word)


@pytest.mark.parametrize("word, stem", [
    ("وقصف", "قصف"),  # conjunction و
    ("فرفض", "رفض"),  # conjunction ف
    ("وعد", "وعد"),  # a three-letter word keeps its و: no three-letter stem would remain
    ("بقصف", "بقصف"),  # no prepositions by default
    ("والقصف", "القصف"),  # nor the article
])
def test_default_peels_one_conjunction(word, stem):
    assert peel(n(word)) == n(stem)


def test_conj_letters_are_explicit():
    assert peel(n("وقصف"), conj="") == n("وقصف")
    assert peel(n("بعملية"), conj="وبف") == n("عملية")  # one letter of the first layer only
    assert peel(n("وبعملية"), conj="وبف") == n("بعملية")


@pytest.mark.parametrize("word, stem", [
    ("بالهجوم", "الهجوم"),
    ("وبالهجوم", "الهجوم"),  # conjunction, then preposition
    ("لشعب", "شعب"),
    ("كشعب", "كشعب"),  # ك not among the letters asked for
    ("بلد", "بلد"),  # three letters: nothing comes off
])
def test_preps(word, stem):
    assert peel(n(word), preps="بل") == n(stem)


def test_only_one_preposition():
    assert peel(n("ببلد"), preps="ب") == n("بلد")


@pytest.mark.parametrize("word, stem", [
    ("للشعب", "الشعب"),  # ل + ال is written لل
    ("وللشعب", "الشعب"),
    ("بلشعب", "لشعب"),  # after ب a ل stays a ل
])
def test_lil_reads_ll_as_l_and_article(word, stem):
    assert peel(n(word), preps="لب", lil=True) == n(stem)
    assert peel(n("للشعب"), preps="لب") == n("لشعب")  # without lil


def test_lil_needs_a_stem_after_the_article():
    assert peel(n("للحق"), preps="ل", lil=True) == n("لحق")  # ال + two letters: too short
    assert peel(n("للحق"), preps="ل", lil=True, min_stem=0) == n("الحق")


def test_lil_forms_keep_both_readings():
    assert peel_forms(n("للشعب"), preps="ل", lil=True) == (n("للشعب"), n("لشعب"), n("الشعب"))


@pytest.mark.parametrize("word, stem", [
    ("سيتصدى", "يتصدى"),
    ("وستواجه", "تواجه"),
    ("سنعمل", "نعمل"),
    ("سيتم", "سيتم"),  # a stem of four letters or more only
    ("سلام", "سلام"),  # س not before ي/ت/ن: part of the word
])
def test_future(word, stem):
    assert peel(n(word), future=True) == n(stem)
    assert peel(n("سيتصدى")) == n("سيتصدى")  # off by default


@pytest.mark.parametrize("word, stem", [
    ("الهجوم", "هجوم"),
    ("والهجوم", "هجوم"),
    ("بالهجوم", "هجوم"),
    ("الحق", "حق"),  # as strip_al: two letters may remain
    ("الي", "الي"),
])
def test_article(word, stem):
    assert peel(n(word), preps="ب", article=True) == n(stem)


def test_accusative_adds_forms_without_the_ending():
    forms = peel_forms(n("وانتهاكا"), accusative=True)
    assert n("انتهاك") in forms and n("انتهاكا") in forms
    assert n("قمع") not in peel_forms(n("قمعا"), accusative=True)  # four letters: the ا may be radical
    assert n("انتهاك") not in peel_forms(n("انتهاكا"))  # off by default


def test_forms_are_outermost_first():
    assert peel_forms(n("وبالقصف"), preps="ب", article=True) == (n("وبالقصف"), n("بالقصف"), n("القصف"), n("قصف"))


def test_min_stem_zero_peels_any_length():
    assert peel(n("ولا"), min_stem=0) == n("لا")
    assert peel(n("ولا")) == n("ولا")
    assert peel("", preps="ب", min_stem=0) == ""
