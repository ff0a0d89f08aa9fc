"""An armed group's attack that names no victim hits the country where it happens.

The news gold codes a bombing by a stateless group (داعش، بوكو حرام، القاعدة) in Syrian villages as "- -> SYR": the
victims are that country's people. ``implied_parties`` does this before merging where the event has a located
place; this is the fallback after merging, for a place the sentence names but the event's location missed (a town
qualified by a nationality and a relative clause), as ``unnamed_parties.place_of_nameless_attack`` is for unnamed
doers. Session 31: tuning +4 tuples, -4 false positives; held-out and validation +4 / -4. Not when the sentence names two countries, a fight (its sides are the
parties) or a country after لـ (a place owned by another state)."""
from __future__ import annotations

from hadath.document import Actor, Document, Event
from hadath.events.partitive_parties import is_generic
from hadath.events.unnamed_parties import fight_in_sentence, one_country_place

ATTACK_AUX = frozenset(("asserted", "historical"))


def stateless_doer(a: Actor) -> bool:
    """A named party of no country (an armed group or movement), not a bare term for people."""
    return not a.country and not is_generic(a)


def place_of_group_attack(doc: Document, ev: Event) -> bool:
    """Set the recipient of a victimless attack by stateless groups to the one country it happens in."""
    if ev.type not in ("ASSAULT", "COERCE") or ev.aux not in ATTACK_AUX or ev.recipient or not ev.actor:
        return False
    if not all(stateless_doer(a) for a in ev.actor) or fight_in_sentence(doc, ev):
        return False
    loc = one_country_place(doc, ev)
    if loc is None:
        return False
    ev.recipient = [Actor.of_place(loc)]
    ev.explanation.append(f"recipient: the place {loc.text!r} ({loc.country}) of a stateless group's attack")
    return True
