"""The inline proclitic peels moved onto normalize.peel / peel_forms keep their own small rules (words written for
these tests)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from hadath.events.mentioned_tokens import _word
from hadath.events.nesting import SUBMITTING_VERBS, _submitting_verb
from hadath.places.attach import _strip_proclitics
from hadath.text.normalize import normalize_word, peel


def n(word: str) -> str:
    return normalize_word(word)


@pytest.mark.parametrize("word, stem", [
    ("والاتفاق", "اتفاق"),  # و, then the article
    ("الحق", "الحق"),  # the article comes off only before three letters or more
    ("وعد", "وعد"),  # a three-letter word keeps its و
])
def test_mentioned_word_peels_conjunction_and_long_article(word, stem):
    assert _word(SimpleNamespace(norm=n(word))) == n(stem)


@pytest.mark.parametrize("word", ["وعد", "ووعد", "فالحق", "والاتفاق", "وال", "و", "", "فبلاد", "الوفد", "ففي"])
def test_mentioned_word_inline_peel_agrees_with_peel(word):
    """_word writes peel(norm) out for speed: the two must agree (then the long-article rule)."""
    w = n(word) if word else word
    stem = peel(w)
    expected = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    assert _word(SimpleNamespace(norm=w)) == expected


@pytest.mark.parametrize("word, stem", [
    ("وبغداد", "غداد"),  # و then ب
    ("فبلاد", "لاد"),
    ("بغداد", "غداد"),
    ("لبنان", "بنان"),  # ل alone comes off
    ("ولبنان", "لبنان"),  # but not after و
    ("ببلد", "بلد"),  # one ب only
    ("وبحر", "بحر"),  # after و only three letters would remain without ب
])
def test_place_attach_strip_proclitics(word, stem):
    assert _strip_proclitics(n(word)) == n(stem)


def test_submitting_verb_with_and_without_conjunction():
    verb = min(SUBMITTING_VERBS)
    assert _submitting_verb(verb) and _submitting_verb("و" + verb) and _submitting_verb("ف" + verb)
    assert not _submitting_verb("ب" + verb)  # a preposition is no conjunction
