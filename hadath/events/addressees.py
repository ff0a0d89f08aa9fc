"""The one asked in an appeal whose object the argument rules did not read (session 31).

An appeal verb (دعا، طالب، ناشد، حث، حض) takes the one asked as its accusative object, right before the complement
that says what is asked (إلى، ب / ل + noun، على، أن). Two misses of the argument rules are mended here:

- ``nationality_addressee``: the object is a definite phrase closed by a nationality adjective that the argument
  rules left unread or dropped (دعا السفير ...، الشركات المصرية للمشاركة). Read backwards from the complement's
  first word, the phrase needs no subject boundary, however long the subject's appositions run.
- ``object_taken_for_subject``: after an unknown subject (طالبت الأسر المتضررة) the first state body closed by the
  complement (القنصلية السعودية بضرورة) is the one asked, not the speaker; a frame trigger (دعا ... إلى) may also have
  swallowed it so that no party was read. The countryless speaker is of the body's own people (X -> X), as
  ``domestic_parties.appeal_to_own_state`` codes such appeals.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.doc_index import token_at
from hadath.events.domestic_parties import own_country_party
from hadath.events.place_parties import NON_STATE_CODES, STATE_SECTORS, singular_nationalities
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

# heads of the appeal verbs and participles whose accusative object is the one asked
APPEAL_HEADS = words("addressees", "appeal_heads")
# bare words that open what is asked (إلى الحوار، على وقف، أن ...); ب / ل on a noun open it too
COMPLEMENT_OPENERS = words("addressees", "complement_openers")
# definite words of the object phrase before its nationality adjective (الشركات، التيارات السياسية): at most this many
OBJECT_WORDS = 3
# how far the complement may stand from the verb (a subject with appositions: سفير ...، مندوب ...، عميد ...،)
COMPLEMENT_REACH = 40


@lru_cache(maxsize=1)
def _nationalities() -> dict:
    """Definite nationality adjectives (normalized) -> country, states only (no العربي / الأوروبي blocs)."""
    return {normalize_word(f): c for f, c in singular_nationalities().items()
            if f.startswith("ال") and c not in NON_STATE_CODES}


def _opens_complement(tok) -> bool:
    """Does the token open what is asked: a bare opener (إلى، على، أن) or ب / ل on a noun (بالإفراج، للمشاركة)? When
    the analyser finds no clitic, a ب / ل before a derived verbal noun's ت / ا (بتسريع، بإعادة) still opens it."""
    if tok.norm in COMPLEMENT_OPENERS:
        return True
    clitics = [normalize_word(p.text) for p in tok.proclitics]
    if clitics:
        return clitics[0] in ("ب", "ل", "وب", "ول")
    w = tok.norm
    return len(w) >= 5 and w[0] in "بل" and w[1] in "تا"


def _bare_definite(tok) -> bool:
    """A definite word with no preposition on it (الشركات, not للرئاسة / بالسعودية)."""
    clitics = [normalize_word(p.text) for p in tok.proclitics]
    return clitics == ["ال"] and not tok.is_punct


def _in_actor(doc: Document, tok) -> bool:
    return any(a.start < tok.end and tok.start < a.end for a in doc.actors or ())


def _addressee(doc: Document, ev: Event, v: int, end_tok: int) -> Optional[Actor]:
    """The nationality adjective closing the object phrase right before the first complement opener after the
    verb at token v, else None."""
    toks = doc.tokens
    for opener in range(v + 2, min(end_tok, v + 1 + COMPLEMENT_REACH)):
        if toks[opener].is_punct and toks[opener].norm not in ("،", ","):
            return None  # the clause ends
        if _opens_complement(toks[opener]):
            found = _object_before(doc, ev, v, opener)
            if found is not None:
                return found
    return None


def _opens_object(doc: Document, v: int, k: int) -> bool:
    """Does the object phrase start right after token k: the verb, a comma or the end of its subject (an actor)?"""
    toks = doc.tokens
    return k == v or toks[k].norm in ("،", ",") or _in_actor(doc, toks[k])


def _object_before(doc: Document, ev: Event, v: int, opener: int) -> Optional[Actor]:
    """The party right before the opener, opening right after the verb, its subject or a comma: an actor of a
    country the argument rules passed over (not the speaker's own phrase), or a nationality adjective closing a
    definite phrase; else None."""
    toks = doc.tokens
    adj = opener - 1
    own = [a for a in doc.actors or () if a.country and a.start < toks[adj].end and toks[adj].start < a.end]
    if own:
        a = own[0]
        first = token_at(doc, a.start, 0, len(toks))
        if first <= v + 1 or a.kind not in ("nationality", "body") or \
                any(x.start < a.end and a.start < x.end for x in ev.actor) or not _opens_object(doc, v, first - 1):
            return None
        return a
    iso = _nationalities().get(toks[adj].norm)
    if adj <= v + 1 or not iso or not _bare_definite(toks[adj]) or _in_actor(doc, toks[adj]):
        return None
    k = adj - 1
    while k > v and adj - k <= OBJECT_WORDS and _bare_definite(toks[k]) and not _in_actor(doc, toks[k]) and \
            toks[k].norm not in _nationalities():
        k -= 1
    if k == adj - 1:
        return None  # no noun for the adjective to qualify
    # the phrase must open the object: right after the verb's subject (an actor or a comma) or after the verb itself
    if not _opens_object(doc, v, k):
        return None
    return Actor.of_nationality(toks[adj], iso)


def _appeal_head(doc: Document, ev: Event) -> tuple[int, Optional[str]]:
    """The trigger's first token and its appeal head without و/ف (None when the trigger opens with no appeal head)."""
    toks = doc.tokens
    v = token_at(doc, ev.trigger.start, 0, len(toks))
    if v >= len(toks) or toks[v].start >= ev.trigger.end:
        return v, None
    head = toks[v].norm
    bare = head[1:] if head[:1] in "وف" and head[1:] in APPEAL_HEADS else head
    return v, (bare if bare in APPEAL_HEADS else None)


def nationality_addressee(doc: Document, ev: Event) -> None:
    """An appeal with a speaker of a known country and no recipient of one, whose object is a phrase the actors
    layer does not read, closed by a nationality adjective (دعا السفير ... الشركات المصرية للمشاركة): that country is
    the one asked. Adds the recipient bonus ``build_event`` would have given. A candidate already unclassified as
    doomed (aux None: مطالبا التيارات السياسية الإيرانية بالحفاظ, whose actor only ``_circumstantial`` finds) is
    left as it is."""
    if ev.type != "REQUEST" or ev.aux is None or any(r.country for r in ev.recipient):
        return
    if not any(a.country for a in ev.actor):
        return
    toks = doc.tokens
    v, bare = _appeal_head(doc, ev)
    if bare is None:
        return
    end_tok = token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    r = _addressee(doc, ev, v, end_tok)
    if r is None:
        return
    ev.recipient = [r]
    ev.confidence = min(0.99, ev.confidence + 0.05)
    ev.explanation.append(f"recipient: the one asked, named by its nationality {r.text!r} ({r.country})")


# circumstantial participles (داعيا، مطالبا) have no subject after them: not for the rule below
PARTICIPLES = words("addressees", "participles")
SUBJECT_WORDS = 4  # "طالبت الأسر المتضررة [القنصلية السعودية]، دعا حاكما بورنو ويوبي [السلطات]": the unknown subject


def _in_entity(doc: Document, tok) -> bool:
    return any(e.start <= tok.start < e.end for e in doc.entities or ())


def _first_party_after(doc: Document, v: int, end_tok: int) -> Optional[tuple[Actor, int]]:
    """The first actor of a country after the verb, with its token, when an unknown subject stands between: its head
    and adjectives (الأسر المتضررة) or a name (حاكما بورنو ويوبي). None when a comma or a complement opener comes
    first, when the actor is right after the verb (it is the subject), or when the word before it may govern it
    as a genitive (رئيس [الحكومة العراقية]): only a definite word, a name, or a word with و may stand there."""
    toks = doc.tokens
    for k in range(v + 1, min(end_tok, v + 2 + SUBJECT_WORDS)):
        t = toks[k]
        a = next((x for x in doc.actors or () if x.start <= t.start < x.end), None)
        if a is not None:
            if k == v + 1 or not a.country or a.start != t.start:
                return None
            prev = toks[k - 1]
            if _bare_definite(prev) or prev.norm[:1] == "و" or _in_entity(doc, prev):
                return a, k
            return None
        if t.is_punct or _opens_complement(t):
            return None
    return None


def object_taken_for_subject(doc: Document, ev: Event) -> None:
    """An appeal verb whose subject is an unknown definite phrase (طالبت الأسر المتضررة، دعا المجلس المحلي) and
    whose object, the first party after it, is a state body closed by the complement (القنصلية السعودية بضرورة):
    the argument rules read that body as the speaker (VSO), or took the speaker from before the verb. The body is
    the one asked, and a countryless speaker appealing to a state's body is of its own people (as
    ``domestic_parties.appeal_to_own_state`` codes it: X -> X)."""
    if ev.type != "REQUEST" or ev.aux in ("negated", "hypothetical") or ev.aux is None:
        return
    toks = doc.tokens
    v, bare = _appeal_head(doc, ev)
    if bare is None or bare in PARTICIPLES:
        return
    end_tok = token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    found = _first_party_after(doc, v, end_tok)
    if found is None:
        return
    p, _ = found
    if p.kind != "body" or p.sector not in STATE_SECTORS or p.country in NON_STATE_CODES:
        return
    after = token_at(doc, p.end - 1, 0, len(toks)) + 1
    if after >= end_tok or not _opens_complement(toks[after]):
        return
    as_actor = any(a.start == p.start for a in ev.actor)
    as_recipient = any(r.start == p.start for r in ev.recipient)
    unread = not ev.actor and not ev.recipient  # a frame (دعا ... إلى) that swallowed its object: no party read
    if not (as_actor or unread or (as_recipient and all(a.end <= toks[v].start for a in ev.actor))):
        return
    ev.actor = [own_country_party(p)]
    ev.recipient = [p]
    ev.explanation.append(f"recipient: the object {p.text!r} after an unknown subject; actor its own people "
                          f"({p.country})")
