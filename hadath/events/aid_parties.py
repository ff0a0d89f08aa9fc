"""The country aid goes to when no beneficiary phrase names it.

A delivery report by one donor often names where the aid goes only as the place it happens in, away from the aid
noun (بدأ برنامج الأغذية العالمي توزيع مساعدات ... في محافظة عدن اليمنية، أرسلت الإمارات فريقا لإعادة تشغيل مطار عدن):
without a recipient the two-party act is dropped as one-sided. When the sentence names places of exactly one foreign
country, not as where the aid comes from (من), that country receives the aid.
"""
from __future__ import annotations

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.place_parties import NON_STATE_CODES, casualty_word
from hadath.text.normalize import normalize_word

FROM_WORDS = frozenset(normalize_word(w) for w in "من ومن".split())


def _after_from(doc: Document, start: int) -> bool:
    """A place right after من is where the aid comes from (تسلمت مصر دبابات من الولايات المتحدة)."""
    k = token_at(doc, start, 0, len(doc.tokens))
    return k > 0 and doc.tokens[k - 1].norm in FROM_WORDS


def _donor_seat(doc: Document, ev: Event, start: int) -> bool:
    """A place right after the donor is its seat (الهلال الأحمر القطري في لندن), not where the aid goes."""
    return any(0 <= start - a.end <= 5 and doc.text[a.end:start].strip() in ("", "في", "ب") for a in ev.actor)


def aid_place_recipient(doc: Document, ev: Event) -> None:
    """A reported aid act by a donor of a known country with no recipient goes to the one foreign country its
    sentence names; none when the sentence names two foreign countries or only the donor's own."""
    if ev.type != "AID" or ev.recipient or ev.aux not in ("asserted", "historical"):
        return
    own = {a.country for a in ev.actor if a.country}
    if not own:
        return
    s0, s1 = ev.sentence.start, ev.sentence.end
    if any(casualty_word(t.norm) for t in doc.tokens if s0 <= t.start < s1):
        return  # in a report of dead or wounded the place named is where they were hit
    found = [Actor.of_place(p) for p in getattr(doc, "places", None) or ()
             if p.country and s0 <= p.start < s1 and p.country not in own and p.country not in NON_STATE_CODES
             and not _after_from(doc, p.start) and not _donor_seat(doc, ev, p.start)]
    if len({a.country for a in found}) != 1:
        return
    a = min(found, key=lambda x: x.start)
    ev.recipient = [a]
    ev.explanation.append(f"recipient: the one foreign country the aid sentence names {a.text!r} ({a.country})")


RELIEF_AGENCY_RULE = "rule:aid.s28-relief-agency-verb"


def relief_agency_giver(doc: Document, ev: Event) -> None:
    """The relief agency named inside its delivering frame gives the aid (خصصه مركز الملك سلمان للإغاثة، سيّرها
    مركز ...): after a verb with an object pronoun the argument rules read it as the object, the one given to."""
    if ev.source != RELIEF_AGENCY_RULE:
        return
    agency = next((a for a in doc.actors or () if ev.trigger.start < a.start < ev.trigger.end and a.country), None)
    if agency is None or any(a.start == agency.start for a in ev.actor):
        return
    ev.actor = [agency]
    ev.recipient = [a for a in ev.recipient if a.start != agency.start]
    ev.explanation.append(f"actor: the relief agency in the frame {agency.text!r} ({agency.country})")
