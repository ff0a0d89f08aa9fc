"""Parties the text implies rather than names, filled in or cleared once an event is built.

This module keeps the order the rules run in (``recipient_from_place``: the attack, group, arrest and domestic
rules of ``attack_parties``, ``group_parties`` and ``domestic_parties`` first, since the recipient rules after
them read the actor) and the rules that read where an act goes: a place in a statement's unnamed subject speaks
for its country, aid or a visit goes to its destination's country or its named beneficiary, an endorsed deal
supports the states it binds, praise goes to whoever took the step. Places standing for parties are in
``place_parties``.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.attack_parties import (attributed_attack, bombing_victims_side, fire_from_territory,
                                          group_hit_abroad, home_fight_on_militants, local_state_forces,
                                          manner_of_killing, passive_arrest_state, raid_at_home, reporting_source,
                                          reporting_sources, security_operation_actor, unnamed_parties,
                                          witnessed_attack)
from hadath.events.captured_places import other_side_recipient
from hadath.events.doc_index import token_at
from hadath.events.domestic_parties import (appealed_people, arrested_group_members, arrested_nationals, closed_outlet,
                                            promoted_group, unnamed_operation, unnamed_suspects)
from hadath.events.group_parties import qualified_group_actor, qualified_group_recipient, site_recipient
from hadath.events.place_parties import (CONFLICT_TYPES, NON_STATE_CODES, PEOPLE_NOUNS, STATE_SECTORS,
                                         condoled_country, foreign_soil_place, own_soil_place, protesters_of_place,
                                         singular_nationalities, sole_country_place, stateless_group, supported_place,
                                         vague)
from hadath.events.relative_clauses import DEAL_ACCORD_NOUNS, THING_RELATIVES, doer_named, is_accord_noun, points_back
from hadath.events.retreat_parties import retreat_parties
from hadath.events.triggers import TriggerMatch
from hadath.events.nesting import is_noun as is_noun_match
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel


# statement types whose unnamed speaker is often a local body placed by a place name (دائرة الإفتاء في الأردن،
# مشايخ منطقة نجران): the place's country speaks
STATEMENT_TYPES = frozenset(("ACCUSE", "SUPPORT", "REJECT"))
SUBJECT_PLACE_GAP = 8
SUBJECT_PLACE_BONUS = 0.2  # confidence a found speaker's place adds (stage._doomed counts on it)
STATEMENT_NOUNS = frozenset(normalize_word(w) for w in "بيانا بيان رسالة برقية برقيات".split())
ISSUING_VERBS = frozenset(normalize_word(w) for w in "أصدر أصدرت أصدروا بعث بعثت بعثوا وجه وجهت وجهوا".split())


def _issuing_verb(word: str) -> bool:
    return word in ISSUING_VERBS or (word[:1] in ("و", "ف") and word[1:] in ISSUING_VERBS)


VISITED_KINDS = frozenset(("country", "capital"))
# verbs whose object is the place visited (زار إيران); not those of hosting (تستضيفه موسكو: the host is the subject)
PLACE_OBJECT_VISITS = frozenset(("consult.zara",))


def visited_object(doc: Document, m: TriggerMatch, ev: Event) -> None:
    """``وزير الخارجية الفرنسي الذي زار إيران``، ``ظريف عندما يزور لبنان``: a country or capital right after the
    verb of visiting is the place visited, not its subject (a state does not visit); the visitor is then the one
    party of another country named before the verb in the sentence."""
    if m.pattern.id not in PLACE_OBJECT_VISITS or is_noun_match(m) or ev.recipient or len(ev.actor) != 1:
        return
    place = ev.actor[0]
    toks = doc.tokens
    if place.kind not in VISITED_KINDS or m.last + 1 >= len(toks) or toks[m.last + 1].start != place.start:
        return
    start = toks[doc.sentences[m.sentence].token_start].start
    before = [a for a in doc.actors if start <= a.start and a.end <= m.start and a.country and
              a.country != place.country and a.kind not in VISITED_KINDS]
    if len({a.country for a in before}) != 1:
        return
    ev.actor, ev.recipient = [before[-1]], [place]
    ev.explanation.append(f"parties: {place.text!r} after the visit verb is the place visited; visitor "
                          f"{before[-1].text!r}")


def subject_place(doc: Document, m: TriggerMatch, ev: Event, matches: list[TriggerMatch]) -> None:
    """A statement verb opening its sentence (VSO) with no actor found: its subject is a body the actors layer does
    not know (استنكرت دائرة الإفتاء العام في الأردن العمل الإرهابي); a place named in the subject, before the
    object's first trigger and before any punctuation, gives the speaker's country."""
    if ev.type not in STATEMENT_TYPES or ev.actor or m.head_prefix not in ("", "و", "ف"):
        return
    sent = doc.sentences[m.sentence]
    toks = doc.tokens
    k = sent.token_start
    while k < m.first and toks[k].is_punct:
        k += 1
    if m.head_tag == "perf" and k == m.first:
        first, stop = m.last + 1, sent.token_end
    elif m.head_tag == "impf" and k < m.first - 1 and toks[m.first - 1].norm in STATEMENT_NOUNS and \
            _issuing_verb(toks[k].norm):
        first, stop = k + 1, m.first - 1  # أصدر علماء ... في الأحساء بيانا يستنكرون فيه: the issuer speaks
    else:
        return  # not the sentence's opening verb: the subject may be before it
    starts = {h.first for h in matches if h is not m}
    places = {p.start: p for p in getattr(doc, "places", None) or () if p.country}
    for i in range(first, min(stop, first + SUBJECT_PLACE_GAP)):
        if toks[i].is_punct or i in starts:
            return
        loc = places.get(toks[i].start)
        if loc is not None:
            ev.actor = [Actor.of_place(loc)]
            ev.confidence = min(0.99, ev.confidence + SUBJECT_PLACE_BONUS)
            ev.explanation.append(f"actor: place in the unnamed subject {loc.text!r} ({loc.country})")
            return


def _destination_place(doc: Document, ev: Event, preps=("الى", "إلى", "الي")):
    """The one foreign place the clause sends the act to (إلى مطار عدن، تصل إلى X) or, for a withdrawal, takes it
    from (سحبت قواتها من سوريا): a place after the preposition in the sentence, not the actor's country."""
    own = {a.country for a in ev.actor}
    toks = doc.tokens
    found = []
    for p in getattr(doc, "places", []) or []:
        if not (ev.sentence.start <= p.start < ev.sentence.end) or not p.country or p.country in own:
            continue
        i = token_at(doc, p.start, 0, len(toks))
        before = [toks[k].norm for k in range(max(0, i - 2), i)]
        if any(w in preps for w in before):
            found.append(p)
    return found[0] if len({p.country for p in found}) == 1 else None


OBJECT_DESTINATION_TYPES = frozenset(("SANCTION", "COERCE", "THREATEN"))
OBJECT_DESTINATION_PREPS = words("implied_parties", "object_destination_preps")
OBJECT_DESTINATION_BARRIERS = words("implied_parties", "object_destination_barriers")
OBJECT_DESTINATION_GAP = 3  # "علقت مساعداتها العسكرية إلى مصر": the trigger's object, then إلى and the country


def object_destination(doc: Document, ev: Event) -> None:
    """A sanction, coercion or threat sent to a country named after إلى in its object phrase (علقت مساعداتها
    العسكرية إلى مصر، طردت إلى بنغلادش مهاجرين، وجه رسالتي تهديد إلى أميركا وفرنسا) is against that country: the
    actors layer reads the country as a place only, so the event had no recipient. The preposition follows the
    trigger within a few words and no "from" (منع الجنود من السفر إلى تونس: where the object may not go) lies
    between; the actor's own country gives nothing."""
    if ev.type not in OBJECT_DESTINATION_TYPES or not vague(ev.recipient) or not ev.actor:
        return
    toks = doc.tokens
    n = len(toks)
    start, end = token_at(doc, ev.trigger.start, 0, n), token_at(doc, ev.trigger.end - 1, 0, n) + 1
    places = {p.start: p for p in getattr(doc, "places", None) or () if p.country
              and ev.sentence.start <= p.start < ev.sentence.end}
    own = {a.country for a in ev.actor}
    # from the trigger's second word: a trigger may end in the preposition (طردت إلى) or hold the "from"
    for k in range(start + 1, min(n - 1, end + OBJECT_DESTINATION_GAP + 1)):
        if toks[k].start >= ev.sentence.end or toks[k].is_punct or toks[k].norm in OBJECT_DESTINATION_BARRIERS:
            return
        if toks[k].norm not in OBJECT_DESTINATION_PREPS:
            continue
        loc = next((places[s] for s in places if toks[k + 1].start <= s < toks[k + 1].end), None)
        if loc is None or loc.country in own:
            return
        locs = [loc] + [p for p in _coordinated_places(doc, loc) if p.country not in own]
        ev.recipient = [Actor.of_place(p) for p in locs]
        ev.explanation.append("recipient: country after إلى in the object phrase "
                              + ", ".join(f"{p.text!r} ({p.country})" for p in locs))
        return


def recipient_from_destination(ev: Event, doc: Optional[Document] = None) -> None:
    """Aid delivered to a place (طائرة إغاثة سعودية تصل إلى مطار عدن) goes to that place's country; a visit to a
    city (وصل X إلى الخرطوم في زيارة) is to that country; a withdrawal from a country (سحبت قواتها من سوريا)
    concerns it; a sanction, coercion or threat goes to a country after إلى in its object phrase."""
    if doc is not None:
        object_destination(doc, ev)
    visit = ev.type == "CONSULT" and ev.mode == "visit"
    if not (ev.type == "AID" or visit or ev.type == "RETREAT") or ev.recipient or \
            (not ev.actor and ev.type != "AID"):
        return
    loc = ev.location if ev.type != "RETREAT" else None
    if ev.type == "AID" and doc is not None:  # لإعادة لاجئين في جيبوتي إلى اليمن: the aid goes where it is taken
        dest = _destination_place(doc, ev, ("الى", "إلى", "الي"))
        if dest is not None and dest.country:
            loc = dest
    if (loc is None or not loc.country) and doc is not None:
        loc = _destination_place(doc, ev, ("من", "ومن") if ev.type == "RETREAT" else ("الى", "إلى", "الي"))
    if loc is None or not loc.country:
        return
    if loc.country in {a.country for a in ev.actor}:
        return
    own = {a.country for a in ev.actor}
    locs = [loc] + [p for p in _coordinated_places(doc, loc) if p.country not in own] if doc is not None else [loc]
    ev.recipient = [Actor.of_place(p) for p in locs]
    ev.explanation.append(f"recipient: country of the {'origin' if ev.type == 'RETREAT' else 'destination'} "
                          + ", ".join(f"{p.text!r} ({p.country})" for p in locs))


AID_NOUNS = words("implied_parties", "aid_nouns")
BENEFICIARY_PREPS = words("implied_parties", "beneficiary_preps")


BENEFICIARY_GAP = 4  # "المساعدات الإنسانية والإغاثية للأشقاء اليمنيين": a few modifiers between aid and its beneficiary


def _nationality_after(doc: Document, k: int):
    """(token, country) of a nationality adjective right after people noun k (الشعب اليمني، الأشقاء السوريين)."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].is_punct:
        return None
    t = toks[k + 1]
    for a in doc.actors or ():
        if a.country and a.country not in NON_STATE_CODES and a.start <= t.start < a.end:
            return t, a.country
    w = t.norm[2:] if t.norm.startswith("ال") else t.norm
    for cut in ("ين", "ون", "ه", "ة", ""):
        if cut and not w.endswith(cut):
            continue
        iso = singular_nationalities().get(w[:len(w) - len(cut)] if cut else w)
        if iso:
            return t, iso
    return None


def _place_behind_prep(doc: Document, k: int, places: dict):
    """The place starting in token k when a destination preposition stands right before it (إلى عدن، داخل اليمن)
    or ل is attached to it (لليمن)."""
    toks = doc.tokens
    p = next((places[s] for s in places if toks[k].start <= s < toks[k].end), None)
    if p is None:
        return None
    attached = doc.text[toks[k].start:p.start]
    if attached:
        return p if attached.lstrip("و") in ("ل", "لل") else None
    prev = toks[k - 1].norm if k > 0 else ""
    return p if prev in BENEFICIARY_PREPS or (prev[:1] == "و" and prev[1:] in BENEFICIARY_PREPS) else None


def _beneficiary_at(doc: Document, k: int, places: dict):
    """(actor, why, next token) of a beneficiary starting at token k: a place behind a destination preposition, or
    a people noun with a nationality (CVL)."""
    toks = doc.tokens
    p = _place_behind_prep(doc, k, places)
    if p is not None:
        return (Actor.of_place(p),
                f"place the aid goes to {p.text!r}", token_at(doc, p.end - 1, 0, len(toks)) + 1)
    if peel(toks[k].norm, preps="لب", lil=True) in PEOPLE_NOUNS:
        nat = _nationality_after(doc, k)
        if nat is not None:
            t, iso = nat
            return (Actor(toks[k].text + " " + t.text, toks[k].start, t.end, iso, None, iso, "CVL", kind="nationality"),
                    f"people the aid goes to {toks[k].text} {t.text!r}", k + 2)
    return None


def _aid_beneficiaries(doc: Document, ev: Event) -> list:
    """(actor, why) of the parties named as where aid goes, right after an aid noun or the trigger of the
    sentence and before any punctuation: a place behind a destination preposition, or a people noun with a
    nationality (CVL)."""
    toks = doc.tokens
    n = len(toks)
    lo = token_at(doc, ev.sentence.start, 0, n)
    hi = token_at(doc, ev.sentence.end - 1, 0, n) + 1
    trig = set(range(token_at(doc, ev.trigger.start, 0, n), token_at(doc, ev.trigger.end - 1, 0, n) + 1))
    places = {p.start: p for p in getattr(doc, "places", None) or () if p.country
              and ev.sentence.start <= p.start < ev.sentence.end}
    found = []
    for a in range(lo, hi):
        if not (a in trig and a + 1 not in trig) and peel(toks[a].norm, preps="لب", lil=True) not in AID_NOUNS:
            continue
        k, stop = a + 1, min(hi, a + 1 + BENEFICIARY_GAP)
        while k < stop and not toks[k].is_punct:
            hit = _beneficiary_at(doc, k, places)
            if hit is not None:
                found.append(hit[:2])
                k = hit[2]  # a coordinated beneficiary (للأشقاء السوريين والشعب العراقي) counts too
                if k < hi and toks[k].norm[:1] == "و":
                    stop = min(hi, k + 2)
                    continue
                break
            k += 1
    return found


def aid_beneficiary(doc: Document, ev: Event) -> None:
    """Aid by a party of a known country with no recipient found goes to the one foreign country its beneficiary
    phrase names (توزيع المساعدات ... لمساعدة الأشقاء اليمنيين، المساعدات للشعب السوري، مساعدات إلى مطار عدن): the
    phrase must follow an aid noun closely, so a donor's own place or a place elsewhere in the sentence gives
    nothing; none when the phrases name two foreign countries or only the giver's own."""
    if ev.type != "AID" or ev.recipient:
        return
    own = {a.country for a in ev.actor if a.country}
    if not own or ev.aux in ("negated", "hypothetical"):
        return
    found = [(a, why) for a, why in _aid_beneficiaries(doc, ev) if a.country not in own]
    if len({a.country for a, _ in found}) != 1:
        return
    a, why = found[0]
    ev.recipient = [a]
    ev.explanation.append(f"recipient: {why} ({a.country})")


LANDING_WORDS = words("implied_parties", "landing_words")
LANDING_PREPS = words("implied_parties", "landing_preps")
LANDING_GAP = 4  # "بهبوط أول طائرة إماراتية إغاثية في مطار عدن": the carrier and its landing word lie close together
LANDING_PLACE_GAP = 3  # "هبطتا في عدن", "في مطار عدن": the place follows its preposition within a place noun


def _carrier(doc: Document, ev: Event) -> Optional[Actor]:
    """The one aircraft or ship of a state named in the aid's trigger (طائرتين سعوديتين هبطتا ... تحملان معدات،
    طائرة إماراتية إغاثية): the vehicle's state sends the aid."""
    found = [a for a in doc.actors or () if a.kind == "asset" and a.country and a.country not in NON_STATE_CODES
             and ev.trigger.start <= a.start < ev.trigger.end]
    return found[0] if len({a.country for a in found}) == 1 else None


def _landing_place(doc: Document, ev: Event, carrier: Actor):
    """The place of another country where the carrier lands or moors: a landing word close to the carrier, then
    في/بـ/إلى and the place (هبطتا في عدن، بهبوط ... طائرة ... في مطار عدن)."""
    toks = doc.tokens
    n = len(toks)
    lo = token_at(doc, ev.sentence.start, 0, n)
    hi = token_at(doc, ev.sentence.end - 1, 0, n) + 1
    c0, c1 = token_at(doc, carrier.start, 0, n), token_at(doc, carrier.end - 1, 0, n)
    lands = [k for k in range(max(lo, c0 - LANDING_GAP), min(hi, c1 + LANDING_GAP + 1))
             if peel(toks[k].norm, preps="لب", lil=True) in LANDING_WORDS]
    if not lands:
        return None
    places = {p.start: p for p in getattr(doc, "places", None) or () if p.country
              and ev.sentence.start <= p.start < ev.sentence.end}
    k = max(lands[0], c1) + 1
    while k < hi and toks[k].norm not in LANDING_PREPS and toks[k].norm[:1] != "ب" and not toks[k].is_punct \
            and k <= max(lands[0], c1) + LANDING_GAP:
        k += 1  # "هبطتا اليوم في", "طائرة إماراتية إغاثية في"
    if k >= hi or toks[k].is_punct or (toks[k].norm not in LANDING_PREPS and toks[k].norm[:1] != "ب"):
        return None
    # an attached بـ heads the place itself or its place noun (بعدن، بمطار عدن), not "بعد تحرير عدن"
    reach = 2 if toks[k].norm[:1] == "ب" else LANDING_PLACE_GAP
    for j in range(k, min(hi, k + reach)):
        p = next((places[s] for s in places if toks[j].start <= s < toks[j].end), None)
        if p is not None:
            return p if p.country != carrier.country else None
        if toks[j].is_punct:
            return None
    return None


def _landed_aid(doc: Document, ev: Event) -> None:
    """Aid carried by a state's aircraft or ship that lands or moors in another country's place (أفادت مصادر يمنية
    بهبوط طائرة إماراتية إغاثية في مطار عدن): the vehicle's state gives it to the place's country. The giver
    replaces no party or a reporting source only; a found recipient is kept."""
    if ev.type != "AID" or ev.aux in ("negated", "hypothetical"):
        return
    carrier = _carrier(doc, ev)
    if carrier is None:
        carrier = _carrier_before(doc, ev)
        if carrier is not None and ev.actor and not any(a.country for a in ev.actor):
            ev.actor = []  # a null-country party (the coalition) read from another clause yields to the vehicle
    if carrier is None or (ev.actor and not all(reporting_source(a) for a in ev.actor)):
        return
    if ev.actor and ev.recipient:
        return
    place = None if ev.recipient else _landing_place(doc, ev, carrier)
    if not ev.recipient and place is None:
        return
    ev.actor = [carrier]
    ev.explanation.append(f"actor: the state of the aid's carrier {carrier.text!r} ({carrier.country})")
    if place is not None:
        ev.recipient = [Actor.of_place(place)]
        ev.explanation.append(f"recipient: the place the carrier lands in {place.text!r} ({place.country})")


def _coordinated_places(doc: Document, loc) -> list:
    """Places joined to the destination by و (جولة تشمل قطر والعراق، زيارة إلى كينيا وإثيوبيا): the act goes to each
    of their countries, not only the first."""
    places = sorted((p for p in getattr(doc, "places", None) or () if p.country and p.start >= loc.end),
                    key=lambda p: p.start)
    out, end = [], loc.end
    for p in places:
        gap = doc.text[end:p.start]
        if gap.strip() not in ("و", "،و", "، و", ",و", ", و") and not (gap.strip() == "" and p.text.startswith("و")):
            break
        if p.country != loc.country and all(p.country != q.country for q in out):
            out.append(p)
        end = p.end
    return out


PLACE_TARGET_TYPES = CONFLICT_TYPES | frozenset(("PROTEST", "RETREAT"))


def recipient_from_place(doc: Document, ev: Event) -> None:
    """An attack or arrest with no named target hits the country where it happens (a bombing in Baghdad -> IRQ);
    a protest with no named target is against that country's authorities; a withdrawal with no named other
    party leaves a foreign country's territory; a truce placed in a country (هدنة إنسانية في اليمن) concerns that
    country even when its declarer has none (the coalition, a null-country party, or no declarer found). It also
    gives parties named by a qualified group noun (both sides) and undoes victims read as the attacker of a manner
    word (ذبحا), before the recipient rules below, which read the actor."""
    reporting_sources(ev)
    if ev.type == "RETREAT":  # a counted partitive subject, the other side at home, a
        retreat_parties(doc, ev)  # coalition's truce (retreat_parties.py); the guard below then sees a recipient
    witnessed_attack(doc, ev)
    fire_from_territory(doc, ev)
    attributed_attack(doc, ev)
    bombing_victims_side(doc, ev)
    people_hit = ev.type == "ASSAULT" and vague(ev.recipient)  # unnamed people hit, or no target found
    local_state_forces(doc, ev)
    passive_arrest_state(doc, ev)
    if not manner_of_killing(doc, ev):
        qualified_group_actor(doc, ev)
    if ev.type == "ASSAULT" and unnamed_parties(ev, doc):
        return
    if closed_outlet(doc, ev):
        return
    if promoted_group(doc, ev) or arrested_group_members(doc, ev):
        return
    if arrested_nationals(doc, ev):
        return
    if unnamed_suspects(doc, ev) or unnamed_operation(doc, ev):
        return
    if qualified_group_recipient(doc, ev) or site_recipient(doc, ev) or other_side_recipient(doc, ev):
        return
    appealed_people(doc, ev)
    condoled_country(ev)
    supported_place(doc, ev)
    _aid_owner(doc, ev)
    _self_aid(doc, ev)
    _aid_sender(doc, ev)
    _aid_donor(doc, ev)
    _landed_aid(doc, ev)
    aid_beneficiary(doc, ev)  # after the donor: a donor found in a relative clause (التي دفع بها X) counts
    _parties_of_deal(doc, ev)
    _author_of_praised_step(doc, ev)
    if ev.type == "PROTEST" and ev.aux not in ("negated", "hypothetical"):
        jailing_state(doc, ev)
        protesters_of_place(doc, ev)
    if ev.type not in PLACE_TARGET_TYPES or not vague(ev.recipient) or ev.aux in ("negated", "hypothetical"):
        return
    loc = ev.location
    if ev.type == "RETREAT" and (loc is None or loc.country in {a.country for a in ev.actor} or ev.recipient
                                 or not (any(a.country for a in ev.actor) or ev.mode == "ceasefire")):
        return
    if ev.type == "PROTEST" and ev.recipient:
        return
    if loc is None and ev.type == "ASSAULT" and not ev.actor:
        loc = sole_country_place(doc, ev)
    elif loc is None and ev.type in CONFLICT_TYPES and ev.actor and all(stateless_group(a) for a in ev.actor):
        loc = sole_country_place(doc, ev)  # a stateless group's car bomb or abductions: the place's people are hit
    elif loc is None and people_hit:
        loc = own_soil_place(doc, ev)
    if loc is None and ev.type in CONFLICT_TYPES and any(a.country for a in ev.actor):
        loc = foreign_soil_place(doc, ev)
    if loc is not None and loc.country and security_operation_actor(doc, ev, loc.country):
        return
    if loc is not None and loc.country and raid_at_home(ev, loc.country):
        ev.explanation.append(f"recipient: a raid at home with no named target ({loc.country}) -> none")
        return
    if loc is not None and loc.country and home_fight_on_militants(doc, ev, loc.country):
        ev.explanation.append(f"recipient: a state's forces against militants at home ({loc.country}) -> none")
        return
    if loc is not None and loc.country and group_hit_abroad(doc, ev, loc.country):
        return
    if loc is not None and loc.country:
        ev.recipient = [Actor.of_place(loc)]
        ev.explanation.append(f"recipient: country where it happened {loc.text!r} ({loc.country})")


PRISON_NOUNS = words("implied_parties", "prison_nouns")
PRISON_GAP = 3  # "إضرابا عن الطعام في السجون الإسرائيلية": the prisons follow the protest closely
COUNTED_NATIONALS_GAP = 3  # "148 فلسطينيا يخوضون إضرابا": counted nationals right before the protest


def _prison_state(doc: Document, k: int):
    """(token, state) whose prisons token k names: a nationality adjective after it (السجون الإسرائيلية) or a state
    party right after it (سجون الاحتلال، سجون النظام السوري)."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].is_punct:
        return None
    nat = _nationality_after(doc, k)
    if nat is not None and nat[1] not in NON_STATE_CODES:
        return nat
    t = toks[k + 1]
    for a in doc.actors or ():
        if a.country and a.country not in NON_STATE_CODES and a.sector in STATE_SECTORS and \
                a.start <= t.start < a.end:
            return t, a.country
    return None


def _counted_nationals(doc: Document, i: int, lo: int):
    """(token, country) of counted nationals a few words before token i (148 فلسطينيا يخوضون): a number, then a
    singular nationality adjective in the accusative."""
    toks = doc.tokens
    for k in range(i - 1, max(lo, i - COUNTED_NATIONALS_GAP) - 1, -1):
        if toks[k].is_punct:
            return None
        w = toks[k].norm
        if k > lo and toks[k - 1].text.isdigit() and w.endswith("ا"):
            iso = singular_nationalities().get(w[:-1])
            if iso:
                return toks[k], iso
    return None


def jailing_state(doc: Document, ev: Event) -> None:
    """A protest held in a state's prisons (يخوضون إضرابا عن الطعام في السجون الإسرائيلية، في سجون الاحتلال) is
    against the jailing state, as the news gold codes prisoners' hunger strikes; unnamed protesters stay for the
    place rules, but counted nationals right before it (148 فلسطينيا) are the protesters."""
    if not vague(ev.recipient):
        return
    toks = doc.tokens
    n = len(toks)
    end = token_at(doc, ev.trigger.end - 1, 0, n) + 1
    found = None
    for k in range(end, min(n, end + PRISON_GAP)):
        if toks[k].start >= ev.sentence.end or toks[k].is_punct:
            break
        w = toks[k].norm
        if w in PRISON_NOUNS or (w[:1] in "فب" and w[1:] in PRISON_NOUNS):
            found = _prison_state(doc, k)
            break
    if found is None:
        return
    t, state = found
    ev.recipient = [Actor(t.text, t.start, t.end, t.text, t.text, state, "GOV", kind="implied")]
    ev.explanation.append(f"recipient: a protest in the prisons of {state}")
    start = token_at(doc, ev.trigger.start, 0, n)
    people = _counted_nationals(doc, start, token_at(doc, ev.sentence.start, 0, n))
    if people is not None and people[1] != state and vague(ev.actor):
        p, iso = people
        ev.actor = [Actor(p.text, p.start, p.end, p.text, p.text, iso, None, kind="nationality")]
        ev.explanation.append(f"actor: counted nationals {p.text!r} ({iso})")


# words right before an aid's giver (المساعدات التي دفع بها X، المقدمة من X); also the body that runs it (بإشراف من
# مركز الملك سلمان للإغاثة، بتمويل من الصندوق الكويتي): the news gold codes that body's state as the giver
DONOR_CUES = frozenset(normalize_word(w) for w in "بها دفع دفعها قدمها قدمتها أرسلها أرسلتها المقدمة المقدم سيرها "
                       "سيرتها يقدمها تقدمها إشراف تمويل".split())


DEAL_TYPES = frozenset(("SUPPORT",))  # a rejected deal's states: not kept (validation fell)
DEAL_NOUN_GAP = 3  # "صادق على الاتفاق": the deal is the object, at most a preposition away
DEAL_BETWEEN_GAP = 5  # "الاتفاق النووي المبرم بين": a few modifiers before "بين"
DEAL_SIDES_GAP = 8  # "بين إيران والقوى الكبرى": the sides follow "بين" closely


def _parties_of_deal(doc: Document, ev: Event) -> None:
    """Endorsing a deal between named states (يصادق على الاتفاق النووي المبرم بين إيران والقوى الكبرى، أيدت اليابان
    الاتفاق بين الهند وباكستان) with no named recipient supports the states the deal binds, other than the
    speaker's own. Its own nouns (treaties) and prefixes (ب، ل) differ from the stance rule's
    (``arguments._agreement_between``)."""
    if ev.type not in DEAL_TYPES or ev.aux == "hypothetical":
        return
    toks = doc.tokens
    i = token_at(doc, ev.trigger.end, 0, len(toks))
    n = len(toks)
    end = ev.sentence.end
    deal = next((k for k in range(max(0, i - 1), min(n, i + DEAL_NOUN_GAP + 1))  # (the noun may end the trigger)
                 if toks[k].start < end and is_accord_noun(toks[k].norm, DEAL_ACCORD_NOUNS, "بل")), None)
    if deal is None:
        return
    between = next((k for k in range(deal + 1, min(n, deal + DEAL_BETWEEN_GAP + 1))
                    if toks[k].start < end and toks[k].norm == "بين"), None)
    if between is None or any(toks[k].is_punct for k in range(deal + 1, between)):
        _state_of_deal_clause(doc, ev, deal)
        return
    lo, hi = toks[between].end, _phrase_end(toks, between, DEAL_SIDES_GAP, end)
    own = {a.country for a in ev.actor}
    sides, seen = [], set()
    for a in _parties_and_places(doc):  # "بين الهند وباكستان": a country may be only a place
        if lo <= a.start < hi and a.country and a.country not in NON_STATE_CODES and a.country not in own \
                and a.country not in seen:
            sides.append(a)
            seen.add(a.country)
    # a recipient found inside the sides (the last one coordinated) gives way to all of them
    if sides and (vague(ev.recipient) or all(lo <= a.start < hi for a in ev.recipient)) \
            and {a.country for a in sides} != {a.country for a in ev.recipient}:
        ev.recipient = sides
        ev.explanation.append("recipient: the states of the deal " + ", ".join(a.country for a in sides))


def _phrase_end(toks, head: int, reach: int, end: int) -> int:
    """The end offset of the words after ``head`` up to ``reach`` tokens, the first punctuation or the sentence end."""
    stop = head + 1
    while stop < min(len(toks), head + reach + 1) and toks[stop].start < end and not toks[stop].is_punct:
        stop += 1
    return toks[stop - 1].end


def _parties_and_places(doc: Document) -> list[Actor]:
    """The document's parties and its places as parties, in text order (a country may be named only as a place)."""
    places = [Actor.of_place(p) for p in getattr(doc, "places", None) or ()]
    return sorted(list(doc.actors or ()) + places, key=lambda a: a.start)


DEAL_RELATIVE_GAP = 10  # "اتفاق القوى الكبرى (مجموعة 5+1) الذي": the deal's relative after a bracketed name
DEAL_CLAUSE_GAP = 8  # "الذي يسعى إلى تقليص برنامج إيران": the state early in the clause
CLAUSE_MARKS = frozenset("،,.;:؛!?؟\"«»")  # (a bracketed name, "5+1", may stand before the relative)


def _state_of_deal_clause(doc: Document, ev: Event, deal: int) -> None:
    """An endorsed deal naming no sides whose relative clause says what it does to a state (تبنى المجلس الاتفاق
    الذي يسعى إلى تقليص برنامج إيران النووي، أقر اتفاق القوى الكبرى الذي يقضي بالحد من أنشطة طهران): the backing
    goes to that state, the first one named in the clause, not the endorser's own."""
    if ev.recipient:
        return
    toks = doc.tokens
    n, end = len(toks), ev.sentence.end
    rel = next((k for k in range(deal + 1, min(n, deal + DEAL_RELATIVE_GAP + 1)) if toks[k].start < end
                and toks[k].norm in THING_RELATIVES), None)
    if rel is None or any(toks[k].is_punct and toks[k].text in CLAUSE_MARKS for k in range(deal + 1, rel)):
        return
    lo, hi = toks[rel].end, _phrase_end(toks, rel, DEAL_CLAUSE_GAP, end)
    own = {a.country for a in ev.actor}
    state = next((a for a in _parties_and_places(doc) if lo <= a.start < hi and a.country), None)
    if state is None or state.country in own or state.country in NON_STATE_CODES:
        return
    ev.recipient = [state]
    ev.explanation.append(f"recipient: the state the endorsed deal's clause names {state.text!r} ({state.country})")


# with the object pronoun only: "الخطة التي قدمها X" (X took it); "الوزير الذي قدم تعازيه لمصر" is its own doer
AUTHORING_VERBS = frozenset(normalize_word(w + p) for w in
                            "قدم قدمت اتخذ اتخذت أطلق أطلقت أعلن أعلنت طرح طرحت أصدر أصدرت بذل بذلت يبذل تبذل".split()
                            for p in ("ها", "ه"))
PRAISED_STEP_GAP = 12  # "رحبت البعثة (يونامي)، بحزمة الإصلاحات التي قدمها": the step follows the praiser
AUTHOR_GAP = 3  # "التي قدمها رئيس الوزراء حيدر العبادي": the author follows the verb closely


def _author_of_praised_step(doc: Document, ev: Event) -> None:
    """Praise for a step with no named recipient goes to whoever the relative clause says took it (رحبت البعثة
    بحزمة الإصلاحات التي قدمها رئيس الوزراء حيدر العبادي -> IRQ), not the praiser's own country. Its own conditions
    (vs ``arguments._maker_of_object``, which fills the recipient while arguments are assigned): it runs on built
    events with no recipient, takes only relatives of things and a closed list of authoring verbs, and the first
    actor with a country within three words decides (the praiser's own country or a non-state body: none)."""
    if ev.type != "SUPPORT" or ev.recipient or ev.aux in ("negated", "hypothetical") or not ev.actor:
        return
    toks = doc.tokens
    n = len(toks)
    i = token_at(doc, ev.trigger.end, 0, n)
    end = ev.sentence.end
    rel = next((k for k in range(i, min(n - 1, i + PRAISED_STEP_GAP)) if toks[k].start < end
                and toks[k].norm in THING_RELATIVES), None)
    if rel is None or not points_back(toks[rel + 1], AUTHORING_VERBS) or toks[rel + 1].start >= end:
        return
    own = {a.country for a in ev.actor}
    a = doer_named(doc, sorted(doc.actors or (), key=lambda a: a.start), rel + 2, min(n - 1, rel + 1 + AUTHOR_GAP),
                   keep=lambda a: a.start < end and a.country)
    if a is None or a.country in own or a.country in NON_STATE_CODES:
        return
    ev.recipient = [a]
    ev.explanation.append(f"recipient: who took the praised step {a.text!r} ({a.country})")


def _aid_donor(doc: Document, ev: Event) -> None:
    """Aid named with no giver before it whose giver a relative or participle names later (المساعدات التي دفع بها
    «مركز الملك سلمان للإغاثة»، المساعدات المقدمة من الإمارات): that state body or country gives it."""
    if ev.type != "AID" or ev.actor or not ev.recipient or ev.aux in ("negated", "hypothetical"):
        return
    taken = {a.country for a in ev.recipient}
    toks = doc.tokens
    places = [Actor.of_place(p)
              for p in getattr(doc, "places", None) or ()]
    for a in sorted(list(doc.actors or ()) + places, key=lambda a: a.start):
        if not (ev.trigger.end <= a.start < ev.sentence.end) or not a.country or a.country in taken:
            continue
        i = token_at(doc, a.start, 0, len(toks))
        before = [toks[k].norm for k in range(max(0, i - 3), i)]
        if a.kind != "place" and _from_after_aid_noun(toks, i) and a.country in ("IGO", "NGO"):
            ev.actor = [a]
            ev.explanation.append(f"actor: the body the aid comes from {a.text!r} ({a.country})")
            return
        if a.country in NON_STATE_CODES or a.sector not in (None, "GOV", "MIL"):
            continue
        if a.kind == "place" and not (before and before[-1] == "من"):
            continue  # a country as a place gives only after "المقدمة من"
        if any(w in DONOR_CUES or w[1:] in DONOR_CUES for w in before):
            ev.actor = [a]
            ev.explanation.append(f"actor: the giver named after the aid {a.text!r} ({a.country})")
            return
        if a.kind != "place":
            return  # another party comes first: no giver


FROM_AID_GAP = 3  # "مساعدات غذائية من الأمم المتحدة": an aid noun and its modifiers, then من and the body


def _from_after_aid_noun(toks, i: int) -> bool:
    """Token i follows من, with an aid noun in the few tokens before it (مساعدات غذائية من برنامج الأغذية العالمي):
    the body the aid comes from, not where people flee from."""
    if i < 1 or toks[i - 1].norm != "من":
        return False
    return any(peel(toks[k].norm, preps="لب", lil=True) in AID_NOUNS for k in range(max(0, i - 1 - FROM_AID_GAP), i - 1))


AID_OWNER_WORDS = words("implied_parties", "aid_owner_words")


def _aid_owner(doc: Document, ev: Event) -> None:
    """Aid whose one recipient is read from "تابعة لـX" (وصول سفينة مساعدات تابعة للأمم المتحدة إلى عدن): X owns the
    carrier and sends the aid, so it becomes the giver (replacing a subject read before, such as who announced it) and the aid goes to the
    destination's country."""
    if ev.type != "AID" or len(ev.recipient) != 1 or ev.aux in ("negated", "hypothetical"):
        return
    r = ev.recipient[0]
    toks = doc.tokens
    i = token_at(doc, r.start, 0, len(toks))
    if i < 1 or toks[i - 1].norm not in AID_OWNER_WORDS or not doc.text[r.start:r.start + 1] == "ل":
        return
    ev.actor = [r]
    ev.recipient = []
    ev.explanation.append(f"actor: the owner of the aid's carrier {r.text!r} ({r.country})")
    recipient_from_destination(ev, doc)


AID_CARRYING_WORDS = words("implied_parties", "aid_carrying_words")


def _carrier_before(doc: Document, ev: Event) -> Optional[Actor]:
    """A state's aircraft or ship standing right before a carrying trigger (وصلت طائرة قطرية تحمل مساعدات)."""
    toks = doc.tokens
    t0 = token_at(doc, ev.trigger.start, 0, len(toks))
    if t0 < 1 or peel(toks[t0].norm, preps="", lil=False) not in AID_CARRYING_WORDS:
        return None
    for a in doc.actors or ():
        if a.kind == "asset" and a.country and a.country not in NON_STATE_CODES \
                and token_at(doc, a.end - 1, 0, len(toks)) == t0 - 1:
            return a
    return None


AID_SENDER_VERBS = words("implied_parties", "aid_sender_verbs")
SENDER_GAP = 4  # "محملة بالمساعدات الإنسانية أرسلتها الإمارات": the aid's modifiers, then the relative verb


def _aid_sender(doc: Document, ev: Event) -> None:
    """Aid whose giver a relative verb right after it names (سفينة محملة بالمساعدات أرسلتها الإمارات): that state
    gives it, over a subject read from before the trigger (another clause's doer)."""
    if ev.type != "AID" or ev.aux in ("negated", "hypothetical"):
        return
    if ev.actor and not any("subject:before" in x or "subject:clause-subject" in x for x in ev.explanation
                            if x.startswith("arguments:")):
        return
    toks = doc.tokens
    n = len(toks)
    t1 = token_at(doc, ev.trigger.end - 1, 0, n)
    for k in range(t1 + 1, min(n - 1, t1 + 1 + SENDER_GAP)):
        if toks[k].is_punct or toks[k].start >= ev.sentence.end:
            return
        if peel(toks[k].norm) not in AID_SENDER_VERBS:
            continue
        a = next((a for a in doc.actors or () if toks[k + 1].start <= a.start < toks[k + 1].end), None)
        if a is None or not a.country or a.country in NON_STATE_CODES \
                or a.country in {r.country for r in ev.recipient}:
            return
        ev.actor = [a]
        ev.explanation.append(f"actor: the sender a relative verb names {a.text!r} ({a.country})")
        return


def _self_aid(doc: Document, ev: Event) -> None:
    """Aid read as going to its own giver's country (سلمت الأمم المتحدة ... إلى عدن، هي الأولى للمنظمة الدولية: the
    giver named again behind ل) goes to the destination instead, or to no one."""
    own = {a.country for a in ev.actor if a.country}
    if ev.type != "AID" or not own or not ev.recipient or {a.country for a in ev.recipient} != own:
        return
    ev.recipient = []
    ev.explanation.append("recipient: the giver's own country dropped")
    recipient_from_destination(ev, doc)
