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
from hadath.events.doc_index import token_index
from hadath.events.place_parties import NON_STATE_CODES, singular_nationalities
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


SUSPECT_OR_FOREIGN = tuple(words("force_parties", "suspect_or_foreign_stems"))


def coercion_at_home(doc: Document, ev) -> None:
    """Session 31b: a coercive act (arrest, siege, ban, blockade) by one state's party with no target left, in a
    sentence naming no other country (اعتقلت إيران الناشطة X، فرضت القوات حصارا على زنجبار، منع الحوثيون وصول
    المساعدات إلى المدنيين), is done to its own people: the news gold codes it X -> X. Unnamed suspects (ev.
    unnamed_target, ``domestic_parties.unnamed_detainees``) keep their empty side, and so does a sentence naming
    suspects, militants or foreigners (``SUSPECT_OR_FOREIGN``: حملة أمنية تستهدف جماعات متشددة). Not raids or
    expulsions (``tests/events/test_raids.py``)."""
    if ev.type != "COERCE" or ev.recipient or ev.aux not in ("asserted", "historical") or \
            getattr(ev, "unnamed_target", False) or ev.mode in ("seize", "deport") or \
            (ev.cameo or "")[:3] in ("170", "174"):
        return  # raids search (170) and expulsions (174) send off no one of the state's own
    from hadath.events.domestic_parties import own_country_party, recipient_own_country  # (import cycle)
    recipient_own_country(ev)  # the arrest rule (stage runs it next) first: this one is its fallback
    if ev.recipient:
        return
    lo, hi = ev.sentence.start, ev.sentence.end
    toks = doc.tokens
    if any(s in toks[k].norm for k in range(token_index(toks, lo), token_index(toks, hi - 1) + 1)
           for s in SUSPECT_OR_FOREIGN):
        return
    if not ev.actor or any(not lo <= a.start < hi for a in ev.actor):
        return  # an actor a merged report brought from another sentence may not act here
    own = {a.country for a in ev.actor}
    if len(own) != 1 or None in own or own & NON_STATE_CODES:
        return
    country = next(iter(own))
    named = {a.country for a in doc.actors if lo <= a.start < hi} | \
        {p.country for p in doc.places if lo <= p.start < hi}
    if named - {country, None}:
        return
    ev.recipient = [own_country_party(ev.actor[0])]
    ev.explanation.append(f"recipient: a coercive act at home with no target named -> its own country ({country})")
