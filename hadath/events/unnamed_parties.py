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
the doer); see docs/events.md "Session 26"."""
from __future__ import annotations

from hadath.document import Actor, Event
from hadath.events.partitive_parties import is_generic


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
