"""Units that follow a number (troops, killed, USD ...) and cue words that give generic counts a role.

All lists are data (``data/units.tsv``, ``data/unit_cues.tsv``, ``data/event_units.tsv``), keyed on
normalized text, so adding a currency or a casualty word is a one-line change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"
CLITICS = "وفبلك"


@dataclass(frozen=True)
class Unit:
    unit: str  # troops | killed | USD ...
    kind: str  # person | generic | currency | measure
    implied: int = 0  # a dual form (جنديين) that is a count of 2 on its own


def _rows(name: str):
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    return {normalize_word(r[0]): Unit(r[1], r[2], int(r[3]) if len(r) > 3 and r[3] else 0)
            for r in _rows("units.tsv")}


@lru_cache(maxsize=1)
def dual_re() -> re.Pattern:
    """Dual unit words standing alone (مقتل جنديين، إصابة شخصين), not after the article."""
    alt = "|".join(re.escape(w) for w, u in units().items() if u.implied)
    return re.compile(rf"(?<!\w)[وفبل]?(?P<unit>{alt})(?!\w)")


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    return {normalize_word(r[0]): r[1] for r in _rows("unit_cues.tsv")}


@lru_cache(maxsize=1)
def event_units() -> dict[str, frozenset[str]]:
    return {r[0]: frozenset(u.strip() for u in r[1].split(",")) for r in _rows("event_units.tsv")}


@lru_cache(maxsize=1)
def unit_after_re() -> re.Pattern:
    """A unit right after a number: ``1300 عسكري``، ``1300 من الجنود``، ``مئات المدنيين``، ``25%``."""
    alt = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units(), key=len, reverse=True))
    return re.compile(rf"\s*(?:من\s+)?(?:ال)?(?P<unit>{alt})(?!\w)")


def unit_fits(unit: str, allowed: frozenset[str]) -> bool:
    """True when ``unit`` is allowed (``currency`` in ``allowed`` admits every currency code)."""
    if unit in allowed:
        return True
    return "currency" in allowed and any(u.unit == unit and u.kind == "currency" for u in units().values())


def strip_clitics(word: str) -> list[str]:
    """The word and its forms without one or two leading clitics and the article (for cue lookup)."""
    forms = [word]
    w = word
    for _ in range(2):
        if len(w) > 3 and w[0] in CLITICS:
            w = w[1:]
            forms.append(w)
    for f in list(forms):
        if f.startswith("ال") and len(f) > 4:
            forms.append(f[2:])
    return forms


def cue_unit(words: list[str]) -> str | None:
    """Role given by the nearest cue among ``words`` (closest last), single words or two-word cues."""
    table = cues()
    for i in range(len(words) - 1, -1, -1):
        if i > 0 and f"{words[i - 1]} {words[i]}" in table:
            return table[f"{words[i - 1]} {words[i]}"]
        for f in strip_clitics(words[i]):
            if f in table:
                return table[f]
    return None
