"""Tokenization with raw offsets and a light clitic analysis.

Tokens are found on the normalized text (one regex pass) and mapped back to raw offsets, so a token keeps
its harakat and tatweel in ``text`` while ``norm`` is the form used for matching. URLs, e-mail addresses
and numbers (``3.5``, ``1,300``) stay whole; every punctuation mark is its own token (``..`` and ``...``
stay one token). Arabic words get proclitics / stem / enclitics from :mod:`hadath.text.clitics`.
"""
from __future__ import annotations

import re

from hadath.document import Morph, Token
from hadath.text.clitics import analyze
from hadath.text.normalize import _TRAILING_MARKS, Normalized, normalize

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|ftp://|www\.)[^\s\"'«»<>()\[\]{}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<latin>[a-z\d]*[a-z][a-z\d]*(?:['’][a-z]+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>([^\w\s])\6*)"
)
_URL_TRAIL = ".,;:!?؟،؛…'\"»)]}"


def tokenize(text: str, norm: Normalized | None = None, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (raw offsets); ``norm`` is ``normalize(text)``, computed if omitted."""
    if norm is None:
        norm = normalize(text)
    if end is None:
        end = len(text)
    ntext = norm.text
    ns, ne = norm.from_raw(start), norm.from_raw(end)
    raw_span = _identity_span if norm.offsets is None else _mapper(text, norm, start, end)
    tokens: list[Token] = []
    append = tokens.append
    cache_get = _SPLITS.get
    for m in _TOKEN.finditer(ntext, ns, ne):
        s, e = m.span()
        kind = m.lastgroup
        if kind == "word":
            rs, re_ = raw_span(s, e)
            word = ntext[s:e]
            raw_word = text[rs:re_]
            tok = Token(raw_word, rs, re_, word)
            key = word if raw_word[0] not in "أإآ" else "#" + word
            split = cache_get(key, _MISSING)
            if split is _MISSING:
                split = _split_of(key, word)
            if split is None:
                tok.stem = Morph("stem", raw_word, rs, re_)
            else:
                _attach_morphs(tok, text, raw_span, split, s, s + len(word))
            append(tok)
            continue
        if kind == "url":
            while e > s + 1 and ntext[e - 1] in _URL_TRAIL:
                e -= 1
        elif kind == "punct" and e - s > 1 and ntext[s] != ".":
            e = s + 1  # only dot runs stay together; "؟!" or "))" become one token per mark
        rs, re_ = raw_span(s, e)
        append(Token(text[rs:re_], rs, re_, ntext[s:e], is_punct=kind == "punct"))
        for k in range(e, m.end()):  # the rest of a split punctuation run, or what a URL shed
            rs, re_ = raw_span(k, k + 1)
            append(Token(text[rs:re_], rs, re_, ntext[k], is_punct=True))
    return tokens


def _identity_span(s: int, e: int) -> tuple[int, int]:
    return s, e


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
_SPLITS: dict[str, tuple[tuple[int, ...], tuple[int, ...]] | None] = {}


def _split_of(key: str, word: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Clitic lengths of a normalized word (None: no split), memoized in ``_SPLITS``."""
    split = None
    if "\u0621" <= word[0] <= "\u064a" or "\u0671" <= word[0] <= "\u06d3":
        procs, encs = analyze(word, key[0] == "#")
        if procs or encs:
            split = (tuple(len(p) for p in procs), tuple(len(x) for x in encs))
    if len(_SPLITS) > 500_000:
        _SPLITS.clear()
    _SPLITS[key] = split
    return split


def _attach_morphs(tok: Token, text: str, raw_span, split, s: int, e: int) -> None:
    procs, encs = split
    pos = s
    raw_pos = tok.start
    for n in procs:
        pos += n
        nxt = raw_span(pos - 1, pos)[1]
        tok.proclitics.append(Morph("proclitic", text[raw_pos:nxt], raw_pos, nxt))
        raw_pos = nxt
    stem_end = e - sum(encs)
    nxt = raw_span(stem_end - 1, stem_end)[1]
    tok.stem = Morph("stem", text[raw_pos:nxt], raw_pos, nxt)
    pos, raw_pos = stem_end, nxt
    for n in encs:
        pos += n
        nxt = raw_span(pos - 1, pos)[1] if pos < e else tok.end
        tok.enclitics.append(Morph("enclitic", text[raw_pos:nxt], raw_pos, nxt))
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
