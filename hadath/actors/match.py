"""Find lexicon forms in normalized text with one Aho-Corasick automaton.

A hit counts only at word boundaries: the word may start with proclitics (و ف ب ل ك and their pairs), a form
with ال also matches after ل as لل (للعراق), and no letter may follow. Overlapping hits are resolved longest
first. Title and body terms also match in construct state without the article (رئيس وزراء العراق) but then
need a country to follow (see resolve.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

import ahocorasick

from hadath.actors.lexicon import Entry, Lexicon

PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "لب"})
LIL_PROCLITICS = frozenset({"", "و", "ف"})
CONSTRUCT_KINDS = frozenset({"title", "body"})


@dataclass(frozen=True)
class Match:
    """A lexicon hit: [start, end) in the normalized text, the word's proclitics, and its entries."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...]
    proclitic: str = ""
    construct: bool = False  # matched without its article (construct state)

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def _construct(form: str) -> Optional[str]:
    words = form.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].startswith("ال") and len(words[i]) > 3:
            words[i] = words[i][2:]
            return " ".join(words)
    return None


class Matcher:
    """All lexicon forms in one automaton; ``find`` returns non-overlapping hits in text order."""

    def __init__(self, entries: Iterable[Entry]):
        table: dict[str, list[tuple[Entry, str]]] = {}
        for e in entries:
            for form in e.forms:
                table.setdefault(form, []).append((e, "plain"))
                if form.startswith("ال") and len(form) > 3:
                    table.setdefault("لل" + form[2:], []).append((e, "lil"))
                if e.kind in CONSTRUCT_KINDS:
                    c = _construct(form)
                    if c and c not in table:
                        table.setdefault(c, []).append((e, "construct"))
        self.automaton = ahocorasick.Automaton()
        for key, payload in table.items():
            # a key that is a plain form of one entry never also serves as a construct variant of another
            plain = [p for p in payload if p[1] != "construct"]
            self.automaton.add_word(key, (key, tuple(plain or payload)))
        self.automaton.make_automaton()

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "Matcher":
        return cls(lex.entries)

    def candidates(self, text: str) -> list[Match]:
        out: list[Match] = []
        n = len(text)
        for last, (key, payload) in self.automaton.iter(text):
            end = last + 1
            if end < n and text[end].isalpha():
                continue
            start = end - len(key)
            ws = start
            while ws > 0 and text[ws - 1].isalpha():
                ws -= 1
            prefix = text[ws:start]
            variant = payload[0][1]
            allowed = LIL_PROCLITICS if variant == "lil" else PROCLITICS
            if prefix not in allowed:
                continue
            entries = tuple(e for e, _ in payload)
            out.append(Match(start, end, key, entries, prefix, variant == "construct"))
        return out

    def find(self, text: str) -> list[Match]:
        """Non-overlapping hits, longest first, returned in text order."""
        chosen: list[Match] = []
        taken = bytearray(len(text))
        for m in sorted(self.candidates(text), key=lambda m: (m.start - m.end, m.start)):
            if taken.find(1, m.start, m.end) >= 0:
                continue
            chosen.append(m)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.sort(key=lambda m: m.start)
        return chosen
