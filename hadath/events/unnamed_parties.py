"""An unnamed perpetrator is no Actor in the coder's output (the news gold's convention, docs/eval-news.md).

The doer of an attack (a bombing, a shooting, an abduction) who is only a bare term for people with no country
(انتحاري، مسلحون مجهولون، متشددون، عصابة) names nobody: the event is emitted with an empty actor side, as the gold
writes it, rather than with a party of no country (PLOVER's UAF, the GSR's None/UAF). A named party of no country
(داعش، القاعدة، التحالف) is no bare term and stays ``{"country": null}``; a bare institution (وزارة الداخلية،
الحرس الجمهوري) is a named body whose country was not found, not an unnamed person, and stays too. The argument rules
still see the bare term (roles, merging, the victims' country); only the finished event drops it, saying so in its
explanation. Attacks only, and their doers only: the unnamed doer of a coercive act (تحاصر مسلحين، منع إرهابي) is
mostly a misread object (0 of 2 on the tuning sets; other types' bare doers 1 of 27), and an unnamed target dropped
matched the gold's empty side in 5 of 20 fires (2 of 11 for attacks: the victims' country was missed, or the term was
the doer); see docs/events.md "Session 26". Session 27: such an attack whose victims are named by no party either is
placed in the one country its sentence names (``place_of_nameless_attack``), the gold's "- -> X"."""
from __future__ import annotations

from hadath.document import Actor, Document, Event
from hadath.events.partitive_parties import is_generic
from hadath.events.doc_index import token_at
from hadath.events.place_parties import IRREGULAR_SECTORS, NON_STATE_CODES, sentence_country_places
from hadath.events.wordlists import words

FIGHT_NOUNS = words("unnamed_parties", "fight_nouns")
CLITICS = ("و", "ب", "ف", "ل", "وب", "وف")


def unnamed_person(a: Actor) -> bool:
    """A bare term for people (kind ``group``: مسلحون، انتحاري، متظاهرون) with no country: says who only vaguely."""
    return a.kind == "group" and is_generic(a)


def drop_unnamed_perpetrators(ev: Event) -> bool:
    """Remove the unnamed people from the actor side of a finished attack; True when one was removed.
    They stay internal in ``ev.unnamed`` (side -> terms; not in ``to_dict``), where a GSR-style evaluation can read
    the sector the coders give an unidentified party (UAF)."""
    if ev.type != "ASSAULT":
        return False
    unnamed = [a for a in ev.actor if unnamed_person(a)]
    if not unnamed:
        return False
    ev.unnamed["actor"] = unnamed
    ev.actor = [a for a in ev.actor if not unnamed_person(a)]
    ev.explanation.append(f"actor: unnamed ({', '.join(a.text for a in unnamed)}) -> not a party "
                          "(no country, no name)")
    return True


def place_of_nameless_attack(doc: Document, ev: Event) -> bool:
    """An attack whose doer is unnamed or missing and whose victims are named by no party (قتل عدة أشخاص في مالي إثر
    هجوم شنه مسلحون مجهولون) hits the one country where the sentence places it, as the news gold codes it (- -> MLI).
    The place rules before merging skip it while the bare doer still stands as its actor. Not when the sentence names
    an armed group or a non-state body (the attack may be its, or on it) or a fight (its sides are the parties), nor
    for a country after لـ (موالين لروسيا)."""
    if ev.type != "ASSAULT" or ev.aux != "asserted" or ev.recipient or not all(unnamed_person(a) for a in ev.actor):
        return False
    s, e = ev.sentence.start, ev.sentence.end
    if any(s <= a.start < e and not is_generic(a) and (a.sector in IRREGULAR_SECTORS or a.country in NON_STATE_CODES)
           for a in doc.actors or ()):
        return False
    if fight_in_sentence(doc, ev):
        return False
    loc = one_country_place(doc, ev)
    if loc is None:
        return False
    ev.recipient = [Actor.of_place(loc)]
    ev.explanation.append(f"recipient: an unnamed attack's place {loc.text!r} ({loc.country})")
    return True


def one_country_place(doc: Document, ev: Event):
    """The first place of the event's sentence when all its places with a country lie in one country, not counting
    a country after لـ (موالين لروسيا: owned by, not where); none when it names two countries or none."""
    found = [p for p in sentence_country_places(doc, ev) if doc.text[max(0, p.start - 1):p.start] != "ل"]
    if len({p.country for p in found}) != 1:
        return None
    return min(found, key=lambda p: p.start)


def fight_in_sentence(doc: Document, ev: Event) -> bool:
    """The event's sentence names a fight (اشتباكات، معارك): its sides, not its place, are the parties."""
    toks = doc.tokens
    lo = token_at(doc, ev.sentence.start, 0, len(toks))
    hi = token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    return any(_fight_noun(toks[k].norm) for k in range(lo, hi))


def _fight_noun(norm: str) -> bool:
    return norm in FIGHT_NOUNS or any(norm.startswith(c) and norm[len(c):] in FIGHT_NOUNS for c in CLITICS)
