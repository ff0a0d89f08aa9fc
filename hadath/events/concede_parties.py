"""Parties of a lifted or eased sanction, ban or siege (CONCEDE): the one it targets and the one who imposed it.

The subject rules give such an event no recipient when the target stands after the sanction noun (رفع الحظر
الأوروبي على ... لإيران، رفع العقوبات المفروضة على إيران), or take the imposer of a relative clause for it (رفع الحظر
الذي تفرضه الأمم المتحدة على الأسلحة لإيران: IGO, not IRN). The news gold codes the lifter -> the target; a bloc
adjective of the noun names the lifter when no subject was found (يرفع الحظر الأوروبي: IGO). Session 31d.
Words: data/concede_parties_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import actors_in
from hadath.events.doc_index import token_at
from hadath.events.place_parties import NON_STATE_CODES, singular_nationalities
from hadath.events.wordlists import words

SANCTION_NOUNS = words("concede_parties", "sanction_nouns")
TARGET_PREPS = words("concede_parties", "target_preps")
BLOC_ADJECTIVES = words("concede_parties", "bloc_adjectives")
NOUN_REACH = 3  # the noun within or just after the trigger (رفع الحظر، سترفع ... عقوباتها)
TARGET_REACH = 10  # the target within this many tokens of the noun (الحظر الذي تفرضه الأمم المتحدة على الأسلحة لإيران)


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] == "و" and norm[1:] in SANCTION_NOUNS else norm


def _sanction_noun(doc: Document, ev: Event) -> Optional[int]:
    """Index of the sanction noun the trigger lifts, if any."""
    toks = doc.tokens
    n = len(toks)
    i = token_at(doc, ev.trigger.start, 0, n)
    j = token_at(doc, ev.trigger.end - 1, 0, n)
    for k in range(i, min(j + NOUN_REACH + 1, n)):
        if toks[k].start >= ev.sentence.end or (k > j and toks[k].is_punct):
            break
        if _bare(toks[k].norm) in SANCTION_NOUNS:
            return k
    return None


def _target(doc: Document, s: int) -> Optional[Actor]:
    """The first state party after a target preposition (على / عن / ضد X) or a ل proclitic (لإيران) within reach of
    the noun at s; an actor right after the noun is its imposer, not its target."""
    toks = doc.tokens
    end = toks[min(s + TARGET_REACH, len(toks) - 1)].end
    cands = [a for a in actors_in(doc, toks[s].end, end) if a.country and a.country not in NON_STATE_CODES]
    for k in range(s + 1, min(s + TARGET_REACH, len(toks))):
        t = toks[k]
        if t.is_punct or t.start >= end:
            break
        if t.norm in TARGET_PREPS and k + 1 < len(toks):
            hit = next((a for a in cands if a.start == toks[k + 1].start), None)
            if hit:
                return hit
        if t.norm[:1] == "ل" and len(t.norm) > 2:
            hit = next((a for a in cands if a.start == t.start + 1 or
                        (a.start == t.start and t.norm[1:2] in ("ا", "ل"))), None)  # لإيران، للسودان; not لبنان
            if hit:
                return hit
    return None


def _bloc_lifter(doc: Document, s: int) -> Optional[Actor]:
    """A bloc or nationality adjective right after the noun (الحظر الأوروبي، العقوبات الأمريكية): its imposer."""
    toks = doc.tokens
    if s + 1 >= len(toks):
        return None
    t = toks[s + 1]
    if t.norm in BLOC_ADJECTIVES:
        return Actor(t.text, t.start, t.end, "IGO", None, "IGO", None, kind="implied")
    w = t.norm[2:] if t.norm.startswith("ال") else t.norm
    w = w[:-1] if w[-1:] in ("ة", "ه") else w
    iso = singular_nationalities().get(w)
    return Actor.of_nationality(t, iso) if iso else None


def lifted_sanction_parties(doc: Document, ev: Event) -> None:
    """A CONCEDE lifting or easing a sanction: its target as recipient (replacing an imposer read from a relative
    clause between the noun and the target), and a bloc adjective of the noun as actor when none was found."""
    if ev.type != "CONCEDE" or ev.aux == "negated":
        return
    s = _sanction_noun(doc, ev)
    if s is None:
        return
    target = _target(doc, s)
    if target is not None and target.country not in {r.country for r in ev.recipient} and \
            target.country not in {a.country for a in ev.actor}:
        noun_end = doc.tokens[s].end
        if not ev.recipient or all(noun_end <= r.start < target.start for r in ev.recipient):
            ev.recipient = [target]
            ev.explanation.append(f"recipient: the target of the lifted sanction {target.text!r} ({target.country})")
    if not any(a.country for a in ev.actor):
        lifter = _bloc_lifter(doc, s)
        if lifter is not None and lifter.country not in {r.country for r in ev.recipient}:
            ev.actor = [lifter]
            ev.explanation.append(f"actor: the imposer the sanction's adjective names {lifter.text!r} ({lifter.country})")
