"""Who told of an attack and who claimed it: neither is the party the attack hit.

A party named right after a source marker (حسبما ذكر المرصد السوري، بحسب مصادر أمنية، وفق ما أعلن متحدثون
عسكريون) told of the attack; the argument rules read it as the object of the verb before the marker or let it lend
its country to a bare term, but it is neither side of the attack. A party claiming the attack (تبنى تنظيم X قتل 14
جنديا، أعلن X مسؤوليته عنه، تبنى المتحدث باسم X الاعتداء) did it: it is never the target (a passive reading had
made it one) and is the doer when no other party is named as such. Both run on the merged event
(``attack_parties.merged_attack_parties``), whose reports may come from other clauses.
"""
from __future__ import annotations

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.partitive_parties import is_generic
from hadath.events.place_parties import STATE_SECTORS
from hadath.events.wordlists import words
from hadath.text.normalize import peel_forms

SOURCE_MARKERS = words("claimed_attacks", "source_markers")
SOURCE_GAP_WORDS = words("claimed_attacks", "source_gap_words") | words("claimed_attacks", "source_nouns")
CLAIM_VERBS = words("claimed_attacks", "claim_verbs")
ANNOUNCE_VERBS = words("claimed_attacks", "announce_verbs")
RESPONSIBILITY = words("claimed_attacks", "responsibility_words")
NEGATIONS = frozenset(("لم", "ولم", "لا", "ولا", "لن"))
QUOTES = '"«»“”'

SOURCE_GAP = 3  # words between the marker and the source: ما, a verb of reporting, a source noun (وفق ما أعلن متحدثون)
CLAIMANT_REACH = 3  # words from the claim verb to its subject (تبنى بعضها تنظيم X)
RESPONSIBILITY_REACH = 8  # words from أعلن to مسؤوليته past a long subject (أعلن متمردو حركة طالبان مسؤوليتهم)
CLAIMED_REACH = 6  # words from the claimant to the claimed act (تبنى تنظيم X قتل، أعلن X مسؤوليته عن الهجوم)
BACK_REACH = 6  # words from an act told first to the claim about it (تفجيرا بسيارة ملغومة في العراق أعلن X مسؤوليته)


def _named(a: Actor) -> bool:
    return not is_generic(a) and (bool(a.country) or a.kind == "group")


def report_source(doc: Document, a: Actor) -> bool:
    """Whether the mention opens right after a source marker, with at most ``SOURCE_GAP`` words between them that
    are ما, a verb of reporting, a time word or a source noun (حسبما ذكر المرصد، بحسب ما أفادت مصادر أمنية)."""
    toks = doc.tokens
    i = token_at(doc, a.start, 0, len(toks))
    for k in range(i - 1, max(-1, i - 2 - SOURCE_GAP), -1):
        forms = peel_forms(toks[k].norm, conj="و", preps="ب")
        if not SOURCE_MARKERS.isdisjoint(forms):
            return True
        if toks[k].is_punct or SOURCE_GAP_WORDS.isdisjoint(forms):
            return False
    return False


def source_parties(doc: Document, ev: Event) -> None:
    """The source of the report (حسبما ذكر المرصد السوري لحقوق الانسان) is no side of the attack. A source that is
    the only target with a country stays: it stands for the side hit (a state's police telling of an attack at home,
    بحسب ما قالت الشرطة), unless the doers are that state's own forces (a state fighting at home hits militants the
    gold leaves unnamed)."""
    if ev.type != "ASSAULT":
        return
    gone = [a for a in ev.actor + ev.recipient if report_source(doc, a)]
    named = [r for r in ev.recipient if r.country]
    if len(named) == 1 and any(named[0] is g for g in gone) and not (
            ev.actor and all(a.country == named[0].country and a.sector in STATE_SECTORS for a in ev.actor)):
        gone = [g for g in gone if g is not named[0]]
    if not gone:
        return
    ev.actor = [a for a in ev.actor if all(a is not g for g in gone)]
    ev.recipient = [a for a in ev.recipient if all(a is not g for g in gone)]
    ev.explanation.append("parties: the report's source is no side (" + ", ".join(g.text for g in gone) + ")")


def _mention_in(doc: Document, lo: int, hi: int) -> list[Actor]:
    """Named mentions whose first token lies in [lo, hi)."""
    toks = doc.tokens
    return sorted((a for a in doc.actors or () if _named(a) and lo <= token_at(doc, a.start, 0, len(toks)) < hi),
                  key=lambda a: a.start)


def _claims(doc: Document, t0: int, t1: int) -> list[tuple[Actor, int, int]]:
    """The claims of the sentence's tokens [t0, t1): (claimant, first token, last token of the claim's frame)."""
    toks = doc.tokens
    out = []
    for k in range(t0, t1):
        norm = toks[k].norm
        if k > t0 and toks[k - 1].norm in NEGATIONS:
            continue
        if norm in CLAIM_VERBS:
            end = k
        elif norm in ANNOUNCE_VERBS:
            end = next((j for j in range(k + 1, min(t1, k + 1 + RESPONSIBILITY_REACH))
                        if not RESPONSIBILITY.isdisjoint(peel_forms(toks[j].norm, conj="و"))), None)
            if end is None:
                continue
        else:
            continue
        after = _mention_in(doc, k + 1, _words_after(doc, k, t1, CLAIMANT_REACH))
        b = k - 1
        while b > t0 and toks[b].is_punct and toks[b].text in QUOTES:
            b -= 1  # (تنظيم "داعش" أعلن)
        before = [a for a in _mention_in(doc, max(t0, b - 6), b + 1) if token_at(doc, a.end - 1, 0, len(toks)) == b]
        claimant = after[0] if after else before[-1] if before else None
        if claimant is not None:
            out.append((claimant, k, max(end, token_at(doc, claimant.end - 1, 0, len(toks)))))
    return out


def _words_after(doc: Document, k: int, t1: int, n: int) -> int:
    """The token index past the ``n`` words after token ``k`` (quotes and punctuation not counted: تنظيم "داعش")."""
    toks = doc.tokens
    j = k + 1
    while j < t1 and n:
        n -= not toks[j].is_punct
        j += 1
    while j < t1 and toks[j].is_punct and toks[j].text in QUOTES:
        j += 1
    return j


def _same(a: Actor, b: Actor) -> bool:
    return a is b or (a.start < b.end and b.start < a.end) or (a.text == b.text and a.code == b.code)


def _claimed(doc: Document, ev: Event, first: int, last: int) -> bool:
    """Whether one of the event's reports is the act the claim names: right after the claimant (تبنى X قتل 14
    جنديا، أعلن X مسؤوليته عن الهجوم) or told just before the claim verb (تفجيرا بسيارة ملغومة أعلن X مسؤوليته
    عنه). Not a report farther back in the sentence (جميع المهاجمين قتلوا برصاص قوات الأمن ... وأعلنت X مسؤوليتها عن
    الهجوم: the attackers' deaths are no act of theirs)."""
    toks = doc.tokens
    for span in [ev.trigger] + [m.trigger for m in ev.mentions]:
        s = token_at(doc, span.start, 0, len(toks))
        e = token_at(doc, span.end - 1, 0, len(toks))
        if last < s <= last + CLAIMED_REACH or first - BACK_REACH <= e < first:
            return True
    return False


def claimed_attack(doc: Document, ev: Event) -> None:
    """A party claiming the attack in the sentence of its main report is its doer, not its target; not when another
    doer is named (the claimant may be that doer's target, of another attack than the one it claims)."""
    if ev.type != "ASSAULT" or ev.aux not in ("asserted", "historical"):
        return
    for sent in doc.sentences:
        if not sent.start <= ev.trigger.start < sent.end:
            continue  # (a claim in a merged report's sentence: that sentence's own report names no doer)
        for claimant, first, last in _claims(doc, sent.token_start, min(sent.token_end, len(doc.tokens))):
            if any(_named(a) and not _same(a, claimant) for a in ev.actor):
                continue  # another doer is named: the claimant may be its target (قصفت طائرات التحالف مواقع X)
            hit = [r for r in ev.recipient if _same(r, claimant)]
            if not hit and not _claimed(doc, ev, first, last):
                continue
            doer = not any(_named(a) for a in ev.actor)
            if not hit and not doer:
                continue  # (the claimant is the doer already)
            ev.recipient = [r for r in ev.recipient if all(r is not h for h in hit)]
            if doer:
                ev.actor = [claimant]
            ev.explanation.append(f"parties: {claimant.text!r} claims the attack -> its doer, not its target")
            return
