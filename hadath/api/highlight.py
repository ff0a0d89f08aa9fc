"""Article text with highlighted spans, built as escaped Markup on the server.

Why server-side: the only HTML that reaches the page is what this module writes; every character of the
article goes through :func:`hadath.api.security.safe_text` (escaped, bidi controls made visible).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from markupsafe import Markup, escape

from hadath.api.security import safe_text

#: Highlight kinds, in the order that wins when spans overlap (the trigger is the anchor of an event).
KINDS = ("trigger", "actor", "recipient", "date", "place")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""  # tooltip (e.g. the actor's code); plain text, escaped on output
    event_id: Optional[str] = None


def render(text: str, highlights: Iterable[Highlight]) -> Markup:
    """``text`` as Markup, each highlighted span wrapped in ``<mark class="hl hl-KIND">``.

    Overlapping spans are cut at every boundary; a piece covered by several kinds gets all their classes and
    is styled by the first in :data:`KINDS`. Out-of-range spans are clipped, empty ones dropped.
    """
    n = len(text)
    spans = [h for h in highlights if h.kind in KINDS]
    cuts = {0, n}
    clipped: list[tuple[int, int, Highlight]] = []
    for h in spans:
        s, e = max(0, min(h.start, n)), max(0, min(h.end, n))
        if e > s:
            clipped.append((s, e, h))
            cuts.update((s, e))
    points = sorted(cuts)
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        covering = [h for s, e, h in clipped if s <= a and b <= e]
        piece = safe_text(text[a:b])
        if not covering:
            out.append(str(piece))
            continue
        kinds = sorted({h.kind for h in covering}, key=KINDS.index)
        labels = "; ".join(dict.fromkeys(h.label for h in covering if h.label))
        cls = " ".join(f"hl-{k}" for k in kinds)
        title = f' title="{escape(labels)}"' if labels else ""
        out.append(f'<mark class="hl {cls}" data-kind="{kinds[0]}"{title}>{piece}</mark>')
    return Markup("".join(out))
