"""Tokenization with raw offsets and a light clitic analysis.

Tokens are found on the normalized text (one regex pass) and mapped back to raw offsets, so a token keeps
its harakat and tatweel in ``text`` while ``norm`` is the form used for matching. URLs, e-mail addresses
and numbers (``3.5``, ``1,300``) stay whole; every punctuation mark is its own token (``..`` and ``...``
stay one token). Arabic words with clitics get proclitics / stem / enclitics (Morphs with raw offsets) from
:mod:`hadath.text.clitics`; a token without clitics keeps ``stem=None`` (its stem is the whole token, as
``Token.stem_norm`` assumes), which spares one object per word.
"""
from __future__ import annotations

import re

from hadath.document import Morph, Token
from hadath.text.clitics import analyze_uncached
from hadath.text.normalize import _DELETE, _TRAILING_MARKS, Normalized, normalize

_URL = r"(?:https?://|ftp://|www\.)[^\s\"'«»<>()\[\]{}]+"
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
_REST = (
    r"|(?P<latin>[a-z\d]*[a-z][a-z\d]*(?:['’][a-z]+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>(?P<mark>[^\w\s])(?P=mark)*)"
)
_TOKEN = re.compile(f"(?P<url>{_URL}|{_EMAIL})" + _REST)
# The e-mail branch makes the engine run over every word and back looking for "@"; most text has none, and
# without an "@" both patterns find exactly the same tokens. Without it, an Arabic letter can start neither a
# URL, a Latin word nor a number, so words starting with one are tried first (most tokens: the other
# branches need not fail first), with the same match as the "word" branch (named apart: a name is used once).
_TOKEN_NO_EMAIL = re.compile(r"(?P<aword>[\u0621-\u063a\u0641-\u064a][^\W\d_]*)|" + f"(?P<url>{_URL})" + _REST)
# The same with the spaces before a token taken by the match (no branch can start on a space, so the token is the
# same): the search then starts each match at the previous one's end and does not try every branch at a space.
_TOKEN_NO_EMAIL_SPACED = re.compile(r"\s*(?:" + _TOKEN_NO_EMAIL.pattern + ")")
_URL_TRAIL = ".,;:!?؟،؛…'\"»)]}"
# Raw characters that normalization deletes or expands; a stretch without them maps to raw by a shift.
_LENGTH_CHANGES = re.compile(f"[{_DELETE}\ufb50-\ufdff\ufe70-\ufefc]")


def tokenize(text: str, norm: Normalized | None = None, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (raw offsets); ``norm`` is ``normalize(text)``, computed if omitted."""
    if norm is None:
        norm = normalize(text)
    if end is None:
        end = len(text)
    ntext = norm.text
    ns, ne = norm.from_raw(start), norm.from_raw(end)
    if norm.offsets is None or not _LENGTH_CHANGES.search(text, start, end):
        delta = start - ns  # this stretch normalizes char for char: offsets just shift
        mapped = None
        raw_span = _shift(delta)
    else:
        raw_span = mapped = _mapper(text, norm, start, end)
    tokens: list[Token] = []
    append = tokens.append
    cache_get = _SPLITS.get
    raw_get = _RAW_WORDS.get
    pattern = _TOKEN if ntext.find("@", ns, ne) >= 0 else _TOKEN_NO_EMAIL_SPACED
    for m in pattern.finditer(ntext, ns, ne):
        kind = m.lastgroup
        s, e = m.span(kind)
        if kind == "aword" or kind == "word":
            if mapped is None:
                # char for char: the raw word determines its normalized form and its split (one look-up)
                rs, re_ = s + delta, e + delta
                raw_word = text[rs:re_]
                got = raw_get(raw_word)
                if got is None:
                    got = _raw_word_entry(raw_word, ntext[s:e])
                word, split = got
            else:
                rs, re_ = mapped(s, e)
                word = ntext[s:e]
                raw_word = text[rs:re_]
                key = word if raw_word[0] not in "أإآ" else "#" + word
                split = cache_get(key, _MISSING)
                if split is _MISSING:
                    split = _split_of(key, word)
            if split is None:
                # no clitics: stem stays None, the whole token is the stem (saves an object per word)
                append(Token(raw_word, rs, re_, word))
            elif re_ - rs == e - s:  # no harakat inside: morph offsets are plain arithmetic
                procs, (a, b), encs = split
                # one clitic on a side is the common case: a list display, not a comprehension (a call)
                if not procs:
                    pm = None
                elif len(procs) == 1:
                    x, y = procs[0]
                    pm = [Morph("proclitic", raw_word[x:y], rs + x, rs + y)]
                else:
                    pm = [Morph("proclitic", raw_word[x:y], rs + x, rs + y) for x, y in procs]
                if not encs:
                    em = None
                elif len(encs) == 1:
                    x, y = encs[0]
                    em = [Morph("enclitic", raw_word[x:y], rs + x, rs + y)]
                else:
                    em = [Morph("enclitic", raw_word[x:y], rs + x, rs + y) for x, y in encs]
                append(Token(raw_word, rs, re_, word, pm, Morph("stem", raw_word[a:b], rs + a, rs + b), em))
            else:
                tok = Token(raw_word, rs, re_, word)
                _attach_morphs(tok, text, raw_span, split, s, e)
                append(tok)
            continue
        if kind == "url":
            while e > s + 1 and ntext[e - 1] in _URL_TRAIL:
                e -= 1
        elif kind == "punct" and e - s > 1 and ntext[s] != ".":
            e = s + 1  # only dot runs stay together; "؟!" or "))" become one token per mark
        rs, re_ = raw_span(s, e)
        append(Token(text[rs:re_], rs, re_, ntext[s:e], None, None, None, kind == "punct"))
        for k in range(e, m.end()):  # the rest of a split punctuation run, or what a URL shed
            rs, re_ = raw_span(k, k + 1)
            append(Token(text[rs:re_], rs, re_, ntext[k], None, None, None, True))
    return tokens


def _shift(delta: int):
    def raw_span(s: int, e: int) -> tuple[int, int]:
        return s + delta, e + delta

    return raw_span


def _mapper(raw: str, norm: Normalized, start: int, end: int):
    """A function mapping a normalized span to its raw span, kept inside ``[start, end)``.

    A span ending on a letter absorbs the harakat/tatweel written after it (as ``Normalized.to_raw`` does).
    """
    offs = norm.offsets
    nlen = len(norm.text)
    marks = _TRAILING_MARKS.match

    def raw_span(s: int, e: int) -> tuple[int, int]:
        rs = offs[s]
        last = offs[e - 1] + 1
        nxt = offs[e] if e < nlen else end
        if nxt > last:
            if nxt > end:
                nxt = end
            while last < nxt and marks(raw, last):
                last += 1
        if rs < start:
            rs = start
        return rs, last

    return raw_span


_MISSING = object()
Split = tuple  # (proclitic spans, stem span, enclitic spans), relative to the word's start
_SPLITS: dict[str, Split | None] = {}


def _split_of(key: str, word: str) -> Split | None:
    """Clitic layout of a normalized word (None: no split), memoized in ``_SPLITS``."""
    split = None
    if "\u0621" <= word[0] <= "\u064a" or "\u0671" <= word[0] <= "\u06d3":
        analysis = analyze_uncached(word, key[0] == "#")  # (memoized here, per word)
        if analysis[0] or analysis[1]:
            layout = (analysis, len(word))
            split = _LAYOUTS.get(layout)
            if split is None:
                split = _LAYOUTS[layout] = _layout(*analysis, len(word))
    if len(_SPLITS) > 500_000:
        _SPLITS.clear()
    _SPLITS[key] = split
    return split


# (analysis, word length) -> split: a few hundred layouts serve every word type (the precomputed analyses share
# their clitic tuples), so a new word's split is mostly one look-up.
_LAYOUTS: dict[tuple, Split] = {}


def _layout(procs: tuple[str, ...], encs: tuple[str, ...], length: int) -> Split:
    """Spans of the proclitics, the stem and the enclitics in a word of ``length`` characters."""
    spans = []
    pos = 0
    for piece in procs + ("",) + encs:
        n = len(piece) if piece else length - sum(map(len, procs)) - sum(map(len, encs))
        spans.append((pos, pos + n))
        pos += n
    return (tuple(spans[: len(procs)]), spans[len(procs)], tuple(spans[len(procs) + 1:]))


# Raw word -> (normalized word, split), for stretches that normalize char for char (no deleted or expanded
# characters): there a raw word's normalized form is fixed, and so is its split (the key below), so a token costs
# one look-up instead of a slice, the hamza test and a look-up (and the normalized strings are shared).
_RAW_WORDS: dict[str, tuple[str, Split | None]] = {}


def _raw_word_entry(raw_word: str, word: str) -> tuple[str, Split | None]:
    key = word if raw_word[0] not in "أإآ" else "#" + word
    split = _SPLITS.get(key, _MISSING)
    if split is _MISSING:
        split = _split_of(key, word)
    if len(_RAW_WORDS) > 500_000:
        _RAW_WORDS.clear()
    got = _RAW_WORDS[raw_word] = (word, split)
    return got


def _attach_morphs(tok: Token, text: str, raw_span, split: Split, s: int, e: int) -> None:
    """Morphs of a token whose raw text has harakat/tatweel inside: each boundary is mapped to raw."""
    procs, stem, encs = split
    raw_pos = tok.start
    for kind, spans in (("proclitic", procs), ("stem", (stem,)), ("enclitic", encs)):
        for _, b in spans:
            nxt = raw_span(s + b - 1, s + b)[1] if s + b < e else tok.end
            m = Morph(kind, text[raw_pos:nxt], raw_pos, nxt)
            if kind == "stem":
                tok.stem = m
            elif kind == "proclitic":
                tok.proclitics.append(m)
            else:
                tok.enclitics.append(m)
            raw_pos = nxt


_STEM_KEYS: dict[tuple[str, bool], str] = {}


def stem_norm(tok: Token) -> str:
    """Normalized stem as a dictionary key: the word without clitics, with the ة or ى that an enclitic
    turned into ت or ا (or a seated hamza) restored (زيارته -> زيارة, مستواه -> مستوي)."""
    if tok.stem is None:
        return tok.norm
    key = (tok.stem.text, bool(tok.enclitics))
    out = _STEM_KEYS.get(key)
    if out is None:
        out = normalize(tok.stem.text).text
        if tok.enclitics:
            from hadath.text.clitics import stem_evidence, stem_forms

            forms = stem_forms(out, True)
            if len(forms) > 1 and stem_evidence(forms[1]) > stem_evidence(out):
                out = forms[1]
        if len(_STEM_KEYS) > 200_000:
            _STEM_KEYS.clear()
        _STEM_KEYS[key] = out
    return out


_DOC_PROCLITICS = frozenset("وبلف")


def split_by_document(tokens: list[Token], norm: Normalized) -> None:
    """Split و/ب/ل/ف off words the vocabulary does not know when the rest stands alone elsewhere in the same
    document: an article naming كابول once and وكابول later. In place; O(number of tokens)."""
    from hadath.text.clitics import protected, vocab

    # A candidate starts with an Arabic letter, so it is a word token: letters only, as is the rest after its
    # first letter, which therefore never equals a punctuation token's norm (no is_punct tests needed).
    bare = {t.norm for t in tokens if t.stem is None}
    cands = [t for t in tokens if t.stem is None and t.norm[:1] in _DOC_PROCLITICS and len(t.norm) >= 4
             and t.norm[1:] in bare]
    if not cands:
        return
    counts = vocab()
    prot = protected()
    text = norm.raw
    for t in cands:
        w = t.norm
        if counts.get(w, 0) > 2 or w in prot or w[1:] in prot:
            continue
        if t.end - t.start == len(w):
            cut = t.start + 1
        else:
            ns = norm.from_raw(t.start)
            cut = min(max(norm.to_raw(ns, ns + 1)[1], t.start + 1), t.end - 1)
        t.proclitics = [Morph("proclitic", text[t.start:cut], t.start, cut)]
        t.stem = Morph("stem", text[cut:t.end], cut, t.end)
