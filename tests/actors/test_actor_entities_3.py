"""Entities the actors stage adds must be names: no nationality read into an ordinary word, no 'person' made
of the words after a title when nothing in them looks like a name."""
import pytest

import hadath
from hadath.actors.resolve import looks_like_name


def _entities(text):
    return [(e.text, e.label) for e in hadath.extract(text).entities]


@pytest.mark.parametrize("text, word", [
    ("تابع الجمهور مجريات المباراة باهتمام كبير.", "مجريات"),
    ("وناقش المجلس مجريات الأحداث في المنطقة.", "مجريات"),
])
def test_ordinary_word_is_not_a_nationality(text, word):
    assert all(t != word for t, _ in _entities(text))


def test_hungarians_still_a_nationality():
    assert ("المجريين", "NORP") in _entities("وتظاهر مئات المجريين أمام البرلمان في بودابست.")


@pytest.mark.parametrize("text, bogus", [
    ("وترك الأمر لوزير الداخلية ليحدد موعد الانتخابات.", "ليحدد موعد"),
    ("والتقى الوزير المبعوث الخاص لشؤون نزع السلاح في جنيف.", "لشؤون نزع"),
])
def test_words_after_a_title_are_not_a_person_without_name_evidence(text, bogus):
    assert (bogus, "PER") not in _entities(text)


@pytest.mark.parametrize("words, name", [
    (["طلعت", "زكريا"], True), (["كلاوس", "ايبرمان"], True), (["ليلى", "سعيد"], True),
    (["ليقرر", "متى"], False), (["يحين", "موعد"], False), (["لشؤون", "نزع"], False),
])
def test_looks_like_name(words, name):
    assert looks_like_name(words) is name
