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
from hadath.text.normalize import Normalized, normalize

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|ftp://|www\.)[^\s\"'«»<>()\[\]{}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<latin>[a-z\d]*[a-z][a-z\d]*(?:['’][a-z]+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>([^\w\s])\6*)"
)
_URL_TRAIL = ".,;:!?؟،؛…'\"»)]}"
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


def tokenize(text: str, norm: Normalized | None = None, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (raw offsets); ``norm`` is ``normalize(text)``, computed if omitted."""
    if norm is None:
        norm = normalize(text)
    if end is None:
        end = len(text)
    ntext = norm.text
    ns, ne = norm.from_raw(start), norm.from_raw(end)
    identity = norm.offsets is None
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(ntext, ns, ne):
        s, e = m.span()
        kind = m.lastgroup
        if kind == "url":
            while e > s + 1 and ntext[e - 1] in _URL_TRAIL:
                e -= 1
        elif kind == "punct" and e - s > 1 and ntext[s] != ".":
            # only dot runs stay together; "؟!" or "))" become one token per mark
            for k in range(s, e):
                append(_make(text, norm, identity, k, k + 1, ntext[k], True))
            continue
        tok = _make(text, norm, identity, s, e, ntext[s:e], kind == "punct")
        if kind == "word" and _ARABIC.match(ntext, s):
            _attach_morphs(tok, text, norm, identity, s, e)
        append(tok)
        if kind == "url" and e < m.end():
            _emit_rest(text, norm, identity, e, m.end(), tokens)
    return tokens


def _emit_rest(text: str, norm: Normalized, identity: bool, s: int, e: int, tokens: list[Token]) -> None:
    """Trailing punctuation cut off a URL becomes ordinary tokens."""
    for k in range(s, e):
        tokens.append(_make(text, norm, identity, k, k + 1, norm.text[k], True))


def _make(text: str, norm: Normalized, identity: bool, s: int, e: int, ntok: str, is_punct: bool) -> Token:
    if identity:
        rs, re_ = s, e
    else:
        rs, re_ = norm.to_raw(s, e)
    return Token(text[rs:re_], rs, re_, ntok, is_punct=is_punct)


def _attach_morphs(tok: Token, text: str, norm: Normalized, identity: bool, s: int, e: int) -> None:
    procs, encs = analyze(norm.text[s:e])
    if not procs and not encs:
        tok.stem = Morph("stem", tok.text, tok.start, tok.end)
        return

    def raw_end(i: int) -> int:  # raw offset just after normalized char i-1 (absorbing its marks)
        return i if identity else norm.to_raw(i - 1, i)[1]

    pos = s
    raw_pos = tok.start
    for p in procs:
        nxt = raw_end(pos + len(p))
        tok.proclitics.append(Morph("proclitic", text[raw_pos:nxt], raw_pos, nxt))
        pos += len(p)
        raw_pos = nxt
    stem_end = e - sum(len(x) for x in encs)
    r_stem_end = raw_end(stem_end)
    tok.stem = Morph("stem", text[raw_pos:r_stem_end], raw_pos, r_stem_end)
    pos, raw_pos = stem_end, r_stem_end
    for x in encs:
        nxt = raw_end(pos + len(x)) if pos + len(x) < e else tok.end
        tok.enclitics.append(Morph("enclitic", text[raw_pos:nxt], raw_pos, nxt))
        pos += len(x)
        raw_pos = nxt
