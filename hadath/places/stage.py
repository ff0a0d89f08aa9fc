"""Pipeline stage "places": gazetteer matches -> doc.places, Place on LOC/GPE entities, new entities for the rest.

Runs after the actors stage, which may already hold GPE entities for countries and capitals: those get the
Place attached. A match inside a person's name is dropped (حسين in "فؤاد حسين"); one inside an organisation or
title ("جامعة بغداد") stays a place but gets no entity of its own.
"""
from __future__ import annotations

import bisect
from typing import Optional

from hadath.document import Document, Entity, Place
from hadath.places.disambiguate import NEAR_CHARS, Evidence, candidates, choose
from hadath.places.described import described_places, named_by_nationality
from hadath.places.located import relocate
from hadath.places.gazetteer import Entry, Gazetteer
from hadath.places.match import Matcher, PlaceMatch, after_place_noun, default_matcher, previous_word
from hadath.text.normalize import normalize

PLACE_LABELS = ("LOC", "GPE")
GPE_FEATURES = {"PCLI", "PPL", "PPLC", "PPLA", "PPLX", "ADM1"}  # places with a government; the rest are LOC
_NOT_PLACES = ("PER",)  # a name inside these is part of the name, not a place mention


def _sentence_finder(doc: Document):
    """offset -> index of the sentence holding it (None outside sentences), by bisection."""
    starts = [s.start for s in doc.sentences]

    def find(offset: int) -> Optional[int]:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < doc.sentences[i].end:
            return i
        return None

    return find


def _overlap_finder(spans: list[tuple[int, int]]):
    """(start, end) -> does it overlap any of ``spans``? By bisection over starts and a running max of ends,
    so a document with many entities and many matches is not checked pair by pair."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    max_end: list[int] = []
    top = -1
    for _, e in spans:
        top = max(top, e)
        max_end.append(top)

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)  # spans[:i] start before ``end``
        return i > 0 and max_end[i - 1] > start

    return overlaps


def _place(doc: Document, start: int, end: int, e: Entry) -> Place:
    return Place(doc.text[start:end], start, end, e.name, e.country, e.admin1, e.lat, e.lon, e.geonameid,
                 e.feature)


CITY_NOUNS = frozenset({"مدينة", "العاصمة", "بمدينة", "ومدينة", "لمدينة", "بالعاصمة", "والعاصمة", "للعاصمة"})


def _city_context(ntext: str, m: PlaceMatch) -> bool:
    """"مدينة تونس", "العاصمة جيبوتي", "الكويت العاصمة": the city, not the country of the same name."""
    if previous_word(ntext, m.word_start) in CITY_NOUNS:
        return True
    rest = ntext[m.end:m.end + 12].split()
    return bool(rest) and rest[0] == "العاصمة"


_NISBA_ENDINGS = ("ية", "يه", "ي")


def _nationality_of_actor(doc: Document, gaz: Gazetteer, m: PlaceMatch, start: int, end: int) -> bool:
    """A nationality adjective inside an actor mention of that nationality ("الشرطة السويدية"), which the gazetteer
    also knows as a town of another country (Samandağ, Turkey, is "السويدية"): the word says whose police it is,
    not where anything is."""
    word = doc.text[start:end]
    if not word.endswith(_NISBA_ENDINGS):
        return False
    for a in doc.actors or ():
        if a.country and a.start <= start and end <= a.end and a.start < start:
            return all(gaz.entries[i].country != a.country for i in candidates(gaz, m.key))
    return False


def geocode(doc: Document, matcher: Optional[Matcher] = None) -> list[Place]:
    """Places mentioned in ``doc`` (raw offsets), each resolved to one gazetteer entry; a town followed by a
    locator phrase ("بلدة ميلو بوسط مالي") is then moved to the country of the place that locates it (located.py)."""
    matcher = matcher or default_matcher()
    gaz: Gazetteer = matcher.gaz
    norm = doc.norm if doc.norm is not None else normalize(doc.text)
    ntext = norm.text
    found: list[tuple[PlaceMatch, int, int]] = []
    in_name = _overlap_finder([(ent.start, ent.end) for ent in doc.entities if ent.label in _NOT_PLACES])
    for m in matcher.find(ntext):
        s, e = norm.to_raw(m.start, m.end)
        if in_name(s, e) or _nationality_of_actor(doc, gaz, m, s, e):
            continue
        found.append((m, s, e))

    _sentence_index = _sentence_finder(doc)
    in_ambiguous = _overlap_finder([(s, e) for m, s, e in found if len(candidates(gaz, m.key)) > 1])
    evidence = Evidence()
    for a in doc.actors:
        if a.country and a.country in gaz.country_entry and not in_ambiguous(a.start, a.end):
            evidence.add(a.country, _sentence_index(a.start))
    for m, s, e in found:
        idx = candidates(gaz, m.key)
        countries = {gaz.entries[i].country for i in idx}
        if len(countries) == 1:
            evidence.add(next(iter(countries)), _sentence_index(s))

    places: list[Place] = []
    keys: dict[int, str] = {}
    for m, s, e in found:
        sent = _sentence_index(s)
        if sent is not None:
            ws, we = norm.from_raw(doc.sentences[sent].start), norm.from_raw(doc.sentences[sent].end)
        else:
            ws, we = 0, len(ntext)
        window = ntext[max(ws, m.start - NEAR_CHARS):min(we, m.end + NEAR_CHARS)]
        entry = choose(gaz, m.key, evidence, sent, doc.text[s:e], window, _city_context(ntext, m),
                       after_place_noun(ntext, m.word_start), m.prefix)
        if entry is not None:
            places.append(_place(doc, s, e, entry))
            keys[id(places[-1])] = m.key
    return relocate(places, norm, gaz, lambda p: keys.get(id(p), ""))


def attach(doc: Document, places: list[Place]) -> None:
    """Put each Place on the LOC/GPE entity it overlaps, or add a LOC/GPE entity for it."""
    for p in places:
        overlapping = [doc.entities[i] for i in doc.overlapping_entities(p.start, p.end)]
        if overlapping:
            for ent in overlapping:
                if ent.label in PLACE_LABELS and ent.place is None:
                    ent.place = p
            continue
        if p.feature == "PPL" and not _locative_before(doc.text, p.start):
            continue  # a town name NER did not tag, with no cue that a place is meant: often a common word
        label = "GPE" if p.feature in GPE_FEATURES else "LOC"
        doc.add_entity(Entity(p.text, p.start, p.end, label, place=p, source="gazetteer"))


_LOCATIVE_WORDS = {"في", "من", "الى", "إلى", "داخل", "قرب", "شمال", "جنوب", "شرق", "غرب", "مدينة", "بلدة", "قرية",
                   "محافظة", "ولاية", "منطقة", "بمدينة", "بلدة", "وفي", "ومن"}


def _locative_before(text: str, start: int) -> bool:
    """A preposition or place noun right before ``start``, or a ب/ل proclitic glued to the name."""
    if start > 0 and text[start - 1] in "بل" and (start < 2 or not text[start - 2].isalpha() or text[start - 2] in "وف"):
        return True
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1] in _LOCATIVE_WORDS


def with_nationality_named(doc: Document, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """``places`` plus towns the gazetteer lacks but the text places in a country ("بلدة ليبرامونت البلجيكية"). A
    gazetteer place of that country inside the name keeps the name; one of another country inside the phrase (the
    adjective "السويدية" read as a Turkish town) gives way to the town."""
    out = list(places)
    for town, start, end in named_by_nationality(doc.text, doc.norm, gaz):
        inside = [p for p in out if start <= p.start and p.end <= end]
        if any(p.country == town.country for p in inside):
            continue
        out = [p for p in out if not (start <= p.start and p.end <= end)] + [town]
    return sorted(out, key=lambda p: p.start)


def with_described(doc: Document, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """``places`` plus those named by description ("العاصمة الأفغانية"); a named place inside one ("الريف" of
    "الريف السوري") gives way to it. In text order."""
    places = with_nationality_named(doc, places, gaz)
    described = described_places(doc.text, doc.norm, gaz)
    if not described:
        return places
    inside = _overlap_finder([(p.start, p.end) for p in described])
    return sorted([p for p in places if not inside(p.start, p.end)] + described, key=lambda p: p.start)


class PlaceStage:
    """Geocode place names against the shipped gazetteer."""

    name = "places"
    version = "1"
    requires = ("norm", "tokens", "entities")
    assigns = ("places", "entities")

    def __init__(self, matcher: Optional[Matcher] = None) -> None:
        self._matcher = matcher

    def __call__(self, doc: Document) -> Document:
        if doc.norm is None:
            doc.norm = normalize(doc.text)
        named = geocode(doc, self._matcher)
        places = with_described(doc, named, (self._matcher or default_matcher()).gaz)
        doc.places = places
        # a description (العاصمة الأفغانية) locates events but is no name: it gets no entity of its own
        names = {id(p) for p in named}
        attach(doc, [p for p in places if id(p) in names])
        return doc
