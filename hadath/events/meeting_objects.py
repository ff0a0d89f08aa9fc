"""The sides a meeting or agreement noun names in its own genitive.

``اتفاق واشنطن وأنقرة على خطة``، ``محادثات القاهرة والرياض``: two parties of different countries coordinated right
after the noun are its two sides (the first acting); ``واتفاق البلدين على``، ``محادثات الجانبين``: a dual naming both
sides stands for the two parties of the meeting or visit reported in the same sentence (زيارة X إلى Y واتفاق البلدين).
Read for a noun with no other side (``meeting_parties.listed_sides`` when it has no party at all,
``meeting_parties.complete_meeting_parties`` when it has one side). Words: data/meeting_objects_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_index
from hadath.events.wordlists import words
from hadath.text.normalize import peel

DUAL_SIDES = words("meeting_objects", "dual_sides")
STATE_PLACES = ("PCL", "PPLC")  # GeoNames codes of a state or its capital, which stand for the state
GENITIVE_TYPES = frozenset(("CONSULT", "AGREE"))


def _side_at(doc: Document, tok) -> Optional[Actor]:
    """The party (no mere place) or the state or capital whose mention starts in this token, else None."""
    at = [a for a in doc.actors if tok.start <= a.start < tok.end and a.country and a.kind != "place"]
    if at:
        return at[0]
    place = next((p for p in doc.places if tok.start <= p.start < tok.end and p.country and
                  (p.feature or "").startswith(STATE_PLACES)), None)
    return Actor.of_place(place) if place is not None else None


def genitive_sides(doc: Document, ev: Event) -> Optional[tuple[list[Actor], list[Actor]]]:
    """``اتفاق واشنطن وأنقرة``: the party right after the noun and the one coordinated with it by و, of another
    country; (actor, recipient) or None."""
    if ev.type not in GENITIVE_TYPES or getattr(ev, "head_tag", None) != "":
        return None
    toks = doc.tokens
    k = token_index(toks, ev.trigger.end - 1) + 1
    stop = min(token_index(toks, ev.sentence.end), len(toks))
    if k >= stop or toks[k].is_punct:
        return None
    first = _side_at(doc, toks[k])
    if first is None or first.start != toks[k].start:
        return None  # بواشنطن: where the meeting is held
    j = token_index(toks, first.end - 1) + 1
    if j >= stop or not toks[j].norm.startswith("و") or toks[j].is_punct:
        return None
    second = _side_at(doc, toks[j])
    if second is None or second.start - toks[j].start > 1 or second.country == first.country:
        return None
    return [first], [second]


def dual_sides(doc: Document, ev: Event, events: list[Event]) -> Optional[tuple[list[Actor], list[Actor]]]:
    """``زيارة X إلى Y واتفاق البلدين على``: a dual of sides right after the noun names the two parties of the one
    meeting or visit of the same sentence that has both (of two countries); (actor, recipient) or None."""
    if ev.type not in GENITIVE_TYPES or getattr(ev, "head_tag", None) != "":
        return None
    toks = doc.tokens
    k = token_index(toks, ev.trigger.end - 1) + 1
    if k >= len(toks) or peel(toks[k].norm) not in DUAL_SIDES:
        return None
    pairs = [e for e in events if e is not ev and e.type == "CONSULT" and e.sentence.start == ev.sentence.start
             and e.actor and e.recipient and len({a.country for a in e.actor + e.recipient if a.country}) == 2
             and all(a.country for a in e.actor + e.recipient)]
    if len(pairs) != 1:
        return None
    return list(pairs[0].actor), list(pairs[0].recipient)
