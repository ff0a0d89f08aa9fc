"""Property: for any text, every span the text layer emits matches the raw text at its offsets."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.document import Document
from hadath.text.normalize import normalize
from hadath.text.stage import TextStage

ARABIC_BITS = [
    "وبحث", "الحكومة", "للحكومة", "بلاده", "وَزِيرُهَا", "ـــ", "أ.ف.ب", "د.", "3.5", "٣٫٥", "؟", "؛", "…", "..",
    "«", "»", '"', "\u200f", "\u200b", "\u00a0", "\ufefb", "\ufe8d", "ﻻ", "https://a.b/c?d=1", "\n", "\r\n", " ",
    "!", "،", "ى", "إلى", "آلاف", "ﷲ", "\u0670", "x", "Ab", "7",
]
arabic_chars = st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=8)
presentation = st.text(st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF), max_size=4)
texts = st.lists(st.one_of(st.sampled_from(ARABIC_BITS), st.text(max_size=6), arabic_chars, presentation),
                 max_size=30).map("".join)
STAGE = TextStage()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_span_matches_raw_text(text):
    doc = STAGE(Document(text))
    prev_end = 0
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end
        prev_end = s.end
        for t in doc.tokens[s.token_start:s.token_end]:
            assert s.start <= t.start < t.end <= s.end
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
        assert t.norm
        pieces = t.proclitics + ([t.stem] if t.stem else []) + t.enclitics
        for m in pieces:
            assert text[m.start:m.end] == m.text
        if t.proclitics or t.enclitics:
            assert pieces[0].start == t.start and pieces[-1].end == t.end
            assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_normalized_spans_map_back(text, data):
    norm = normalize(text)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    rs, re_ = norm.to_raw(start, end)
    assert 0 <= rs <= re_ <= len(text)
    if end > start:
        # the raw span normalizes back to (at least) the normalized span
        assert norm.text[start:end] in normalize(text[rs:re_]).text


def test_pathological_input_stays_linear():
    import time

    # 60k characters without spaces: a quadratic step would take minutes here
    for text in ("a.b" * 20_000, "د." * 30_000, '"؟' * 30_000, "x@" * 30_000, "و" * 60_000, "1." * 30_000):
        t0 = time.perf_counter()
        STAGE(Document(text))
        # a hang guard, not a speed test: linear takes well under a second, quadratic takes minutes
        assert time.perf_counter() - t0 < 30, text[:10]
