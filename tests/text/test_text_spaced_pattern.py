"""The token pattern that takes the spaces before a token must find the same tokens as the plain one."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.text import tokens
from hadath.text.normalize import _translate

PIECES = ["وبحث", "الحكومة", "أعلن", "ABC", "x1", "www.a.b", "http://a.b/c", "...", "؟!", "))", "«", "_", "²",
          "\u00a0", " ", "  ", "\n", "\t", "3.5", "1,300", "\u2009", "\u200b", "é"]
any_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5),
                              st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=6)),
                    max_size=25).map("".join)


def _plain(text: str, pos: int, end: int) -> list[tuple[int, int, int, str]]:
    return [(*m.span(), m.end(), m.lastgroup) for m in tokens._TOKEN_NO_EMAIL.finditer(text, pos, end)]


def _spaced(text: str, pos: int, end: int) -> list[tuple[int, int, int, str]]:
    found = tokens._TOKEN_NO_EMAIL_SPACED.finditer(text, pos, end)
    return [(*m.span(m.lastgroup), m.end(), m.lastgroup) for m in found]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.integers(0, 10), st.integers(0, 10))
def test_spaced_pattern_finds_the_same_tokens(text, cut_start, cut_end):
    text = _translate(text)  # the pattern runs on normalized text
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    assert _spaced(text, start, end) == _plain(text, start, end)


def test_spaced_pattern_on_spaces_and_marks():
    text = "  قال   الوزير ،  اليوم\t(2020) _ x"
    assert _spaced(text, 0, len(text)) == _plain(text, 0, len(text))
    assert [t.text for t in tokens.tokenize(text)] == ["قال", "الوزير", "،", "اليوم", "(", "2020", ")", "x"]
