"""Shared helpers for trigger-lexicon tests: which patterns fire on a sentence, and what the rules alone code."""
from __future__ import annotations

import hadath
from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from hadath.events.triggers import find_triggers


def pattern_ids(text: str) -> list[str]:
    """Ids of the trigger patterns found in ``text`` (a fixed publication date), before any later filter."""
    doc = hadath.extract(text, date="2015-08-01")
    return [m.pattern.id for m in find_triggers(doc)]


def rule_events(text: str) -> list[tuple]:
    """(type, actor countries, recipient countries) coded by the rules alone (the sentence filter off)."""
    doc = hadath.extract(text, date="2015-08-01")
    return [(e.type, sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
            for e in code_document(doc, sentence_filter=NoFilter())]


def rule_types(text: str) -> list[str]:
    """Event types coded by the rules alone (the sentence filter off), so each rule is tested by itself."""
    return [t for t, _, _ in rule_events(text)]


def coded(text: str) -> list[tuple]:
    """(type, actor countries, recipient countries) of the whole pipeline's events (sentence filter on)."""
    doc = hadath.extract(text, date="2015-08-01")
    return [(e.type, sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
            for e in doc.events]


def types(text: str) -> list[str]:
    """Event types of the whole pipeline (sentence filter on)."""
    return [t for t, _, _ in coded(text)]


def fires(pid: str, text: str) -> bool:
    """Whether trigger pattern ``pid`` is found in ``text``."""
    return pid in pattern_ids(text)
