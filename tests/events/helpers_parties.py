"""Shared helpers for tests that check an event's parties on a sentence run through the whole pipeline."""
from __future__ import annotations

from hadath import extract


def events_of(text: str, kind: str = "ASSAULT") -> list:
    """The events of type ``kind`` that ``hadath.extract`` codes in ``text`` (a fixed publication date)."""
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def countries(parties) -> set:
    return {a.country for a in parties}


def show(evs) -> list:
    """Actors and recipients with their countries, for assertion messages."""
    return [([(a.text, a.country) for a in e.actor], [(a.text, a.country) for a in e.recipient]) for e in evs]
