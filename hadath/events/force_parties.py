"""Parties of force posture (session 29): who deploys or sends forces, and whose airspace is breached.

A verbal noun of sending or arrival whose pattern ends on the forces (وصول قوات إماراتية، انتشار قوات سعودية، نشر
120 شرطيا فرنسيا) names the deployed side in its own genitive. The subject search finds the reporter before the noun
instead (كشف مسؤول يمني عن وصول قوات إماراتية: the Yemeni official), and the news gold codes the forces' country.
A verb sending countryless forces (ان بلاده لن ترسل قوات برية) has them as its object: the party before it sends
them. A breach of airspace (جدد الطيران الإسرائيلي انتهاكه لسيادة الأجواء اللبنانية) is aimed at the airspace's country.
The rules run in ``arguments._assign``.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document
from hadath.events.place_parties import singular_nationalities
from hadath.events.speech_clauses import is_noun_trigger
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word


def forces_in_trigger(doc: Document, m: TriggerMatch, pool: list[Actor], actor: list[Actor]) -> Optional[Actor]:
    """The forces with a country named from the MOBILIZE noun trigger's last word on, when no actor was found inside
    the trigger (a VSO subject in the frame stays: انتشار الجيش اللبناني قوات). None when nothing changes."""
    if m.pattern.type != "MOBILIZE" or not is_noun_trigger(m):
        return None
    if any(m.start <= a.start < m.end for a in actor):
        return None
    last = doc.tokens[m.last].start
    return next((a for a in pool if last <= a.start < m.end and a.country), None)


AIRSPACE_NOUNS = frozenset(normalize_word(w) for w in words("triggers", "mobilize_airspace_nouns"))


def airspace_owner(doc: Document, m: TriggerMatch) -> Optional[Actor]:
    """The country whose airspace a MOBILIZE trigger breaches, by the nationality adjective right after the airspace
    noun that ends it (انتهاكه لسيادة الأجواء اللبنانية -> LBN): the adjective names no actor mention of its own."""
    if m.pattern.type != "MOBILIZE" or normalize_word(doc.tokens[m.last].norm) not in AIRSPACE_NOUNS:
        return None
    k = m.last + 1
    if k >= len(doc.tokens) or doc.tokens[k].start >= doc.sentences[m.sentence].end:
        return None
    t = doc.tokens[k]
    iso = singular_nationalities().get(t.norm)
    if not iso:
        return None
    return Actor.of_nationality(t, iso)


OWNED_SUFFIXES = ("ه", "ها", "هم")


def _sent_forces(doc: Document, m: TriggerMatch, a: Actor) -> bool:
    """The mention is the forces a MOBILIZE verb sends, inside its frame after the verb: countryless (ترسل قوات برية
    إلى) or owned by a pronoun (يحشد قواته), so no subject of their own."""
    toks = doc.tokens
    if not toks[m.first].end <= a.start < m.end:
        return False
    k = next((i for i in m.tokens if toks[i].start <= a.start < toks[i].end), None)
    return not a.country or (k is not None and toks[k].norm.endswith(OWNED_SUFFIXES))


def sender_before(doc: Document, m: TriggerMatch, pool: list[Actor], actor: list[Actor]) -> Optional[Actor]:
    """The subject before a MOBILIZE verb whose only actor found is the forces it sends (ان بلاده لن ترسل قوات برية،
    الجيش الإيراني الذي بدأ يحشد قواته): the nearest earlier party of a country in the sentence sends them."""
    if m.pattern.type != "MOBILIZE" or is_noun_trigger(m) or not actor or \
            not all(_sent_forces(doc, m, a) for a in actor):
        return None
    sent = doc.sentences[m.sentence]
    before = [a for a in pool if sent.start <= a.start and a.end <= m.start and a.country]
    return before[-1] if before else None

