"""Normalization for matching, with an offset map back to the raw text.

Lexicons, NER features and trigger patterns all match on the normalized text; every span found there is
mapped back with :meth:`Normalized.to_raw`, so what the user sees always points at the original characters.

Rules (each one-to-one, a deletion, or an expansion of a presentation form):
harakat and Quranic marks, tatweel, bidi and zero-width controls are deleted; alef/hamza forms become bare
alef; alef maqsura becomes ya; Persian yeh/keheh become Arabic ya/kaf; Arabic-Indic and Persian digits become
ASCII digits; no-break spaces become spaces; presentation forms (U+FB50-U+FEFC) are decomposed by NFKC;
Latin letters are lower-cased.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# Characters removed outright (harakat, Quranic marks, tatweel, bidi and zero-width controls, BOM).
_DELETE = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # marks
    "\u0640"  # tatweel
    "\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"  # bidi, zero-width, soft hyphen
)
DELETE_RE = re.compile(f"[{_DELETE}]")
# Deleted characters that belong to the preceding letter: a span ending on that letter absorbs them.
_TRAILING_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _ONE_TO_ONE[_c] = _c.lower()

_TABLE = str.maketrans(_ONE_TO_ONE)
# One findall over the whole BMP (built by decoding, not 65,536 chr calls) instead of a regex call per
# character: ~4 ms instead of ~20 at import, which every process pays before its first document.
_BMP = array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")
_DELETE_TABLE = str.maketrans(dict.fromkeys(DELETE_RE.findall(_BMP)))
del _BMP
_FULL_TABLE = {**_TABLE, **_DELETE_TABLE}
# str.translate looks up every character in a dict; for Arabic text, where only a few percent of the characters
# change, substituting just those (and deleting marks in one regex pass) is several times faster.
_MAP_RE = re.compile("[" + "".join(re.escape(c) for c in _ONE_TO_ONE) + "]")
assert not set(_ONE_TO_ONE.values()) & set(_ONE_TO_ONE), "a replacement must not be replaced again"
_IDENTITY = array("i")  # 0, 1, 2, ...: sliced to build offset maps without a Python loop per character


def _translate(raw: str) -> str:
    """Same result as ``raw.translate(_FULL_TABLE)``.

    One ``str.replace`` per distinct character that changes (a handful: أ إ آ ى, digits) instead of a Python
    callback per occurrence; no replacement produces a character another one would change, so the order of
    the replacements does not matter."""
    text = DELETE_RE.sub("", raw) if DELETE_RE.search(raw) else raw
    for c in set(_MAP_RE.findall(text)):
        text = text.replace(c, _ONE_TO_ONE[c])
    return text


def _identity(n: int) -> array:
    global _IDENTITY
    if len(_IDENTITY) < n:
        _IDENTITY = array("i", range(max(n, 2 * len(_IDENTITY), 1 << 16)))
    return _IDENTITY


@dataclass
class Normalized:
    """Normalized text plus ``offsets``: offsets[i] is the raw index of normalized char i."""

    raw: str
    text: str
    offsets: "array | None"  # None means identity (nothing deleted or expanded)

    def raw_index(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.text):
            return len(self.raw)
        return self.offsets[i]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the raw span that produced it (marks included)."""
        if end <= start:
            r = self.raw_index(start)
            return r, r
        rs = self.raw_index(start)
        re_ = self.raw_index(end - 1) + 1
        if self.offsets is not None:
            raw = self.raw
            n = len(raw)
            while re_ < n and _TRAILING_MARKS.match(raw, re_):
                re_ += 1
        return rs, re_

    def from_raw(self, raw_index: int) -> int:
        """Normalized index of the first normalized char produced at or after ``raw_index``."""
        if self.offsets is None:
            return raw_index
        return bisect_left(self.offsets, raw_index)


def normalize(raw: str) -> Normalized:
    """Normalize ``raw`` for matching and keep the map back to it."""
    if _PRESENTATION.search(raw):
        return _normalize_slow(raw)
    text = _translate(raw)
    if len(text) == len(raw):
        return Normalized(raw, text, None)
    ident = _identity(len(raw))
    offsets = array("i")
    pos = 0
    for m in DELETE_RE.finditer(raw):
        s = m.start()
        if s > pos:
            offsets.extend(ident[pos:s])
        pos = s + 1
    if pos < len(raw):
        offsets.extend(ident[pos:len(raw)])
    return Normalized(raw, text, offsets)


def _normalize_slow(raw: str) -> Normalized:
    out: list[str] = []
    offsets = array("i")
    for i, ch in enumerate(raw):
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc":  # _PRESENTATION: U+FE00-FE6F stay as
            # they are, as on the fast path (a vertical or small form decomposed only next to an Arabic one
            # would map back to a raw span that does not normalize to it)
            ch = unicodedata.normalize("NFKC", ch)
            ch = ch.translate(_FULL_TABLE).strip() if ch.strip() else " "
        else:
            ch = ch.translate(_FULL_TABLE)
        for c in ch:
            out.append(c)
            offsets.append(i)
    return Normalized(raw, "".join(out), offsets)


@lru_cache(maxsize=200_000)
def normalize_word(s: str) -> str:
    """Normalized form of a word or phrase (lexicon keys); whitespace runs collapse to one space."""
    t = normalize(s).text
    return " ".join(t.split())


def strip_al(word: str) -> str:
    """Drop a leading definite article from a normalized word (only if a stem of >= 2 letters remains)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


@lru_cache(maxsize=1 << 14)  # 16k: at 65k the full cache held 20-45 MB per worker (its keys carry the options)
def peel_forms(word: str, conj: str = "وف", preps: str = "", lil: bool = False, future: bool = False,
               article: bool = False, accusative: bool = False, min_stem: int = 3) -> tuple[str, ...]:
    """The normalized ``word``, then the stem left as each proclitic comes off, outermost first:

    - one conjunction, a letter of ``conj`` (و/ف by default);
    - with ``future``, the future س before ي/ت/ن, when 4+ letters remain (سيتصدى -> يتصدى);
    - one preposition, a letter of ``preps`` (none by default); with ``lil`` (and ل in ``preps``), ل + ال
      written لل also gives the article form (للقتل -> لقتل, القتل) when ``min_stem`` letters follow ال;
    - with ``article``, the article, as :func:`strip_al`.

    A conjunction or a preposition comes off only when ``min_stem`` letters remain (0: always); with
    ``accusative``, each form ending in ا (انتهاكا) also comes without it, when 4+ letters remain.

    Why: stage modules compare a token with a curated word list, and each list wants its own, explicit set of
    clitics (finite verbs the future س, nouns the article); six modules had private variants that differed in
    small, undocumented ways. A plain rule, not the vocabulary-checked split of :func:`hadath.text.clitics.analyze`
    (``Token.stem``): a peeled form that is in the list is the word meant, whatever the vocabulary says."""
    out = [word]
    w = word
    if w and w[0] in conj and len(w) - 1 >= min_stem:
        w = w[1:]
        out.append(w)
    if future and w[:1] == "س" and w[1:2] in ("ي", "ت", "ن") and len(w) > 4:  # سيتصدى، ستواجه
        w = w[1:]
        out.append(w)
    if w and w[0] in preps and len(w) - 1 >= min_stem:
        lil_stem = lil and w[0] == "ل" and w[1:2] == "ل"
        w = w[1:]
        out.append(w)
        if lil_stem and len(w) - 1 >= min_stem:
            w = "ا" + w
            out.append(w)
    if article and w.startswith("ال") and len(w) > 3:
        out.append(w[2:])
    if accusative:
        out += [v[:-1] for v in out if v.endswith("ا") and len(v) > 4]
    return tuple(out)


def peel(word: str, conj: str = "وف", preps: str = "", lil: bool = False, future: bool = False,
         article: bool = False, min_stem: int = 3) -> str:
    """The innermost stem of :func:`peel_forms` (same options): ``word`` without its proclitics."""
    return peel_forms(word, conj, preps, lil, future, article, False, min_stem)[-1]
