"""PLOVER types, modes and contexts; CAMEO codes with Goldstein scores; the CAMEO<->PLOVER map; quad classes.

Read from the shipped tables in ``data/`` (rebuilt by ``build_ontology.py``), so lookups need no shared data.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

DATA = Path(__file__).resolve().parent / "data"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


class OntologyError(ValueError):
    """An unknown PLOVER type, mode, context or CAMEO code."""


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str  # "" when CAMEO2PLOVER does not map it (statements, appeals)
    plover_mode: str
    contexts: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_class: int
    requires_recipient: bool
    modes: tuple[str, ...]
    description: str


@lru_cache(maxsize=1)
def _plover() -> dict:
    # libyaml's safe loader when the wheel has it: the same result, read ten times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / "plover.yaml").read_text("utf-8"), Loader=loader)


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    with open(DATA / "cameo.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        for r in rows:
            out[r["code"]] = CameoCode(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]),
                                       r["plover_type"], r["plover_mode"],
                                       tuple(c for c in r["contexts"].split(";") if c))
    return out


@lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    return {name: PloverType(name, int(v["quad_class"]), bool(v["requires_recipient"]), tuple(v["modes"]),
                             v["description"])
            for name, v in _plover()["types"].items()}


def contexts() -> tuple[str, ...]:
    return tuple(_plover()["contexts"])


def cameo(code: str) -> CameoCode:
    try:
        return cameo_codes()[code]
    except KeyError:
        raise OntologyError(f"unknown CAMEO code {code!r}") from None


def plover_of_cameo(code: str) -> Optional[str]:
    """The PLOVER type CAMEO2PLOVER gives a CAMEO code (None for unmapped statement codes)."""
    return cameo(code).plover_type or None


def cameo_of_plover(ptype: str) -> list[str]:
    """Every CAMEO code that maps to a PLOVER type."""
    check_type(ptype)
    return [c.code for c in cameo_codes().values() if c.plover_type == ptype]


def quad_class(code: str) -> int:
    """GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""
    return cameo(code).quad_class


def goldstein(code: str) -> float:
    return cameo(code).goldstein


def check_type(ptype: str) -> PloverType:
    t = plover_types().get(ptype)
    if t is None:
        raise OntologyError(f"unknown PLOVER type {ptype!r}; expected one of {', '.join(PLOVER_TYPES)}")
    return t


def check_mode(ptype: str, mode: Optional[str]) -> None:
    """Modes are PLOVER's own, plus those CAMEO2PLOVER uses for that type."""
    if not mode:
        return
    t = check_type(ptype)
    extra = {c.plover_mode for c in cameo_codes().values() if c.plover_type == ptype}
    if mode not in t.modes and mode not in extra:
        raise OntologyError(f"mode {mode!r} is not a mode of {ptype}")


def check_context(ctx: str) -> None:
    if ctx not in _plover()["contexts"]:
        raise OntologyError(f"unknown PLOVER context {ctx!r}")
