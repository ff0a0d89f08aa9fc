"""The other side of a received call or a hosted meeting: "تلقى X اتصالا من Y" (Y the caller, what Y said
فيه/خلاله Y's acts), a host receiving at home (استقبل X في قصره), the guest named after a date or place adverbial,
after a semicolon or by his own phrase (seat, nationality), and a list of guests. Calls received in the plural from
callers of several countries are one call per caller (``split_received_calls``, session 27).

Meetings and calls invert or spread the usual subject/object positions, so their rules are kept together and
apart from the general recipient rules.
"""
from __future__ import annotations

import re
from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import (Arguments, CALL_PRONOUNS, DAY_WORDS, DEFINITE, HONORIFICS, actors_in,
                                          coordinated_group, merge_adjacent, nationality_country, prep_before,
                                          text_between, tok_of)
from hadath.events.context_countries import article_country
from hadath.events.derived import derived_event
from hadath.events.doc_index import in_mention, token_at
from hadath.events.meeting_parties import PLURAL_CALLS
from hadath.events.relative_clauses import RELATIVES
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, strip_al


CALL_TIME_WORDS = words("meeting_parties", "time_fillers")  # تلقاه أمس من
RECEIVE_RELATIVES = frozenset(normalize_word(w) for w in (
    "تلقاه تلقته تلقاها تلقتها يتلقاه تتلقاه تسلمه تسلمته تسلمها تسلمتها").split())


def received_relative(doc: Document, m: TriggerMatch, after: list[Actor], end: int) -> Optional[tuple[list, list]]:
    """``(اتصال هاتفي / رسالة) تلقاه X من Y``: a relative clause of receiving after a noun trigger; Y, the one
    who called or wrote, is the actor and X the recipient."""
    toks = doc.tokens
    if m.head_tag != "" and "noverb" not in m.pattern.roles:
        return None
    k = next((k for k in range(m.last + 1, min(end, m.last + 3)) if toks[k].norm in RECEIVE_RELATIVES or
              (toks[k].norm[:1] == "و" and toks[k].norm[1:] in RECEIVE_RELATIVES)), None)
    if k is None:
        return None
    j = k + 1
    while j < end and toks[j].norm in CALL_TIME_WORDS:
        j += 1
    if j < end and toks[j].norm == "من":
        return _received_by_subject(doc, m, after, k)
    receiver = next((a for a in after if tok_of(doc, a) > k), None)
    if receiver is None or tok_of(doc, receiver) - k > 4 or prep_before(doc, receiver, k + 1) is not None:
        return None
    giver = next((a for a in after if a.start >= receiver.end and tok_of(doc, a) - tok_of(doc, receiver) <= 12
                  and prep_before(doc, a, k + 1) == "من"), None)
    if giver is None:
        return None
    return coordinated_group(doc, giver, after), [receiver]


def _received_by_subject(doc: Document, m: TriggerMatch, after: list[Actor], k: int) -> Optional[tuple[list, list]]:
    """``وقال X، خلال اتصال هاتفي تلقاه من Y``: the relative verb's pronoun is the receiver, the clause's party
    named before the call (the only country there); Y right after من is the caller."""
    giver = next((a for a in after if tok_of(doc, a) - k <= 6 and prep_before(doc, a, k + 1) == "من"), None)
    if giver is None or not giver.country:
        return None
    start = doc.tokens[doc.sentences[m.sentence].token_start].start
    before = [a for a in doc.actors if start <= a.start and a.end <= m.start and a.country]
    if len({a.country for a in before}) != 1 or before[0].country == giver.country:
        return None
    return coordinated_group(doc, giver, after), [before[0]]


RECEIVE_VERBS = frozenset(normalize_word(w) for w in (
    "تلقى تلقت يتلقى تتلقى وتلقى وتلقت ويتلقى وتتلقى تسلم تسلمت يتسلم تتسلم وتسلم وتسلمت").split())

CALL_NOUNS = frozenset(normalize_word(w) for w in (
    "اتصالا اتصال اتصالاً الاتصال مكالمة رسالة برقية برقيتين رسالتين اتصالين خطابا خطاب").split())


def _received_call(doc: Document, m: TriggerMatch) -> Optional[tuple[list, list, int]]:
    """``تلقى X (، ...) اتصالا هاتفيا (أمس) من Y``: the one who called or wrote (Y) is the actor of the call, X its
    recipient, however long X's titles are. Returns (caller group, receiver group, last token of the caller)."""
    toks = doc.tokens
    sent = doc.sentences[m.sentence]
    lo, hi = sent.token_start, sent.token_end
    r = next((k for k in range(lo, min(hi, m.first + 1)) if toks[k].norm in RECEIVE_VERBS), None)
    if r is None:
        return None
    c = next((k for k in range(r + 1, min(hi, r + 25)) if toks[k].norm in CALL_NOUNS), None)
    if c is None:
        return None
    pool = merge_adjacent(doc, actors_in(doc, toks[r].end, toks[hi - 1].end))
    receiver = next((a for a in pool if a.end <= toks[c].start), None)
    if receiver is None or tok_of(doc, receiver) - r > 4 or prep_before(doc, receiver, r + 1) is not None:
        return None
    caller = next((a for a in pool if a.start >= toks[c].end and tok_of(doc, a) - c <= 8
                   and (prep_before(doc, a, c + 1) == "من" or _from_before_titles(doc, a, c + 1))), None)
    if caller is None:
        return None
    return coordinated_group(doc, caller, pool), [receiver], token_at(doc, caller.end - 1, 0, len(toks))


CALLER_TITLE_WORDS = HONORIFICS | frozenset(normalize_word(w) for w in "الملكي الأمير الامير".split())


def _from_before_titles(doc: Document, a: Actor, lo_tok: int) -> bool:
    """``من صاحب السمو الملكي الأمير X``: من before a run of honorifics longer than ``prep_before`` looks back over
    still governs the caller (round 18a)."""
    toks = doc.tokens
    k = tok_of(doc, a) - 1
    while k >= lo_tok and k >= tok_of(doc, a) - 5 and toks[k].norm in CALLER_TITLE_WORDS:
        k -= 1
    return k >= lo_tok and k < tok_of(doc, a) - 1 and toks[k].norm == "من"


def call_roles(doc: Document, m: TriggerMatch, res: Arguments) -> Optional[tuple[list, list]]:
    """Actor and recipient of a trigger in a received-call sentence: the receiving verb or the call noun itself
    (caller -> receiver), or what the caller said during it (``أعرب فيه/خلاله عن``: the caller's act)."""
    call = _received_call(doc, m)
    if call is None:
        return None
    caller, receiver, caller_end = call
    toks = doc.tokens
    if m.first < caller_end and (toks[m.first].norm in RECEIVE_VERBS or toks[m.first].norm in CALL_NOUNS or
                                 m.pattern.type == "CONSULT"):
        res.rules.append("received:تلقى-X-اتصالا-من-Y")
        return caller, receiver
    if m.first > caller_end and any(toks[k].norm in CALL_PRONOUNS for k in range(caller_end + 1, m.last + 1)) and \
            m.first - caller_end <= 20:
        res.rules.append("received:caller-speaks-in-call")
        return caller, []
    return None


# guests that are only a country, a nationality or a thing (الطائرة السعودية): no official received in person
PLACE_LIKE_GUESTS = frozenset(("country", "nationality", "capital", "asset"))

HOST_VERB_LEADS = words("arguments", "host_verb_leads")


def _opens_clause(doc: Document, m: TriggerMatch) -> bool:
    """The verb opens its sentence or clause (after punctuation or كما، وقد), so its subject follows it."""
    k = m.first - 1
    return k < doc.sentences[m.sentence].token_start or doc.tokens[k].is_punct or doc.tokens[k].norm in HOST_VERB_LEADS


def _place_in(doc: Document, p) -> bool:
    """A place named where something happens (بالرياض، في جدة), not one in construct (أطفال مدينة عدن)."""
    i = token_at(doc, p.start, 0, len(doc.tokens))
    tok = doc.tokens[i]
    return (tok.start < p.start and tok.norm[:1] == "ب") or (i > 0 and doc.tokens[i - 1].norm in ("في", "فى", "وفي"))


# verbs of receiving or meeting a guest at home: a host the actors layer gives no country is of the home country
HOME_HOSTING_PATTERNS = frozenset(("consult.istaqbala", "consult.iltaqa"))


def host_at_home(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``استقبل مدير عام فرع الوزارة بالمنطقة الشرقية السكرتير الأول بالسفارة الهندية``: a host known only by a
    title or a name of no country (a domestic official) who receives a foreign guest acts for the country where
    the reception takes place: a place of one other country between the verb and the guest (بالمنطقة الشرقية،
    في مكتبه بالرياض), or else the one country of the sentence before. Only when every guest has a country."""
    if not res.recipient or any(a.country for a in res.actor) or not all(r.country for r in res.recipient):
        return []
    if any(r.kind in PLACE_LIKE_GUESTS for r in res.recipient) or not _opens_clause(doc, m):
        return []  # "مطار عدن استقبل الطائرة السعودية": a place or a thing after a subject the verb follows
    guests = {r.country for r in res.recipient}
    first_guest = min(r.start for r in res.recipient)
    home = {p.country for p in getattr(doc, "places", []) or []
            if m.end <= p.start < first_guest and p.country and p.country not in guests and _place_in(doc, p)}
    country = next(iter(home)) if len(home) == 1 else None
    how = "place"
    if country is None and not home:
        country, how = article_country(doc, m), "sentence-before"
        if country in guests:
            country = None
    if country is None:
        return []
    res.rules.append(f"actor:host-at-home({how})={country}")
    host = res.actor[0] if res.actor else doc.span(m.start, m.end)
    text = getattr(host, "text", "")
    return [Actor(text, host.start, host.end, text, text, country, "GOV", kind="implied")]


# meetings whose host comes first and whose guest follows the host's titles (استقبل، التقى، لقاء، استقبال)
HOSTING_PATTERNS = frozenset(("consult.istaqbala", "consult.iltaqa", "consult.istiqbal", "consult.ijtima3"))

DAY_TAILS = frozenset(normalize_word(w) for w in "الأول الاول الماضي الماضية امس أمس اليوم".split())

GUEST_STOPS = frozenset(normalize_word(w) for w in (
    "وذلك الذي التي الذين بحضور وبحضور حيث كما خلال وخلال بعد قبل").split())

GUEST_GAP = 8  # tokens from the end of the adverbial to the guest's mention


def _host_awaiting_guest(m: TriggerMatch, res: Arguments) -> set:
    """The host's countries when a reception or meeting has a host of known country and no foreign guest found yet
    (the guest rules below look further only then); empty otherwise."""
    if m.pattern.id not in HOSTING_PATTERNS or not res.actor:
        return set()
    own = {a.country for a in res.actor if a.country}
    if any(r.country and r.country not in own for r in res.recipient):
        return set()
    return own


def guest_after_adverbial(doc: Document, m: TriggerMatch, pool: list[Actor], end: int,
                           res: Arguments) -> list[Actor]:
    """The one a host receives or meets when the host's long titles and places push the guest out of reach of
    the object rules: "استقبل X ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة اليوم نائب الرئيس اليمني",
    "استقبل X، أمير المنطقة الشرقية، في مكتب سموه بالإمارة، السفير الكوري". The host's phrase ends at a day
    word (أمس، اليوم، مساء أمس) or at the comma closing a place phrase (في مكتبه ...،); the first party of
    another country named within a few words after it is the guest. Only when no other state's party was found."""
    own = _host_awaiting_guest(m, res)
    if not own:
        return []
    toks = doc.tokens
    hosts = [a for a in pool if a.start >= m.end and a.country in own]
    if not hosts:
        return []  # the host (the verb's subject or the noun's genitive) follows the trigger
    host_end = token_at(doc, hosts[0].end - 1, 0, len(toks))
    boundary = None
    k = host_end + 1
    while k < min(end, host_end + 30):
        norm = toks[k].norm
        if norm in GUEST_STOPS or norm in RELATIVES:
            break
        if norm in DAY_WORDS and not in_mention(doc, toks[k].start):
            boundary = k
            while boundary + 1 < end and (toks[boundary + 1].norm in DAY_TAILS or toks[boundary + 1].is_punct):
                boundary += 1
            break
        if norm in ("،", ",") and _place_phrase_before(doc, host_end + 1, k):
            boundary = k
            break
        k += 1
    if boundary is None:
        return []
    for a in pool:
        j = tok_of(doc, a)
        if j <= boundary:
            continue
        if j - boundary > GUEST_GAP or any(toks[i].norm in GUEST_STOPS or toks[i].norm in RELATIVES
                                           for i in range(boundary + 1, j)):
            break  # no party named in reach: the guest's own phrase may still give his country
        if a.country in own:
            return []  # the host's own official: an audience at home, not a foreign guest
        if not a.country or prep_before(doc, a, boundary + 1) is not None:
            continue
        res.rules.append(f"recipient:guest-after-adverbial={a.text}")
        return [x for x in coordinated_group(doc, a, pool) if x.country and x.country not in own]
    return _guest_by_own_phrase(doc, boundary, end, own, res)


GUEST_SEAT_PREPS = words("arguments", "guest_seat_preps")


def _guest_by_own_phrase(doc: Document, boundary: int, end: int, own: set, res: Arguments) -> list[Actor]:
    """A guest named by an office or a name the lexicon does not know: the country his own phrase gives, a
    nationality adjective (هيلج لوند الرئيس التنفيذي لمجموعة الغاز البريطانية) or the seat of his institution
    after ب (مدير الجامعة الإسلامية بجاكرتا). Not a place after في (المنسق الإقليمي للعمليات الإنسانية في اليمن:
    the office's field, not the guest's country)."""
    toks = doc.tokens
    for k in range(boundary + 1, min(end, boundary + 1 + GUEST_GAP)):
        t = toks[k]
        if t.is_punct or t.norm in GUEST_STOPS or t.norm in RELATIVES:
            return []
        c = nationality_country(t.norm)
        if c and k > boundary + 1 and t.norm.startswith(DEFINITE):
            found = Actor(t.text, t.start, t.end, t.text, t.text, c, None, kind="nationality")
        else:
            p = next((p for p in doc.places if t.start < p.start < t.end and p.country), None) \
                if k > boundary + 1 and t.norm[:1] in GUEST_SEAT_PREPS else None
            found = Actor.of_place(p) if p is not None else None
        if found is None:
            continue
        if found.country in own:
            return []
        res.rules.append(f"recipient:guest-by-own-phrase={t.text}")
        return [found]
    return []


def guest_after_semicolon(doc: Document, m: TriggerMatch, res: Arguments) -> list[Actor]:
    """``استقبل X في قصر السلام، اليوم؛ وزير الخارجية المصري``: the text layer ends the sentence at ؛, so the guest
    named right after a host phrase closed by a day word and ؛ opens the next sentence; the first party there,
    of another country and governed by no preposition, is the one received (round 18a)."""
    own = _host_awaiting_guest(m, res)
    if not own:
        return []
    toks = doc.tokens
    sent = doc.sentences[m.sentence]
    last = sent.token_end - 1
    if last <= m.last or toks[last].text != "؛" or m.sentence + 1 >= len(doc.sentences):
        return []
    if not any(toks[k].norm in DAY_WORDS or toks[k].norm in DAY_TAILS for k in range(max(m.last, last - 3), last)):
        return []
    nxt = doc.sentences[m.sentence + 1]
    lo = nxt.token_start
    pool = merge_adjacent(doc, actors_in(doc, toks[lo].start, toks[min(nxt.token_end, lo + GUEST_GAP) - 1].end))
    for a in pool:
        if a.country in own or tok_of(doc, a) - lo > 2:
            return []  # the host's own official, or a party further on in a new clause
        if not a.country or prep_before(doc, a, lo) is not None:
            continue
        res.rules.append(f"recipient:guest-after-semicolon={a.text}")
        return [a]
    return []


def guest_list(doc: Document, first: Actor, pool: list[Actor], end: int, res: Arguments) -> list[Actor]:
    """``استقبل X سفير النرويج لدى المملكة رالف هانسن، وسفير فنلندا بيكا ...، وسفير الدنمارك``: guests with the
    same office, each followed by a name the lexicon does not know, are coordinated by "، و" all the same."""
    head = normalize_word(first.text).split()[0]
    more, last = [], first
    end_char = doc.tokens[end - 1].end if end > 0 else len(doc.text)
    for b in pool:
        if b.start < last.end or b.start >= end_char:
            continue
        gap = text_between(doc, last.end, b.start)
        words = gap.replace("،", " ").split()
        if not re.search(r"[،,]\s*و$", gap) or len(words) > 7 or any(c in gap for c in ".:؛") or \
                gap.count("،") + gap.count(",") > 1 or normalize_word(b.text).split()[0] != head:
            break
        if b.country and b.country != first.country and all(b.country != a.country for a in more):
            more.append(b)
        last = b
    if more:
        res.rules.append(f"recipient:guest-list={len(more) + 1}")
    return more


# heads of a place phrase that sets off the host from the guest (في مكتبه بالرياض، في قصر السلام بجدة)
PLACE_PHRASE_HEADS = frozenset(normalize_word(w) for w in (
    "مكتب مكتبه مكتبها مقر مقره مقرها قصر ديوان مجلسه منزل منزله قاعة").split())


def _place_phrase_before(doc: Document, lo: int, comma: int) -> bool:
    """Does the stretch before this comma (since the previous punctuation) open with في or ب and a place noun?"""
    k = comma - 1
    while k >= lo and not doc.tokens[k].is_punct:
        k -= 1
    k += 1
    if k >= comma:
        return False
    first = doc.tokens[k].norm
    nxt = doc.tokens[k + 1].norm if k + 1 < comma else ""
    if first in ("في", "فى") and (nxt in PLACE_PHRASE_HEADS or strip_al(nxt) in PLACE_PHRASE_HEADS):
        return True
    return first[:1] == "ب" and (first[1:] in PLACE_PHRASE_HEADS or strip_al(first[1:]) in PLACE_PHRASE_HEADS)


CALLER_GAP = 4  # words of a caller's name tail the lexicon left out (بن الحسين) before "، و" and the next caller


def _more_callers(doc: Document, ev: Event) -> list[Actor]:
    """Callers coordinated after the last one found whose name tail broke the group: ``من ملك الأردن عبدالله
    الثاني بن الحسين، وملك البحرين``; each next party of another country after a short gap ending in "، و"."""
    own = {a.country for a in ev.recipient}
    last = max(ev.actor, key=lambda a: a.end)
    out = []
    for a in sorted(doc.actors, key=lambda a: a.start):
        if a.start < last.end or a.start >= ev.sentence.end:
            continue
        gap = text_between(doc, last.end, a.start)
        if not re.search(r"[،,]\s*و$", gap) or len(gap.replace("،", " ").split()) > CALLER_GAP or \
                any(c in gap for c in ".:؛") or not a.country or a.country in own or a.kind not in ("person", "title"):
            break
        out.append(a)
        last = a
    return out


def split_received_calls(doc: Document, events: list[Event]) -> list[Event]:
    """``تلقى X اتصالين هاتفيين من Y، و Z``: received calls (or cables) in the plural from callers of several
    countries are one call per caller, each Y -> X, as the news gold codes them."""
    out = []
    for ev in events:
        if ev.type != "CONSULT" or not ev.actor or not any("received:" in x for x in ev.explanation) or \
                not any(normalize_word(w) in PLURAL_CALLS for w in ev.trigger.text.split()):
            out.append(ev)
            continue
        callers = list(ev.actor) + _more_callers(doc, ev)
        countries = list(dict.fromkeys(a.country for a in callers if a.country))
        if len(countries) < 2 or not all(a.country for a in callers):
            out.append(ev)
            continue
        copies = [derived_event(ev, c, f"one call per caller: {c}", actor=[a for a in callers if a.country == c])
                  for c in countries[1:]]
        ev.actor = [a for a in callers if a.country == countries[0]]
        ev.explanation.append(f"one call per caller: {countries[0]}")
        out += [ev] + copies
    return out
