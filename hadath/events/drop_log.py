"""Why no event was coded: a record of the trigger candidates the events stage dropped (``--explain``).

Recording is off unless a caller asks for it (``with recording(): hadath.extract(...)``): the stage then reads one
context variable per document and does nothing else, so the normal path pays nothing. With it on, each covered
drop point (a BLOCK phrase in ``triggers``, a nesting rule, a counted noun, the confidence threshold after the
sentence filter and the sport / trade vetoes, a merge, a hosted condition, a missing or one-sided party) adds one
``Dropped`` to ``doc.meta["dropped"]``, which ``explain.explain_document`` prints after the events. Nothing here
changes what is coded.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

_RECORDING: ContextVar[bool] = ContextVar("hadath_drop_log", default=False)


@dataclass
class Dropped:
    """One dropped candidate: its type, trigger and rule, and the stage and reason that dropped it."""

    type: str
    trigger: str
    start: int
    end: int
    source: str  # rule:PATTERN_ID
    stage: str  # trigger | nesting | confidence | merge | conditions | parties
    reason: str

    def line(self) -> str:
        return f"{self.type} {self.trigger!r} at {self.start}-{self.end} by {self.source} [{self.stage}] {self.reason}"


@contextmanager
def recording(on: bool = True) -> Iterator[None]:
    """Record the dropped candidates of the documents coded inside the block (in this thread / task)."""
    token = _RECORDING.set(on)
    try:
        yield
    finally:
        _RECORDING.reset(token)


def log_for(doc) -> Optional[list]:
    """The document's list of dropped candidates when recording is on, else None (the drop points then skip)."""
    if not _RECORDING.get():
        return None
    return doc.meta.setdefault("dropped", [])


def dropped(doc) -> list[Dropped]:
    """The recorded drops of a document, in text order (empty when nothing was recorded)."""
    return sorted(getattr(doc, "meta", {}).get("dropped", ()), key=lambda d: (d.start, d.end))


def _add(log: list, item: Dropped) -> None:
    key = (item.start, item.end, item.source, item.stage)
    if not any((d.start, d.end, d.source, d.stage) == key for d in log):
        log.append(item)


def match(log: list, doc, m, stage: str, reason: str) -> None:
    """Record a trigger match dropped before any event was built from it."""
    _add(log, Dropped(m.pattern.type, doc.text[m.start:m.end], m.start, m.end, f"rule:{m.pattern.id}", stage,
                      reason))


def event(log: list, ev, stage: str, reason: str) -> None:
    """Record an event (built, possibly merged) that is not output."""
    _add(log, Dropped(ev.type, ev.trigger.text, ev.trigger.start, ev.trigger.end, ev.source, stage, reason))


def blocked(log: list, doc, m, blocks) -> None:
    """A trigger ending in (or, for an attack or protest, starting in) a background BLOCK phrase."""
    inside = [b for b in blocks if b.first <= m.last <= b.last]
    b = (inside or [b for b in blocks if b.first <= m.first <= b.last] or list(blocks))[0]
    where = "inside" if inside else "starts in"
    match(log, doc, m, "trigger", f"{where} BLOCK phrase {doc.text[b.start:b.end]!r} ({b.pattern.id})")


_CONFIDENCE_SKIP = ("pattern ", "arguments:", "attributed statement", "aux:", "date:", "location:", "recipient:")


def low_confidence(log: list, ev, threshold: float) -> None:
    """A candidate under the confidence threshold: its confidence and the lines that cut it (a sentence filter
    veto, a sport / trade veto, a rule setting it to 0), or its prior and parties when none did."""
    cuts = [x for x in ev.explanation if not x.startswith(_CONFIDENCE_SKIP)]
    prior = next((x.rsplit("prior ", 1)[-1] for x in ev.explanation if x.startswith("pattern ")), "?")
    parties = f"prior {prior}, actor {'yes' if ev.actor else 'none'}, recipient {'yes' if ev.recipient else 'none'}"
    reason = f"confidence {ev.confidence:.2f} < {threshold:.2f} ({parties})"
    if cuts:
        reason += " after " + "; ".join(cuts[-2:])
    event(log, ev, "confidence", reason)


def merged(log: list, before, after) -> None:
    """Reports merged into another event (shown there as "also reported at")."""
    kept = {(e.trigger.start, e.trigger.end) for e in after}
    for ev in before:
        if (ev.trigger.start, ev.trigger.end) in kept:
            continue
        into = next((e for e in after if any(m.trigger.start == ev.trigger.start for m in e.mentions)), None)
        where = f"the {into.type} event at {into.trigger.start} ({into.trigger.text!r})" if into else "another event"
        event(log, ev, "merge", f"merged into {where}")


def removed(log: list, before, after, stage: str, reason: str) -> None:
    """Events of ``before`` missing from ``after`` (a filter over the merged events)."""
    for ev in before:
        if not any(e is ev for e in after):
            event(log, ev, stage, reason)


def _names(actors) -> str:
    return ", ".join(f"{a.text} [{a.country or '?'}]" for a in actors) or "none"


def parties(log: list, before, after, has_participant: Callable) -> None:
    """Events dropped for naming no participant (of a known country) or only one side of a two-party act."""
    for ev in before:
        if any(e is ev for e in after):
            continue
        if not has_participant(ev):
            why = "no participant: neither actor nor recipient" if not (ev.actor or ev.recipient) else \
                f"no participant of a known country (actor {_names(ev.actor)}, recipient {_names(ev.recipient)})"
        elif ev.type == "CONSULT" and not ev.actor:
            why = "one-sided: CONSULT with no actor"
        elif ev.recipient and {a.country for a in ev.actor} == {a.country for a in ev.recipient}:
            why = f"one-sided: both sides of one country (actor {_names(ev.actor)}, recipient {_names(ev.recipient)})"
        else:
            why = f"one-sided: {ev.type} (aux {ev.aux}) with actor {_names(ev.actor)} and recipient " \
                  f"{_names(ev.recipient)}"
        event(log, ev, "parties", why)
