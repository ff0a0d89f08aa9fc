"""The country a sentence (or the article before it) speaks of, and the countryless parties that take it: a bare
state body (السلطات الأمنية), unnamed civilians, a local party that only exists inside one country (قوات النظام،
المعارضة), the people of a protest held in one country's place.

Its own module because the subject, recipient, guest and statement rules all fall back on it; the per-document
cache of sentence countries lives here with the one function that fills it.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from hadath.document import Actor, Document
from hadath.events.argument_clues import Arguments, actors_in, sorted_by_start
from hadath.events.doc_index import PerDocument, token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.triggers import TriggerMatch
from hadath.text.normalize import normalize_word


STATE_SECTORS = frozenset(("GOV", "COP", "JUD", "LEG"))

# unnamed people of these kinds (المتظاهرون، النشطاء، الطلاب) in a sentence about one country are its people;
# armed men, refugees and migrants often are not
# (the Arabic GSR leaves protesters countryless, so CVL only outside PROTEST); only for the actor side
CIVIL_SECTORS = frozenset(("JRN", "EDU", "AGR", "HRI", "LAB", "HLH", "REL", "BUS", "ACT"))


_COUNTRIES: tuple = ((), {})  # (what the answers depend on, {sentence: its one country}): the last document's


def sentence_country(doc: Document, m: TriggerMatch, index: Optional[int] = None) -> Optional[str]:
    """The one country the trigger's sentence speaks of (actors and places), if there is exactly one; found once
    per sentence."""
    global _COUNTRIES
    held, by_sent = _COUNTRIES
    places = getattr(doc, "places", None)
    if len(held) != 5 or held[0] is not doc.sentences or held[1] is not doc.actors or held[2] != len(doc.actors) \
            or held[3] is not places or held[4] != len(places or ()):
        by_sent = {}
        _COUNTRIES = ((doc.sentences, doc.actors, len(doc.actors), places, len(places or ())), by_sent)
    index = m.sentence if index is None else index
    if index not in by_sent:
        by_sent[index] = _one_country(doc, index)
    return by_sent[index]


_PLACES_BY_START = PerDocument(sorted_by_start)  # the document's places sorted by start, and their starts


def _one_country(doc: Document, index: int) -> Optional[str]:
    """``sentence_country`` of sentence ``index``, worked out."""
    sent = doc.sentences[index]
    found = {a.country for a in actors_in(doc, sent.start, sent.end) if a.country}
    by_start, starts = _PLACES_BY_START(getattr(doc, "places", []) or [])
    found |= {p.country for p in by_start[bisect_left(starts, sent.start):bisect_left(starts, sent.end)] if p.country}
    found -= {"IGO", "NGO", "KUR"}
    return next(iter(found)) if len(found) == 1 else None


def article_country(doc: Document, m: TriggerMatch) -> Optional[str]:
    """The one country of the nearest earlier sentence (up to three back) that speaks of exactly one: the setting
    a countryless local party (المقاومة، قوات النظام) of a sentence naming no country belongs to."""
    for k in range(m.sentence - 1, max(-1, m.sentence - 4), -1):
        c = sentence_country(doc, m, k)
        if c:
            return c
    return None


def is_domestic_party(a: Actor) -> bool:
    """A countryless local party that only exists inside one country: the regime and its forces, the opposition,
    the (popular) resistance, the factions, the militias, the rebels (المتمردين: a country's own insurgents)."""
    if not is_generic(a):
        return False
    n = normalize_word(a.text)
    return a.sector == "OPP" or "النظام" in n or (
        a.sector == "REB" and any(w in n for w in ("مقاوم", "فصائل", "ميليشي", "مليشي", "متمرد")))


def implied_people(doc: Document, m: TriggerMatch, country: str, res: Arguments) -> list[Actor]:
    """``خرجت تظاهرات في البصرة``: a protest naming no protesters, held in a place of the one country its sentence
    speaks of, is by that country's people (the span is the place; a dateline or an actor does not count)."""
    toks = doc.tokens
    lo, hi = res.region
    spans = []
    for p in getattr(doc, "places", []) or []:
        i = token_at(doc, p.start, 0, len(toks))
        if not (lo <= i < hi) or p.country != country:
            continue
        prev = [toks[k].norm for k in range(max(lo, i - 3), i)]
        if any(w in ("في", "فى", "وفي") for w in prev) or toks[i].start < p.start:  # في البصرة، بمدينة X
            spans.append((p.start, p.end, p.text))
    if not spans:
        return []
    start, end, text = min(spans)
    res.rules.append(f"actor:people-of-sentence-country={country}")
    return [Actor(text, start, end, text, text, country, None, kind="implied")]


def with_context_country(a: Actor, country: Optional[str], res: Arguments, civil=False) -> Actor:
    """A bare state body (السلطات الأمنية، قوات الأمن) or unnamed civilians (المتظاهرون) act for the one country
    their sentence is about."""
    if country and is_generic(a) and (a.sector in STATE_SECTORS or (civil and a.sector in CIVIL_SECTORS) or
                                      is_domestic_party(a) or (civil == "crowd" and a.sector == "CVL")):
        res.rules.append(f"country-from-sentence:{a.text}={country}")
        return replace(a, country=country)
    return a
