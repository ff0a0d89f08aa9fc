"""Numbers written in digits or in Arabic words, found in normalized text.

Normalization has already turned Arabic-Indic digits into ASCII and ٫/٬ into ./, so one digit pattern
serves every script. Word numbers are read additively (خمسة وعشرون = 25, ثلاثة عشر = 13) with
multipliers (ثلاثة آلاف, 13 مليار, نصف مليون); vague counts (عشرات، مئات، آلاف) take their lower bound.
The word list is data: ``data/number_words.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"

URL_RE = re.compile(r"(?:https?://|ftp://|www\.)\S+")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)

# Digits: 1,300 / 1300 / 2.5 / 1,5 (decimal comma) / 5ر1 (the Saudi press writes 1.5 as 5ر1 and 22,000 as
# 000ر22: the part after ر comes first). Not glued to letters, slashes or other digits.
DIGITS = r"\d+ر\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_RA = re.compile(r"(\d+)ر(\d+)")


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str  # unit | teen | ten | hundred | mult | dual | vague | frac


@dataclass(frozen=True)
class NumberSpan:
    """A number in normalized text: [start, end) and its value."""

    start: int
    end: int
    value: float
    words: bool  # True when at least one word (not only digits) was read


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    out: dict[str, NumberWord] = {}
    for line in (DATA_DIR / "number_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, value, kind = line.split("\t")[:3]
        out[normalize_word(word)] = NumberWord(float(value), kind.strip())
    return out


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """Regex source for one number (digits and/or words), no groups; clitics are not included."""
    word = f"(?:{_alternation(number_words())})(?!\\w)"
    follow = f"(?:\\s+(?:و\\s*)?{word})"
    return f"(?:(?:{DIGITS})(?:\\s*{word})?{follow}*|{word}{follow}*)"


@lru_cache(maxsize=1)
def number_re() -> re.Pattern:
    # Left edge: start, space or punctuation, or a one-letter proclitic (و ف ب ل ك) glued to the number.
    return re.compile(
        rf"(?:(?<![\w.,/:%#@&=?-])|(?<=(?<!\w)[وفبلك]))(?P<num>{number_pattern()})(?![\w/]|[.,]\d)"
    )


_TOKEN_RE = re.compile(rf"(?P<d>{DIGITS})|(?P<w>[^\W\d_]+)")  # noqa: E501


def parse_number(s: str) -> Optional[float]:
    """Value of a normalized number phrase (``13 مليار``، ``خمسة وعشرين ألفا``); None if it is not one."""
    words = number_words()
    total = 0.0
    current = 0.0
    last_mult = 0.0
    pending_frac = 0.0
    repeat_mult = 0.0
    seen = False
    toks = [m for m in _TOKEN_RE.finditer(s)]
    for i, m in enumerate(toks):
        if m.group("d"):
            d = m.group("d")
            ra = _RA.fullmatch(d)
            if ra:
                low, high = ra.groups()
                has_mult = any(words.get(t.group("w") or "", NumberWord(0, "")).kind in ("mult", "dual")
                               for t in toks[i + 1:])
                current += float(high) * 1000 + float(low) if len(low) == 3 and not has_mult \
                    else float(f"{high}.{low}")
                seen = True
                continue
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", d):
                d = d.replace(",", "")
            else:
                d = d.replace(",", ".")
            current += float(d)
            seen = True
            continue
        w = m.group("w")
        nw = words.get(w)
        if nw is None and w.startswith("و"):
            nw = words.get(w[1:])
            if nw is not None and nw.kind == "frac" and last_mult:  # مليون ونصف (مليون)
                total += nw.value * last_mult
                repeat_mult = last_mult
                continue
        if nw is None:
            if w == "و":
                continue
            return None
        seen = True
        if nw.kind in ("unit", "ten", "teen", "vague"):
            current += nw.value
        elif nw.kind == "hundred":
            current = current * 100 if (nw.value == 100 and 0 < current < 10) else current + nw.value
        elif nw.kind == "frac":
            pending_frac = nw.value
        elif nw.kind == "mult":
            if nw.value == repeat_mult and not current and not pending_frac:
                repeat_mult = 0.0
                continue
            base = current or pending_frac or 1.0
            total += base * nw.value
            current, pending_frac, last_mult = 0.0, 0.0, nw.value
        elif nw.kind == "dual":
            total += nw.value
            last_mult = nw.value / 2
    if not seen:
        return None
    return total + current


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (numbers and dates inside them are not read)."""
    spans = []
    if "http" in text or "www." in text or "ftp:" in text:
        spans += [m.span() for m in URL_RE.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in EMAIL_RE.finditer(text)]
    return spans


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _word_automaton():
    """Aho-Corasick automaton over the number words: where a number made of words may start."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in number_words():
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def _number_matches(text: str):
    """The matches of ``number_re().finditer(text)``, found faster.

    A number starts on a digit run or a number word (the pattern's left context is look-behind only, and
    no match starts inside a digit run), so the pattern is only tried, anchored, at those few positions,
    leftmost first and never inside the previous match: the same matches as scanning every position.
    """
    starts = {m.start() for m in _DIGIT_RUN.finditer(text)}
    starts.update(end - n + 1 for end, n in _word_automaton().iter(text))
    match = number_re().match
    pos = 0
    for p in sorted(starts):
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()


def find_numbers(text: str, urls: Optional[list[tuple[int, int]]] = None) -> list[NumberSpan]:
    """Every number in normalized ``text`` (outside URLs), as spans with values."""
    urls = url_spans(text) if urls is None else urls
    words = number_words()
    out = []
    for m in _number_matches(text):
        s, e = m.span("num")
        if urls and _in_spans(s, urls):
            continue
        phrase = m.group("num")
        first = phrase.split()[0]
        if words.get(first) is not None and words[first].kind == "teen" and "عشر" not in phrase:
            continue  # أحد / إحدى alone is "one of", not a number
        value = parse_number(phrase)
        if value is None:
            continue
        out.append(NumberSpan(s, e, value, words=not phrase[0].isdigit() or " " in phrase.strip()))
    return out
