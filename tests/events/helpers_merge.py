"""Hand-built actors and ASSAULT reports placed in a test text, for the merge tests (shared so that each test file
only writes its sentences)."""
from __future__ import annotations

from hadath.document import Actor, Event, Span


def actor_in(text: str, name: str, country, sentence: str, kind: str = "group", ref=None, sector=None) -> Actor:
    """The actor ``name`` at its first place inside ``sentence`` of ``text``."""
    start = text.index(name, text.index(sentence))
    return Actor(name, start, start + len(name), name, None, country, sector, kind=kind, ref=ref)


def report_in(text: str, trigger: str, sentence: str, actor=(), rec=(), pid: str = "assault.hujum") -> Event:
    """An ASSAULT report whose trigger is the first ``trigger`` inside ``sentence`` of ``text``."""
    at = text.index(sentence)
    start = text.index(trigger, at)
    return Event(type="ASSAULT", trigger=Span(trigger, start, start + len(trigger)),
                 sentence=Span(sentence, at, at + len(sentence)), actor=list(actor), recipient=list(rec),
                 source=f"rule:{pid}", explanation=[], id=str(start))
