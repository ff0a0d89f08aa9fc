"""Events split from, or added beside, a coded one (one call per caller, one condemnation per condemning state, a
visit's next stop): a copy with lists of its own, the internal head tag kept, and a stable id derived from the
original's, so a re-run gives the same ids."""
from __future__ import annotations

import hashlib
from dataclasses import replace

from hadath.document import Event


def derived_event(ev: Event, key: str, note: str, **changes) -> Event:
    """A copy of ``ev`` with ``changes`` applied, ``note`` added to its explanation and the id sha1(ev.id:key)."""
    fields = dict(explanation=ev.explanation + [note], mentions=list(ev.mentions), context=list(ev.context),
                  quantities=list(ev.quantities), unnamed=dict(ev.unnamed))
    fields.update(changes)
    copy = replace(ev, **fields)
    copy.head_tag = getattr(ev, "head_tag", None)  # internal, not a field: replace() leaves it out
    copy.id = hashlib.sha1(f"{ev.id}:{key}".encode("utf-8")).hexdigest()
    return copy
