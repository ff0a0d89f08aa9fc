"""The quantities stage: numbers with units, as Quantity spans in the original text."""
from __future__ import annotations

import re

from hadath.document import Document, Quantity
from hadath.quantities.numbers import find_numbers, url_spans
from hadath.quantities.units import cue_unit, dual_re, unit_after_re, units
from hadath.text.normalize import normalize

_WORD = re.compile(r"[^\s،,.؛;:!؟?()«»\"']+")


def _words_before(text: str, pos: int, n: int) -> list[str]:
    lo = max(0, pos - 60)
    chunk = re.split(r"[.؛;!؟?\n]", text[lo:pos])[-1]
    return _WORD.findall(chunk)[-n:]


def find_quantities(doc: Document) -> list[Quantity]:
    """Numbers followed by a unit (or led by a casualty/arrest cue word) in ``doc``."""
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    text = norm.text
    table = units()
    after = unit_after_re()
    out: list[Quantity] = []
    for num in find_numbers(text, url_spans(text)):
        m = after.match(text, num.end)
        unit = None
        end = num.end
        if m:
            u = table[" ".join(m.group("unit").split())]
            end = m.end("unit")
            unit = u.unit
            if u.kind == "generic":
                nxt = _WORD.findall(text[end:end + 30])[:1]
                unit = cue_unit(_words_before(text, num.start, 3)) or cue_unit(nxt) or "people"
        else:
            cue = cue_unit(_words_before(text, num.start, 1))
            if cue is None:
                continue
            unit = cue
        if 1900 <= num.value <= 2100 and m is None:
            continue
        s, e = norm.to_raw(num.start, end)
        out.append(Quantity(doc.text[s:e], s, e, num.value, unit))
    out.extend(_duals(doc, norm, out))
    out.sort(key=lambda q: q.start)
    return out


def _duals(doc: Document, norm, found: list[Quantity]) -> list[Quantity]:
    """Dual nouns that count by themselves (مقتل جنديين = 2 troops), unless a number already covers them."""
    text = norm.text
    if not any(w in text for w, u in units().items() if u.implied):
        return []
    covered = [(norm.from_raw(q.start), norm.from_raw(q.end)) for q in found]
    table = units()
    out = []
    for m in dual_re().finditer(text):
        s, e = m.span("unit")
        if any(cs <= s < ce for cs, ce in covered):
            continue
        u = table[m.group("unit")]
        unit = u.unit
        if u.kind == "generic":
            unit = cue_unit(_words_before(text, m.start(), 3)) or "people"
        rs, re_ = norm.to_raw(s, e)
        out.append(Quantity(doc.text[rs:re_], rs, re_, float(u.implied), unit))
    return out


class QuantityStage:
    """Adds ``doc.quantities``: every number that carries a unit (troops, killed, USD, ...)."""

    name = "quantities"
    version = "1"
    requires = ("norm", "sentences")
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        doc.quantities = find_quantities(doc)
        return doc
