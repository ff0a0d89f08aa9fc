"""The actors stage: lexicon matches -> Actor mentions (doc.actors) and lexicon entities with their actor.

Works from the normalized text alone; NER entities, when present, only help (a PER entity after a title is
taken as the name) and get their ``actor`` filled when an actor covers them.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from hadath.actors.lexicon import Lexicon, default_lexicon
from hadath.actors.match import Matcher
from hadath.actors.resolve import Part, Resolved, Resolver
from hadath.document import Actor, Document, Entity
from hadath.text.normalize import normalize

_SENT_END = re.compile(r"[.!?؟\n]+")
# "الأعلام" spelt with hamza above is "flags" (يلوحون بالأعلام); normalization merges it with الإعلام, the media
_FLAGS = re.compile(r"[وفبلك]{0,2}(?:ال|ل)?أعلام(?![^\W\d_])")


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    lex = default_lexicon()
    return Resolver(lex, Matcher.from_lexicon(lex))


def _norm_sentences(doc: Document, norm) -> list[tuple[int, int]]:
    if doc.sentences:
        return [(norm.from_raw(s.start), norm.from_raw(s.end)) for s in doc.sentences]
    out, pos = [], 0
    for m in _SENT_END.finditer(norm.text):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, len(norm.text)))
    return out


class ActorStage:
    name = "actors"
    version = "1"
    requires: tuple[str, ...] = ("tokens", "entities")
    assigns: tuple[str, ...] = ("actors", "entities")

    def __init__(self, lexicon: Optional[Lexicon] = None):
        self.resolver = Resolver(lexicon, Matcher.from_lexicon(lexicon)) if lexicon else default_resolver()

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if doc.norm is not None else normalize(doc.text)
        doc.norm = norm
        ner_per = {}
        for ent in doc.entities:
            if ent.label == "PER":
                ner_per[norm.from_raw(ent.start)] = norm.from_raw(ent.end)
        found, parts = self.resolver.resolve(norm.text, _norm_sentences(doc, norm), doc.date, ner_per)
        found = [r for r in found
                 if not (r.sector == "MED" and _FLAGS.match(doc.text[slice(*norm.to_raw(r.start, r.end))]))]
        actors = [self._actor(doc, norm, r) for r in found]
        doc.actors = actors
        for part in entity_parts(found, parts):
            s, e = norm.to_raw(part.start, part.end)
            doc.add_entity(Entity(doc.text[s:e], s, e, part.label, source="lexicon"))
        self._attach(doc, norm, found, actors)
        return doc

    @staticmethod
    def _actor(doc: Document, norm, r: Resolved) -> Actor:
        s, e = norm.to_raw(r.start, r.end)
        return Actor(doc.text[s:e], s, e, r.name, r.name_ar or doc.text[s:e], r.country, r.sector, kind=r.kind,
                     ref=r.ref)

    @staticmethod
    def _attach(doc: Document, norm, found: list[Resolved], actors: list[Actor]) -> None:
        """Give each entity the actor whose head part (or, failing that, whose span) covers it."""
        heads = []
        for r, a in zip(found, actors):
            if r.parts:
                hp = r.parts[min(r.head, len(r.parts) - 1)]
                heads.append((*norm.to_raw(hp.start, hp.end), a))
        heads.sort(key=lambda h: h[0])
        starts = [h[0] for h in heads]
        longest = max((e - s for s, e, _ in heads), default=0)
        for ent in doc.entities:
            if ent.actor is not None or ent.label not in ("PER", "ORG", "LOC", "GPE", "TITLE", "NORP"):
                continue
            lo = bisect.bisect_left(starts, ent.start - longest)
            hi = bisect.bisect_left(starts, ent.end)
            for s, e, a in heads[lo:hi]:
                overlap = s < ent.end and ent.start < e
                if (overlap and ent.label in ("PER", "ORG", "LOC", "GPE")) or (s, e) == (ent.start, ent.end):
                    ent.actor = a
                    break


def entity_parts(found: list[Resolved], parts: list[Part]) -> list[Part]:
    """The lexicon parts worth listing as named entities.

    Entities are names (people, countries, capitals, organisations) and title phrases. A nationality adjective
    inside a longer actor phrase is not an entity of its own: it joins the title before it ("وزير الخارجية
    العراقي" is one TITLE) or stays only in the actor ("القوات البريطانية" -> GBR MIL). Generic bodies
    (الحكومة، وزارة الدفاع) are actors, not named organisations. This follows ANERcorp, where nationality
    adjectives, titles and generic bodies are not entities; NORP is kept for nationalities that stand alone as
    actors (العراقيون، فلسطينيين), not for adjectives of other nouns (الشركة الصينية).
    """
    phrases = sorted(((r.start, r.end, r.kind, len(r.parts)) for r in found), key=lambda x: x[0])
    starts = [p[0] for p in phrases]

    def phrase_of(part: Part):
        i = bisect.bisect_right(starts, part.start) - 1
        while i >= 0:
            s, e, kind, n = phrases[i]
            if s <= part.start and part.end <= e:
                return kind, n, s, e
            if e < part.start - 200:
                break
            i -= 1
        return None

    out: list[Part] = []
    for part in sorted(parts, key=lambda p: p.start):
        ph = phrase_of(part)
        if part.label == "ORG" and (part.generic or (ph is not None and ph[0] == "body")):
            continue  # a generic body, alone or inside a title phrase (رئيس أركان الجيش، المتحدث باسم القوات المسلحة)
        if part.label == "NORP" and (ph is None or ph[1] != 1 or (ph[2], ph[3]) != (part.start, part.end)):
            # (a phrase with no parts of its own, a lone singular person "قتل عراقي", lists no NORP either)
            prev = out[-1] if out else None
            if (ph is not None and prev is not None and prev.label == "TITLE" and ph[2] <= prev.start
                    and 0 <= part.start - prev.end <= 1):
                out[-1] = Part(prev.start, part.end, "TITLE")
            continue
        out.append(part)
    return out


def actors_in(doc: Document, start: int, end: int) -> list[Actor]:
    """Actor mentions lying within the raw span [start, end), in text order (for the events stage)."""
    return [a for a in doc.actors if start <= a.start and a.end <= end]
