"""Shared checks for the precision tests: the event types a text gets, and how many trigger matches one skip rule
leaves out of a fully extracted document (with its actors, which several rules read)."""
from __future__ import annotations

import hadath
from hadath.events.triggers import find_triggers

DATE = "2024-05-01"


def types_of(text: str) -> set:
    return {e.type for e in hadath.extract(text, date=DATE).events}


def dropped_by(text: str, rule) -> int:
    doc = hadath.extract(text, date=DATE)
    return len(rule(doc, find_triggers(doc)))
