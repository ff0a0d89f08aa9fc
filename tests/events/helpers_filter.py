"""Shared pieces of the sentence-filter override tests: the first ASSAULT of a sentence, and the shipped filter with
its model score forced, so a test checks an override rule and not the model's number."""
from __future__ import annotations

from hadath import extract
from hadath.events.sentence_filter import default_filter


def first_assault(text: str, date: str = "2015-08-01"):
    """(document, its first ASSAULT event); fails with the events found when there is none."""
    doc = extract(text, date=date)
    evs = [e for e in doc.events if e.type == "ASSAULT"]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    return doc, evs[0]


class ForcedScore:
    """The shipped filter with its score forced to ``p``."""

    def __init__(self, p: float):
        self.inner, self.p = default_filter(), p

    def veto(self, doc, ev):
        self.inner.score = lambda d, e: self.p
        try:
            return self.inner.veto(doc, ev)
        finally:
            del self.inner.score
