"""`hadath lexicon check`: every problem in the actor lexicons, one line each, with file and line number."""
from __future__ import annotations

from pathlib import Path

from hadath.actors.lexicon import DATA_DIR, Problem, collect


def check(data_dir: Path = DATA_DIR) -> list[Problem]:
    """Problems found in the lexicon files under ``data_dir`` (empty when all is well)."""
    return collect(data_dir).problems


def summary(data_dir: Path = DATA_DIR) -> str:
    """One line counting what the lexicons hold, for the checker's success message."""
    lex = collect(data_dir)
    kinds: dict[str, int] = {}
    for e in lex.entries:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    forms = sum(len(e.forms) for e in lex.entries)
    parts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    return f"{len(lex.countries)} countries; {forms} forms in {len(lex.entries)} entries ({parts})"
