"""Hypothetical acts that only spell out the terms of another event in their sentence.

A threat, warning, demand or agreement often names its condition or feared outcome: "لوحت الدول بإعادة فرض عقوبات
إذا انتهكت إيران الاتفاق", "حذر المالكي من تكرار الاعتصامات في حال استمرت المظاهرات". The conditional act (the
breach, the protests) is part of the threat's content; the news gold codes the threat and never the condition. A
hypothetical act with no such host in front of it (إذا هاجم المتمردون المدينة فسيرد الجيش، قد تفرض اليابان قيودا)
stays an event with aux hypothetical, as docs/SCHEMA.md has it.
"""
from __future__ import annotations

from hadath.document import Document, Event
from hadath.events.wordlists import raw_words

HOST_TYPES = frozenset(raw_words("hosted_conditions", "host_types"))
WHY = "dropped: hypothetical-term-of-host"


def _hosts(ev: Event, events: list[Event]) -> bool:
    """An event of a term-setting type, itself real (not negated or hypothetical), whose trigger comes before
    ``ev``'s in the same sentence."""
    return any(h is not ev and h.type in HOST_TYPES and h.aux not in ("negated", "hypothetical")
               and h.sentence.start == ev.sentence.start and h.trigger.end <= ev.trigger.start for h in events)


def hosted_condition(ev: Event, events: list[Event]) -> bool:
    """A hypothetical act told after a threat, demand or agreement of its sentence: the terms of that event."""
    if ev.aux != "hypothetical" or not _hosts(ev, events):
        return False
    ev.explanation.append(WHY)
    return True


def drop_hosted_conditions(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` without the hypothetical acts that only state another event's condition or feared outcome."""
    return [e for e in events if not hosted_condition(e, events)]
