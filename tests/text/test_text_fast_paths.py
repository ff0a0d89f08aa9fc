"""The text layer's speed-ups must not change results: each fast path is compared with its plain definition."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.text import tokens
from hadath.text.normalize import _FULL_TABLE, _translate
from hadath.text.sentences import split_sentences

PIECES = ["وبحث", "الحكومة", "أعلن", "إلى", "ى", "٣٫٥", "۴", "ABC", "x1", "www.a.b", "http://a.b/c", "a@b.cd",
          "...", "؟!", "))", "«", "’", "_", "²", "é", "\u00a0", "\u0670", "ـ", " ", "\n", "3.5", "1,300", "ﻻ"]
any_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5),
                              st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=6)),
                    max_size=25).map("".join)
FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The token pattern as first written: branches in their plain order, the word branch a single class.
_PLAIN = re.compile(
    f"(?P<url>{tokens._URL})"
    r"|(?P<latin>[a-z\d]*[a-z][a-z\d]*(?:['’][a-z]+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>([^\w\s])\6*)"
)


def _matches(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "word" if m.lastgroup == "aword" else m.lastgroup) for m in pattern.finditer(text)]


@FAST
@given(any_text)
def test_translate_equals_the_full_table(text):
    assert _translate(text) == text.translate(_FULL_TABLE)


@FAST
@given(any_text)
def test_arabic_words_first_finds_the_same_tokens(text):
    text = _translate(text)  # the pattern runs on normalized text
    assert _matches(tokens._TOKEN_NO_EMAIL, text) == _matches(_PLAIN, text)


def test_arabic_word_branch_is_used_and_email_pattern_keeps_its_order():
    assert _matches(tokens._TOKEN_NO_EMAIL, "وبحث x") == [(0, 4, "word"), (5, 6, "latin")]
    assert tokens._TOKEN_NO_EMAIL.match("وبحث").lastgroup == "aword"
    # with an "@" an Arabic run can be the start of an address, so that pattern tries addresses first
    assert [t.text for t in tokens.tokenize("راسلوا محمد@example.com اليوم")] == [
        "راسلوا", "محمد@example.com", "اليوم"]


def test_url_check_without_slices_still_protects_urls():
    text = "انظر www.example.com. ثم http://a.b/c?d=1. انتهى"
    ends = [e for _, e in split_sentences(text)]
    assert text[:ends[0]].endswith("www.example.com.") and len(ends) == 3


def test_precomputed_analyses_match_the_rules():
    """data/analyses.tsv is current: every vocabulary word gets from it what the rules derive (rebuild with
    ``python -m hadath.text.build_vocab`` after changing clitics.py, vocab.tsv or the protected lists)."""
    from hadath.text import build_vocab, clitics

    derived = build_vocab.computed_analyses()
    clitics.analyze.cache_clear()
    assert clitics.precomputed() == derived
    assert {w: clitics.analyze(w) for w in clitics.vocab() if clitics.analyze(w) != ((), ())} == derived


vocab_words = st.sampled_from(sorted(__import__("hadath.text.clitics", fromlist=["vocab"]).vocab()))


@FAST
@given(st.one_of(vocab_words, st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1,
                                       max_size=9)), st.booleans())
def test_analysis_is_the_same_with_or_without_the_table(word, hamza_initial):
    from hadath.text import clitics

    with_table = clitics.analyze(word, hamza_initial)
    clitics.USE_PRECOMPUTED = False
    clitics.analyze.cache_clear()
    try:
        assert clitics.analyze(word, hamza_initial) == with_table
    finally:
        clitics.USE_PRECOMPUTED = True
        clitics.analyze.cache_clear()
