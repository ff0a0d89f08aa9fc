"""The other side of a meeting named by its own phrase: ``الاجتماع المشترك بين وزراء خارجية دول الخليج ووزير
الخارجية الأمريكي``، ``جولة المفاوضات التي تنطلق غدا في الخرطوم بين وزراء الري في السودان، مصر وإثيوبيا``،
``اجتمع X أمس في مكتبه بجدة، مع وزير خارجية مصر``.

A CONSULT whose argument rules found one side (or none) would be dropped as a fragment (stage._one_sided); when the
meeting's own phrase goes on, past its modifiers, a relative clause or a place and time, to a party preposition
(بين lists both sides, مع the other one), the parties it lists are the meeting's. The phrase ends at a new clause or
at a topic (تناول اللقاء العلاقات بين البلدين: the relations' parties, not the meeting's). Two more slots name the
other side: the object of a verbal noun carrying its doer's pronoun (خلال استقباله أمس المهندس X), and, for a
meeting set in another clause or owned by a dual (أكد X لنظيره Y ... بعد لقائهما، قالت X ليY في بداية محادثات),
that clause's single other country. Guards: the setting only for a meeting whose own phrase names no side (no
بين/مع list, no destination: زيارته إلى القاهرة); the partner is the party named right after مع (honorifics, ranks,
counts between) and those coordinated with it, not a place, a posting or a party after them.

Session 27: a topic word inside a party's name (مجلس التعاون الخليجي) ends no list, a party whose long name starts in
the list is listed, and an actor only a merged report in another sentence brought is no side; a meeting read with
no actor and all its parties as recipients (جرى اتصال بين X و Y) is split by its بين list; a bare term met after مع
stands for the states right after its من (مع دبلوماسيين من X و Y: slot "members"); an arrival with no actor takes
the one its plane carries (طائرة تقل X) and a relative meeting verb its subject then object (استقبل خلالها X Y),
before meetings with no actor are dropped (stage._one_sided); a visit's next stop (قبل أن يتوجه إلى Y، ثم Y) is a
visit of its own (``onward_visits``). Session 28: a meeting verb whose subject follows it has for other side the
one right after مع past only time words and one comma-closed place phrase (``_verb_partner``, slot "verb partner",
a narrow form of the "partner" slot that stays off). Session 29: the nationality adjectives right after a meeting
noun name its sides (الحوار الاستراتيجي المصري الأمريكي: slot "adjectives"); a delegation noun right after the
meeting word or its subject is met, its side after its من (بلقاء وفد من X: slot "delegation"); a meeting noun set
right after the subject of the verb opening its sentence was held by it (أكد X، في المؤتمر الصحفي المشترك مع Y);
an arrival whose actor is its own destination has the delegation named after it for visitor. Session 31: talks or
a deal between one country's own camps (بين الحكومة الأفغانية وحركة طالبان; a rebel group, party or opposition on one
side) is that country's with itself, marked internal; a meeting or agreement noun's genitive sides (اتفاق واشنطن
وأنقرة، واتفاق البلدين: ``meeting_objects``). Words: data/meeting_parties_words.yaml.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.argument_clues import nationality_country
from hadath.events.derived import derived_event
from hadath.events.doc_index import in_mention, token_index
from hadath.events.meeting_objects import dual_sides, genitive_sides
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel, strip_al

JOINT_PREPS = words("meeting_parties", "joint_preps") | words("meeting_parties", "gathering_verbs")
LIST_ENDS = words("meeting_parties", "list_ends")
PARTNER_PREPS = words("meeting_parties", "partner_preps")
PHRASE_ENDS = words("meeting_parties", "phrase_ends")
TOPIC_NOUNS = words("meeting_parties", "topic_nouns")
TIME_FILLERS = words("meeting_parties", "time_fillers")
DOER_ENDINGS = tuple(words("meeting_parties", "doer_endings"))
BOTH_SIDES_ENDINGS = tuple(words("meeting_parties", "both_sides_endings"))
SETTING_WORDS = words("meeting_parties", "setting_words")
DESTINATION_PREPS = words("meeting_parties", "destination_preps")
PARTNER_LEADS = words("meeting_parties", "partner_leads")
SIDE_GROUPS = words("meeting_parties", "side_groups")
SIDE_LEADS = words("meeting_parties", "side_leads")
PLURAL_CALLS = words("meeting_parties", "plural_calls")  # read by meeting_guests.split_received_calls
CARRIER_VERBS = words("meeting_parties", "carrier_verbs")
MEETING_MODIFIERS = words("meeting_parties", "meeting_modifiers")
ADJECTIVE_JOINERS = words("meeting_parties", "adjective_joiners")
HELD_OPENERS = words("meeting_parties", "held_openers")
MAX_MODIFIERS = 2  # a meeting noun's own modifiers before its nationality adjectives (الحوار الاستراتيجي الثنائي)
DELEGATION_TERMS = words("meeting_parties", "delegation_terms")
MAX_DELEGATION_LEAD = 4  # words between a delegation noun and its من (إعلاميا رفيع المستوى قدم)
PLACE_KINDS = frozenset(("capital", "country", "place", "seat"))  # actor kinds naming a state by a place
MAX_DESTINATION_LEAD = 3  # words between إلى and the destination's name (العاصمة السودانية الخرطوم)
MAX_OPENERS = 2  # words setting a meeting in the subject's clause (في، خلال، على هامش)
ACTIVE_TAGS = frozenset(("perf", "impf"))
MAX_GAP = 10  # tokens between the meeting word and its party preposition (modifiers, a short relative clause)
MAX_LIST = 14  # tokens a list of parties may run over (titles, names, a country per member)
MAX_OBJECT_LEAD = 4  # tokens of a verbal noun's object before the party mention starts (a title, a first name)
STATE_FEATURE = "PCL"  # GeoNames feature codes of independent and dependent political entities (PCLI, PCLD ...)
CLAUSE_PUNCT = frozenset(".؛;:!?؟\"«»“”")
# the slots in use. "setting" (بعد لقائهما: the single other country named before) and "partner" (مع Y after a
# subject that follows the verb) were right in 5 of 5 tuning fires but wrong in both of their validation fires
# (test and fresh2 +1 false event each, session 19). Session 20 guarded them (the meeting's own phrase first; the
# one met named right after مع, with those coordinated with it): switched on, tuning +5 tp 0 fp (the same five),
# fresh2 back to its start, test still +1 false event; so they stay off. "members" (session 27): a bare term after
# مع standing for the states after its من, 1 of 1 right on the tuning sets
SLOTS = frozenset(("joint", "object", "members"))
SUBJECT_LEAD = 2  # honorifics between a meeting verb and its subject (اجتمع معالي الوزير)
PHRASE_OPENERS = frozenset("فبع")  # a place or occasion phrase between subject and مع: في، بجدة، على هامش
MAX_PHRASE = 8  # tokens of that phrase with its closing comma
COMMAS = frozenset("،,")



def _sentence_end(doc: Document, ev: Event) -> int:
    """Index past the last token of the event's sentence."""
    return min(token_index(doc.tokens, ev.sentence.end), len(doc.tokens))


def _listed_in(norm: str, words: frozenset) -> bool:
    """The word or its stem without a leading و/ف is in ``words`` (فيما stays فيما; وبين is بين)."""
    return norm in words or peel(norm) in words


def _party_preposition(doc: Document, first: int, stop: int) -> Optional[tuple[int, str]]:
    """The index and kind ("joint": بين or a gathering verb; "partner": مع) of the word that goes on the meeting's
    phrase to name its parties."""
    toks = doc.tokens
    for k in range(first, min(stop, first + MAX_GAP + 1)):
        t = toks[k]
        if t.is_punct and t.text in CLAUSE_PUNCT:
            return None
        n = t.norm
        if n in JOINT_PREPS or peel(n) in JOINT_PREPS:
            return k, "joint"
        if n in PARTNER_PREPS:
            return k, "partner"
        if (_listed_in(n, PHRASE_ENDS) or _listed_in(n, TOPIC_NOUNS)) and not in_mention(doc, t.start):
            return None
    return None


def _listed_parties(doc: Document, first: int, stop: int) -> list[Actor]:
    """The parties named in the list that opens at token ``first`` (up to a new clause or topic)."""
    toks = doc.tokens
    end = min(stop, first + MAX_LIST)
    for k in range(first, end):
        t = toks[k]
        n = t.norm
        if (t.is_punct and t.text in CLAUSE_PUNCT) or (any(_listed_in(n, w) for w in (PHRASE_ENDS, TOPIC_NOUNS, LIST_ENDS))
                                                       and not in_mention(doc, t.start)):
            end = k  # a topic word inside a party's name (مجلس التعاون الخليجي) is no topic
            break
    if end <= first:
        return []
    lo, hi = toks[first].start, toks[end - 1].end
    # a party whose mention starts in the list is listed, however long its titles and name run on
    named = [a for a in doc.actors if lo <= a.start < hi]
    # a member country read as a place (بين وزراء الري في السودان، مصر وإثيوبيا): a state, not a city, is a side
    states = [Actor.of_place(p) for p in doc.places if lo <= p.start and p.end <= hi and p.country and
              (p.feature or "").startswith(STATE_FEATURE) and not any(a.start <= p.start < a.end for a in named)]
    return sorted(named + states, key=lambda a: a.start)


def _coordinated_after(doc: Document, first: int, parties: list[Actor]) -> list[Actor]:
    """``مع معالي وزير خارجية مصر X ونظيره الأردني``: the one met is named right after مع (only honorifics, ranks
    or a count between: مع كبار، مع عدد من), and the others are coordinated with it (و، a comma); a place, a posting
    (لدى المملكة) or a purpose phrase after the first party ends the list: those name the venue or a topic."""
    toks = doc.tokens
    k = first
    while k < len(toks) and _listed_in(toks[k].norm, PARTNER_LEADS):
        k += 1
    named = [a for a in parties if a.kind != "place"]
    if k >= len(toks) or not named or not (named[0].start < toks[k].end and toks[k].start < named[0].end):
        return []
    out = [named[0]]
    for a in named[1:]:
        gap = doc.text[out[-1].end:a.start].replace("،", " ").replace(",", " ").split()
        if a.start < out[-1].end or all(w == "و" or _listed_in(normalize_word(w), PARTNER_LEADS) for w in gap):
            out.append(a)
        else:
            break
    return out


def _members_from(doc: Document, term: Actor, parties: list[Actor], stop: int) -> list[Actor]:
    """``مع دبلوماسيين من الولايات المتحدة وبريطانيا``: a bare term of no country (diplomats, a delegation) met
    stands for the states named right after its من, coordinated (و، a comma) with nothing else between; any other
    word after the term (مع مسؤولين في ...، مع ممثلي الشركات) leaves its side unknown."""
    toks = doc.tokens
    k = token_index(toks, term.end - 1) + 1
    if k + 1 >= stop or toks[k].norm != "من":
        return []
    out = []
    for a in parties:
        if not a.country or (a.kind == "place" and not (a.start == toks[k + 1].start or out)):
            break
        gap = doc.text[(out[-1].end if out else toks[k].end):a.start].replace("،", " ").replace(",", " ").split()
        if any(w != "و" for w in gap):
            break
        out.append(a)
    return out


def _distinct(parties: list[Actor], taken: set) -> list[Actor]:
    """One party per country, leaving out the countries already taken."""
    out, seen = [], set(taken)
    for a in parties:
        if a.country not in seen:
            out.append(a)
            seen.add(a.country)
    return out


def _object_of_noun(doc: Document, last: int, stop: int) -> list[Actor]:
    """``خلال لقائه أمس الرئيس X``: the party right after a verbal noun carrying its doer's pronoun is the one met."""
    toks = doc.tokens
    if not toks[last].norm.endswith(DOER_ENDINGS) or toks[last].norm.endswith(BOTH_SIDES_ENDINGS):
        return []
    k = last + 1
    while k < stop and toks[k].norm in TIME_FILLERS:
        k += 1
    end = k
    while end < min(stop, k + MAX_OBJECT_LEAD) and not toks[end].is_punct and toks[end].norm not in PHRASE_ENDS:
        end += 1  # a title and a name may come before the mention the lexicon knows (المهندس خالد محفوظ بحاح)
    if end <= k:
        return []
    first = min((a for a in doc.actors if toks[k].start <= a.start < toks[end - 1].end and a.country),
                key=lambda a: a.start, default=None)
    return [first] if first is not None else []


def _set_in_other_clause(doc: Document, first: int) -> bool:
    """Whether the meeting word at token ``first`` is the setting of another clause (بعد لقائهما، في بداية محادثات)
    or names both sides by a dual or plural owner (في اجتماعهم المشترك)."""
    toks = doc.tokens
    if toks[first].norm.endswith(BOTH_SIDES_ENDINGS):
        return True
    return first >= 1 and toks[first - 1].norm in SETTING_WORDS


def _other_side_before(doc: Document, ev: Event, trigger, own: set) -> list[Actor]:
    """``أكد X لنظيره Y ... بعد لقائهما``: a meeting set in another clause (or with a dual owner) has that clause's
    parties for sides; the one not yet found is the single other country named before it in the sentence."""
    first = token_index(doc.tokens, trigger.start)
    if first >= len(doc.tokens) or not _set_in_other_clause(doc, first):
        return []
    before = [a for a in doc.actors if ev.sentence.start <= a.start and a.end <= trigger.start and a.country]
    others = _distinct(before, own)
    return others if len(others) == 1 else []


def _verb_partner(doc: Document, ev: Event, trigger, last: int, k: int, stop: int) -> list[Actor]:
    """Session 28: ``اجتمع الوزير X أمس في مكتبه بجدة، مع وزير خارجية مصر Y``، ``يجتمع X اليوم مع Y``: a meeting
    verb whose subject follows it right away has for other side the one named right after مع (``_coordinated_after``)
    when only time words and one place or occasion phrase closed by a comma (في ...، على هامش ...،) stand between
    the subject and مع. Narrower than the "partner" slot (off: any meeting word, any ten words between)."""
    toks = doc.tokens
    if getattr(ev, "head_tag", None) not in ACTIVE_TAGS:
        return []
    first = token_index(toks, trigger.end - 1) + 1
    subj = [a for a in _own_actors(ev) if a.start >= trigger.end]
    if not subj or token_index(toks, subj[0].start) - first > SUBJECT_LEAD:
        return []
    gap = [t for t in toks[last + 1:k] if t.norm not in TIME_FILLERS]
    while gap and gap[0].is_punct and gap[0].text in COMMAS:
        gap = gap[1:]  # the comma closing the subject's name or a time (مساء اليوم، على هامش ...،)
    if gap and not (gap[-1].is_punct and gap[-1].text in COMMAS and gap[0].norm[:1] in PHRASE_OPENERS
                    and len(gap) <= MAX_PHRASE and not any(t.is_punct for t in gap[:-1])):
        return []
    return _coordinated_after(doc, k + 1, _listed_parties(doc, k + 1, stop))


def _names_destination(doc: Document, first: int, stop: int) -> bool:
    """Whether the meeting's own phrase names where it goes (زيارته إلى القاهرة، زيارته الخاصة لفرنسا): a party or
    a place with a country behind إلى or a ل glued to it; that visit's other side is there, not in another clause."""
    toks = doc.tokens
    for k in range(first, min(stop, first + MAX_GAP + 1)):
        t = toks[k]
        if (t.is_punct and t.text in CLAUSE_PUNCT) or _listed_in(t.norm, PHRASE_ENDS) or _listed_in(t.norm, TOPIC_NOUNS):
            return False
        if t.norm in DESTINATION_PREPS and k + 1 < stop:
            at = toks[k + 1]
        elif t.norm.startswith("ل") and len(t.norm) > 3:
            at = t
        else:
            continue
        if any(m.country and m.start < at.end and at.start < m.end for m in list(doc.actors) + list(doc.places)):
            return True
    return False


def _names_no_side(doc: Document, first: int, stop: int) -> bool:
    """Whether the meeting's phrase, from the word after it (before any subject: الاجتماع الذي عقد بين الملك X و
    Y), names no side by a party preposition or a destination: only then may another clause set its sides."""
    return _party_preposition(doc, first, stop) is None and not _names_destination(doc, first, stop)


def _nationality_at(doc: Document, tok) -> Optional[str]:
    """The country a word names as a nationality adjective (المصري، والأميركي), or as a state name standing for one
    (المباحثات المصرية السعودية), else None."""
    c = nationality_country(tok.norm) or nationality_country(peel(tok.norm))
    if c:
        return c
    a = next((a for a in doc.actors if tok.start <= a.start and a.end == tok.end and a.kind == "country"), None)
    return a.country if a is not None else None


def _adjective_sides(doc: Document, trigger, stop: int) -> list[Actor]:
    """Session 29: ``الحوار الاستراتيجي المصري الأمريكي``، ``المباحثات الثنائية المصرية - السعودية``:
    the nationality adjectives right after a meeting noun (past at most two of its own modifiers, joined by nothing,
    و or a hyphen) name its sides in order; two states at least, else none (one adjective may be a party's own)."""
    toks = doc.tokens
    k = token_index(toks, trigger.end - 1) + 1
    lead = 0
    while k < stop and lead < MAX_MODIFIERS and strip_al(peel(toks[k].norm)) in MEETING_MODIFIERS:
        k, lead = k + 1, lead + 1
    out = []
    while k < stop:
        t = toks[k]
        if out and (t.norm in ADJECTIVE_JOINERS or t.text in ADJECTIVE_JOINERS):
            k += 1
            continue
        c = _nationality_at(doc, t)
        if c is None:
            break
        out.append(Actor.of_nationality(t, c))
        k += 1
    return _distinct(out, set()) if len({a.country for a in out}) >= 2 else []


def _delegation_met(doc: Document, k: int, stop: int) -> list[Actor]:
    """Session 29: ``بلقاء وفد من الائتلاف السوري``، ``التقى X أمس وفدا من حزب Y``، ``استقبل X وفدا إعلاميا قدم من
    جمهورية Y``: a delegation noun right after the meeting word or its subject (time words between) is the one met;
    its side is the party or state right after its من (a few modifiers before it), or its nationality adjective."""
    toks = doc.tokens
    while k < stop and toks[k].norm in TIME_FILLERS:
        k += 1
    if k >= stop or strip_al(peel(toks[k].norm, preps="ب")) not in DELEGATION_TERMS:
        return []
    for j in range(k + 1, min(stop, k + 2 + MAX_DELEGATION_LEAD)):
        t = toks[j]
        if t.is_punct or _listed_in(t.norm, PHRASE_ENDS):
            return []
        c = _nationality_at(doc, t)
        if c:
            return [Actor.of_nationality(t, c)]
        if t.norm == "من":
            return _first_side_from(doc, j + 1, stop)
    return []


def _first_side_from(doc: Document, k: int, stop: int) -> list[Actor]:
    """The party or state whose mention opens token ``k``, else the first nationality adjective of the few words
    after it (وفد من مجلس الأعمال السعودي الفرنسي: a body of no country of its own, named by its adjective)."""
    toks = doc.tokens
    party = _party_or_state_at(doc, toks[k]) if k < stop else None
    if party is not None:
        return [party]
    for j in range(k, min(stop, k + MAX_DELEGATION_LEAD)):
        if toks[j].is_punct:
            break
        c = _nationality_at(doc, toks[j])
        if c:
            return [Actor.of_nationality(toks[j], c)]
    return []


def _sides_at(doc: Document, ev: Event, trigger, own: set) -> Optional[tuple[list[Actor], list[Actor], str]]:
    """Actor, recipient and the slot that named them, from the phrase of one mention of the meeting, else None."""
    # the phrase goes on after the trigger and after a subject that follows it (اجتمع الوزير X أمس ... مع Y)
    end = max([trigger.end] + [a.end for a in _own_actors(ev) if a.start >= trigger.start])
    last = token_index(doc.tokens, end - 1)
    stop = _sentence_end(doc, ev)
    if getattr(ev, "head_tag", None) == "":
        adjectives = _adjective_sides(doc, trigger, stop)
        if adjectives and own & {a.country for a in adjectives}:
            return list(ev.actor), _distinct(adjectives, own), "adjectives"
        if adjectives and not own:
            return adjectives[:1], adjectives[1:], "adjectives"
    if own and "object" in SLOTS:
        met = _distinct(_object_of_noun(doc, token_index(doc.tokens, trigger.end - 1), stop), own)
        if met:
            return list(ev.actor), met, "object"
    if own:
        met = _distinct(_delegation_met(doc, last + 1, stop), own)
        if met:
            return list(ev.actor), met, "delegation"
    found = _party_preposition(doc, last + 1, stop)
    if own and found is not None and found[1] == "partner" and "partner" not in SLOTS:
        met = _distinct([a for a in _verb_partner(doc, ev, trigger, last, found[0], stop) if a.country], own)
        if met:
            return list(ev.actor), met, "verb partner"
    if found is None:
        # the setting only when the meeting's own phrase names no side (no بين/مع list, no destination)
        if own and "setting" in SLOTS and _names_no_side(doc, token_index(doc.tokens, trigger.end - 1) + 1, stop):
            met = _other_side_before(doc, ev, trigger, own)
            if met:
                return list(ev.actor), met, "setting"
        return None
    k, kind = found
    listed = _listed_parties(doc, k + 1, stop)
    if kind == "partner" and listed and not listed[0].country and listed[0].start == doc.tokens[k + 1].start:
        listed, kind = _members_from(doc, listed[0], listed[1:], stop), "members"
    elif kind == "partner":
        listed = _coordinated_after(doc, k + 1, listed)
    if kind not in SLOTS:
        return None
    parties = [a for a in listed if a.country]
    if own:
        others = _distinct(parties, own)
        return (list(ev.actor), others, kind) if others else None
    if kind != "joint" or _own_actors(ev):
        return None
    sides = _distinct(parties, set())
    return ([sides[0]], sides[1:], kind) if len(sides) >= 2 else None


def meeting_sides(doc: Document, ev: Event) -> Optional[tuple[list[Actor], list[Actor], str]]:
    """Actor, recipient and slot (joint بين, partner مع, object, setting) of a one-sided meeting from the phrase of
    any of its mentions, else None. An actor only a merged report in another sentence brought is no side here."""
    own = {a.country for a in _own_actors(ev) if a.country}
    for trigger in [ev.trigger] + [m.trigger for m in ev.mentions if m.sentence.start == ev.sentence.start]:
        sides = _sides_at(doc, ev, trigger, own)
        if sides is not None:
            return sides
    return None


def _own_actors(ev: Event) -> list[Actor]:
    """The meeting's actors named in its own sentence (a merged report elsewhere may bring another one)."""
    return [a for a in ev.actor if ev.sentence.start <= a.start < ev.sentence.end]


def _lacks_a_side(ev: Event) -> bool:
    """A meeting with no other side: no recipient (its actor all of known country), or no actor with parties of
    several countries all among the recipients (جرى اتصال بين X و Y, both read as objects). (Meetings of one state
    on both sides were tried too: right in 1 of 2 tuning fires, session 27.)"""
    if not ev.recipient:
        return all(a.country for a in ev.actor)
    return not ev.actor and len({a.country for a in ev.recipient if a.country}) >= 2


def _complete_in_sentence(events: list[Event], ev: Event) -> bool:
    """Whether another CONSULT of the same sentence already names both sides (the meeting is reported)."""
    return any(e is not ev and e.type == "CONSULT" and e.actor and e.recipient and
               e.sentence.start == ev.sentence.start and not any(x.startswith(CAMPS) for x in e.explanation)
               for e in events)  # talks between one country's camps leave their host's visit or hosting open


INTERNAL = "meeting parties (internal)"
CAMPS = f"{INTERNAL} (camps)"  # marks a meeting between one country's own camps


def _internal_sides(doc: Document, ev: Event) -> Optional[Actor]:
    """``مفاوضات بين الأطراف اليمنية``، ``محادثات السلام بين كافة الأطراف الليبية``: a meeting between the sides of
    one country, named by a plural of sides (الأطراف، الفرقاء، الفصائل) with its nationality as the only party of the
    بين list; that party, else None."""
    toks = doc.tokens
    stop = _sentence_end(doc, ev)
    for trigger in [ev.trigger] + [m.trigger for m in ev.mentions if m.sentence.start == ev.sentence.start]:
        found = _party_preposition(doc, token_index(toks, trigger.end - 1) + 1, stop)
        if found is None or peel(toks[found[0]].norm) not in JOINT_PREPS - words("meeting_parties", "gathering_verbs"):
            continue
        k = found[0] + 1
        while k < stop and _listed_in(toks[k].norm, SIDE_LEADS):
            k += 1  # كافة، جميع
        listed = _listed_parties(doc, found[0] + 1, stop)
        if len(listed) != 1 or not listed[0].country or k >= stop or listed[0].start != toks[k].start:
            continue
        if strip_al(peel(toks[k].norm)) in SIDE_GROUPS:
            return listed[0]
    return None


DOMESTIC_SECTORS = frozenset(w.upper() for w in raw_words("meeting_parties", "domestic_side_sectors"))
DOMESTIC_TYPES = frozenset(("CONSULT", "AGREE"))
MAX_CAMP_GAP = 3  # words between two coordinated sides (a modifier of the first, a noun before the second)
CAMP_GAP_STOPS = words("meeting_parties", "camp_gap_stops")
WAW_NOUNS = words("meeting_parties", "waw_nouns")  # nouns spelt with an initial و, no conjunction (وزير، وفد)


def _joined(doc: Document, a: Actor, b: Actor) -> bool:
    """Whether party ``b`` is coordinated with ``a`` before it: b inside a, or a و (alone or on a word) within a
    few words (بين حزب X الحاكم وحزب Y، بين جماعة X ومؤيدي Y), with no relative clause between."""
    if b.start < a.end:
        return True
    text = doc.text[a.end:b.start]
    gap = text.replace("،", " ").replace(",", " ").split()
    if len(gap) > MAX_CAMP_GAP or any(normalize_word(w) in CAMP_GAP_STOPS for w in gap):
        return False  # a relative clause or apposition about the first side (الذي يترأس حزب X)
    return text.rstrip().endswith("و") or any(w.startswith("و") and normalize_word(w) not in WAW_NOUNS for w in gap)


def _of_country(side: Actor, country: str) -> Actor:
    """A camp of no known country, in talks with a camp of ``country``, given that country (implied)."""
    if side.country:
        return side
    return Actor(side.text, side.start, side.end, side.text, side.text, country, side.sector, kind="implied")


def _domestic_sides(doc: Document, ev: Event) -> Optional[tuple[Actor, Actor]]:
    """Session 31: ``محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان``، ``توقيع اتفاق سلام بين
    الحكومة السودانية والمتمردين``، ``المحادثات بين جماعة الحوثي وحكومة هادي``: a meeting or agreement whose بين list
    (right after its word, ``_party_preposition``) names two parties, those of known country all of one, one of them
    a camp that is no state office (a rebel group, a party, the opposition: ``domestic_side_sectors``), is held
    between that country's own camps: (first, second), the second given the country when it has none. Two offices
    of one state (بين وزير الداخلية ووزير الدفاع) stay a meeting of its own officials."""
    toks = doc.tokens
    stop = _sentence_end(doc, ev)
    for trigger in [ev.trigger] + [m.trigger for m in ev.mentions if m.sentence.start == ev.sentence.start]:
        found = _party_preposition(doc, token_index(toks, trigger.end - 1) + 1, stop)
        if found is None or found[1] != "joint":
            continue
        listed = [a for a in _listed_parties(doc, found[0] + 1, stop) if a.kind != "place"]
        apart = [a for i, a in enumerate(listed) if not any(b.start <= a.start < b.end for b in listed[:i])]
        if len(apart) > 2 and _joined(doc, apart[1], apart[2]):
            apart = [a for a in apart if _joined(doc, apart[1], a) or a.start <= apart[1].start]  # a third side
        else:
            apart = apart[:2]  # a party after a preposition (والمتمردين في الجيش الشعبي) names the second side
        countries = {a.country for a in apart if a.country}
        if len(apart) < 2 or len(countries) != 1 or not apart[0].country or not _joined(doc, apart[0], apart[1]):
            continue
        if normalize_word(apart[0].text) == normalize_word(apart[1].text) or \
                not any((a.sector or "") in DOMESTIC_SECTORS for a in apart[:2]):
            continue
        return apart[0], _of_country(apart[1], apart[0].country)
    return None


def _coordinated_camps(doc: Document, ev: Event) -> Optional[tuple[Actor, Actor]]:
    """Session 31: ``طوق جيش الإسلام وجبهة النصرة الإشكالات بينهما بتوقيع اتفاق``: an act with no recipient
    whose two actors, of one country (or one of none), are two camps coordinated in its subject (one of them no
    state office): (first, second), the second given the country when it has none."""
    if ev.recipient or len(ev.actor) != 2 or not ev.actor[0].country:
        return None
    first, second = sorted(ev.actor, key=lambda a: a.start)
    if not first.country or second.country not in (None, first.country) or \
            normalize_word(first.text) == normalize_word(second.text) or not _joined(doc, first, second) or \
            not any((a.sector or "") in DOMESTIC_SECTORS for a in (first, second)):
        return None
    return first, _of_country(second, first.country)


def internal_meetings(doc: Document, events: list[Event]) -> None:
    """A meeting between one country's own sides (مفاوضات بين الأطراف اليمنية) is that country's with itself; marked
    so the drop of one state's own officials meeting (stage._one_sided) keeps it."""
    for ev in events:
        if ev.type != "CONSULT" or len({a.country for a in ev.actor + ev.recipient}) > 1:
            continue
        party = _internal_sides(doc, ev)
        if party is None or any(a.country and a.country != party.country for a in ev.actor + ev.recipient):
            continue
        ev.actor, ev.recipient = [party], [party]
        ev.explanation.append(f"{INTERNAL}: {party.text}")
    for ev in events:  # a meeting or deal between one country's own camps
        if ev.type not in DOMESTIC_TYPES or len({a.country for a in ev.actor + ev.recipient if a.country}) > 1 or \
                any(x.startswith(INTERNAL) for x in ev.explanation):
            continue
        sides = _domestic_sides(doc, ev) or _coordinated_camps(doc, ev)
        if sides is None or any(a.country and a.country != sides[0].country for a in ev.actor + ev.recipient):
            continue
        ev.actor, ev.recipient = [sides[0]], [sides[1]]
        ev.explanation.append(f"{CAMPS}: {sides[0].text}, {sides[1].text}")




def _subject_then_object(doc: Document, ev: Event) -> Optional[tuple[Actor, Actor]]:
    """``الزيارة التي استقبل خلالها X Y``: an active meeting verb with no actor whose one recipient is followed right
    away (nothing but spaces between) by a party of another country: the first is the verb's subject, the second
    its object."""
    if ev.actor or len(ev.recipient) != 1 or getattr(ev, "head_tag", None) not in ACTIVE_TAGS:
        return None
    first = ev.recipient[0]
    if not first.country or first.start < ev.trigger.end:
        return None
    nxt = next((a for a in doc.actors if a.start >= first.end and not doc.text[first.end:a.start].strip()), None)
    if nxt is None or not nxt.country or nxt.country == first.country or nxt.start >= ev.sentence.end:
        return None
    return first, nxt


def _carried_visitor(doc: Document, ev: Event) -> Optional[Actor]:
    """``وصلت إلى مطار القاهرة طائرة تقل رئيس وزراء اليونان``: an arrival with no actor whose sentence has a plane
    carrying a party of another country right after the carrying verb: that party is the visitor."""
    if ev.actor or not ev.recipient:
        return None
    toks = doc.tokens
    hosts = {a.country for a in ev.recipient}
    for k in range(token_index(toks, ev.sentence.start), _sentence_end(doc, ev) - 1):
        if toks[k].norm in CARRIER_VERBS:
            nxt = next((a for a in doc.actors if toks[k + 1].start <= a.start < toks[k + 1].end), None)
            if nxt is not None and nxt.country and nxt.country not in hosts:
                return nxt
    return None


def _held_by_subject(doc: Document, ev: Event) -> Optional[Actor]:
    """Session 29: ``أكد وزير خارجية مصر، في المؤتمر الصحفي المشترك مع Y، أن ...``، ``وكشف X، خلال مؤتمر صحافي عقده
    مع Y``: a meeting noun with its other side but no actor, set (في، خلال، على هامش) right after the subject of the
    verb opening its sentence (only a comma or a time word between), was held by that subject; a party of another
    country than the one met. A party named inside the trigger's own words (مؤتمر صحفي عقده برئاسة الجمهورية المصرية
    ... مع Y: the venue) is no actor of it."""
    inside = all(ev.trigger.start < a.start and a.end < ev.trigger.end for a in ev.actor)
    if not inside or not ev.recipient or getattr(ev, "head_tag", None) != "":
        return None
    toks = doc.tokens
    k = token_index(toks, ev.trigger.start) - 1
    opened = 0
    while k >= 0 and opened < MAX_OPENERS and toks[k].norm in HELD_OPENERS:
        k, opened = k - 1, opened + 1
    if not opened:
        return None
    while k >= 0 and ((toks[k].is_punct and toks[k].text in COMMAS) or toks[k].norm in TIME_FILLERS):
        k -= 1
    first = token_index(toks, ev.sentence.start)
    if k <= first:
        return None
    subject = next((a for a in doc.actors if toks[k].start < a.end <= toks[k].end and a.country), None)
    met = {a.country for a in ev.recipient}
    if subject is None or subject.country in met or None in met or token_index(toks, subject.start) != first + 1 \
            or toks[first].is_punct or any(a.end <= subject.start and a.start >= toks[first].start for a in doc.actors):
        return None
    return subject


def _arriving_delegation(doc: Document, ev: Event) -> Optional[tuple[Actor, Actor]]:
    """Session 29: ``يصل إلى العاصمة السودانية الخرطوم يوم الأحد المقبل، وفد رفيع من وزارة النقل المصرية``: an
    arrival whose only actor is the place right after its إلى (the subject search took the destination) and that
    names a delegation soon after it has that delegation's side for visitor and the place for host; (visitor, host)
    or None."""
    toks = doc.tokens
    if ev.recipient or len(ev.actor) != 1 or toks[token_index(toks, ev.trigger.end - 1)].norm not in DESTINATION_PREPS:
        return None
    place = ev.actor[0]
    first = token_index(toks, ev.trigger.end - 1) + 1
    at = token_index(toks, place.start)
    if place.kind not in PLACE_KINDS or not place.country or at - first > MAX_DESTINATION_LEAD or \
            any(t.is_punct for t in toks[first:at]):
        return None
    stop = _sentence_end(doc, ev)
    last = token_index(toks, place.end - 1)
    for k in range(last + 1, min(stop, last + 1 + MAX_GAP)):
        if toks[k].is_punct and toks[k].text in CLAUSE_PUNCT:
            return None
        if strip_al(peel(toks[k].norm)) in DELEGATION_TERMS:
            met = _delegation_met(doc, k, stop)
            if met and met[0].country and met[0].country != place.country:
                return met[0], place
            return None
    return None


def _setting_sides(doc: Document, ev: Event) -> Optional[tuple[str, tuple]]:
    """The sides a meeting's setting names, tried in order: the visitor a plane carries (actor only), a subject then
    its object, an arriving delegation and its host, the subject of the clause the meeting is set in (actor only);
    (label, (actor,) or (actor, recipient)), or None."""
    carried = _carried_visitor(doc, ev)
    if carried is not None:
        return "carried visitor", (carried,)
    pair = _subject_then_object(doc, ev)
    if pair is not None:
        return "subject then object", tuple(pair)
    arrival = _arriving_delegation(doc, ev)
    if arrival is not None:
        return "arriving delegation", tuple(arrival)
    held = _held_by_subject(doc, ev)
    if held is not None:
        return "held by the clause's subject", (held,)
    return None


def _own_sides(doc: Document, ev: Event, events: list[Event]) -> bool:
    """Session 31: give a one-sided meeting or agreement noun the sides its own genitive names
    (``meeting_objects``: اتفاق واشنطن وأنقرة، واتفاق البلدين); whether it did."""
    found = genitive_sides(doc, ev)
    label = "genitive"
    if found is None:
        found, label = dual_sides(doc, ev, events), "dual"
    if found is None:
        return False
    ev.actor, ev.recipient = found
    ev.explanation.append(f"meeting parties ({label}): " + ", ".join(a.text for a in ev.actor + ev.recipient))
    return True


def complete_meeting_parties(doc: Document, events: list[Event]) -> None:
    """Give one-sided (or partyless) meetings the other side their own phrase or setting names; before the
    one-sided drop, so a filled meeting is kept."""
    internal_meetings(doc, events)
    for ev in events:
        if ev.type == "AGREE" and _lacks_a_side(ev):
            _own_sides(doc, ev, events)
        if ev.type != "CONSULT":
            continue
        found = _setting_sides(doc, ev)
        if found is not None:  # before the drop of a meeting with no actor
            label, sides = found
            ev.actor = [sides[0]]
            if len(sides) > 1:
                ev.recipient = [sides[1]]
            ev.explanation.append(f"meeting parties ({label}): " + ", ".join(a.text for a in sides))
            continue
        if not _lacks_a_side(ev):
            continue
        if _own_sides(doc, ev, events):
            continue
        if _complete_in_sentence(events, ev):
            continue
        sides = meeting_sides(doc, ev)
        if sides is None:
            continue
        ev.actor, ev.recipient, slot = sides
        ev.explanation.append(f"meeting parties ({slot}): " + ", ".join(a.text for a in ev.actor + ev.recipient))


ONWARD_WORDS = words("meeting_parties", "onward_words")
THEN_WORDS = words("meeting_parties", "then_words")
ONWARD_GAP = 4  # tokens between the travel word and إلى (a time: غدا، في اليوم التالي)


def _party_or_state_at(doc: Document, tok) -> Optional[Actor]:
    """The party, or the place of a known country, whose mention starts in this token."""
    at = [a for a in doc.actors if tok.start <= a.start < tok.end and a.country]
    if at:
        return at[0]
    place = next((p for p in doc.places if tok.start <= p.start < tok.end and p.country), None)
    return Actor.of_place(place) if place is not None else None


def _next_stops(doc: Document, ev: Event) -> list[Actor]:
    """``زار X مصر قبل أن يتوجه غدا إلى قطر``، ``ستزور السعودية ثم طهران``: the places of the visitor's next stops
    named after the visit, by a travel word and إلى (or a glued ل) within a few words, or right after ثم."""
    toks = doc.tokens
    stop = _sentence_end(doc, ev)
    out = []
    k = token_index(toks, ev.trigger.start)  # the travel word may end the trigger (غادر X كينيا متوجها)
    while k < stop:
        n = peel(toks[k].norm) if toks[k].norm not in ONWARD_WORDS | THEN_WORDS else toks[k].norm
        found = None
        if n in THEN_WORDS and k + 1 < stop:
            j = k + 1 + (toks[k + 1].norm in DESTINATION_PREPS)
            found = _party_or_state_at(doc, toks[j]) if j < stop else None
        elif n in ONWARD_WORDS:
            for j in range(k + 1, min(stop, k + 2 + ONWARD_GAP)):
                if toks[j].is_punct:
                    break
                if toks[j].norm in DESTINATION_PREPS and j + 1 < stop:
                    found = _party_or_state_at(doc, toks[j + 1])
                    break
                if toks[j].norm.startswith("ل") and len(toks[j].norm) > 3:
                    found = _party_or_state_at(doc, toks[j])
                    if found is not None:
                        break
        if found is not None:
            out.append(found)
        k += 1
    return out


def onward_visits(doc: Document, events: list[Event]) -> list[Event]:
    """A visit whose sentence names the visitor's next stop (قبل أن تتوجه إلى إيران) has a second visit, to that
    stop, by the same visitor: one more CONSULT with that country for recipient."""
    out = []
    for ev in events:
        out.append(ev)
        if ev.type != "CONSULT" or not ev.actor or not ev.recipient or not all(a.country for a in ev.actor):
            continue
        met = {a.country for a in ev.actor + ev.recipient}
        for dest in _next_stops(doc, ev):
            if dest.country in met or any(e.type == "CONSULT" and e.sentence.start == ev.sentence.start and
                                          {a.country for a in e.recipient} == {dest.country} for e in events + out):
                continue
            met.add(dest.country)
            out.append(derived_event(ev, str(dest.start), f"next stop of the visit: {dest.text}", recipient=[dest],
                                     mentions=[]))
    return out


def listed_sides(doc: Document, ev: Event) -> Optional[tuple[list[Actor], list[Actor], str]]:
    """Session 28: the sides a bare meeting noun with no party of its own lists right after it by بين (or a
    gathering verb): ``انتهت محادثات بين الرئيس X والرئيس Y``، ``محادثات السلام بين كافة الأطراف الليبية``. Read
    when the candidate is built: with no party it would be too weak to survive until ``complete_meeting_parties``."""
    if ev.actor or ev.recipient:
        return None
    genitive = genitive_sides(doc, ev)  # اتفاق واشنطن وأنقرة
    if genitive is not None:
        return genitive[0], genitive[1], "genitive"
    if ev.type != "CONSULT":  # an agreement noun takes only its camps (_domestic_sides)
        camps = _domestic_sides(doc, ev)
        return ([camps[0]], [camps[1]], INTERNAL + " camps") if camps is not None else None
    sides = _sides_at(doc, ev, ev.trigger, set())
    if sides is not None and sides[2] in ("joint", "adjectives"):
        return sides
    party = _internal_sides(doc, ev)
    if party is not None:
        return [party], [party], INTERNAL
    camps = _domestic_sides(doc, ev)
    return ([camps[0]], [camps[1]], INTERNAL + " camps") if camps is not None else None
