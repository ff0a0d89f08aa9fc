"""Towns located by the place named right after them ("بلدة ميلو بوسط مالي", "حي اليرموك غربي بعقوبة").

Why: GeoNames resolves a small town's name to its most populous homonym (ميلو -> Melo, Uruguay; الحضر -> Hatra,
Iraq), and the sentence-level country bonus does not always outweigh the population prior. A locator phrase
(a direction word, or في/ب + a place noun, between the town and a larger place) says outright which country
the town is in: the town takes that country's homonym, or, when the gazetteer has none, that country alone
(no coordinates, no GeoNames id), as described places do.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from hadath.document import Place
from hadath.places.gazetteer import Entry, Gazetteer
from hadath.text.normalize import Normalized, normalize_word

DATA = Path(__file__).resolve().parent / "data" / "locators.tsv"
CONTAINERS = frozenset({"PCLI", "ADM1", "RGN"})  # what "X في Y" may place X in, with no direction word
_NOT_LOCATED = frozenset({"PCLI", "PPLC"})  # countries and capitals are never "in" another place by this rule
# A capital does not move a town to its country: a suburb "north of" a capital may lie across a line the gazetteer
# draws (بيت حنينا شمال القدس stays Palestinian although GeoNames puts Jerusalem in Israel).
_NOT_LOCATING = frozenset({"PPLC"})


class LocatorsError(ValueError):
    """data/locators.tsv is malformed."""


@lru_cache(maxsize=1)
def locator_words(path: Path = DATA) -> dict[str, str]:
    """Normalized locator word -> kind (direction | container)."""
    out: dict[str, str] = {}
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(rows[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 2 or cells[1] not in ("direction", "container"):
            raise LocatorsError(f"{path.name}: bad row {n}: {line!r}")
        out[normalize_word(cells[0])] = cells[1]
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(town + direction phrase, town + في/ب + container noun, town + bare في/ب), each matched against the whole
    gap between the town and the next place. One definite adjective may follow the town ("حي اليرموك الثانية
    غربي بعقوبة")."""
    words = locator_words()
    dirs = "|".join(sorted((w for w, k in words.items() if k == "direction"), key=len, reverse=True))
    nouns = "|".join(sorted((w for w, k in words.items() if k == "container"), key=len, reverse=True))
    adj = r"(?:ال\w+\s+)?"
    direction = re.compile(rf"^\s*{adj}\(?\s*(?:في\s+|ب)?(?:{dirs})\s+(?:(?:{dirs})\s+)?$")
    container = re.compile(rf"^\s*{adj}(?:في\s+|ب)(?:{nouns})\s+$")
    bare = re.compile(rf"^\s*{adj}(?:في\s+|ب)$")
    return direction, container, bare


def _locator(gap: str, outer: Place) -> bool:
    """Does ``gap`` (normalized text between a town and ``outer``) place the town inside ``outer``?"""
    direction, container, bare = _patterns()
    if direction.match(gap) or container.match(gap):
        return True
    return outer.feature in CONTAINERS and bool(bare.match(gap))


def _country_name(gaz: Gazetteer, iso3: str) -> str:
    entry = gaz.country(iso3)
    return entry.name if entry is not None else iso3


def _in_country(place: Place, country: str, gaz: Gazetteer, key: str) -> Place:
    """``place`` moved to ``country``: that country's homonym if the gazetteer has one, else the country alone."""
    homonyms = [gaz.entries[i] for i in gaz.index.get(key, []) if gaz.entries[i].country == country]
    if homonyms:
        e: Entry = max(homonyms, key=lambda h: h.population)
        return dataclasses.replace(place, name=e.name, country=e.country, admin1=e.admin1, lat=e.lat, lon=e.lon,
                                   geonameid=e.geonameid, feature=e.feature)
    return dataclasses.replace(place, name=f"{_country_name(gaz, country)} (town)", country=country, admin1=None,
                               lat=None, lon=None, geonameid=None, feature="PPL")


def relocate(places: list[Place], norm: Normalized, gaz: Gazetteer, key_of=None) -> list[Place]:
    """``places`` (text order) with each town followed by a locator phrase and a place of another country moved
    to that country. ``key_of(place)`` gives a place's gazetteer key (default: its normalized text). Right to left,
    so that a chain (الحضر في ريف القنيطرة جنوبي سورية) settles the outer place first."""
    key_of = key_of or (lambda p: normalize_word(p.text))
    out = list(places)
    for i in range(len(out) - 2, -1, -1):
        town, outer = out[i], out[i + 1]
        if town.feature in _NOT_LOCATED or outer.feature in _NOT_LOCATING or not town.country or not outer.country \
                or town.country == outer.country:
            continue
        gap = norm.text[norm.from_raw(town.end):norm.from_raw(outer.start)]
        if _locator(gap, outer):
            out[i] = _in_country(town, outer.country, gaz, key_of(town))
    return out

