"""Parties named by a group or people noun the actors layer leaves countryless (دول الخليج، الأحزاب السياسية
في اليونان، دبلوماسيون عرب): the bloc the noun names, the nationality inside its phrase or the one place it is
in, on the object side (``qualified_group_recipient``) and the subject side (``qualified_group_actor``).

Kept apart because both sides share one reading of the group's noun phrase (its head, leads, phrase end).
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import nationality_country
from hadath.events.doc_index import token_at
from hadath.events.place_parties import (CIVILIAN_SECTORS, CONFLICT_TYPES, FOREIGNER_WORDS, NON_STATE_CODES,
                                         PEOPLE_NOUNS, casualty_word, place_after, sole_sentence_place, vague)
from hadath.events.verb_subjects import PATIENT_CONSTRUCT_NOUNS
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel, peel_forms


# --- a recipient written as a group or people noun (الأطراف السياسية في إقليم كردستان، صيادين نيجيريين) ----------
GROUP_RECIPIENT_TYPES = frozenset(("REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "COERCE", "ASSAULT",
                                   "SANCTION"))
GROUP_HEADS = words("implied_parties", "group_heads") | PEOPLE_NOUNS
GROUP_LEADS = words("implied_parties", "group_leads")
GROUP_PHRASE_ENDS = words("implied_parties", "phrase_ends")
GROUP_PHRASE_LEN = 3  # "الأطراف السياسية الكردية": the head and at most three words of its own phrase
GROUP_LEAD_GAP = 4  # "دعا X أمس كل الأطراف": leads between the verb (or its subject) and the head
PREP_PREFIXES = ("بال", "لل", "وال", "وب", "ول", "فال", "كال")


def _coded_heads(rows: list[str]) -> dict:
    """``word_word:CODE`` rows of the group-recipient data -> {(normalized words): CODE}."""
    out = {}
    for row in rows:
        phrase, code = row.rsplit(":", 1)
        out[tuple(normalize_word(w) for w in phrase.split("_"))] = code
    return out


BLOC_HEADS = _coded_heads(raw_words("implied_parties", "bloc_heads"))
SITE_HEADS = _coded_heads(raw_words("implied_parties", "site_heads"))
SITE_BLOCKERS = words("implied_parties", "site_blockers")


def _coded_at(toks, k: int, table: dict) -> Optional[str]:
    """The code of a one- or two-word head of ``table`` starting at token k."""
    if k + 1 < len(toks) and (toks[k].norm, toks[k + 1].norm) in table:
        return table[(toks[k].norm, toks[k + 1].norm)]
    return table.get((toks[k].norm,))


def _group_head(doc: Document, ev: Event) -> Optional[int]:
    """The token of a group or people noun standing where the object starts (after the verb, or after a subject
    that follows it), past adverbs of time, quantifiers and a partitive من (دعا X أمس كل الأطراف، قتل 10 من
    الصيادين); none when a party the actors layer named stands there."""
    toks = doc.tokens
    n = len(toks)
    i = token_at(doc, ev.trigger.start, 0, n) + 1  # a long trigger may hold its subject and the object
    for a in ev.actor:
        if ev.trigger.start <= a.start < ev.sentence.end:
            i = max(i, token_at(doc, a.end - 1, 0, n) + 1)
    leads = 0
    for k in range(i, n):
        t = toks[k]
        if t.start >= ev.sentence.end or (t.is_punct and t.text not in ("«", '"', "“", "(", "،", ",")):
            return None
        if any(a.start <= t.start < a.end and a.country for a in doc.actors or ()):
            return None
        if t.norm in GROUP_HEADS or _coded_at(toks, k, BLOC_HEADS) or _bare_term_at(doc, t.start) is not None:
            return k
        if t.start < ev.trigger.end:
            continue  # the rest of the trigger (بقتل، قيودا على)
        leads += 1
        if leads > GROUP_LEAD_GAP or not (t.is_punct or t.norm in GROUP_LEADS or t.text.isdigit()):
            return None
    return None


def _bare_term_at(doc: Document, start: int) -> Optional[Actor]:
    """A bare sector term of the actors layer (المصلين، رجال الأمن) starting at ``start``: a people noun with no
    country, like the words of ``GROUP_HEADS``."""
    return next((a for a in doc.actors or () if a.start == start and not a.country and
                 (a.ref or "").startswith("term:")), None)


def _phrase_end(doc: Document, k: int, stop: int) -> int:
    """The last token of the group's noun phrase: the head (a bare term may span words) and the adjectives or
    genitives right after it."""
    toks = doc.tokens
    term = _bare_term_at(doc, toks[k].start)
    if term is not None:
        k = token_at(doc, term.end - 1, 0, len(toks))
    last = k
    for x in range(k + 1, min(len(toks), k + 1 + GROUP_PHRASE_LEN)):
        t = toks[x]
        if t.start >= stop or t.is_punct or t.norm in GROUP_PHRASE_ENDS or t.norm.startswith(PREP_PREFIXES):
            break
        last = x
    return last


def _nationality_in(doc: Document, ev: Event, k: int, last: int) -> Optional[Actor]:
    """A nationality adjective inside the group's phrase (صيادي سمك نيجيريين، مغني الراب الأميركي) as a party, not
    a span the event already holds as its actor."""
    toks = doc.tokens
    for x in range(k + 1, last + 1):
        t = toks[x]
        if any(a.start <= t.start < a.end for a in ev.actor):
            return None
        iso = nationality_country(t.norm)
        if iso and iso not in NON_STATE_CODES:
            return Actor.of_nationality(t, iso)
    return None


def _qualified_group(doc: Document, ev: Event) -> Optional[tuple[Actor, str]]:
    """The party a group noun in the object position stands for, with why: a bloc its head names (دول الخليج ->
    IGO), a nationality adjective agreeing with it, or the place behind في/ب right after its phrase."""
    toks = doc.tokens
    k = _group_head(doc, ev)
    if k is None:
        return None
    t = toks[k]
    code = _coded_at(toks, k, BLOC_HEADS)
    if code:
        return Actor(t.text, t.start, t.end, code, None, code, None, kind="implied"), f"a bloc ({code})"
    last = _phrase_end(doc, k, ev.sentence.end)
    if any(toks[x].norm in FOREIGNER_WORDS for x in range(k, last + 1)):
        return None  # foreigners living in a country (المواطنين الأجانب المقيمين في ليبيا) are not its people
    nat = _nationality_in(doc, ev, k, last)
    if nat is not None:
        return nat, f"its nationality {nat.text!r} ({nat.country})"
    loc = place_after(doc, toks[last].end, ev.sentence.end, right_after=True)
    if loc is not None and loc.country:
        return Actor.of_place(loc), f"its place {loc.text!r} ({loc.country})"
    return None


def qualified_group_recipient(doc: Document, ev: Event) -> bool:
    """A demand, stance, threat or attack whose recipient is a group or people noun the actors layer leaves
    unnamed takes the country that qualifies the noun inside its phrase (دعا X الأطراف السياسية في إقليم كردستان
    -> IRQ، طالب X منطقة اليورو -> IGO). Unqualified people stay as they are (no party)."""
    if ev.type not in GROUP_RECIPIENT_TYPES or ev.aux in ("negated", "hypothetical") or not ev.actor or \
            any(a.country for a in ev.recipient):
        return False  # with no subject found, a group after the verb is its subject (طالبت الأحزاب في اليونان)
    return _named_by_group(ev, "recipient", _qualified_group(doc, ev))


def _named_by_group(ev: Event, side: str, found: Optional[tuple[Actor, str]]) -> bool:
    """Give the event's ``side`` ("actor" or "recipient") the party a qualified group noun stands for, if found."""
    if found is None:
        return False
    party, why = found
    setattr(ev, side, [party])
    ev.explanation.append(f"{side}: a group noun qualified by {why}")
    return True


def _site_in_sentence(doc: Document, ev: Event) -> Optional[tuple[int, str]]:
    """The first site of ``SITE_HEADS`` named in the event's sentence, as (token, code)."""
    toks = doc.tokens
    for k in range(token_at(doc, ev.sentence.start, 0, len(toks)), len(toks)):
        if toks[k].start >= ev.sentence.end:
            break
        code = _coded_at(toks, k, SITE_HEADS)
        if code and (k + 1 < len(toks) and (toks[k].norm, toks[k + 1].norm) in SITE_HEADS
                     or k == 0 or toks[k - 1].norm not in SITE_BLOCKERS):
            return k, code
    return None


def site_recipient(doc: Document, ev: Event) -> bool:
    """An attack or a restriction by another country's party in a sentence naming a site the places layer does
    not place (اقتحمت قوات الاحتلال المسجد الأقصى وهاجمت المرابطين، فرضت قيودا على دخول المصلين إلى المسجد
    الأقصى) hits the site's people, with no named target of another country."""
    if ev.type not in CONFLICT_TYPES or ev.aux in ("negated", "hypothetical") or \
            any(a.country for a in ev.recipient):
        return False
    own = {a.country for a in ev.actor if a.country}
    if not own:
        return False  # before the sentence scan: with no actor country no site can be another country's
    site = _site_in_sentence(doc, ev)
    if site is None or site[1] in own:
        return False
    k, code = site
    t = doc.tokens[k]
    ev.recipient = [Actor(t.text, t.start, t.end, code, None, code, None, kind="implied")]
    ev.explanation.append(f"recipient: the people of the site {t.text!r} ({code})")
    return True


# --- an actor written as a group or people noun (دبلوماسيون عرب ومصريون، قائدا في البحرية السعودية) -------------
SUBJECT_PHRASE_LEN = 2  # "استنكر دبلوماسيون عرب ومصريون": after the verb, the head and two words of its own
SUBJECT_BACK_GAP = 6  # "إن قائدا في البحرية السعودية قام": the subject's phrase between its head and the verb
SUBJECT_STARTS = words("implied_parties", "subject_starts")
SUBJECT_HEADS = words("implied_parties", "subject_heads")
GROUP_ACTOR_TYPES = frozenset(raw_words("implied_parties", "group_actor_types"))
DOMESTIC_ARMED_HEADS = words("implied_parties", "domestic_armed_heads")
OBJECT_MARKERS = GROUP_PHRASE_ENDS | words("implied_parties", "object_markers")


def _nationality_word(norm: str) -> Optional[str]:
    """The country of a nationality adjective, bare or behind و (عرب ومصريون)."""
    for form in peel_forms(norm):
        iso = nationality_country(form)
        if iso and iso not in NON_STATE_CODES:
            return iso
    return None


def _group_word(doc: Document, k: int) -> bool:
    """A group or people noun (or a bloc head, or a bare sector term of the actors layer) at token k."""
    t = doc.tokens[k]
    if t.norm in GROUP_HEADS or t.norm in SUBJECT_HEADS or _coded_at(doc.tokens, k, BLOC_HEADS):
        return True
    term = _bare_term_at(doc, t.start)
    # people, not forces: unnamed gunmen stay empty (the convention), bare state forces are local_state_forces'
    return term is not None and (term.sector is None or term.sector in CIVILIAN_SECTORS)


def _subject_after_verb(doc: Document, ev: Event) -> Optional[int]:
    """A group noun right after the verb (past adverbs of time, quantifiers and a partitive من) when the event has
    no subject: استنكر دبلوماسيون عرب، طالبت الأحزاب السياسية في اليونان."""
    if getattr(ev, "passive", False):
        return None  # "تم اختطاف ضابط شرطة تركي": after a passive the noun is the one the act befell
    toks = doc.tokens
    n = len(toks)
    i = token_at(doc, ev.trigger.end - 1, 0, n) + 1
    if toks[i - 1].stem_norm in PATIENT_CONSTRUCT_NOUNS or toks[i - 1].norm in OBJECT_MARKERS:
        return None  # "إطلاق سراح الصيادين المصريين، وقف إلى جانب الدول": what follows is the act's object
    j = token_at(doc, ev.trigger.start, 0, n)
    if j > 0 and any(a.country and token_at(doc, a.end - 1, 0, n) == j - 1 for a in doc.actors or ()):
        return None  # "الحكومة اليمنية تناشد الأطباء": a named party just before the verb is its subject
    for k in range(i, min(n, i + GROUP_LEAD_GAP + 1)):
        t = toks[k]
        if t.start >= ev.sentence.end or t.is_punct:
            return None
        if any(a.start <= t.start < a.end and a.country for a in doc.actors or ()):
            return None
        if _group_word(doc, k):
            return k
        if not (t.norm in GROUP_LEADS or t.text.isdigit()):
            return None
    return None


def _subject_before_verb(doc: Document, ev: Event) -> Optional[int]:
    """A group noun heading the clause the verb ends (إن قائدا في البحرية السعودية قام، الثوار انسحبوا): it opens
    the sentence or follows a complementizer or a conjunction, with only its own phrase before the verb."""
    toks = doc.tokens
    n = len(toks)
    j = token_at(doc, ev.trigger.start, 0, n)
    lo = token_at(doc, ev.sentence.start, 0, n)
    for k in range(j - 1, max(lo, j - SUBJECT_BACK_GAP) - 1, -1):
        t = toks[k]
        if t.is_punct:
            return None
        if _group_word(doc, k):
            return k if k == lo or toks[k - 1].norm in SUBJECT_STARTS or toks[k - 1].is_punct else None
    return None


def _definite(norm: str) -> bool:
    """Whether a word carries the article once a conjunction is off (والأحزاب); only و/ف come off, so a word behind
    a preposition (للأحزاب، بالأحزاب) counts as indefinite: a phrase does not run on across a preposition."""
    return peel(norm).startswith("ال")


def _agreeing_end(doc: Document, k: int, last: int) -> int:
    """The end of a subject's phrase after the verb: its adjectives agree with it in definiteness (دبلوماسيون عرب
    ومصريون، الأحزاب السياسية); a word that does not starts the object (اعتقلت الشرطة رجلا، يرفض حراس المسجد
    الاقتحامات الإسرائيلية)."""
    toks = doc.tokens
    definite = _definite(toks[k].norm)
    for x in range(k + 1, last + 1):
        if _definite(toks[x].norm) != definite:
            return x - 1
    return last


CASUALTY_LOOKBACK = 4  # "أصيب ما لا يقل عن عشرة من رجال الشرطة": the wounded, not who wounded them


def _casualties_at(doc: Document, k: int, first: int) -> bool:
    """The group at token k is reported killed or wounded: a casualty word a few words before it in its clause
    (not before ``first``, the sentence's first token)."""
    toks = doc.tokens
    for x in range(k - 1, max(first - 1, k - 1 - CASUALTY_LOOKBACK), -1):
        if toks[x].is_punct:
            return False
        if casualty_word(toks[x].norm):
            return True
    return False


def _subject_group(doc: Document, ev: Event) -> Optional[tuple[Actor, str]]:
    """The party a group noun in the subject position stands for: a bloc its head names, a nationality adjective
    inside its phrase, or the place behind في/ب right after its phrase (before the verb when it precedes it)."""
    toks = doc.tokens
    before = _subject_before_verb(doc, ev)
    k = before if before is not None else _subject_after_verb(doc, ev)
    if k is None or _casualties_at(doc, k, token_at(doc, ev.sentence.start, 0, len(toks))):
        return None
    t = toks[k]
    code = _coded_at(toks, k, BLOC_HEADS)
    if code:
        return Actor(t.text, t.start, t.end, code, None, code, None, kind="implied"), f"a bloc ({code})"
    stop = ev.trigger.start if before is not None else ev.sentence.end
    last = _phrase_end(doc, k, stop)
    if before is None:
        last = _agreeing_end(doc, k, min(last, k + SUBJECT_PHRASE_LEN))
    if any(toks[x].norm in FOREIGNER_WORDS for x in range(k, last + 1)):
        return None
    for x in range(k + 1, last + 1):
        if any(r.start <= toks[x].start < r.end for r in ev.recipient):
            return None
        iso = _nationality_word(toks[x].norm)
        if iso:
            u = toks[x]
            return Actor.of_nationality(u, iso), \
                f"its nationality {u.text!r} ({iso})"
    loc = place_after(doc, toks[last].end, stop, right_after=True)
    if loc is not None and loc.country and not any(r.start <= loc.start < r.end for r in ev.recipient):
        return Actor.of_place(loc), f"its place {loc.text!r} ({loc.country})"
    if any(toks[x].norm in DOMESTIC_ARMED_HEADS for x in range(k, last + 1)):
        loc = sole_sentence_place(doc, ev)
        if loc is not None and loc.country and _sentence_parties_countries(doc, ev) <= {loc.country}:
            return Actor.of_place(loc), f"its sentence's one country {loc.text!r} ({loc.country}; a domestic armed group)"
    return None


def _sentence_parties_countries(doc: Document, ev: Event) -> set:
    """The state countries of the parties the actors layer names in the event's sentence."""
    return {a.country for a in doc.actors or () if ev.sentence.start <= a.start < ev.sentence.end and a.country
            and a.country not in NON_STATE_CODES}


def qualified_group_actor(doc: Document, ev: Event) -> bool:
    """The mirror of :func:`qualified_group_recipient` on the subject side: an event with no named actor whose
    subject is a group or people noun takes the country that qualifies the noun inside its phrase (استنكر
    دبلوماسيون عرب ومصريون -> EGY، إن قائدا في البحرية السعودية قام بزيارة -> SAU)."""
    if ev.aux in ("negated", "hypothetical") or not vague(ev.actor) or ev.type not in GROUP_ACTOR_TYPES or \
            not any(a.country for a in ev.recipient):
        return False  # with no other party either, the report is dropped as it was (a fragment or no event)
    if ev.type == "ASSAULT" and casualty_word(doc.tokens[token_at(doc, ev.trigger.start, 0, len(doc.tokens))].norm):
        return False  # "قتل 16 شخصا في نيجيريا، 12 شخصا قتلوا": the people named are the dead, not the attackers
    return _named_by_group(ev, "actor", _subject_group(doc, ev))
