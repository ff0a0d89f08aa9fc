"""The subject standing inside a multiword trigger: ``أفرج بموجبها النظام عن``، ``قام الرئيس X بزيارة``،
``قدمت الشركة Y اعتذارها``، ``فتح مقاتلو Z النار``.

A trigger pattern spanning a verb and a later frame word (قام ... بزيارة، قدم ... اعتذارا، أفرج ... عن) swallows
whatever stands between them; in verb-subject-object order that is the verb's subject. The argument rules read
such a subject only when it follows the verb directly (``subject:in-frame``); when an adverbial stands first
(بموجبها، أمس، بدوره) they find none. Here a party mention inside the span, after the verb and before the
frame's next word, behind nothing but such lead words and not governed by a preposition, becomes the actor of an
event that has none. A mention the argument rules made the recipient stays one (حمّل X المسؤولية، اتهم X بـ: there
the slot holds the object; a first version that took it, and read فيه/فيها as lead words, fired 18 times in the
tuning sets, 3 right). Passive verbs
(no subject), patterns whose subject receives (patient, from) and nouns are left alone.
Words: data/inner_subjects_words.yaml.

Session 21: the family counted over the 16 tuning sets had 6 instances (fresh5, fresh6, fresh10, fresh11, fresh13,
fresh16); one is this slot with a recognized mention (أفرج بموجبها النظام عن); three are subjects the actor layer
does not read as mentions, of which only the nationality adjective is left; two are actor-layer gaps (a bare
surname, a nationality of fighters with no country). The mention rule fires once in the tuning sets (right). A
fallback taking the slot's first nationality adjective as the subject's country fired 7 times, 3 right (under the
80% bar): not kept (docs/events.md "Session 21").
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words

LEAD_WORDS = words("inner_subjects", "lead_words")
GOVERNING_PREPS = words("inner_subjects", "governing_preps")
PREP_CLITICS = frozenset(("ل", "ب", "ك"))  # a mention written with a preposition (للعراق، بالسعودية) is no subject
MAX_LEAD = 3  # lead words between the verb and its subject
ACTOR_BONUS = 0.2  # build_event's confidence gap between an event with an actor (+0.1) and one without (-0.1)
EXPLANATION = "arguments: inner-subject (the party between the trigger's verb and its frame word)"


def _ungoverned(doc: Document, k: int) -> bool:
    """The mention starting at token ``k`` carries no preposition and follows none."""
    tok = doc.tokens[k]
    if any(p.text in PREP_CLITICS for p in tok.proclitics):
        return False
    return doc.tokens[k - 1].norm not in GOVERNING_PREPS


def _inner_mention(doc: Document, m: TriggerMatch) -> Optional[Actor]:
    """The first party mention between the trigger's verb and its next slot, behind lead words only."""
    toks = doc.tokens
    lo, hi = toks[m.first].end, toks[m.tokens[1]].start
    inside = sorted((a for a in doc.actors if lo <= a.start and a.end <= hi and (a.country or a.sector)),
                    key=lambda a: a.start)
    for a in inside:
        k = token_at(doc, a.start, m.first + 1, m.tokens[1])
        lead = range(m.first + 1, k)
        if len(lead) > MAX_LEAD or any(not (toks[j].norm in LEAD_WORDS or toks[j].is_punct) for j in lead):
            return None  # another word first: an object or a complement, not the subject
        return a if _ungoverned(doc, k) else None
    return None


SUBJECTLESS_ROLES = frozenset(("patient", "from", "noverb"))  # the subject slot receives, or no verb at all


def inner_subject(doc: Document, m: TriggerMatch, ev: Event) -> None:
    """Make the subject inside a verb's multiword trigger the actor of an event that has none (see the module
    docstring). A mention the argument rules made the recipient stays one: there the slot is the object."""
    if ev.aux is None or ev.actor or not m.head_tag or m.head_tag == "pass" or len(m.tokens) < 2 or \
            m.tokens[1] <= m.first + 1:
        return
    if m.pattern.roles & SUBJECTLESS_ROLES:
        return
    a = _inner_mention(doc, m)
    if a is None or any(x.start < a.end and a.start < x.end for x in ev.recipient):
        return
    ev.confidence = min(0.99, ev.confidence + ACTOR_BONUS)
    ev.actor = [a]
    ev.explanation.append(EXPLANATION)
