"""Choose one gazetteer entry for an ambiguous name: population prior, countries in play, and cues.

Score = entry prior (log10 population; countries and capitals a little more; curated regions fixed)
      + evidence that the entry's country is in play: +3 in the same sentence or anywhere in a document whose
        places and actors are mostly in that country (its home), +1.5 elsewhere in the document (capped at +1
        for towns 10x smaller than a capital of the same name, so London, Ontario does not replace London when
        Canada is mentioned, and for towns under 50,000 with document evidence only: a Yemeni article's زنجبار
        is Zinjibar, a passing mention of Tanzania does not make it a village)
      + cues (data/cues.tsv): +10 when the raw text's harakat match a vocalized spelling (عمّان vs عُمان),
        +5 when a cue word stands within a few words (سلطنة، مسقط / الأردنية ...).
Countries in play come from the actors of the document and from names that are not ambiguous.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from hadath.places.gazetteer import ARAB_WORLD, Cue, Entry, Gazetteer

SENTENCE_BONUS, DOCUMENT_BONUS, SMALL_TOWN_CAP, SMALL_TOWN = 3.0, 1.5, 1.0, 50_000
MARK_BONUS, NEAR_BONUS, NEAR_CHARS = 10.0, 5.0, 60
FOREIGN_PREFIX_POPULATION = 1_000_000
CAPITAL_PREFIX_POPULATION = 100_000  # a capital behind ب: Islamabad yes, Nuuk no ("بنوك" is "banks")
DOMINANT_RATIO = 10  # a town 10x smaller than a capital of the same name gets at most SMALL_TOWN_CAP evidence
HOME_MIN, HOME_SHARE = 3, 0.5  # a document's home country: 3+ mentions and at least half of all country mentions
UNKNOWN_POPULATION = 500  # GeoNames' cities500 entries with population 0: at least the table's threshold
_MARK = re.compile("[\u064b-\u0652]")
_DECISIVE_MARKS = {"\u064f", "\u0651"}  # damma, shadda: the marks writers add to split عُمان / عمّان


def _marks(s: str) -> set[tuple[int, str]]:
    """(letter index, mark) pairs of a vocalized string."""
    out: set[tuple[int, str]] = set()
    i = -1
    for ch in s:
        if _MARK.match(ch):
            out.add((i, ch))
        else:
            i += 1
    return out


def marks_support(raw: str, spelling: str) -> bool:
    """True if the raw mention's harakat agree with ``spelling`` (and it carries at least one)."""
    got, want = _marks(raw), _marks(spelling)
    if not got or not (got & want):
        return False
    return all(p in want for p in got if p[1] in _DECISIVE_MARKS)


@dataclass
class Evidence:
    """Countries in play: in the whole document and per sentence index."""

    document: Counter = field(default_factory=Counter)
    sentence: dict[int, set] = field(default_factory=dict)

    @property
    def home(self) -> Optional[str]:
        """The country most of the document's places and actors are in (None when no country dominates)."""
        if not self.document:
            return None
        country, n = self.document.most_common(1)[0]
        total = sum(self.document.values())
        return country if n >= HOME_MIN and n >= HOME_SHARE * total else None

    def add(self, country: Optional[str], sentence: Optional[int]) -> None:
        if not country:
            return
        self.document[country] += 1
        if sentence is not None:
            self.sentence.setdefault(sentence, set()).add(country)


@lru_cache(maxsize=4096)
def _near_pattern(word: str) -> re.Pattern:
    """A cue word as a whole word, proclitics (و ف ب ل) allowed."""
    return re.compile(rf"(?<!\w)[وفبل]{{0,2}}{re.escape(word)}(?!\w)")


def _cue_target_matches(cue: Cue, entry: Entry) -> bool:
    return cue.target == entry.country or (entry.geonameid is not None and cue.target == str(entry.geonameid))


def _prior(entry: Entry) -> float:
    """The entry's prior; a town of unknown population (0 in GeoNames' cities500) counts as UNKNOWN_POPULATION."""
    if entry.source == "geonames" and entry.population == 0 and entry.feature.startswith("PPL"):
        return math.log10(UNKNOWN_POPULATION + 10)
    return entry.prior


def score(entry: Entry, evidence: Evidence, sentence: Optional[int], cues: list[Cue], raw: str,
          window: str, dominant: int = 0) -> float:
    """Score of one candidate entry (see the module docstring)."""
    s = _prior(entry)
    c = entry.country
    if c:
        bonus = 0.0
        in_doc = evidence.document[c] > 0
        if in_doc and (c == evidence.home or (sentence is not None and c in evidence.sentence.get(sentence, ()))):
            bonus = SENTENCE_BONUS
        elif in_doc:
            bonus = DOCUMENT_BONUS
        if entry.source == "geonames" and entry.feature == "PPL" and (
                (entry.population < SMALL_TOWN and bonus < SENTENCE_BONUS)
                or DOMINANT_RATIO * entry.population < dominant):
            bonus = min(bonus, SMALL_TOWN_CAP)
        s += bonus
    for cue in cues:
        if not _cue_target_matches(cue, entry):
            continue
        if cue.kind == "mark" and marks_support(raw, cue.value):
            s += MARK_BONUS
        elif cue.kind == "near" and _near_pattern(cue.value).search(window):
            s += NEAR_BONUS
    return s


TOWN_NOUNS = ("مدينة ", "بلدة ", "قرية ")


def candidates(gaz: Gazetteer, key: str) -> list[int]:
    """Entries a name may mean. GeoNames lists some towns with their noun ("مدينة زنجبار" is only Zanzibar's):
    such a name may also mean any town of the bare name (Zinjibar, Yemen), so context decides between them."""
    idx = gaz.index.get(key, [])
    noun = next((n for n in TOWN_NOUNS if key.startswith(n)), None)
    if noun is None or key[len(noun):] not in gaz.index:
        return idx
    towns = [i for i in gaz.index[key[len(noun):]] if gaz.entries[i].feature.startswith("PPL") and i not in idx]
    return idx + towns


def choose(gaz: Gazetteer, key: str, evidence: Evidence, sentence: Optional[int], raw: str,
           window: str, city: bool = False, after_noun: bool = False, prefix: str = "") -> Optional[Entry]:
    """The best entry for name ``key`` (None if no entry fits); ties go to the larger place.

    ``city``: the name follows مدينة / العاصمة (or precedes العاصمة): "مدينة تونس" is Tunis, not Tunisia.
    ``after_noun``: a place noun precedes, so weak entries (small foreign towns, towns named like a common
    word) may be meant. ``prefix``: proclitics glued to the name; ف ب ل on a foreign town's name is far likelier
    an ordinary word ("فاتن" is not ف + Athens, "بلاتر" not ب + Latur): only big foreign cities and capitals
    accept them (a capital is named often enough that "بإسلام آباد" is the city, whatever its population).
    """
    idx = candidates(gaz, key)
    if not idx:
        return None
    weak = gaz.weak.get(key, ()) if not after_noun else ()
    entries = [gaz.entries[i] for i in idx if i not in weak]
    if prefix.strip("و"):
        entries = [e for e in entries if e.source != "geonames" or e.country in ARAB_WORLD
                   or e.population >= FOREIGN_PREFIX_POPULATION or (e.feature == "PPLC" and e.population >= CAPITAL_PREFIX_POPULATION)]
    if not entries:
        return None
    if city and any(e.feature.startswith("PPL") for e in entries):
        entries = [e for e in entries if e.feature.startswith("PPL")]
    if len(entries) == 1:
        return entries[0]
    cues = gaz.cues.get(key, [])
    dominant = max((e.population for e in entries if e.feature in ("PPLC", "PCLI")), default=0)
    return max(entries, key=lambda e: (score(e, evidence, sentence, cues, raw, window, dominant), e.population))
