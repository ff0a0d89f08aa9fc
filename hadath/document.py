"""The data model: one Document flows through every stage, each adding its layer.

Every span carries character offsets into the *original* text, so ``doc.text[s.start:s.end] == s.text``
holds for everything the pipeline emits. ``to_dict`` serialises exactly as ../shared/docs/SCHEMA.md.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA_VERSION = "1"

AUX_VALUES = ("asserted", "future", "negated", "hypothetical", "historical")


@dataclass
class Span:
    """A piece of the original text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


_stem_norm = None


def _load_stem_norm() -> None:
    """Import lazily: hadath.text imports this module."""
    global _stem_norm
    from hadath.text.tokens import stem_norm

    _stem_norm = stem_norm


@dataclass(slots=True)
class Morph:
    """One piece of a token's clitic analysis (a proclitic, the stem or an enclitic)."""

    kind: str  # "proclitic" | "stem" | "enclitic"
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    norm: str = ""  # normalized form used for matching
    proclitics: list[Morph] = field(default_factory=list)
    stem: Optional[Morph] = None
    enclitics: list[Morph] = field(default_factory=list)
    is_punct: bool = False

    # Written by hand (dataclass keeps it): an article has thousands of tokens, and the generated __init__
    # with two default factories costs about a third more per token.
    def __init__(self, text: str, start: int, end: int, norm: str = "", proclitics: Optional[list[Morph]] = None,
                 stem: Optional[Morph] = None, enclitics: Optional[list[Morph]] = None,
                 is_punct: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm
        self.proclitics = [] if proclitics is None else proclitics
        self.stem = stem
        self.enclitics = [] if enclitics is None else enclitics
        self.is_punct = is_punct

    @property
    def stem_norm(self) -> str:
        """Normalized stem as a dictionary key: no clitics, ة/ى restored (زيارته -> زيارة)."""
        if self.stem is None:
            return self.norm
        if _stem_norm is None:
            _load_stem_norm()
        return _stem_norm(self)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "norm": self.norm}
        if self.proclitics:
            d["proclitics"] = [m.text for m in self.proclitics]
        if self.enclitics:
            d["enclitics"] = [m.text for m in self.enclitics]
        return d


@dataclass
class Sentence:
    start: int
    end: int
    token_start: int = 0  # index of first token in doc.tokens
    token_end: int = 0  # index past the last token

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str
    country: Optional[str]
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": self.name,
            "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
            "geonameid": self.geonameid, "feature": self.feature,
        }


@dataclass
class Actor:
    text: str
    start: int
    end: int
    name: str
    name_ar: Optional[str]
    country: Optional[str]
    sector: Optional[str]
    wikidata: Optional[str] = None
    kind: str = ""  # internal: what matched (person, country, capital, igo, group, title...)
    ref: Optional[str] = None  # internal: lexicon key of the canonical actor, for coreference

    @classmethod
    def of_place(cls, place: Any) -> "Actor":
        """A place standing for its state as a party (an attack in Baghdad hits Iraq): its country, no sector."""
        return cls(place.text, place.start, place.end, place.name, place.text, place.country, None, kind="place")

    @classmethod
    def of_nationality(cls, token: Any, country: str) -> "Actor":
        """A nationality adjective standing for its state as a party (المباحثات المصرية السعودية): its country as
        name, no sector."""
        return cls(token.text, token.start, token.end, country, None, country, None, kind="nationality")

    @property
    def code(self) -> Optional[str]:
        if not self.country and not self.sector:
            return None
        return f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": self.name,
            "name_ar": self.name_ar, "country": self.country, "sector": self.sector,
            "code": self.code, "wikidata": self.wikidata,
        }


@dataclass
class TimeValue:
    text: str
    start: int
    end: int
    value: Optional[str]
    end_value: Optional[str] = None
    granularity: Optional[str] = None
    rule: Optional[str] = None  # internal: which rule resolved it

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value,
            "end_value": self.end_value, "granularity": self.granularity,
        }


@dataclass
class Quantity:
    text: str
    start: int
    end: int
    value: float
    unit: Optional[str]

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return {"text": self.text, "start": self.start, "end": self.end, "value": v, "unit": self.unit}


@dataclass
class Entity:
    text: str
    start: int
    end: int
    label: str  # PER | ORG | LOC | GPE | NORP | TITLE | MISC
    actor: Optional[Actor] = None
    place: Optional[Place] = None
    source: str = ""  # internal: "model" | "lexicon" | "model+lexicon"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "label": self.label,
            "actor": self.actor.to_dict() if self.actor else None,
            "place": self.place.to_dict() if self.place else None,
        }


@dataclass
class Mention:
    trigger: Span
    sentence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"trigger": self.trigger.to_dict(),
                "sentence": {"start": self.sentence.start, "end": self.sentence.end}}


@dataclass
class Event:
    type: str
    trigger: Span
    sentence: Span
    mode: Optional[str] = None
    context: list[str] = field(default_factory=list)
    cameo: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    aux: str = "asserted"
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    location: Optional[Place] = None
    date: Optional[TimeValue] = None
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    source: str = ""
    id: str = ""
    explanation: list[str] = field(default_factory=list)  # internal: why it was coded (--explain)
    # internal: bare terms for people dropped from a side as unnamed (side -> terms; events/unnamed_parties.py)
    unnamed: dict[str, list[Actor]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "context": list(self.context),
            "cameo": self.cameo, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "aux": self.aux,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "mentions": [m.to_dict() for m in self.mentions],
            "quantities": [q.to_dict() for q in self.quantities],
            "confidence": round(float(self.confidence), 3),
            "source": self.source,
        }


@dataclass
class Document:
    """One article and every layer the pipeline has added to it."""

    text: str
    id: str = ""
    date: Optional[str] = None  # publication date, ISO YYYY-MM-DD
    url: Optional[str] = None
    title: Optional[str] = None
    language: str = "ar"
    norm: Any = None  # hadath.text.normalize.Normalized, set by the text stage
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # every actor mention, incl. coreferent ones
    places: list[Place] = field(default_factory=list)
    times: list[TimeValue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # stage bookkeeping (versions, timings)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def overlapping_entities(self, start: int, end: int) -> list[int]:
        """Indices (ascending) of the entities overlapping the raw span [start, end)."""
        # entities are kept sorted by start: only those starting before ``end`` can overlap the span
        hi = bisect.bisect_left(self.entities, end, key=lambda e: e.start)
        found = []
        for i in range(hi - 1, -1, -1):
            old = self.entities[i]
            if old.start < end and start < old.end:
                found.append(i)
            elif old.start < start - 200:  # no entity is that long: nothing earlier can overlap
                break
        found.reverse()
        return found

    def add_entity(self, ent: Entity) -> Entity:
        """Add an entity unless one already covers an overlapping span; returns the entity kept.

        An existing entity wins over a new one it contains or overlaps; a new entity that strictly contains an
        existing one replaces it (longest match wins), keeping the existing actor/place if the new has none.
        """
        overlapping = self.overlapping_entities(ent.start, ent.end)
        if not overlapping:
            bisect.insort(self.entities, ent, key=lambda e: e.start)
            return ent
        olds = [self.entities[i] for i in sorted(overlapping)]
        contains_all = all(ent.start <= o.start and ent.end >= o.end and (ent.end - ent.start) > (o.end - o.start)
                           for o in olds)
        if not contains_all:
            return olds[0]
        ent.actor = ent.actor or next((o.actor for o in olds if o.actor), None)
        ent.place = ent.place or next((o.place for o in olds if o.place), None)
        for i in sorted(overlapping, reverse=True):
            del self.entities[i]
        bisect.insort(self.entities, ent, key=lambda e: e.start)
        return ent

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "date": self.date,
            "language": self.language,
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "quantities": [q.to_dict() for q in self.quantities],
            "events": [e.to_dict() for e in self.events],
        }
