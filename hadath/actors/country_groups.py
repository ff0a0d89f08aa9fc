"""Names that stand for several states at once (مجموعة 5+1، الدول الست الكبرى، الكوريتان): one party per member.

The lexicon rows are in ``data/country_groups.tsv``. A mention gives one ``Resolved`` per member over the same
span, as a dual title does ("الوزيران"), so the events stage takes every member as a party of the act. The members
listed right after the name (الدول الست الكبرى (الولايات المتحدة، وفرنسا ...)) are part of the mention, not parties
of their own beside it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from hadath.actors.lexicon import DATA_DIR, CountryGroup
from hadath.text.normalize import normalize_word, peel_forms

# the number of a group written with any spacing, either order, and brackets, quotes or slashes around it
_NUMBER = r"(?:[«\"“(\[/]\s*)?(?:5\s*\+\s*1|1\s*\+\s*5)(?:\s*[»\"”)\]/])?"
_BEFORE = r"(?<![^\W\d_])"
_AFTER = r"(?![^\W\d_])"
# what may stand between the name and the list of its members, and between two members
_LIST_OPEN = re.compile(r"^\s*[(:،,\-–]?\s*$")
_LIST_JOIN = re.compile(r"^\s*[،,]?\s*و?$")
_LIST_CLOSE = re.compile(r"\s*\)")


def _word_pattern(word: str, first: bool) -> str:
    if word == "5+1":
        return _NUMBER
    w = re.escape(word)
    if not first:
        return w
    if word.startswith("ال"):  # "للدول الست": ل + the article written لل
        return rf"(?:[وف]?[بل]?{w}|[وف]?لل{re.escape(word[2:])})"
    return rf"[وف]?[بل]?{w}"


def form_pattern(form: str, proclitic: bool = True) -> str:
    """A regex for one normalized form: a proclitic on its first word (unless ``proclitic`` is False), any spacing
    between words."""
    words = form.split()
    body = r"\s+".join(_word_pattern(w, k == 0 and proclitic) for k, w in enumerate(words))
    return (_BEFORE if proclitic else "") + body + (_AFTER if words[-1] != "5+1" else "")


@lru_cache(maxsize=8)
def _compiled(groups: tuple[CountryGroup, ...]) -> list[tuple[re.Pattern, re.Pattern, Optional[re.Pattern],
                                                               CountryGroup, frozenset]]:
    out = []
    for g in groups:
        forms = sorted(g.forms, key=len, reverse=True)
        pat = re.compile("|".join(form_pattern(f) for f in forms))
        core = re.compile("|".join(form_pattern(f, proclitic=False) for f in forms))
        cue = re.compile(_BEFORE + r"(?:[وفبل]|لل)?(?:" + "|".join(map(re.escape, g.cues)) + ")" + _AFTER) \
            if g.cues else None
        out.append((pat, core, cue, g, _anchors(forms)))
    return out


def _anchors(forms) -> frozenset:
    """Per form, the substrings any match of it contains (its words, the first without its article, which لل may
    replace; "+" for the number): the big pattern is searched only in texts holding all of one form's (most hold none)."""
    out = set()
    for f in forms:
        out.add(tuple("+" if w == "5+1" else w[2:] if k == 0 and w.startswith("ال") else w
                      for k, w in enumerate(f.split())))
    return frozenset(out)


def _name_start(core: re.Pattern, t: str, m: re.Match) -> int:
    """Where the name starts once a proclitic (و، ب، ل ...) is left out of the span, as for other actors."""
    return next((m.start() + k for k in range(4) if core.fullmatch(t, m.start() + k, m.end())), m.start())


_CLAUSE_MARK = re.compile(r"[.؛;:!?؟،,\n]")
_WORDS = re.compile(r"[^\W\d_]+")
DEAL_WINDOW = 12  # words between a deal noun and the group named as its counterparty
VERB_WINDOW = 3  # words between a concluding verb and the deal noun that is its object


def _word_list(name: str) -> frozenset:
    lines = (x.strip() for x in (DATA_DIR / name).read_text(encoding="utf-8").splitlines())
    return frozenset(normalize_word(x) for x in lines if x and not x.startswith("#"))


@lru_cache(maxsize=1)
def deal_nouns() -> frozenset:
    """Nouns naming a deal or its negotiation (data/deal_nouns.tsv)."""
    return _word_list("deal_nouns.tsv")


@lru_cache(maxsize=1)
def deal_verbs() -> frozenset:
    """Finite verbs of concluding a deal (data/deal_verbs.tsv)."""
    return _word_list("deal_verbs.tsv")


def _listed(word: str, words: frozenset) -> bool:
    """``word`` is in ``words`` once a proclitic و ف ب ل (or لل for ال) is taken off."""
    return any(f in words for f in peel_forms(word, preps="بل", lil=True, min_stem=0))


def deal_counterparty(t: str, start: int, sent_start: int) -> bool:
    """The group at ``start`` is named after a deal noun in its clause (الاتفاق النووي المبرم بين إيران و X):
    the deal's counterparty in a back-reference, unless the deal noun is the object of a concluding verb just
    before it (وقعت إيران اتفاقا مع X)."""
    before = t[sent_start:start]
    mark = None
    for mark in _CLAUSE_MARK.finditer(before):
        pass
    words = [normalize_word(w) for w in _WORDS.findall(before[mark.end() if mark else 0:])][-DEAL_WINDOW:]
    nouns, verbs = deal_nouns(), deal_verbs()
    for k, w in enumerate(words):
        if _listed(w, nouns) and not any(_listed(v, verbs) for v in words[max(0, k - VERB_WINDOW):k]):
            return True
    return False


def _sentence_of(sentences: list[tuple[int, int]], pos: int, size: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= pos < e), (0, size))


def _listed_members(t: str, out: list, end: int, members: frozenset) -> tuple[int, list[int]]:
    """The members named right after a group's name (its apposition): the new end and their indexes in ``out``.
    Two or more are needed, and the list must not start with و (that coordinates another party)."""
    taken: list[int] = []
    pos = end
    for k, r in enumerate(out):
        if r.start < pos:
            continue
        gap = t[pos:r.start]
        if not (_LIST_OPEN if not taken else _LIST_JOIN).match(gap) or r.country not in members \
                or r.kind not in ("country", "capital"):
            break
        taken.append(k)
        pos = r.end
    if len(taken) < 2:
        return end, []
    close = _LIST_CLOSE.match(t, pos)
    return (close.end() if close and "(" in t[end:out[taken[0]].start] else pos), taken


def group_mentions(t: str, sentences: list[tuple[int, int]], groups: tuple[CountryGroup, ...],
                   out: list) -> list[tuple[int, int, CountryGroup, list[int]]]:
    """Spans naming a country group (longest first where two overlap), with the ``out`` indexes of the members
    listed after each."""
    found = []
    for pat, core, cue, g, anchors in _compiled(groups):
        if not any(all(w in t for w in words) for words in anchors):
            continue
        for m in pat.finditer(t):
            end, listed = _listed_members(t, out, m.end(), frozenset(g.countries))
            s, e = _sentence_of(sentences, m.start(), len(t))
            if not listed and (g.listed_only or (cue is not None and not cue.search(t, s, e))):
                continue
            if not g.deal_party and deal_counterparty(t, m.start(), s):
                continue
            found.append((_name_start(core, t, m), end, g, listed))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list = []
    for f in found:
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    return kept


def expand_country_groups(t: str, out: list, sentences: list[tuple[int, int]], groups: tuple[CountryGroup, ...],
                          make: Callable) -> list:
    """Replace what lies inside each group's span by one mention per member (``make(start, end, country,
    group)`` builds it)."""
    if not groups:
        return out
    spans = group_mentions(t, sentences, groups, out)
    if not spans:
        return out
    drop = {k for _, _, _, listed in spans for k in listed}
    kept = [r for k, r in enumerate(out) if k not in drop
            and not any(s < r.end and r.start < e for s, e, _, _ in spans)]
    for s, e, g, _ in spans:
        kept.extend(make(s, e, c, g) for c in g.countries)
    kept.sort(key=lambda r: r.start)
    return kept
