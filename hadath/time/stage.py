"""The time stage: every date expression in the text, resolved against the publication date."""
from __future__ import annotations

from datetime import date
from typing import Optional

from hadath.document import Document, TimeValue
from hadath.text.normalize import normalize
from hadath.time.context import clause_index, clause_starts, clause_tense, sentence_bounds, sentence_of
from hadath.time.expressions import find_durations, find_expressions
from hadath.time.resolve import duration_days, resolve


class TimeError(ValueError):
    """The publication date is not an ISO date."""


def parse_pub_date(s: Optional[str]) -> Optional[date]:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        raise TimeError(f"publication date {s!r} is not an ISO date (YYYY-MM-DD)") from None


def find_times(doc: Document) -> list[TimeValue]:
    """Date expressions of ``doc`` as TimeValues (offsets in the raw text); durations set end_value."""
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    text = norm.text
    pub = parse_pub_date(doc.date)
    bounds = sentence_bounds(doc, norm)
    found = find_expressions(text)
    times: list[TimeValue] = []
    spans: list[tuple[int, int]] = []
    for f in found:
        sent = sentence_of(bounds, f.start)
        r = resolve(f, pub, tense=clause_tense(text, f.start, sent[0], sent_end=sent[1]))
        s, e = norm.to_raw(f.start, f.end)
        times.append(TimeValue(doc.text[s:e], s, e, r.value, r.end_value, r.granularity, r.rule))
        spans.append((f.start, f.end))
    _attach_durations(text, bounds, times, spans)
    return times


def _attach_durations(text, bounds, times, spans) -> None:
    """A duration (تستغرق يومين) extends the date in its sentence, preferring its own clause, then nearest."""
    for d in find_durations(text):
        sent = sentence_of(bounds, d.start)
        cands = [i for i, (s, e) in enumerate(spans) if sent[0] <= s < sent[1] and times[i].value]
        if not cands:
            continue
        starts = clause_starts(text, *sent)
        c = clause_index(starts, d.start)
        best = min(cands, key=lambda i: (clause_index(starts, spans[i][0]) != c,
                                         min(abs(spans[i][0] - d.end), abs(d.start - spans[i][1]))))
        t = times[best]
        if t.end_value is None:
            end = duration_days(d.groups, date.fromisoformat(t.value), t.granularity or "day")
            if end and end.isoformat() != t.value:
                t.end_value = end.isoformat()
                t.rule = (t.rule or "") + "+duration"


class TimeStage:
    """Adds ``doc.times``: dates and times resolved to ISO values (see docs/time.md)."""

    name = "time"
    version = "1"
    requires = ("norm", "sentences")
    assigns = ("times",)

    def __call__(self, doc: Document) -> Document:
        doc.times = find_times(doc)
        return doc
