"""The date of an event: the date expression governing the trigger's clause, else the publication date.

Rules, in order (the name is returned with the date so ``--explain`` can show it):
- ``same-clause``: the nearest date expression in the trigger's own clause;
- ``same-sentence``: else the nearest one in the sentence (a future event skips dates that lie before
  the publication date, which usually belong to the report: "أعلن الخميس أنه سيزور ...");
- ``publication-date``: else, for an asserted (present or past) report, the publication date, as a
  TimeValue with empty text at the trigger;
- ``none``: else no date (future, hypothetical or historical events without a date expression).
A duration phrase (تستغرق يومين، لمدة ثلاثة أيام) in the trigger's clause, or next to the chosen date, sets
``end_value`` on the returned copy.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Optional

from hadath.document import Document, Event, TimeValue
from hadath.text.normalize import normalize
from hadath.time.context import clause_index, clause_starts
from hadath.time.expressions import find_durations
from hadath.time.resolve import duration_days

DATED_AUX = ("asserted", "negated", None)


def event_date(doc: Document, event: Event) -> tuple[Optional[TimeValue], str]:
    """The TimeValue that dates ``event`` and the rule that chose it."""
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    ss, se = event.sentence.start, event.sentence.end
    ts = event.trigger.start
    cands = [t for t in doc.times if ss <= t.start and t.end <= se]
    chosen: Optional[TimeValue] = None
    rule = "none"
    if cands:
        n_ss, n_se = norm.from_raw(ss), norm.from_raw(se)
        starts = _clause_starts(norm.text, n_ss, n_se)
        c = clause_index(starts, norm.from_raw(ts))
        same = [t for t in cands if clause_index(starts, norm.from_raw(t.start)) == c]
        if same:
            chosen, rule = _nearest(same, event), "same-clause"
        else:
            others = cands
            if event.aux == "future" and doc.date:
                others = [t for t in cands if not t.value or (t.end_value or t.value) >= doc.date[:10]]
            if others:
                chosen, rule = _nearest(others, event), "same-sentence"
    if chosen is None:
        if event.aux in DATED_AUX and doc.date:
            return TimeValue("", ts, ts, doc.date[:10], None, "day", "publication-date"), "publication-date"
        return None, "none"
    return _with_duration(doc, norm, event, chosen), rule


@lru_cache(maxsize=64)
def _clause_starts(text: str, start: int, end: int) -> list[int]:
    """``clause_starts`` of a sentence, found once for all the events in it (the list is only read)."""
    return clause_starts(text, start, end)


@lru_cache(maxsize=64)
def _durations(text: str, start: int, end: int) -> tuple:
    """``find_durations`` of a sentence, scanned once for all the dated events in it (the phrases are only read)."""
    return tuple(find_durations(text, start, end))


def _nearest(times: list[TimeValue], event: Event) -> TimeValue:
    a, b = event.trigger.start, event.trigger.end
    return min(times, key=lambda t: (max(t.start - b, a - t.end, 0), t.start))


def _with_duration(doc, norm, event: Event, t: TimeValue) -> TimeValue:
    if t.end_value or not t.value:
        return t
    n_ss, n_se = norm.from_raw(event.sentence.start), norm.from_raw(event.sentence.end)
    starts = _clause_starts(norm.text, n_ss, n_se)
    near = {clause_index(starts, norm.from_raw(event.trigger.start)), clause_index(starts, norm.from_raw(t.start))}
    for d in _durations(norm.text, n_ss, n_se):
        if clause_index(starts, d.start) not in near:
            continue
        end = duration_days(d.groups, date.fromisoformat(t.value), t.granularity or "day")
        if end and end.isoformat() != t.value:
            return replace(t, end_value=end.isoformat(), rule=(t.rule or "") + "+duration")
    return t
