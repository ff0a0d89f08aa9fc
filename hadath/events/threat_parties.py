"""The other side of a threat its sentence leaves unnamed: escalated attacks at home, a military option's target.

- A party announcing it will escalate its attacks (أعلن حزب العمال الكردستاني تصعيد هجماته، قال إنه يصعد هجماته) with
  no target named threatens the one state its sentence names, its own country (the news gold codes the PKK's
  escalation TUR -> TUR); ``home_country`` finds none when another party or place is named.
- A military option kept on the table (الخيار العسكري على الطاولة لمنع إيران، خيار العمل العسكري لمنع إيران) is held
  against the party it is to stop, named right after it (لمنع X، ضد X).
Applied after merging (stage.py), only when no recipient was found. Session 29; words: data/threat_parties_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.domestic_parties import home_country, own_country_party
from hadath.events.wordlists import words

ESCALATED_ATTACK_NOUNS = words("threat_parties", "escalated_attack_nouns")
OPTION_NOUNS = words("threat_parties", "military_option_nouns")
TARGET_HEADS = words("threat_parties", "option_target_heads")
TARGET_REACH = 4  # "على الطاولة لمنع إيران": the target follows the trigger within a few words


def _trigger_tokens(doc: Document, ev: Event) -> range:
    """The token indices of the event's trigger."""
    n = len(doc.tokens)
    return range(token_at(doc, ev.trigger.start, 0, n), token_at(doc, ev.trigger.end - 1, 0, n) + 1)


def escalation_at_home(doc: Document, ev: Event) -> None:
    """Escalated attacks with no named target threaten the home state (see the module docstring)."""
    if ev.type != "THREATEN" or ev.recipient:
        return
    if not any(doc.tokens[k].norm in ESCALATED_ATTACK_NOUNS for k in _trigger_tokens(doc, ev)):
        return
    x = home_country(doc, ev)
    if x is None:
        return
    a = next(a for a in ev.actor if a.country == x)
    ev.recipient = [own_country_party(a)]
    ev.explanation.append(f"recipient: escalated attacks with no named target, at home ({x})")


def _option_target(doc: Document, ev: Event) -> Optional[Actor]:
    """The party right after a word of stopping or opposing (لمنع، ضد) that follows the trigger within
    ``TARGET_REACH`` words, of another country than the threatening one; None when a clause ends first."""
    toks = doc.tokens
    own = {a.country for a in ev.actor}
    last = _trigger_tokens(doc, ev)[-1]
    for k in range(last + 1, min(len(toks), last + 1 + TARGET_REACH)):
        if toks[k].start >= ev.sentence.end or (toks[k].is_punct and toks[k].norm not in "،,"):
            return None
        if toks[k].norm not in TARGET_HEADS or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        for a in doc.actors:
            if a.start <= nxt.start < a.end and a.country and a.country not in own:
                return a
        return None
    return None


def military_option_target(doc: Document, ev: Event) -> None:
    """A military option with no recipient is held against the party it is to stop (see the module docstring)."""
    if ev.type != "THREATEN" or ev.recipient or not ev.actor:
        return
    if not any(doc.tokens[k].norm in OPTION_NOUNS for k in _trigger_tokens(doc, ev)):
        return
    target = _option_target(doc, ev)
    if target is not None:
        ev.recipient = [target]
        ev.explanation.append(f"recipient: the party the military option is to stop ({target.text!r})")
