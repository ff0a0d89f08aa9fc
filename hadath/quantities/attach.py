"""Which quantities belong to an event: same sentence, and a unit that fits the event type."""
from __future__ import annotations

from hadath.document import Document, Event, Quantity
from hadath.quantities.units import event_units, unit_fits


def event_quantities(doc: Document, event: Event) -> list[Quantity]:
    """Quantities in the event's sentence whose unit suits ``event.type`` (ASSAULT: killed/injured ...)."""
    allowed = event_units().get(event.type)
    if not allowed:
        return []
    s, e = event.sentence.start, event.sentence.end
    return [q for q in doc.quantities if s <= q.start and q.end <= e and q.unit and unit_fits(q.unit, allowed)]
