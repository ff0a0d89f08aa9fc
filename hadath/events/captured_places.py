"""The other side of a capture, a clash or a repelled attack: a force taking, retaking or freeing a place
(سيطرت المقاومة على مدينة الحوطة، استعادت القوات قاعدة العند، لاستعادتها من أيدي داعش), fighting "the two sides"
(اشتباكات بين الطرفين، بينها وبين الحوثيين) or repelling an attack (صد الجيش هجوما لمتمردي ...) acts on the party
that held the place or fought it. When the argument rules leave such an attack with no recipient, the news gold
codes that party: Yemeni forces retaking a town from the Houthis are YEM -> YEM, Iraqi forces retaking it from ISIS
IRQ -> ISIS (no country). With no such party named the recipient stays empty (a state's forces storming a base,
named alone, are YEM -> none), except that a stateless group seizing a place (تنظيم القاعدة الذي سيطر على مدينة
المكلا) takes the place's country, as an attack by a group with no country does.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel_forms

CAPTURE_STEMS = tuple(sorted(words("captured_places", "capture_stems"), key=len, reverse=True))
SIDES_NOUNS = words("captured_places", "sides_nouns")
SIDES_PRONOUNS = words("captured_places", "sides_pronouns")
REPEL_VERBS = words("captured_places", "repel_verbs")
SIDE_MARKERS = words("captured_places", "side_markers")
HOLDING_NOUNS = words("captured_places", "holding_nouns")
ALLY_STEMS = tuple(words("captured_places", "ally_stems"))
SOURCE_HEADS = words("captured_places", "source_heads")

CAPTURE_AFTER_GAP = 7  # "عملية عسكرية في محافظة الانبار بغرب العراق لاستعادتها": a purpose clause after the trigger
REPEL_GAP = 8  # "صد الجيش الوطني والمقاومة الشعبية اليمنية، هجوما": the verb and its subject before the attack noun
ATTACKER_GAP = 3  # "هجوما كانت ميليشيات الحوثي": the attackers right after the attack noun
COACTOR_GAP = 4  # "قوات الجيش الوطني اليمني وعناصر من المقاومة": a co-actor follows the actor closely
ALLY_GAP = 5  # "مدعومة بضربات جوية من التحالف": an ally word a few words before the ally
PLACE_GAP = 6  # "سيطر على مدينة المكلا": the place seized follows the capture word closely
ARMED_SECTORS = frozenset(("REB", "MIL", "INS", "UAF", "CRM", "COP", "SPY"))
NON_PARTY_KINDS = frozenset(("place", "country", "capital"))
SKIPPED_AUX = ("negated", "hypothetical")
BETWEEN = "بين"


def _forms(norm: str) -> tuple:
    """A word with its conjunction, preposition (ل/ب, لل) and article peeled off, outermost first."""
    return peel_forms(norm, preps="لب", lil=True, article=True)


def _starts_with(norm: str, stems: tuple) -> bool:
    """Whether one of the word's peeled forms begins with one of ``stems`` (لاستعادتها -> استعادتها)."""
    return any(f.startswith(stems) for f in _forms(norm))


def _span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Token range [first, last] of a character span."""
    n = len(doc.tokens)
    return token_at(doc, start, 0, n), token_at(doc, end - 1, 0, n)


def _sentence_tokens(doc: Document, ev: Event) -> range:
    """The token indexes of the event's sentence."""
    lo, hi = _span(doc, ev.sentence.start, ev.sentence.end)
    return range(lo, hi + 1)


def _capture_token(doc: Document, ev: Event) -> Optional[int]:
    """The capture word in the trigger, or a purpose masdar with ل a few words after it in its clause (عملية عسكرية
    في محافظة الأنبار لاستعادتها، هجوما واسعا لتحرير المدينة)."""
    toks = doc.tokens
    first, last = _span(doc, ev.trigger.start, ev.trigger.end)
    for k in range(first, last + 1):
        if _starts_with(toks[k].norm, CAPTURE_STEMS):
            return k
    for k in range(last + 1, min(len(toks), last + 1 + CAPTURE_AFTER_GAP)):
        if toks[k].start >= ev.sentence.end or toks[k].is_punct:
            return None
        w = toks[k].norm
        if w[:1] == "ل" and _starts_with(w, CAPTURE_STEMS):
            return k
    return None


def _repelled(doc: Document, ev: Event) -> bool:
    """A repelling verb a few words before the attack noun, room for its subject and a comma (صد الجيش الوطني
    والمقاومة الشعبية، هجوما؛ أفشلت طائرات التحالف هجوما)."""
    toks = doc.tokens
    first, _ = _span(doc, ev.trigger.start, ev.trigger.end)
    lo = _span(doc, ev.sentence.start, ev.sentence.end)[0]
    for k in range(first - 1, max(lo, first - REPEL_GAP) - 1, -1):
        if any(f in REPEL_VERBS for f in _forms(toks[k].norm)):
            return True
    return False


def _names_sides(doc: Document, ev: Event) -> bool:
    """The sentence names the two sides of a fight: بين الطرفين، or بينها وبين."""
    toks = doc.tokens
    span = _sentence_tokens(doc, ev)
    for k in span:
        w = toks[k].norm
        if k > span.start and w in SIDES_NOUNS and toks[k - 1].norm == BETWEEN:
            return True
        if peel_forms(w)[-1] in SIDES_PRONOUNS and k + 1 in span and toks[k + 1].norm == "و" + BETWEEN:
            return True
    return False


def _same_party(a: Actor, b: Actor) -> bool:
    """The same mention, or another mention of the same party (its lexicon key or its words)."""
    return (a.start < b.end and b.start < a.end) or bool(a.ref and a.ref == b.ref) or a.text == b.text


def _coordinated(doc: Document, a: Actor, actor: Actor) -> bool:
    """The party is joined to the attack's actor by و a few words after it (قوات الجيش الوطني وعناصر من المقاومة
    الشعبية، الجيش الوطني والمقاومة الشعبية): a co-actor, not the other side. Not after بين (بين الجيش والحوثيين)."""
    toks = doc.tokens
    first, last = _span(doc, actor.start, actor.end)
    k, _ = _span(doc, a.start, a.end)
    if not (last < k <= last + COACTOR_GAP) or (first > 0 and peel_forms(toks[first - 1].norm)[-1] == BETWEEN):
        return False
    between = toks[last + 1:k + 1]
    return not any(t.is_punct for t in between) and \
        any(t.norm == "و" or any(normalize_word(p.text) == "و" for p in t.proclitics) for t in between)  # not وسط، ولاية


def _reporting_body(doc: Document, a: Actor) -> bool:
    """The party is the body of a reporting source (أفاد مصدر من المقاومة الشعبية، مصادر في الجيش): it reports the
    capture, most often its own side's, and is no other side."""
    toks = doc.tokens
    k, _ = _span(doc, a.start, a.end)
    return k >= 2 and toks[k - 1].norm in ("من", "في") and peel_forms(toks[k - 2].norm)[-1] in SOURCE_HEADS


def _candidates(doc: Document, ev: Event, sources: bool) -> list[Actor]:
    """Named parties of the sentence that may be the other side: not the attack's own actor (nor another mention of
    it) or a party joined to it, no place, no bare term; a reporting source's body only when ``sources`` (in a
    clash "between the two sides" the reporting side is one of them)."""
    out = []
    for a in doc.actors or ():
        if not (ev.sentence.start <= a.start < ev.sentence.end) or a.kind in NON_PARTY_KINDS:
            continue
        if (a.ref or "").startswith("term:") or (not sources and _reporting_body(doc, a)) or \
                any(_same_party(a, b) or _coordinated(doc, a, b) for b in ev.actor):
            continue
        out.append(a)
    return out


def _marked(doc: Document, a: Actor) -> bool:
    """A side marker before the party, perhaps with a holding noun between (من أيدي داعش، مع الحوثيين، وبين
    الحوثيين). Not an attached ل: "القوات الموالية للرئيس" names the taking force's own side."""
    toks = doc.tokens
    k, _ = _span(doc, a.start, a.end)
    j = k - 1
    if j >= 0 and any(f in HOLDING_NOUNS for f in _forms(toks[j].norm)):
        j -= 1
    return j >= 0 and not toks[j].is_punct and toks[j].norm in SIDE_MARKERS


def _ally(doc: Document, a: Actor) -> bool:
    """An ally word a few words before the party, in its clause (بدعم من طيران التحالف، تدعمهم الضربات ...)."""
    toks = doc.tokens
    k, _ = _span(doc, a.start, a.end)
    for j in range(k - 1, max(-1, k - 1 - ALLY_GAP), -1):
        if toks[j].is_punct:
            return False
        if _starts_with(toks[j].norm, ALLY_STEMS):
            return True
    return False


def _one_side(parties: list[Actor]) -> Optional[Actor]:
    """The first party when all of them are of one country (or all of no country); none when they differ."""
    if not parties or len({a.country for a in parties}) != 1:
        return None
    return parties[0]


def _attackers_after(doc: Document, ev: Event, parties: list[Actor]) -> Optional[Actor]:
    """The first party right after a repelled attack noun (هجوما لمتمردي الجيش، هجوما كانت ميليشيات الحوثي)."""
    toks = doc.tokens
    _, last = _span(doc, ev.trigger.start, ev.trigger.end)
    for k in range(last + 1, min(len(toks), last + 1 + ATTACKER_GAP)):
        if toks[k].is_punct or toks[k].start >= ev.sentence.end:
            return None
        hit = [a for a in parties if toks[k].start <= a.start < toks[k].end or a.start == toks[k].start]
        if hit:
            return hit[0]
    return None


def _other_side(doc: Document, ev: Event, repelled: bool, sides: bool) -> Optional[tuple[Actor, str]]:
    """(party, why) of the other side named in the sentence: the attackers right after a repelled attack, else the
    parties behind a side marker, else the one country of the armed parties that are no ally."""
    parties = [a for a in _candidates(doc, ev, sources=sides) if not _ally(doc, a)]
    if repelled:
        a = _attackers_after(doc, ev, parties)
        if a is not None:
            return a, "the attackers of a repelled attack"
    marked = _one_side([a for a in parties if _marked(doc, a)])
    if marked is not None:
        return marked, "the party behind a side marker"
    armed = _one_side([a for a in parties if a.sector in ARMED_SECTORS or (a.kind == "group" and not a.sector)])
    if armed is not None:
        return armed, "the armed party on the other side"
    return None


def _seized_place(doc: Document, k: int, ev: Event):
    """The first place with a country within a few words after the capture word (سيطر على مدينة المكلا)."""
    toks = doc.tokens
    stop = min(len(toks) - 1, k + PLACE_GAP)
    lo, hi = toks[k].end, min(toks[stop].end, ev.sentence.end)
    places = sorted((p for p in getattr(doc, "places", None) or () if p.country and lo <= p.start < hi),
                    key=lambda p: p.start)
    for p in places:
        if not any(t.is_punct and lo <= t.start < p.start for t in toks[k + 1:stop + 1]):
            return p
    return None


def _named(actors: list[Actor]) -> bool:
    """A party the text names (a country, or a lexicon entry), not only bare terms (مسلحون، أشخاص)."""
    return any(not (a.ref or "").startswith("term:") or a.country for a in actors)


def other_side_recipient(doc: Document, ev: Event) -> bool:
    """Give an attack with no recipient the other side of its capture, clash or repelled attack (see the module);
    True when a recipient was set."""
    if ev.type != "ASSAULT" or ev.aux in SKIPPED_AUX or not ev.actor or not _named(ev.actor) or \
            getattr(ev, "unnamed_target", False) or \
            any(a.country or not (a.ref or "").startswith("term:") for a in ev.recipient):
        return False
    capture = _capture_token(doc, ev)
    repelled = capture is None and _repelled(doc, ev)
    sides = capture is None and not repelled and _names_sides(doc, ev)
    if capture is None and not repelled and not sides:
        return False
    found = _other_side(doc, ev, repelled, sides)
    if found is not None:
        party, why = found
        ev.recipient = [party]
        ev.explanation.append(f"recipient: {why} {party.text!r} ({party.country})")
        return True
    if capture is not None and all(not a.country for a in ev.actor):
        place = _seized_place(doc, capture, ev)
        if place is not None:
            ev.recipient = [Actor.of_place(place)]
            ev.explanation.append(f"recipient: a stateless group seizes a place of {place.country} ({place.text!r})")
            return True
    return False
