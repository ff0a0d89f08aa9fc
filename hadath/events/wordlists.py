"""Arabic word lists of the events rules, kept in YAML data files (``data/*_words.yaml``) apart from the code.

Each file maps a list name to a sequence of lines of space-separated words, with a comment above saying why
the list exists (and comments between lines for groups of words). ``words(file, name)`` returns the normalized
words as a frozenset; each file is parsed once (libyaml when available) and cached.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class WordListError(KeyError):
    """A word list asked for by name is missing from its data file."""


@lru_cache(maxsize=None)
def _lists(file: str) -> dict:
    """{name: words string} of ``data/<file>_words.yaml``."""
    with open(DATA_DIR / f"{file}_words.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader) or {}


def raw_words(file: str, name: str) -> list[str]:
    """The words of list ``name`` in ``data/<file>_words.yaml``, as written."""
    lists = _lists(file)
    if name not in lists:
        raise WordListError(f"no word list {name!r} in {file}_words.yaml")
    return " ".join(lists[name]).split()


def words(file: str, name: str) -> frozenset:
    """The normalized words of list ``name`` in ``data/<file>_words.yaml``."""
    return frozenset(normalize_word(w) for w in raw_words(file, name))
