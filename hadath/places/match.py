"""Find gazetteer names in normalized text: Aho-Corasick over every name, then explicit Arabic word boundaries.

A hit counts only if it ends a word and what precedes it inside its word is a proclitic chain
(و ف then ب ل): "وبغداد", "بالعراق", "فلندن". For a name with ال the ال-less form is indexed too, so
"للعراق" (ل + ال contracted) is found. Overlapping hits keep the longest ("الضفة الغربية" over "الضفة").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from hadath.places.gazetteer import Gazetteer, load_gazetteer

# ك is left out on purpose: "كبيرا" is far likelier than "كبيرا" = ك + Beira.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
CONTRACTED_AL = frozenset({"لل", "ولل", "فلل"})  # ل + ال -> لل: the name follows without its ال
# Nouns after which a name that is also an ordinary word (stoplist "context") is read as a place.
PLACE_NOUNS = frozenset({
    "مدينة", "مدينتي", "بلدة", "بلدتي", "قرية", "قريتي", "محافظة", "محافظتي", "ولاية", "العاصمة", "منطقة",
    "ميناء", "مخيم", "اقليم", "جزيرة", "حي", "ضاحية", "مقاطعة", "مديرية", "قضاء", "ناحية", "دولة", "جمهورية",
    "مدن", "بلدات", "قرى", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "مطار",
    "ريف", "ضواحي", "اطراف", "محيط", "مخيمات", "ولايات", "مناطق",
})


@dataclass
class PlaceMatch:
    """A name found in the normalized text: [start, end) in norm coordinates, ``key`` the gazetteer name."""

    start: int
    end: int
    key: str
    prefix: str  # proclitics before the name inside its word ("و", "بال" is "ب" + the name's ال, ...)
    word_start: int


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


class Matcher:
    """Aho-Corasick automaton over a gazetteer's names."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        values: dict[str, list[tuple[str, bool]]] = {}
        for key in gaz.index:
            values.setdefault(key, []).append((key, False))
            if key.startswith("ال") and len(key) >= 5:
                values.setdefault(key[2:], []).append((key, True))
        self.automaton = ahocorasick.Automaton()
        for form, vals in values.items():
            self.automaton.add_word(form, tuple(vals))
        self.automaton.make_automaton()

    def find(self, text: str) -> list[PlaceMatch]:
        """Non-overlapping name matches in normalized ``text``, longest first, then in text order."""
        found: list[PlaceMatch] = []
        n = len(text)
        for last, vals in self.automaton.iter(text):
            end = last + 1
            if end < n and text[end].isalpha():
                continue
            for key, contracted in vals:
                start = end - (len(key) - 2 if contracted else len(key))
                ws = start
                while ws > 0 and text[ws - 1].isalpha():
                    ws -= 1
                prefix = text[ws:start]
                if contracted:
                    if prefix not in CONTRACTED_AL:
                        continue
                elif prefix not in PROCLITICS:
                    continue
                if key in self.gaz.context_only and not after_place_noun(text, ws):
                    continue
                found.append(PlaceMatch(start, end, key, prefix, ws))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[PlaceMatch] = []
        taken = bytearray(n)  # characters of [word_start, end) already claimed by a longer match
        for m in found:
            if taken.find(1, m.word_start, m.end) >= 0:
                continue
            kept.append(m)
            taken[m.word_start:m.end] = b"\x01" * (m.end - m.word_start)
        kept.sort(key=lambda m: m.start)
        return kept


def previous_word(text: str, pos: int) -> str:
    """The word ending before ``pos`` (skipping spaces only), or "" if punctuation intervenes."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and _is_letter(text[j - 1]):
        j -= 1
    return text[j:i]


def is_place_noun(word: str) -> bool:
    """A place noun, possibly behind one or two proclitic letters (مدينة، بمحافظة، وقرية ...)."""
    return any(word[k:] in PLACE_NOUNS for k in range(0, min(3, len(word))))


def after_place_noun(text: str, word_start: int) -> bool:
    """True if the word before ``word_start`` is a place noun (مدينة، بمحافظة، وقرية ...)."""
    return is_place_noun(previous_word(text, word_start))


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    """The matcher over the shipped gazetteer (built on first use)."""
    return Matcher(load_gazetteer())
