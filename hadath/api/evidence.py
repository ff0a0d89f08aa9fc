"""Which spans of an article to highlight for its events: trigger, actor, recipient, date and place.

The store keeps each mention's trigger and sentence offsets, the first mention's SCHEMA actors (with
offsets), the article's entity mentions (with actor codes and place ids) and its SCHEMA times. This module
lines them up inside each mention's sentence so the reader sees why an event was coded.
"""
from __future__ import annotations

from typing import Any, Optional

from hadath.api.highlight import Highlight
from hadath.store.schema import Article, Event, EventMention


def _inside(start: int, end: int, lo: int, hi: int) -> bool:
    return lo <= start and end <= hi and end > start


def _valid(text: str, span: dict[str, Any]) -> bool:
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) and (
        not span.get("text") or text[s:e] == span["text"])


def _participant_spans(text: str, article: Article, ev: Event, m: EventMention, role: str) -> list[Highlight]:
    """Spans of the event's actors (role "actor") or recipients inside the mention's sentence."""
    lo, hi = m.sentence_start, m.sentence_end
    people = [p for p in ev.participants if p.role == role]
    codes = {p.code for p in people if p.code}
    names = {p.name for p in people if p.name} | {p.name_ar for p in people if p.name_ar}
    kind = "actor" if role == "actor" else "recipient"
    out: list[Highlight] = []
    stored = ev.actors if role == "actor" else ev.recipients
    if article.id == ev.first_article_id:
        for a in stored or []:
            if _valid(text, a) and _inside(a["start"], a["end"], lo, hi):
                out.append(Highlight(a["start"], a["end"], kind, a.get("code") or a.get("name") or "", ev.id))
    if not out:
        for ent in article.entities:
            if not _inside(ent.start, ent.end, lo, hi):
                continue
            if (ent.actor_code and ent.actor_code in codes) or (ent.actor_name and ent.actor_name in names):
                out.append(Highlight(ent.start, ent.end, kind, ent.actor_code or ent.actor_name or "", ev.id))
    return out


def _date_spans(text: str, article: Article, ev: Event, m: EventMention) -> list[Highlight]:
    if not ev.date_text:
        return []
    times = (article.analysis or {}).get("times", [])
    return [Highlight(t["start"], t["end"], "date", t.get("value") or "", ev.id) for t in times
            if t.get("text") == ev.date_text and _valid(text, t)
            and _inside(t["start"], t["end"], m.sentence_start, m.sentence_end)]


def _place_spans(text: str, article: Article, ev: Event, m: EventMention) -> list[Highlight]:
    if ev.place_id is None:
        return []
    label = ev.place.name if ev.place else ""
    return [Highlight(ent.start, ent.end, "place", label, ev.id) for ent in article.entities
            if ent.place_id == ev.place_id and _inside(ent.start, ent.end, m.sentence_start, m.sentence_end)]


def article_text(article: Article, load_original=None) -> str:
    """The article's text; exact duplicates store none, so take the original's (via ``load_original``)."""
    if article.text is not None:
        return article.text
    if article.duplicate_of and load_original is not None:
        original = load_original(article.duplicate_of)
        if original is not None and original.text is not None:
            return original.text
    return ""


def mention_highlights(text: str, article: Article, m: EventMention) -> list[Highlight]:
    """Every highlight for one event mention in ``article``."""
    ev = m.event
    label = f"{ev.type} {ev.cameo or ''}".strip()
    out = []
    if 0 <= m.trigger_start < m.trigger_end <= len(text):
        out.append(Highlight(m.trigger_start, m.trigger_end, "trigger", label, ev.id))
    out += _participant_spans(text, article, ev, m, "actor")
    out += _participant_spans(text, article, ev, m, "recipient")
    out += _date_spans(text, article, ev, m)
    out += _place_spans(text, article, ev, m)
    return out


def article_highlights(text: str, article: Article, event_id: Optional[str] = None) -> list[Highlight]:
    """Highlights for the selected event (every span kind), or for all of the article's events if none is."""
    out: list[Highlight] = []
    for m in article.mentions:
        if m.event is None:
            continue
        if event_id is None or m.event.id == event_id:
            out += mention_highlights(text, article, m)
    return out


def sentence_highlights(text: str, article: Article, m: EventMention) -> tuple[str, list[Highlight]]:
    """The mention's sentence and its highlights shifted to sentence offsets (for evidence snippets)."""
    lo, hi = max(0, m.sentence_start), min(len(text), m.sentence_end)
    hs = [Highlight(h.start - lo, h.end - lo, h.kind, h.label, h.event_id)
          for h in mention_highlights(text, article, m) if _inside(h.start, h.end, lo, hi)]
    return text[lo:hi], hs
