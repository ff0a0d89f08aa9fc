"""The other side of a refusal named by the refused act: the partner of a joint act, the one a handover is for.

A refusal of a joint act names its partner after مع (رفضت الخارجية الأميركية أي تعاون مع نظام الأسد ضد داعش: the
partner, not the common enemy after ضد, is refused), and a refusal to hand someone over names the one asking for
him after إلى (رفض رجلا الأعمال تسليمهما إلى الولايات المتحدة). The news gold codes that party as the recipient.
Applied after merging (stage.py), only when no recipient of a known country was found, and before the one-sided
drop, so a refusal whose other side only this rule finds is kept. Session 29; words: data/rejected_parties_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.wordlists import words
from hadath.text.normalize import peel

JOINT_ACT_NOUNS = words("rejected_parties", "refused_joint_act_nouns")
PARTNER_WORDS = words("rejected_parties", "joint_partner_words")
HANDOVER_NOUNS = words("rejected_parties", "refused_handover_nouns")
DESTINATION_WORDS = words("rejected_parties", "handover_destination_words")
ACT_REACH = 3  # "رفضت الخارجية الأميركية أي تعاون": the refused act closes the trigger or follows it closely
HEAD_SKIP = 1  # "مع نظام الرئيس بشار الأسد": one head noun may stand before the named party
PARTNER_REACH = 4  # "تسليمهما إلى الولايات المتحدة", "أي تعاون عسكري مع": the partner follows the act closely


def _party_at(doc: Document, k: int, own: set) -> Optional[Actor]:
    """The actor or place of a known country, not the refusing one's, that starts at token ``k``."""
    tok = doc.tokens[k]
    for a in doc.actors:
        if a.start <= tok.start < a.end and a.country and a.country not in own:
            return a
    for p in getattr(doc, "places", None) or ():
        if p.start <= tok.start < p.end and p.country and p.country not in own:
            return Actor.of_place(p)
    return None


def _refused_partner(doc: Document, ev: Event) -> Optional[Actor]:
    """The party after مع behind a joint-act noun, or after إلى behind a handover noun, in or right after the
    trigger; None when a clause ends first."""
    toks = doc.tokens
    n = len(toks)
    first = token_at(doc, ev.trigger.start, 0, n)
    last = token_at(doc, ev.trigger.end - 1, 0, n)
    for a in ev.actor:  # "رفضت الحكومة الكينية تسليم": a subject after the verb closes its head
        if ev.trigger.start < a.start and a.end <= ev.sentence.end:
            last = max(last, token_at(doc, a.end - 1, 0, n))
    own = {a.country for a in ev.actor}
    for k in range(first, min(n, last + 1 + ACT_REACH)):
        if toks[k].start >= ev.sentence.end or (toks[k].is_punct and k > last):
            return None
        w = peel(toks[k].norm, preps="بل")  # والتعاون، بتسليم
        heads = PARTNER_WORDS if (w in JOINT_ACT_NOUNS or toks[k].norm in JOINT_ACT_NOUNS) else \
            DESTINATION_WORDS if (w in HANDOVER_NOUNS or toks[k].norm in HANDOVER_NOUNS) else None
        if heads is None:
            continue
        for j in range(k + 1, min(n, k + 1 + PARTNER_REACH)):
            if toks[j].start >= ev.sentence.end or toks[j].is_punct:
                return None
            if toks[j].norm in heads:
                # the party may follow one head noun (مع نظام الرئيس X، إلى حكومة X)
                for q in range(j + 1, min(n, j + 1 + HEAD_SKIP + 1)):
                    party = _party_at(doc, q, own)
                    if party is not None or toks[q].is_punct:
                        return party
                return None
        return None
    return None


def refused_partner(doc: Document, ev: Event) -> None:
    """A refusal with no recipient of a known country takes the partner its refused act names (module docstring)."""
    if ev.type != "REJECT" or not ev.actor or any(a.country for a in ev.recipient):
        return
    partner = _refused_partner(doc, ev)
    if partner is not None:
        ev.recipient = [partner]
        ev.explanation.append(f"recipient: the partner of the refused act ({partner.text!r})")

