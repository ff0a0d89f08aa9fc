"""The events stage: triggers -> PLOVER/CAMEO events with actor, recipient, aux, date, place and evidence.

Steps per document: find triggers (lexicon), assign arguments, classify aux, apply the PLOVER/SCHEMA
conventions (a planned meeting is CONSULT + future + CAMEO 036; a promised aid / cooperation / support act is
AGREE), score a confidence, let the sentence filter veto background ASSAULT / PROTEST mentions, attach date,
place and quantities (owned by the time / places / quantities concerns), then merge repeated reports.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from hadath.document import Actor, Document, Event, Span
from hadath.events import ontology
from hadath.events.arguments import assign
from hadath.events.merge import merge_events
from hadath.events.modality import classify
from hadath.events.triggers import Lexicon, TriggerMatch, find_triggers, load_lexicon

MIN_CONFIDENCE = 0.4
ARGUMENTLESS_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))
# future cooperative acts become AGREE (PLOVER manual, AGREE); CAMEO code of the intent
_INTENT = {"AID": "033", "COOPERATE": "031", "SUPPORT": "032"}
_INTENT_BY_CAMEO = {"071": "0331", "072": "0332", "073": "0333", "074": "0334", "061": "0311", "062": "0312",
                    "063": "0313", "064": "0314", "057": "030"}


def event_id(doc: Document, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc.id}:{start}:{end}".encode("utf-8")).hexdigest()


def _pub_year(doc: Document) -> Optional[int]:
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    return None


def _conventions(ev: Event) -> None:
    if ev.type == "CONSULT" and ev.aux == "future":
        ev.cameo = "036"
        ev.explanation.append("planned meeting/visit: CONSULT + future, CAMEO 036 (SCHEMA convention)")
    elif ev.type in _INTENT and ev.aux == "future":
        old = ev.type
        ev.type = "AGREE"
        ev.cameo = _INTENT_BY_CAMEO.get(ev.cameo or "", _INTENT[old])
        ev.mode = None
        ev.explanation.append(f"future {old} is an expressed intent: AGREE, CAMEO {ev.cameo} (CAMEO2PLOVER)")


def _fill_codes(ev: Event) -> None:
    code = ontology.cameo(ev.cameo) if ev.cameo else None
    if code is not None:
        ev.quad_class = code.quad_class
        ev.goldstein = code.goldstein
        if not ev.context:
            ev.context = list(code.contexts)
        if not ev.mode and code.plover_type == ev.type and code.plover_mode and \
                code.plover_mode in ontology.plover_types()[ev.type].modes:
            ev.mode = code.plover_mode
    if ev.quad_class is None:
        ev.quad_class = ontology.plover_types()[ev.type].quad_class


def build_event(doc: Document, m: TriggerMatch) -> Event:
    pat = m.pattern
    sent = doc.sentences[m.sentence]
    args = assign(doc, m)
    aux, aux_rule = classify(doc, m, args.region, _pub_year(doc), args.speech_verb)
    ev = Event(type=pat.type, trigger=doc.span(m.start, m.end), sentence=Span(doc.text[sent.start:sent.end],
               sent.start, sent.end), mode=pat.mode or None, cameo=pat.cameo or None, aux=aux,
               actor=args.actor, recipient=args.recipient, source=f"rule:{pat.id}",
               id=event_id(doc, m.start, m.end))
    ev.head_tag = m.head_tag  # internal (perf / impf / juss / pass / "" for nouns), used by the sentence filter
    ev.explanation.append(f"pattern {pat.id} ({pat.text}) line {pat.line}, prior {pat.conf:.2f}")
    if args.rules:
        ev.explanation.append("arguments: " + ", ".join(args.rules))
    if args.speaker is not None:
        ev.explanation.append(f"attributed statement; speaker {args.speaker.text!r}")
    ev.explanation.append(f"aux: {aux_rule}")
    conf = pat.conf
    head = doc.tokens[m.first]
    if m.head_tag == "" and len(m.tokens) == 1 and head.norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        conf -= 0.1  # a definite bare noun usually refers back to an event already reported
    if pat.type == "PROTEST" and m.head_tag == "impf" and "س" not in m.head_prefix:
        conf -= 0.1  # news reports a specific protest in the perfect; the imperfect mostly describes one
    conf += 0.1 if ev.actor else (0.0 if args.passive else -0.1)
    conf += 0.05 if ev.recipient else 0.0
    if not ev.actor and not ev.recipient:
        conf -= 0.1
    ev.confidence = max(0.01, min(0.99, conf))
    _conventions(ev)
    _fill_codes(ev)
    return ev


def _attach(doc: Document, ev: Event) -> None:
    """Date, place and quantities come from the concerns that own them."""
    from hadath.places.attach import event_location
    from hadath.quantities.attach import event_quantities
    from hadath.time.attach import event_date

    ev.date, rule = event_date(doc, ev)
    ev.explanation.append(f"date: {rule}")
    ev.location, rule = event_location(doc, ev)
    ev.explanation.append(f"location: {rule}")
    ev.quantities = list(event_quantities(doc, ev))


def _recipient_from_destination(ev: Event) -> None:
    """Aid delivered to a place (طائرة إغاثة سعودية تصل إلى مطار عدن) goes to that place's country."""
    loc = ev.location
    if ev.type != "AID" or ev.recipient or loc is None or not loc.country:
        return
    if loc.country in {a.country for a in ev.actor}:
        return
    ev.recipient = [Actor(loc.text, loc.start, loc.end, loc.name, loc.text, loc.country, None, kind="place")]
    ev.explanation.append(f"recipient: country of the aid's destination {loc.text!r} ({loc.country})")


def code_document(doc: Document, lex: Optional[Lexicon] = None, sentence_filter=None) -> list[Event]:
    """All events of one document (the events layer), merged and in document order."""
    from hadath.events.sentence_filter import default_filter

    sentence_filter = default_filter() if sentence_filter is None else sentence_filter
    events = []
    for m in find_triggers(doc, lex):
        ev = build_event(doc, m)
        if sentence_filter and ev.aux in ("asserted", "historical"):  # only claims that something happened
            veto = sentence_filter.veto(doc, ev)
            if veto:
                ev.confidence *= 0.3
                ev.explanation.append(veto)
        if ev.confidence < MIN_CONFIDENCE:
            continue
        _attach(doc, ev)
        _recipient_from_destination(ev)
        events.append(ev)
    merged = merge_events(events)
    # a diplomatic event without any participant says nothing; attacks, protests and arrests still count
    return [e for e in merged if e.actor or e.recipient or e.type in ARGUMENTLESS_TYPES]


class EventStage:
    name = "events"
    version = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "actors")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, lexicon: Optional[Lexicon] = None):
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Document) -> Document:
        doc.events = code_document(doc, self.lexicon)
        return doc
