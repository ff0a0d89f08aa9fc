"""Sentence splitting for Arabic news text, as character offsets into the raw text.

Every line is its own paragraph (news feeds put one paragraph per line), so a sentence never crosses a
newline. Inside a line a sentence ends at ``. ؟ ? ! ؛ …`` or ``..``, with any closing quotes or brackets
that follow kept in the sentence. A full stop does not end a sentence after an abbreviation or an initial
(``د.``, ``أ.ف.ب``, ``Dr.``; list in ``data/abbreviations.txt``), inside a number (``3.5``) or inside a URL.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_TERMINATOR = re.compile(r"[.…؟?!؛]+")
URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s\"'«»<>()\[\]{}]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}",
                    re.ASCII)
_URL_TRAIL = ".,;:!?؟،؛…'\"»)]}"
_CLOSERS = "»”’)]}›"
_STRAIGHT_QUOTES = "\"'"
_MAX_WORD = 40  # how far to look for the word around a full stop (keeps space-less input linear)
_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalized abbreviations (without their final dot) after which a full stop does not end a sentence."""
    out = set()
    for line in (DATA_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(normalize_word(line))
    return frozenset(out)


def find_urls(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``text[start:end]``, without trailing punctuation."""
    spans = []
    for m in URL_RE.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        while e > s and text[e - 1] in _URL_TRAIL:
            e -= 1
        if e - s > 4:
            spans.append((s, e))
    return spans


def _word_before(text: str, lo: int, pos: int) -> str:
    """The run of non-space characters ending at ``pos`` (opening quotes and brackets dropped)."""
    i = pos
    stop = max(lo, pos - _MAX_WORD)
    while i > stop and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip("\"'«“‘([{")


def _is_abbreviation(word: str) -> bool:
    if not word:
        return False
    w = normalize_word(word)
    if w in abbreviations():
        return True
    letters = w.replace(".", "")
    # Initials: a single letter (د. / J.) or dotted single letters (أ.ف.ب).
    if letters.isalpha() and len(letters) <= 4 and all(len(p) == 1 for p in w.split(".") if p):
        return len(letters) == 1 or "." in w
    return False


_ERA_MARKERS = frozenset(("م", "ه", "هـ"))
_YEAR_BEFORE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]{3,4}\s*$")


def _is_era_after_year(text: str, lo: int, word_start: int, word: str) -> bool:
    """"عام 2020 م." ends a sentence: م/هـ after a year is the era, not an initial."""
    return word in _ERA_MARKERS and bool(_YEAR_BEFORE.search(text, max(lo, word_start - 12), word_start))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, trimmed of surrounding whitespace, in order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), spans)
    return spans


def _split_line(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> None:
    # (find with bounds, not three slices of the line: this runs for every line of every article)
    has_url = text.find("/", lo, hi) >= 0 or text.find("@", lo, hi) >= 0 or text.find("www.", lo, hi) >= 0
    urls = find_urls(text, lo, hi) if has_url else []
    cuts: list[int] = []
    seg_start = lo
    for m in _TERMINATOR.finditer(text, lo, hi):
        s, e = m.span()
        if urls and any(us <= s < ue for us, ue in urls):
            continue
        punct = m.group()
        j = e
        # Closing quotes/brackets stay with the sentence; a straight quote closes only an odd one before it.
        while j < hi:
            c = text[j]
            if c in _CLOSERS or _MARK.match(c):
                j += 1
            elif c in _STRAIGHT_QUOTES and text.count(c, seg_start, s) % 2 == 1:
                j += 1
            else:
                break
        nxt = text[j] if j < hi else ""
        if punct == ".":
            if s > lo and text[s - 1].isdigit() and nxt.isdigit():
                continue  # decimal
            word = _word_before(text, lo, s)
            if _is_abbreviation(word) and not _is_era_after_year(text, lo, s - len(word), word):
                continue
            if word.isdigit() and text[lo:s - len(word)].strip() == "":
                continue  # list numbering at line start ("1. ")
            if nxt and not nxt.isspace():
                # "المنطقة.وبحث": a missing space is common; split only between two Arabic words.
                if not (_ARABIC_LETTER.match(nxt) and len(word) >= 2 and _ARABIC_LETTER.match(word[-1])):
                    continue
                nxt_word = _word_before(text, j, _next_space(text, j, hi))
                if _is_abbreviation(nxt_word.split(".")[0]) and "." in nxt_word:
                    continue
        elif nxt and not nxt.isspace() and not nxt.isalpha() and nxt not in "«\"'“":
            continue  # e.g. "?=" or "!," : not a sentence end
        cuts.append(j)
        seg_start = j
    start = lo
    for cut in cuts + [hi]:
        _add(text, start, cut, spans, lo)
        start = cut


def _next_space(text: str, i: int, hi: int) -> int:
    hi = min(hi, i + _MAX_WORD)
    while i < hi and not text[i].isspace():
        i += 1
    return i


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]], line_start: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return
    # A leftover of punctuation only (e.g. a stray quote) joins the sentence before it on the same line.
    if spans and spans[-1][1] >= line_start and not any(c.isalnum() and not _MARK.match(c) for c in text[s:e]):
        spans[-1] = (spans[-1][0], e)
        return
    spans.append((s, e))
