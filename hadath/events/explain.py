"""Human-readable account of why each event was coded (``hadath extract --explain``)."""
from __future__ import annotations

from hadath.document import Document, Event


def _who(actors) -> str:
    if not actors:
        return "-"
    return "; ".join(f"{a.text} [{a.code or '?'}]" for a in actors)


def explain_event(doc: Document, ev: Event) -> str:
    lines = [f"{ev.type}{'/' + ev.mode if ev.mode else ''} cameo {ev.cameo} (quad {ev.quad_class}, "
             f"goldstein {ev.goldstein}) aux={ev.aux} confidence={ev.confidence:.2f} id={ev.id[:10]}",
             f"  trigger: {ev.trigger.text!r} at {ev.trigger.start}-{ev.trigger.end} by {ev.source}",
             f"  sentence: {doc.text[ev.sentence.start:ev.sentence.end].strip()[:220]}",
             f"  actor: {_who(ev.actor)}   recipient: {_who(ev.recipient)}"]
    if ev.date:
        lines.append(f"  date: {ev.date.text!r} -> {ev.date.value}" + (f" .. {ev.date.end_value}" if ev.date.end_value else ""))
    if ev.location:
        lines.append(f"  location: {ev.location.text!r} -> {ev.location.name} ({ev.location.country})")
    for q in ev.quantities:
        lines.append(f"  quantity: {q.text!r} = {q.value} {q.unit or ''}")
    for m in ev.mentions:
        lines.append(f"  also reported at {m.trigger.start}-{m.trigger.end}: {m.trigger.text!r}")
    lines.extend(f"  why: {x}" for x in ev.explanation)
    return "\n".join(lines)


def explain_dropped(doc: Document) -> str:
    """The candidates the stage dropped, one line each, when they were recorded (``drop_log.recording``)."""
    from hadath.events.drop_log import dropped

    items = dropped(doc)
    if not items:
        return ""
    return "dropped candidates:\n" + "\n".join(f"  - {d.line()}" for d in items)


def explain_document(doc: Document) -> str:
    """One block per event, in document order (says so when no event was found), then the dropped candidates
    when they were recorded."""
    text = "\n\n".join(f"[{i}] " + explain_event(doc, ev) for i, ev in enumerate(doc.events, 1)) \
        if doc.events else "no events found"
    drops = explain_dropped(doc)
    return text + "\n\n" + drops if drops else text
