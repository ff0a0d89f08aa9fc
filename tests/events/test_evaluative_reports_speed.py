"""The ending pre-check of evaluative_reports._in (and _hits) never changes an answer: it only skips words whose
peeled forms cannot be in the list (words written for these tests)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from hadath.events import evaluative_reports as er
from hadath.text.normalize import normalize_word, peel, peel_forms


def _slow_in(norm: str, wordset: frozenset, future: bool = True) -> bool:
    return any(f in wordset for f in peel_forms(norm, preps="بلك", lil=True, future=future, article=True,
                                                accusative=True))


WORDS = [normalize_word(w) for w in (
    "للقتل والعدائي بالعدوان انتهاكا نظاما قمعيا سيرتكب ستواجه فالعلاقات وعلاقاتنا العلاقة بوصفه ووصف وصفت "
    "المتميزة متميزة لل ال و ب ك وا ا بلا والا قوية وقويا الروابط كالعادة").split()]
SETS = [er.EVALUATION_VERBS, er.EVALUATION_NOUNS, er.ACT_NOUNS, er.RELATION_NOUNS, er.RELATION_PRAISE,
        er.DESCRIBING_VERBS, er.NEGATORS, er.VICTIM_PREPS,
        frozenset({normalize_word("قتل")}), frozenset({"ب"}), frozenset({"لا"}), frozenset({"ا"}), frozenset()]


@pytest.mark.parametrize("future", [True, False])
def test_precheck_keeps_every_answer(future):
    # the list words themselves, with clitics and an accusative ending, and words from outside the lists
    for wordset in SETS:
        sample = list(WORDS)
        for w in list(wordset)[:40]:
            sample += [w, "و" + w, "ب" + w, "ال" + w, "وال" + w, "لل" + w, "س" + w, w + "ا", "وبال" + w + "ا"]
        for norm in sample:
            assert er._in(norm, wordset, future) == _slow_in(norm, wordset, future), (norm, future)


def test_hits_lists_the_tokens_in_the_list():
    toks = [SimpleNamespace(norm=normalize_word(w)) for w in "قال إن العلاقات بين البلدين متميزة وعلاقاتنا".split()]
    doc = SimpleNamespace(tokens=toks)
    assert er._hits(doc, 0, len(toks), "relation") == [2, 6]
    assert er._hits(doc, 3, len(toks), "relation") == [6]
    assert er._hits(doc, 0, len(toks), "describing") == []


def test_hits_match_the_word_tests():
    words_ = [normalize_word(w) for w in "ووصف وصفت بوصف الوصف فوصفت العلاقات للعلاقات علاقاتها قال و وا".split()]
    words_ += list(er.DESCRIBING_VERBS)[:20] + list(er.RELATION_NOUNS)
    toks = [SimpleNamespace(norm=w) for w in words_]
    doc = SimpleNamespace(tokens=toks)
    describing = [k for k, w in enumerate(words_) if peel(w) in er.DESCRIBING_VERBS]
    assert er._hits(doc, 0, len(toks), "describing") == describing
    assert er._hits(doc, 0, len(toks), "relation") == [k for k, w in enumerate(words_) if er._in(w, er.RELATION_NOUNS)]
