"""Parties the text implies rather than names, filled in or cleared once an event is built: a place in an unnamed
subject speaks for its country, aid or a visit goes to its destination's country, an attack or protest with no
named target concerns the country where it happens, an arrest stays in the arresting state's own country, and
bare terms (people, soldiers, detainees) are no party.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from hadath.document import Actor, Document, Event
from hadath.events.arguments import PATIENT_CONSTRUCT_NOUNS, PLURAL_VICTIM_VERBS, nationality_country
from hadath.events.captured_places import other_side_recipient
from hadath.events.doc_index import token_at
from hadath.events.relative_clauses import (DEAL_ACCORD_NOUNS, THING_RELATIVES, doer_named, is_accord_noun,
                                            points_back)
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel, peel_forms


# statement types whose unnamed speaker is often a local body placed by a place name (دائرة الإفتاء في الأردن،
# مشايخ منطقة نجران): the place's country speaks
STATEMENT_TYPES = frozenset(("ACCUSE", "SUPPORT", "REJECT"))
SUBJECT_PLACE_GAP = 8
SUBJECT_PLACE_BONUS = 0.2  # confidence a found speaker's place adds (stage._doomed counts on it)
STATEMENT_NOUNS = frozenset(normalize_word(w) for w in "بيانا بيان رسالة برقية برقيات".split())
ISSUING_VERBS = frozenset(normalize_word(w) for w in "أصدر أصدرت أصدروا بعث بعثت بعثوا وجه وجهت وجهوا".split())


def _issuing_verb(word: str) -> bool:
    return word in ISSUING_VERBS or (word[:1] in ("و", "ف") and word[1:] in ISSUING_VERBS)


def _subject_place(doc: Document, m: TriggerMatch, ev: Event, matches: list[TriggerMatch]) -> None:
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


def _recipient_from_destination(ev: Event, doc: Optional[Document] = None) -> None:
    """Aid delivered to a place (طائرة إغاثة سعودية تصل إلى مطار عدن) goes to that place's country; a visit to a
    city (وصل X إلى الخرطوم في زيارة) is to that country; a withdrawal from a country (سحبت قواتها من سوريا)
    concerns it."""
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
PEOPLE_NOUNS = words("implied_parties", "people_nouns")
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
        iso = _singular_nationalities().get(w[:len(w) - len(cut)] if cut else w)
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


def _aid_beneficiary(doc: Document, ev: Event) -> None:
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
    if carrier is None or (ev.actor and not all(_reporting_source(a) for a in ev.actor)):
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


CONFLICT_TYPES = frozenset(("ASSAULT", "COERCE"))
PLACE_TARGET_TYPES = CONFLICT_TYPES | frozenset(("PROTEST", "RETREAT"))


def _vague(actors) -> bool:
    """Only bare sector terms without a country (أشخاص، مدنيين): no named party."""
    return all(not a.country and (a.ref or "").startswith("term:") for a in actors)


def _recipient_from_place(doc: Document, ev: Event) -> None:
    """An attack or arrest with no named target hits the country where it happens (a bombing in Baghdad -> IRQ);
    a protest with no named target is against that country's authorities; a withdrawal with no named other
    party leaves a foreign country's territory; a truce placed in a country (هدنة إنسانية في اليمن) concerns that
    country even when its declarer has none (the coalition, a null-country party, or no declarer found). It also
    gives parties named by a qualified group noun (both sides) and undoes victims read as the attacker of a manner
    word (ذبحا), before the recipient rules below, which read the actor."""
    _reporting_sources(ev)
    _fire_from_territory(doc, ev)
    _attributed_attack(doc, ev)
    _bombing_victims_side(doc, ev)
    people_hit = ev.type == "ASSAULT" and _vague(ev.recipient)  # unnamed people hit, or no target found
    _local_state_forces(doc, ev)
    if not _manner_of_killing(doc, ev):
        _qualified_group_actor(doc, ev)
    if ev.type == "ASSAULT" and _unnamed_parties(ev):
        return
    if _closed_outlet(doc, ev):
        return
    if _promoted_group(doc, ev) or _arrested_group_members(doc, ev):
        return
    if _arrested_nationals(doc, ev):
        return
    if _unnamed_suspects(doc, ev) or _unnamed_operation(doc, ev):
        return
    if _qualified_group_recipient(doc, ev) or _site_recipient(doc, ev) or other_side_recipient(doc, ev):
        return
    _appealed_people(doc, ev)
    _condoled_country(ev)
    _aid_donor(doc, ev)
    _landed_aid(doc, ev)
    _aid_beneficiary(doc, ev)  # after the donor: a donor found in a relative clause (التي دفع بها X) counts
    _parties_of_deal(doc, ev)
    _author_of_praised_step(doc, ev)
    if ev.type == "PROTEST" and ev.aux not in ("negated", "hypothetical"):
        _protesters_of_place(doc, ev)
    if ev.type not in PLACE_TARGET_TYPES or not _vague(ev.recipient) or ev.aux in ("negated", "hypothetical"):
        return
    loc = ev.location
    if ev.type == "RETREAT" and (loc is None or loc.country in {a.country for a in ev.actor} or ev.recipient
                                 or not (any(a.country for a in ev.actor) or ev.mode == "ceasefire")):
        return
    if ev.type == "PROTEST" and ev.recipient:
        return
    if loc is None and ev.type == "ASSAULT" and not ev.actor:
        loc = _sole_country_place(doc, ev)
    elif loc is None and people_hit:
        loc = _own_soil_place(doc, ev)
    if loc is None and ev.type in CONFLICT_TYPES and any(a.country for a in ev.actor):
        loc = _foreign_soil_place(doc, ev)
    if loc is not None and loc.country and _security_operation_actor(doc, ev, loc.country):
        return
    if loc is not None and loc.country and _raid_at_home(ev, loc.country):
        ev.explanation.append(f"recipient: a raid at home with no named target ({loc.country}) -> none")
        return
    if loc is not None and loc.country and _home_fight_on_militants(doc, ev, loc.country):
        ev.explanation.append(f"recipient: a state's forces against militants at home ({loc.country}) -> none")
        return
    if loc is not None and loc.country:
        ev.recipient = [Actor.of_place(loc)]
        ev.explanation.append(f"recipient: country where it happened {loc.text!r} ({loc.country})")


MEDIA_OUTLET_NOUNS = words("implied_parties", "media_outlet_nouns")
OUTLET_GAP = 3  # "أوقفت السلطات الإيرانية أمس صدور صحيفة": the outlet closes the trigger or follows it closely


def _names_outlet(doc: Document, ev: Event) -> bool:
    """A media outlet noun (صحيفة، قناة، مواقع إخبارية) inside the trigger or within a few words after it."""
    toks = doc.tokens
    n = len(toks)
    first = token_at(doc, ev.trigger.start, 0, n)
    last = token_at(doc, ev.trigger.end - 1, 0, n)
    for k in range(first, min(n, last + 1 + OUTLET_GAP)):
        if toks[k].start >= ev.sentence.end:
            break
        w = toks[k].norm
        if w in MEDIA_OUTLET_NOUNS or (w[:1] in "وبل" and w[1:] in MEDIA_OUTLET_NOUNS):
            return True
    return False


def _state_before(doc: Document, ev: Event) -> Optional[Actor]:
    """The last mention of a state (a country or one of its bodies) in the event's sentence before its trigger."""
    found = None
    for a in doc.actors:
        if ev.sentence.start <= a.start and a.end <= ev.trigger.start and a.country \
                and a.country not in NON_STATE_CODES and a.sector != "OPP":
            found = a
    return found


def _closed_outlet(doc: Document, ev: Event) -> bool:
    """A restriction on a media outlet of no stated country (أوقفت السلطات الإيرانية صدور صحيفة، أعلنت سلطات
    البحرين تعليق صدور صحيفة الوسط) hits the restricting state's own press: the news gold codes it X -> X. The bare
    outlet inside the trigger is its target, not its actor: the state named before the trigger closes it. An outlet
    with a nationality of its own (قناة الجزيرة القطرية) keeps it."""
    if ev.type != "COERCE" or not (ev.cameo or "").startswith(DOMESTIC_RESTRICTIONS) or \
            ev.aux in ("negated", "hypothetical") or not _names_outlet(doc, ev):
        return False
    if ev.recipient and not _vague(ev.recipient):
        return False
    if not ev.actor or all(a.sector == "MED" and not a.country for a in ev.actor):
        state = _state_before(doc, ev)
        if state is None:
            return False
        ev.explanation.append(f"actor: the outlet is closed, not closing; the state before it ({state.text!r})")
        ev.actor = [state]
    own = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES]
    if not own:
        return False
    a = own[0]
    ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
    ev.explanation.append(f"recipient: a media outlet restricted by its own state ({a.country})")
    return True


MILITANT_WORDS = words("implied_parties", "militant_words")
MILITANT_STEMS = tuple(words("implied_parties", "militant_stems"))


def _raid_at_home(ev: Event, country: str) -> bool:
    """A search raid or security sweep (COERCE seize 170) by a state's own forces at home naming no target: the gold
    leaves the side empty (نفذت وحدات من الجيش اللبناني عمليات دهم في منطقة البقاع), the place is not its target."""
    return ev.type == "COERCE" and ev.cameo == "170" and bool(ev.actor) and \
        all(a.country == country for a in ev.actor)


def _home_fight_on_militants(doc: Document, ev: Event, country: str) -> bool:
    """A state's own forces attacking on their own soil in a sentence that names militants or terrorists (قتل
    أربعة مسلحين في اشتباكات مع القوات، دمرت قوات الأمن البؤر الإرهابية) hit those unnamed militants, not their own
    country: the news gold leaves such a target empty. Attacks at home on civilians keep the country."""
    if ev.type != "ASSAULT" or not ev.actor or \
            not all(a.country == country and a.sector in STATE_SECTORS for a in ev.actor):
        return False
    return _names_militants(doc, ev)


def _security_operation_actor(doc: Document, ev: Event, country: str) -> bool:
    """An attack with no attacker found, in a sentence that names militants, a security operation and a state
    security body of the country where it happens (أعلنت وزارة الداخلية عن مقتل عنصر إرهابي أثناء عملية أمنية في
    بنزرت، عملية للوحدات الأمنية التونسية أسفرت عن مقتل أحد الإرهابيين): that body fought them, and the militants are no party (the news
    gold: TUN -> none). The body comes before the trigger (after it, it is often the target: هجمات على قوات الأمن);
    one with no stated country is the place's (domestic actors take the story's country). Without an operation
    noun, a body that announces the militants' deaths (قال المتحدث العسكري إن 88 إرهابيا قتلوا) fought them too."""
    if ev.type != "ASSAULT" or ev.actor or not _vague(ev.recipient) or ev.aux in ("negated", "hypothetical"):
        return False
    body = next((a for a in doc.actors or () if ev.sentence.start <= a.start < ev.trigger.start and
                 a.sector in STATE_SECTORS and a.kind != "place" and a.country in (None, country)), None)
    if body is None or not _names_militants(doc, ev) or \
            not (_names_operation(doc, ev) or (_announces(doc, body) and _militant_victims(doc, ev))):
        return False
    ev.actor = [body if body.country else replace(body, country=country)]
    ev.recipient = []
    ev.unnamed_target = True
    ev.explanation.append(f"actor: a security operation against militants by {body.text!r} ({country}); "
                          "recipient: none")
    return True


SECURITY_OPERATION_NOUNS = words("implied_parties", "security_operation_nouns")
ANNOUNCE_VERBS = words("implied_parties", "announce_verbs")
VICTIM_WINDOW = 3  # tokens after the trigger (or before a plural قتلوا) naming the dead militants (88 إرهابيا وتكفيريا قتلوا)


def _announces(doc: Document, body: Actor) -> bool:
    """The body is the subject of an announcing verb right before it (أعلنت وزارة الداخلية، قال المتحدث العسكري):
    a state body announcing militants killed reports its own operation, unlike a source (مصدر عسكري)."""
    i = token_at(doc, body.start, 0, len(doc.tokens))
    if i < 1:
        return False
    verb = doc.tokens[i - 1].norm
    return verb in ANNOUNCE_VERBS or (verb[:1] in "وف" and verb[1:] in ANNOUNCE_VERBS)


def _militant_victims(doc: Document, ev: Event) -> bool:
    """A militant word right after the trigger (مقتل عنصر إرهابي) or right before a plural victim verb (88 إرهابيا
    قتلوا): the dead are the militants, not soldiers killed in a militants' attack (مقتل جنديين في هجوم لمسلحين),
    and not the militant who acts (متشدد طعن ستة أشخاص)."""
    toks = doc.tokens
    lo = token_at(doc, ev.trigger.start, 0, len(toks))
    hi = token_at(doc, ev.trigger.end - 1, 0, len(toks))
    window = range(hi + 1, min(len(toks), hi + VICTIM_WINDOW + 1))
    if lo < len(toks) and toks[lo].norm.lstrip("و") in PLURAL_VICTIM_VERBS:
        window = range(max(0, lo - VICTIM_WINDOW), lo)
    return any(toks[k].norm in MILITANT_WORDS or any(s in toks[k].norm for s in MILITANT_STEMS)
               for k in window if ev.sentence.start <= toks[k].start < ev.sentence.end)


def _names_operation(doc: Document, ev: Event) -> bool:
    """The sentence names a security operation (عملية أمنية، حملة، مداهمة; a ب/ل/و/ف prefix stripped)."""
    return any(t.norm in SECURITY_OPERATION_NOUNS or (t.norm[:1] in "بلوف" and t.norm[1:] in SECURITY_OPERATION_NOUNS)
               for t in doc.tokens if ev.sentence.start <= t.start < ev.sentence.end)


def _names_militants(doc: Document, ev: Event) -> bool:
    """The sentence names militants or terrorists (not as a named party's epithet)."""
    return any((t.norm in MILITANT_WORDS or any(m in t.norm for m in MILITANT_STEMS)) and
               not _epithet_of_named(doc, k)
               for k, t in enumerate(doc.tokens) if ev.sentence.start <= t.start < ev.sentence.end)


def _epithet_of_named(doc: Document, k: int) -> bool:
    """A militant word right after a named party (تنظيم «داعش» الإرهابي) is that party's epithet: the sentence may
    still be about civilians killed in a village the group holds, so it does not make the target militants."""
    j = k - 1
    while j >= 0 and doc.tokens[j].is_punct and j >= k - 2:
        j -= 1
    if j < 0:
        return False
    at = doc.tokens[j].start
    return any(a.start <= at < a.end and a.kind != "place" for a in doc.actors or ())


REPORTING_SOURCE_HEADS = words("implied_parties", "reporting_source_heads")


def _reporting_source(a: Actor) -> bool:
    """A mention headed by a source word (مصدر عسكري مالي، مصادر أمنية، المرصد السوري لحقوق الإنسان)."""
    head = normalize_word(a.text.split()[0]) if a.text.split() else ""
    return head in REPORTING_SOURCE_HEADS or (head[:1] in "وفل" and head[1:] in REPORTING_SOURCE_HEADS)


def _reporting_sources(ev: Event) -> None:
    """The source that reports an attack (قتل أربعة ... حسب مصدر عسكري مالي، أفاد المرصد السوري بمقتل) is not its
    attacker. Only attacks: an arrest reported by a state's source is often that state's (قال مصدر عسكري في اليمن
    إنه تم القبض على ...), and a source as the recipient was kept (its country is often the place's)."""
    if ev.type != "ASSAULT":
        return
    kept = [a for a in ev.actor if not _reporting_source(a)]
    if len(kept) < len(ev.actor):
        ev.explanation.append("actor: a reporting source is no attacker -> dropped")
        ev.actor = kept


TERRITORY_NOUNS = words("implied_parties", "territory_nouns")
TERRITORY_ORIGIN_PREPS = words("implied_parties", "territory_origin_preps")
TERRITORY_INSIDE = words("implied_parties", "territory_inside_words")


def _territory_origin(doc: Document, ev: Event) -> Optional[tuple]:
    """``(country, token)`` of "من (داخل) الأراضي <nationality>" in the event's sentence: where the fire came from."""
    toks = doc.tokens
    n = len(toks)
    lo, hi = token_at(doc, ev.sentence.start, 0, n), token_at(doc, ev.sentence.end - 1, 0, n) + 1
    nat = _singular_nationalities()
    for k in range(lo, min(hi, n) - 2):
        if toks[k].norm not in TERRITORY_ORIGIN_PREPS:
            continue
        j = k + 1 + (toks[k + 1].norm in TERRITORY_INSIDE)
        if j + 1 < min(hi, n) and toks[j].norm in TERRITORY_NOUNS and nat.get(toks[j + 1].norm) \
                and nat[toks[j + 1].norm] not in NON_STATE_CODES:
            return nat[toks[j + 1].norm], toks[j + 1]
    return None


def _fire_from_territory(doc: Document, ev: Event) -> None:
    """An attack with no named attacker whose fire came "من (داخل) الأراضي اليمنية" (shells falling on a border town)
    is that country's: the news gold codes cross-border fire by the territory it comes from. The arguments layer
    reads the phrase right after the trigger (``arguments._origin_territory``); this finds it anywhere in the
    sentence (وأصيب آخر من جراء سقوط مقذوفات عسكرية من الأراضي اليمنية) once no attacker was found."""
    if ev.type != "ASSAULT" or not _vague(ev.actor) or ev.aux in ("negated", "hypothetical") \
            or any(a.sector in IRREGULAR_SECTORS for a in ev.actor):
        return  # a named party (داعش) or unnamed gunmen fired it
    found = _territory_origin(doc, ev)
    if found is None:
        return
    iso, tok = found
    ev.actor = [Actor(tok.text, tok.start, tok.end, iso, None, iso, None, kind="implied")]
    ev.explanation.append(f"actor: fire from the territory of {iso} ({tok.text!r})")


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
    deal = next((k for k in range(i, min(n, i + DEAL_NOUN_GAP + 1))
                 if toks[k].start < end and is_accord_noun(toks[k].norm, DEAL_ACCORD_NOUNS, "بل")), None)
    if deal is None:
        return
    between = next((k for k in range(deal + 1, min(n, deal + DEAL_BETWEEN_GAP + 1))
                    if toks[k].start < end and toks[k].norm == "بين"), None)
    if between is None or any(toks[k].is_punct for k in range(deal + 1, between)):
        return
    stop = between + 1
    while stop < min(n, between + DEAL_SIDES_GAP + 1) and toks[stop].start < end and not toks[stop].is_punct:
        stop += 1
    lo, hi = toks[between].end, toks[stop - 1].end
    own = {a.country for a in ev.actor}
    sides, seen = [], set()
    places = [Actor.of_place(p)
              for p in getattr(doc, "places", None) or ()]  # "بين الهند وباكستان": a country may be only a place
    for a in sorted(list(doc.actors or ()) + places, key=lambda a: a.start):
        if lo <= a.start < hi and a.country and a.country not in NON_STATE_CODES and a.country not in own \
                and a.country not in seen:
            sides.append(a)
            seen.add(a.country)
    # a recipient found inside the sides (the last one coordinated) gives way to all of them
    if sides and (_vague(ev.recipient) or all(lo <= a.start < hi for a in ev.recipient)) \
            and {a.country for a in sides} != {a.country for a in ev.recipient}:
        ev.recipient = sides
        ev.explanation.append("recipient: the states of the deal " + ", ".join(a.country for a in sides))


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
        if not (ev.trigger.end <= a.start < ev.sentence.end) or not a.country or a.country in taken \
                or a.country in NON_STATE_CODES or a.sector not in (None, "GOV", "MIL"):
            continue
        i = token_at(doc, a.start, 0, len(toks))
        before = [toks[k].norm for k in range(max(0, i - 3), i)]
        if a.kind == "place" and not (before and before[-1] == "من"):
            continue  # a country as a place gives only after "المقدمة من"
        if any(w in DONOR_CUES or w[1:] in DONOR_CUES for w in before):
            ev.actor = [a]
            ev.explanation.append(f"actor: the giver named after the aid {a.text!r} ({a.country})")
            return
        if a.kind != "place":
            return  # another party comes first: no giver


def _protesters_of_place(doc: Document, ev: Event) -> None:
    """Unnamed protesters (متظاهرون، محتجون، مئات المصلين), or a protest with no one named, with no nationality are
    people of the country where they protest, as the news gold codes them (protesters in Times Square: USA);
    unplaced, the place after them in the sentence (في / ب); with no one named, the one country whose places the
    sentence names; never a country named as a party elsewhere (هاتفين الموت لأمريكا)."""
    if not _vague(ev.actor) or any(a.sector not in CIVILIAN_SECTORS for a in ev.actor):
        return
    loc = ev.location
    if loc is None and ev.actor:
        loc = _place_after(doc, ev.actor[-1].end, ev.sentence.end)
    elif loc is None:
        # no one named ("شهدت مدينة الحديدة احتجاجات"): the sentence's places are the protest's (named protesters
        # placed nowhere near stay countryless, as the GSR coders leave them)
        loc = _sole_sentence_place(doc, ev)
        if loc is not None and _vague(ev.recipient):
            # no place phrase the location layer tied to the protest: against that country's authorities
            ev.recipient = [_place_party(loc)]
            ev.explanation.append(f"recipient: protest in the sentence's one country {loc.text!r} ({loc.country})")
    if loc is None or not loc.country:
        return
    if not ev.actor and _foreign_target(ev, loc.country):
        return  # "تظاهر مئتا شخص في بروكسل للتنديد بالغارات التركية": who protests abroad is not said
    ev.actor = [_place_party(loc)]
    ev.explanation.append(f"actor: unnamed protesters in {loc.text!r} ({loc.country})")


def _foreign_target(ev: Event, country: str) -> bool:
    """A named target in another country than the protest's place."""
    named = {a.country for a in ev.recipient if a.country}
    return bool(named) and named != {country}


def _place_party(loc) -> Actor:
    """A place standing for its country's people or authorities."""
    return Actor.of_place(loc)


def _sole_sentence_place(doc: Document, ev: Event):
    """The first place of the sentence when all its places with a country lie in one country (وشهدت مدينة الحديدة
    احتجاجات، حيت مدينة فيرغسون ... في الولايات المتحدة); none when it names two countries or none."""
    found = _sentence_country_places(doc, ev)
    if len({p.country for p in found}) != 1:
        return None
    return min(found, key=lambda p: p.start)


PLACE_AFTER_CHARS = 60  # "تجمع متظاهرون في شارع تايمز سكوير بنيويورك": where they gathered follows them closely


def _place_after(doc: Document, start: int, stop: int, right_after: bool = False):
    """The first place with a country a little after ``start``, introduced by في or ب (in). ``right_after`` (for
    people named by a bare term: المواطنين في محافظة أسوان، العاملين بمدينة عدن): only the first such place counts,
    and only behind في or ب and at most a place noun."""
    for p in sorted(getattr(doc, "places", None) or (), key=lambda p: p.start):
        if not (start <= p.start < min(stop, start + PLACE_AFTER_CHARS)) or not p.country:
            continue
        if right_after:
            return p if _right_behind_in(doc.text[start:p.start].split(), doc.text[p.start:p.start + 1]) else None
        before = doc.text[max(0, p.start - 4):p.start]
        if before.endswith(("في ", "ب", "وفي ")):
            return p
    return None


def _right_behind_in(words: list, first_char: str) -> bool:
    """The words between people and a place are only في or ب and at most a place noun (or the place carries ب)."""
    if not words:
        return first_char == "ب"
    return len(words) <= 2 and (words[0] in ("في", "وفي") or words[0].startswith("ب"))


PARTNER_WORDS = frozenset(normalize_word(w) for w in "مع ومع حدود الحدود".split())


def _sentence_country_places(doc: Document, ev: Event) -> list:
    """The places with a country in the event's sentence, not counting a border partner (قرب الحدود مع سوريا)."""
    toks = doc.tokens
    found = []
    for p in getattr(doc, "places", None) or ():
        if not (ev.sentence.start <= p.start < ev.sentence.end) or not p.country:
            continue
        i = token_at(doc, p.start, 0, len(toks))
        if any(toks[k].norm in PARTNER_WORDS for k in range(max(0, i - 2), i)):
            continue
        found.append(p)
    return found


def _sole_country_place(doc: Document, ev: Event):
    """An attack the places layer could not place (انفجار في بلدة سروج بجنوب شرق تركيا، في العاصمة الصومالية مقديشو:
    the place is too far from its preposition) and with no named attacker: when the sentence names places of one
    country only, not counting a border partner (قرب الحدود مع سوريا), the attack happened there (an air force's
    strikes on a group abroad are the group's, not the country's)."""
    attackers = {(a.start, a.end) for a in ev.actor}
    if any(ev.sentence.start <= a.start < ev.sentence.end and (a.country in NON_STATE_CODES or a.sector in
                                                                 IRREGULAR_SECTORS)
           and not _within_attacker(a, attackers) for a in doc.actors or ()):
        return None  # strikes on a group's positions (مواقع لتنظيم داعش في سوريا) are the group's, not the country's
    own = {a.country for a in ev.actor}
    found = _sentence_country_places(doc, ev)
    countries = {p.country for p in found}
    if len(countries) != 1 or countries & own:
        return None
    return found[0]


def _within_attacker(a, attackers: set) -> bool:
    """A group that is (part of) the attack's own actor (قصفت ميليشيات الحوثي محافظة X) is no target group."""
    return any(s <= a.start and a.end <= e or a.start <= s and e <= a.end for s, e in attackers)


def _foreign_soil_place(doc: Document, ev: Event):
    """A state's attack or restriction abroad on no one named, placed by no phrase near the trigger (أطلقت البحرية
    الإسرائيلية النار على الصيادين قبالة سواحل قطاع غزة): the one foreign country the sentence's places lie in. A
    place that is also named as a party (يهتفون ضد الولايات المتحدة) says what the act is about, not where it is."""
    loc = _sole_country_place(doc, ev)
    if loc is None or any(a.start < loc.end and loc.start < a.end and a.kind == "country" for a in doc.actors or ()):
        return None
    return loc


# dead or wounded reported in the sentence (the people an attack on its own soil hits)
CASUALTY_WORDS = frozenset(normalize_word(w) for w in (
    "قتل قتلا قتلوا مقتل قتيلا قتلى قتيل مصرع مصرعهم مصرعه حتفهم حتفه أصيب أصيبوا إصابة اصابة جرح جرحى جريحا "
    "جريح").split())


CASUALTY_PREFIXES = ("و", "ب", "وب")  # "ما تسبب بمقتل 31 شخصا", "وبمقتل": the dead after a clitic


def _casualty_word(norm: str) -> bool:
    """A word reporting dead or wounded, bare or behind و / ب."""
    return norm in CASUALTY_WORDS or any(norm.startswith(p) and norm[len(p):] in CASUALTY_WORDS
                                         for p in CASUALTY_PREFIXES)


def _own_soil_place(doc: Document, ev: Event):
    """An attack by a state's forces or a group of one country that kills unnamed people, placed by no phrase near
    the trigger, in a sentence naming places of that same country only (غارات نفذها الجيش السوري على قرية ... في
    محافظة حلب، تفجير نفذه حزب العمال الكردستاني في إقليم أغري بشرق تركيا): the people hit are that country's."""
    own = {a.country for a in ev.actor if a.country and a.country not in NON_STATE_CODES}
    if len(own) != 1:
        return None
    inside = [a for a in doc.actors or () if ev.sentence.start <= a.start < ev.sentence.end]
    named_ends = [a.end for a in inside if not (a.ref or "").startswith("term:")]
    unnamed = [a for a in inside if (a.ref or "").startswith("term:")
               and not any(0 <= a.start - e <= 3 for e in named_ends)]  # not "داعش الإرهابي" (an adjective)
    if any(a.sector in IRREGULAR_SECTORS for a in unnamed):
        return None  # unnamed gunmen or terrorists in the sentence: killed militants give no target
    toks = doc.tokens
    lo, hi = token_at(doc, ev.sentence.start, 0, len(toks)), token_at(doc, ev.sentence.end - 1, 0, len(toks)) + 1
    if not any(_casualty_word(toks[k].norm) for k in range(lo, hi)):
        return None  # no one reported killed or wounded: no people hit
    found = _sentence_country_places(doc, ev)
    if not found or {p.country for p in found} != own:
        return None
    return min(found, key=lambda p: p.start)


def _condoled_country(ev: Event) -> None:
    """Condolences to unnamed victims' families (أعربت روسيا عن تعازيها لأسر ضحايا الهجوم الذي وقع في أبها) go to the
    country where the loss happened, when it is not the mourner's own."""
    if ev.type != "SUPPORT" or (ev.cameo or "")[:3] != "018" or not _vague(ev.recipient) or \
            ev.aux in ("negated", "hypothetical") or not ev.actor:
        return
    loc = ev.location
    if loc is None or not loc.country or loc.country in {a.country for a in ev.actor}:
        return
    ev.recipient = [Actor.of_place(loc)]
    ev.explanation.append(f"recipient: condolences for a loss in {loc.text!r} ({loc.country})")


IRREGULAR_SECTORS = frozenset(("REB", "UAF", "INS", "CRM"))


def _local_state_forces(doc: Document, ev: Event) -> None:
    """A bare state body as the doer of an attack or arrest (اشتباكات مع قوات الأمن في رفح، اعتقلت الشرطة رجلا في
    بلدة ميلو) is the force of the country where it acts: the event's place, or the one country of its sentence's
    places (the news conventions: domestic actors take the story's country). Bare people (جنود، أفراد شرطة) are
    no body: as an attack's actor they are its victims misread (``_unnamed_parties``)."""
    if ev.type not in CONFLICT_TYPES or not ev.actor or ev.aux in ("negated", "hypothetical") or \
            not all(_bare_state_body(a) for a in ev.actor):
        return
    loc = ev.location
    if loc is not None and loc.country:
        country = loc.country
    else:
        found = {p.country for p in _sentence_country_places(doc, ev)}
        if len(found) != 1:
            return
        country = next(iter(found))
    if country in NON_STATE_CODES or _other_state_named(doc, ev, country):
        return
    ev.actor = [replace(a, country=country) for a in ev.actor]
    ev.explanation.append(f"actor: bare state forces of the country where they act ({country})")


def _bare_state_body(a: Actor) -> bool:
    """A definite bare body of a state (الشرطة، قوات الأمن، القوات), not an indefinite head cut from a longer name
    (قوات الحركة الشعبية) or a count of people (أفراد شرطة)."""
    return not a.country and a.sector in STATE_SECTORS and (a.ref or "").startswith("term:body:") and \
        any(w.startswith("ال") for w in a.text.split())


def _other_state_named(doc: Document, ev: Event, country: str) -> bool:
    """A government or country of another country named in the sentence (مصدر في وزارة الداخلية الطاجيكستانية ...
    يحاربون في سوريا): whose forces act is then unclear."""
    return any(ev.sentence.start <= a.start < ev.sentence.end and a.country and a.country != country and
               a.country not in NON_STATE_CODES and (a.sector == "GOV" or a.kind == "country")
               for a in doc.actors or ())


def _unnamed_parties(ev: Event) -> bool:
    """Bare terms as an attack's parties. An unnamed armed attacker (انتحاري، مسلحون) stays the actor, a party with
    no country (as the GSR coders code an unidentified source); bare soldiers or people as the actor are the
    attack's victims misread (قتل أربعة جنود في هجوم بعبوة ناسفة) and are dropped. Unnamed gunmen or terrorists hit
    by a named party (قتلت الشرطة إرهابيا) leave the recipient empty (True); unnamed people or soldiers hit take
    the place's country (the caller's next step)."""
    if ev.actor and _vague(ev.actor) and not any(a.sector in IRREGULAR_SECTORS for a in ev.actor):
        ev.explanation.append("actor: bare term, no attacker (" + ", ".join(a.text for a in ev.actor) + ") -> none")
        ev.actor = []
    if not ev.recipient or not _vague(ev.recipient):
        return False
    # (with no named attacker either, the attack only has its place: "Attacks with no named perpetrator")
    irregular = bool(ev.actor) and all(a.sector in IRREGULAR_SECTORS and "انتحار" not in a.text for a in ev.recipient)
    if irregular:
        return True
    ev.explanation.append("recipient: unnamed (" + ", ".join(a.text for a in ev.recipient) + ") -> none")
    ev.recipient = []
    return False


CIVILIAN_SECTORS = frozenset(("CVL", "EDU", "REL", "JRN", "ACT", "HRI", "LAB", "BUS", "HLH", "AGR"))


def _unnamed_detainees(ev: Event) -> None:
    """Unnamed people arrested or expelled (اعتقلت الشرطة 13 إرهابيا، ترحيل 800 شخص) are no party: the news gold
    leaves such a recipient empty, and their nationality is unknown (so the arresting state's own country is not
    assumed for them either)."""
    if ev.type == "COERCE" and ev.recipient and _vague(ev.recipient):
        # dispersed or repressed protesters (175) are the acting state's own people, unlike detainees; so are
        # arrested civilians (``_arrested_civilians``)
        civilians = _arrested_civilians(ev)
        ev.explanation.append("recipient: unnamed (" + ", ".join(a.text for a in ev.recipient) + ") -> none")
        ev.recipient = []
        ev.unnamed_target = (ev.cameo or "")[:3] != "175" and not civilians


# words for the unnamed armed men an arrest takes, like the gunmen and terrorists the actors layer tags: terrorists,
# extremists, perpetrators, "others" (of a group just named: مقتل عنصر إرهابي واعتقال 13 آخرين), suspects and wanted
# men (the news conventions, docs/eval-news.md: unnamed suspects give an empty recipient); not عنصر/عناصر (also the
# raiding force's own men: قوة مداهمة من عناصر القوات الخاصة)
SUSPECT_WORDS = frozenset(normalize_word(w) for w in (
    "آخر آخرين آخرون متورطين المتورطين المتورط متورطا إرهابيا إرهابيين الإرهابيين إرهابي متطرفا متطرفين مسلحا "
    "مسلحين مشتبه مشتبها المشتبه مشتبهين المشتبهين مطلوبين المطلوبين مطلوبا").split())
# unnamed foreigners arrested or deported (ترحل الصين 9 سائحين أجانب) are no people of the acting state
FOREIGNER_WORDS = frozenset(normalize_word(w) for w in "أجانب الأجانب أجنبيا أجنبيين أجنبيتين أجنبية".split())
# a bare count suspected of terrorism (16 شخصا بشبهة الإرهاب)
SUSPICION_WORDS = frozenset(normalize_word(w) for w in "بشبهة بتهمة بتهم".split())
SUSPICION_REACH = 5  # "بتهمة الانضمام إلى جماعات إرهابية": the terror word may close a short charge phrase
SUSPECT_GAP = 5  # "اعتقلت فيها نحو 30 متطرفا": the arrested follow the verb (or its subject) within a few words
SUSPECT_PERSON_WORDS = words("implied_parties", "suspect_person_words")
SUSPECT_CUE_STEMS = tuple(words("implied_parties", "suspect_cue_stems"))
SUSPECT_CUE_GAP = 4  # "ثمانية اشخاص امس الثلاثاء يشتبه": the cue follows the persons within a few words


def _suspected_persons(toks, k: int, n: int, end: int) -> bool:
    """Persons (أشخاص، شخص) at token k followed closely by a suspicion or armed-group cue (يشتبه، مسلحة، داعش) are
    unnamed suspects, like the arrested terrorists of ``SUSPECT_WORDS``; bare persons are not (they may be
    strikers or fans of the arresting state's own people)."""
    if toks[k].norm not in SUSPECT_PERSON_WORDS:
        return False
    for x in range(k + 1, min(n, k + 1 + SUSPECT_CUE_GAP)):
        if toks[x].start >= end or toks[x].is_punct:
            return False
        if any(c in toks[x].norm for c in SUSPECT_CUE_STEMS):
            return True
    return False


def _object_token(doc: Document, ev: Event) -> int:
    """The token where the object may start: after the trigger, or after a subject that follows the verb
    (اعتقلت الشرطة الفرنسية نحو 20 شخصا): the arrested, suspected or appealed people come after it."""
    n = len(doc.tokens)
    i = token_at(doc, ev.trigger.end, 0, n)
    for a in ev.actor:
        if ev.trigger.end <= a.start < ev.sentence.end:
            i = max(i, token_at(doc, a.end, 0, n))
    return i


def _is_arrest(ev: Event) -> bool:
    """An asserted arrest (mode or CAMEO 173) by a found actor: the arrested-people rules' common condition."""
    return ev.type == "COERCE" and ev.aux not in ("negated", "hypothetical") and bool(ev.actor) and \
        (ev.mode == "arrest" or (ev.cameo or "")[:3] == "173")


def _arrested_civilians(ev: Event) -> bool:
    """Unnamed civilians arrested (طلابا، مشجعين، ناشطين; CAMEO 173) are the arresting state's own people, like the
    citizens ``_arrested_nationals`` names at once: left without ``unnamed_target`` so that
    ``_recipient_own_country`` gives them the arresting state's country once the reports are merged (unlike
    unnamed gunmen, terrorists or suspects)."""
    return (ev.cameo or "")[:3] == "173" and all(a.sector in CIVILIAN_SECTORS for a in ev.recipient)


def _named_group(a) -> bool:
    """A group the lexicon names (متطرفين يهود، المستوطنين), not a bare sector term: a party even when it is of the
    arresting state's own country."""
    return a.kind == "group" and not (a.ref or "").startswith("term:")


def _unnamed_suspects(doc: Document, ev: Event) -> bool:
    """An arrest of unnamed terrorists, perpetrators or "others" (ألقت القبض على آخر، اعتقال المتورطين بالتفجير، 16
    شخصا بشبهة الإرهاب), or an arrest or deportation of unnamed foreigners (ترحل الصين 9 سائحين أجانب), names no
    target: not the place where it happened, not the acting state's own people (the news gold leaves it empty, as
    for arrested gunmen); a target the arguments found that is a named party (تنظيم داعش، الإخوان، متطرفين يهود) or
    a nationality stays."""
    if ev.type != "COERCE" or ev.aux in ("negated", "hypothetical") or not ev.actor or \
            not (ev.mode in ("arrest", "deport") or (ev.cameo or "")[:3] in ("173", "174")):
        return False
    deport = ev.mode == "deport" or (ev.cameo or "")[:3] == "174"
    own = {a.country for a in ev.actor}
    if any(a.country and a.country not in own or (a.country is None and not (a.ref or "").startswith("term:"))
           or _named_group(a) for a in ev.recipient if a.kind != "place"):
        return False
    toks = doc.tokens
    n = len(toks)
    first = token_at(doc, ev.trigger.start, 0, n) + 1  # a long trigger may hold its object (ضبطت ... ثلاثة مطلوبين)
    i = _object_token(doc, ev)
    found = False
    for k in range(first, min(n, i + SUSPECT_GAP)):
        if toks[k].start >= ev.sentence.end or toks[k].is_punct:
            break
        w = toks[k].norm
        suspect = w in SUSPECT_WORDS or (w[:1] == "و" and w[1:] in SUSPECT_WORDS) or (
            w in SUSPICION_WORDS and any("ارهاب" in toks[x].norm for x in range(k + 1, min(n, k + SUSPICION_REACH))
                                         if toks[x].start < ev.sentence.end)) or \
            _suspected_persons(toks, k, n, ev.sentence.end)
        if w in FOREIGNER_WORDS or (suspect and not deport):
            found = True
            break
    if not found:
        return False
    if ev.recipient:
        ev.explanation.append("recipient: unnamed suspects arrested (" + ", ".join(a.text for a in ev.recipient)
                              + ") -> none")
    ev.recipient = []
    ev.unnamed_target = True
    return True


UNNAMED_OPERATION_NOUNS = words("implied_parties", "unnamed_operation_nouns")
PRONOUN_ENDINGS = ("هم", "ها", "ه")  # خلاياه، شبكتها: the cells of the group just named
DESTINATION_RULES = ("recipient:prep-الي", "recipient:prep-الى", "recipient:prep-نحو")


def _operation_noun(word: str) -> Optional[str]:
    """"noun" for a cell, network, gang, smuggling or infiltration noun (peeled of و/ب/ل and the article),
    "owned" for one with a pronoun ending (خلاياه، خليته), else None."""
    forms = peel_forms(word, preps="بل", article=True)
    if any(f in UNNAMED_OPERATION_NOUNS for f in forms):
        return "noun"
    for f in forms:
        for end in PRONOUN_ENDINGS:
            stem = f[:-len(end)]
            if f.endswith(end) and (stem in UNNAMED_OPERATION_NOUNS or
                                    (stem[-1:] == "ت" and stem[:-1] + "ة" in UNNAMED_OPERATION_NOUNS)):
                return "owned"
    return None


def _kept_target(ev: Event) -> bool:
    """A target the arguments found that names a party: a named group, or a nationality or country other than the
    acting state's, unless it is just where the smuggling or infiltration was headed (إلى الجانب الليبي)."""
    own = {a.country for a in ev.actor}
    destination = any(r in x for x in ev.explanation if x.startswith("arguments:") for r in DESTINATION_RULES)
    return any(_named_group(a) or (a.country and a.country not in own and a.kind != "place" and not destination)
               for a in ev.recipient)


def _unnamed_operation(doc: Document, ev: Event) -> bool:
    """A cell, network or gang dismantled or caught, a smuggling or infiltration foiled (فككت قوات الأمن خلية
    إرهابية، إحباط عملية تهريب، محاولة تسلل 130 شخصا إلى الجانب الليبي), with no tie to a named group and no
    nationality found by the rules before, names no target: the news gold leaves it empty, as for unnamed suspects
    (not the acting state's own country, nor the place the smuggling came from or went to). A pronoun ending
    (وتفكيك خلاياه) points back to the group named before the verb in the sentence."""
    if not _is_arrest(ev) or _kept_target(ev):
        return False
    toks = doc.tokens
    n = len(toks)
    first = token_at(doc, ev.trigger.start, 0, n)
    last = token_at(doc, ev.trigger.end - 1, 0, n)
    kinds = [_operation_noun(toks[k].norm) for k in range(first + 1, min(n, last + 2))
             if toks[k].start < ev.sentence.end and not toks[k].is_punct]
    kind = next((x for x in kinds if x), None)
    if kind is None:
        return False
    if kind == "owned":
        group = next((a for a in sorted(doc.actors or (), key=lambda a: -a.start)
                      if ev.sentence.start <= a.start < ev.trigger.start and a.kind == "group" and _named_group(a)),
                     None)
        if group is not None:
            ev.recipient = [group]
            ev.unnamed_target = True
            ev.explanation.append(f"recipient: the cells of {group.text!r} named before")
            return True
    if ev.recipient:
        ev.explanation.append("recipient: unnamed cell or smuggling (" + ", ".join(a.text for a in ev.recipient)
                              + ") -> none")
    else:
        ev.explanation.append("recipient: unnamed cell or smuggling -> none")
    ev.recipient = []
    ev.unnamed_target = True
    return True


GROUP_TIE_CUES = tuple(words("implied_parties", "group_tie_cues"))
GROUP_PARTITIVES = words("implied_parties", "group_partitives")
GROUP_TIE_GAP = 2  # "ينتمون إلى تنظيم داعش": the group follows its tie word within a preposition
GROUP_SCAN = 14  # "431 إرهابيا من جنسيات مختلفة، خلال الأسابيع الماضية، ينتمون إلى": the tie may come late


def _tied_group(doc: Document, k: int):
    """A named group of no country (تنظيم داعش، القاعدة) starting at token k, or None."""
    t = doc.tokens[k]
    return next((a for a in doc.actors or () if a.start <= t.start < a.end and a.kind == "group" and
                 a.country is None and not (a.ref or "").startswith("term:")), None)


PROMOTION_NOUNS = words("implied_parties", "promotion_nouns")


def _promoted(doc: Document, group) -> bool:
    """Is the named group right after a propaganda or emblem noun (دعاية لتنظيم داعش، الترويج لـ، علم تنظيم داعش)?"""
    toks = doc.tokens
    k = token_at(doc, group.start, 0, len(toks))
    if k > 1 and toks[k - 1].norm == "ل":
        k -= 1  # a separate لـ (الترويج لـ تنظيم داعش)
    return k > 0 and not toks[k - 1].is_punct and \
        any(f in PROMOTION_NOUNS for f in peel_forms(toks[k - 1].norm, preps="بل", article=True))


def _promoted_group(doc: Document, ev: Event) -> bool:
    """An arrest of people who promoted a named group or carried its flag (اعتقلت رجلين نشرا دعاية لتنظيم داعش،
    القبض على شخص وبحوزته علم تنظيم داعش) is no arrest of the group's members: the group is dropped from the
    recipient. Unnamed people arrested then name no target (the news gold: an empty side, like unnamed suspects);
    people named before the group (توقيف الداعيتين فلان وفلان بتهمة الترويج لـ) are left to the arresting state's
    own country."""
    if not _is_arrest(ev):
        return False
    toks = doc.tokens
    far = min(len(toks), _object_token(doc, ev) + GROUP_SCAN)  # the arrested's phrase, as for a group tie
    stop = min(ev.sentence.end, toks[far - 1].end if far > 0 else ev.sentence.end)
    promoted = [a for a in doc.actors or () if ev.trigger.end <= a.start < stop and a.kind == "group"
                and _named_group(a) and _promoted(doc, a)]
    if not promoted:
        return False
    first = min(a.start for a in promoted)
    ev.recipient = [a for a in ev.recipient if not any(a.start == p.start for p in promoted)]
    ev.explanation.append("recipient: a group promoted, not joined (" + ", ".join(a.text for a in promoted) + ")")
    if (ev.recipient and not _vague(ev.recipient)) or \
            any(e.label == "PER" and ev.trigger.end <= e.start < first for e in doc.entities or ()):
        return False
    ev.recipient = []  # bare terms (شبان، رجلين) promoting a group are unnamed suspects, not the state's own people
    ev.unnamed_target = True
    return True


def _arrested_group_members(doc: Document, ev: Event) -> bool:
    """An arrest of people tied to a named group of no country (ينتمون إلى تنظيم داعش، شبكة إرهابية لتنظيم داعش،
    من مقاتلي تنظيم داعش، يشتبه بتجنيده ... لحساب تنظيم داعش) has that group as recipient (the news gold: cells tied
    to ISIS take null, not the arresting state's own country nor an empty side). A nationality or citizens named
    before the tie (تونسيا وباكستانيا ... تؤيد تنظيم داعش، مواطن يشتبه بانتمائه) or an explicit nationality anywhere
    (متهمين كويتيي الجنسية) is left to ``_arrested_nationals``."""
    if not _is_arrest(ev) or any(a.country for a in ev.recipient if a.kind != "place"):
        return False
    found = next((a for a in ev.recipient if a.kind == "group" and a.country is None and _named_group(a)), None)
    toks = doc.tokens
    n = len(toks)
    start = token_at(doc, ev.trigger.start, 0, n) + 1
    stop = min(n, _object_token(doc, ev) + GROUP_SCAN)
    since_cue = GROUP_TIE_GAP + 1  # words since the last tie cue
    for k in range(start, stop):
        t = toks[k]
        if t.start >= ev.sentence.end or (found is not None and t.start >= found.start):
            break
        if t.norm in CITIZEN_WORDS or any(a.kind == "nationality" and a.start <= t.start < a.end
                                          for a in doc.actors or ()):
            return False  # "القبض على مواطن يشتبه بانتمائه إلى": nationals named first are the target
        if t.is_punct:
            continue
        since_cue += 1
        group = _tied_group(doc, k) if found is None else None
        if group is not None and (since_cue <= GROUP_TIE_GAP or t.norm[:1] == "ل"):
            found = group
            break
        if any(c in t.norm for c in GROUP_TIE_CUES):
            since_cue = 0
        elif t.norm in GROUP_PARTITIVES:
            since_cue = GROUP_TIE_GAP - 1  # "5 من الإخوان": only the group right after it
    if found is None or _promoted(doc, found) or any(_construct_nationality(toks, k) for k in range(start, n)
                                                     if toks[k].start < ev.sentence.end):
        return False  # "وتضم خمسة متهمين كويتيي الجنسية": an explicit nationality anywhere wins
    ev.recipient = [found]
    ev.unnamed_target = True
    ev.explanation.append(f"recipient: the arrested are tied to {found.text!r} (group of no country)")
    return True


# the acting state's own citizens named as such (اعتقلت مواطنين اثنين، القبض على مواطن)
CITIZEN_WORDS = frozenset(normalize_word(w) for w in "مواطن مواطنا مواطنين مواطنون المواطن المواطنين مواطنيها".split())
NATIONALS_GAP = 6  # "ألقت القبض على عدد من الكويتيين": the arrested follow the verb (or its subject) within a few words


NATIONALITY_NOUN = normalize_word("الجنسية")


@lru_cache(maxsize=1)
def _singular_nationalities() -> dict:
    """Singular nationality adjectives of the actor lexicon (كويتي -> KWT)."""
    from hadath.actors.lexicon import default_lexicon
    return {f: e.country for e in default_lexicon().entries
            if e.kind == "nationality" and e.number == "singular" and e.country for f in e.forms}


def _construct_nationality(toks, k: int) -> Optional[str]:
    """The country of a plural nationality in construct before الجنسية (كويتيي / سعوديو الجنسية), a form the
    nationality lexicon does not list."""
    w = toks[k].norm
    if k + 1 >= len(toks) or toks[k + 1].norm != NATIONALITY_NOUN or not w.endswith(("يي", "يو")):
        return None
    return _singular_nationalities().get(w[:-1])


def _arrested_nationals(doc: Document, ev: Event) -> bool:
    """An arrest whose arrested people are named by their nationality or as citizens (ألقت القبض على عدد من
    الكويتيين شكلوا شبكة تتبع تنظيم داعش، اعتقلت مواطنين اثنين مشتبها بهما) targets that country's people, and
    citizens are the arresting state's own: the news gold codes the nationality, not the group they are said to
    belong to, and not an empty recipient as for unnamed suspects. Only when no target with a country was found."""
    if not _is_arrest(ev) or any(a.country for a in ev.recipient):
        return False
    own = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES]
    toks = doc.tokens
    n = len(toks)
    i = _object_token(doc, ev)
    closed = False
    for k in range(token_at(doc, ev.trigger.start, 0, n) + 1, n):
        t = toks[k]
        if t.start >= ev.sentence.end:
            break
        iso = _construct_nationality(toks, k)
        if iso:  # "خمسة متهمين كويتيي الجنسية": anywhere after the verb, it describes the arrested
            ev.recipient = [Actor(t.text, t.start, t.end, iso, None, iso, None, kind="nationality")]
            ev.explanation.append(f"recipient: arrested people of {t.text!r} nationality ({iso})")
            return True
        closed = closed or t.is_punct  # the object phrase ends at the first punctuation
        if closed or k >= i + NATIONALS_GAP:
            continue
        nat = next((a for a in doc.actors or () if a.kind == "nationality" and a.country and
                    a.country not in NON_STATE_CODES and a.start <= t.start < a.end and
                    not any(a.start < x.end and x.start < a.end for x in ev.actor)), None)
        if nat is not None:
            ev.recipient = [nat]
            ev.explanation.append(f"recipient: arrested nationals {nat.text!r} ({nat.country})")
            return True
        if t.norm in CITIZEN_WORDS and own:
            a = own[0]
            ev.recipient = [Actor(t.text, t.start, t.end, a.name, a.name_ar, a.country, "CVL", kind="implied")]
            ev.explanation.append(f"recipient: arrested citizens of the arresting state ({a.country})")
            return True
    return False


APPEALED_GAP = 3  # "ناشدت الحكومة اليمنية جميع الأطباء": the people follow the verb (or its subject) closely


def _appealed_people(doc: Document, ev: Event) -> None:
    """An appeal to unnamed people (ناشدت الحكومة اليمنية جميع الأطباء ... بمحافظة عدن، دعت الوزارة المواطنين) is
    to the people of the place named after them, or else of the appealing state's own country (the news gold:
    domestic actors take the story's country)."""
    if ev.type != "REQUEST" or ev.aux in ("negated", "hypothetical") or not ev.actor or \
            (ev.recipient and not _vague(ev.recipient)):
        return
    toks = doc.tokens
    n = len(toks)
    i = _object_token(doc, ev)
    hi = toks[min(n - 1, i + APPEALED_GAP)].end
    taken = {a.start for a in ev.actor}  # a long trigger may hold the people (دعت الوزارة المواطنين ... إلى)
    people = next((a for a in sorted(doc.actors or (), key=lambda a: a.start)
                   if ev.trigger.start < a.start < min(hi, ev.sentence.end) and a.start not in taken
                   and a.start > max(taken)), None)
    if people is None or people.country or people.sector not in CIVILIAN_SECTORS or \
            not (people.ref or "").startswith("term:"):
        return
    if any(toks[k].is_punct and toks[k].start > max(taken) for k in range(token_at(doc, ev.trigger.start, 0, n),
                                                                        token_at(doc, people.start, 0, n))):
        return
    loc = _place_after(doc, people.end, ev.sentence.end, right_after=True)
    states = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES
              and (a.sector in STATE_SECTORS or a.kind == "country")]
    if loc is not None and loc.country:
        ev.recipient = [Actor.of_place(loc)]
        ev.explanation.append(f"recipient: the people appealed to in {loc.text!r} ({loc.country})")
    elif len({a.country for a in states}) == 1 and len(states) == len(ev.actor):
        a = states[0]
        ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
        ev.explanation.append(f"recipient: the appealing state's own people ({a.country})")


# curfews, banned parties, states of emergency, martial law, suspended licences (CAMEO 172x): a state restricts
# its own people unless a target or a foreign place is named
DOMESTIC_RESTRICTIONS = ("172",)


def _recipient_own_country(ev: Event) -> None:
    """An arrest with no named target and no place keeps to the arresting state's own country (arrests are
    domestic); applied after merging, when the reports of one arrest have pooled their actors."""
    if ev.type == "CONCEDE" and (ev.cameo or "").startswith("083") and not ev.recipient and \
            ev.aux not in ("negated", "hypothetical"):
        own = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES]
        if own:  # reforms in answer to protests at home: the concession goes to the state's own people
            a = own[0]
            ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
            ev.explanation.append(f"recipient: the conceding state's own country ({a.country})")
        return
    if ev.type not in ("COERCE", "PROTEST") or ev.recipient or ev.aux in ("negated", "hypothetical") or \
            getattr(ev, "unnamed_target", False):
        return
    own = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES]
    if ev.type == "PROTEST" and own and all(a.sector not in STATE_SECTORS for a in own):
        a = own[0]  # citizens protest against their own authorities unless a target is named
        ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
        ev.explanation.append(f"recipient: the protesters' own country's authorities ({a.country})")
        return
    arrest = ev.mode == "arrest" or (ev.cameo or "")[:3] in ("173", "175") or \
        (ev.cameo or "").startswith(DOMESTIC_RESTRICTIONS)  # arrests, repressing a protest, emergency, licences
    if ev.type == "COERCE" and arrest and own and all(a.sector in STATE_SECTORS or (a.sector is None and a.kind == "country")
                                           for a in own):
        a = own[0]
        ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
        ev.explanation.append(f"recipient: the arresting state's own country ({a.country})")


def _domestic_repression(ev: Event) -> None:
    """Police or troops of no stated country repressing a protest (اشتبكت الشرطة مع المتظاهرين، فرقت الشرطة المحتجين) are
    the authorities of the country where it happens, and so are the protesters (the news conventions: domestic
    actors take the story's country)."""
    if ev.type != "COERCE" or (ev.cameo or "")[:3] != "175" or ev.aux in ("negated", "hypothetical") or \
            any(r.kind != "place" for r in ev.recipient):
        return
    loc = ev.location
    if loc is None or not loc.country or not ev.actor or any(a.country for a in ev.actor) or \
            not all(a.sector in STATE_SECTORS for a in ev.actor):
        return
    ev.actor = [replace(a, country=loc.country) for a in ev.actor]
    ev.recipient = [Actor.of_place(loc)]
    ev.explanation.append(f"actor and recipient: security forces and protesters in {loc.text!r} ({loc.country})")



NON_STATE_CODES = frozenset(("IGO", "NGO", "KUR", "IMG", "MNC"))
STATE_SECTORS = frozenset(("GOV", "COP", "JUD", "MIL", "LEG"))


PARDONED_GAP = 8  # "عفوا عن 101 من الصيادين المصريين": the pardoned follow the trigger closely


def _domestic_pardon(doc: Document, ev: Event) -> None:
    """A pardon or amnesty (CAMEO 0811) a state grants is for its own people (أصدر الأسد عفوا عن المنشقين -> SYR ->
    SYR) unless the pardoned are named by a nationality (عفوا عن 44 سودانيا -> SDN), as the news conventions code
    arrested nationals. Only when no recipient was found."""
    if ev.type != "CONCEDE" or not (ev.cameo or "").startswith("0811") or ev.recipient or \
            ev.aux in ("negated", "hypothetical"):
        return
    own = [a for a in ev.actor if a.country and a.country not in NON_STATE_CODES]
    if not own or len({a.country for a in own}) != 1:
        return
    toks = doc.tokens
    n = len(toks)
    i = token_at(doc, ev.trigger.end, 0, n)
    for k in range(i, min(i + PARDONED_GAP, n)):
        t = toks[k]
        if t.start >= ev.sentence.end or t.is_punct:
            break
        nat = next((a for a in doc.actors or () if a.kind == "nationality" and a.country and
                    a.country not in NON_STATE_CODES and a.start <= t.start < a.end), None)
        if nat is not None:
            ev.recipient = [nat]
            ev.explanation.append(f"recipient: pardoned nationals {nat.text!r} ({nat.country})")
            return
        iso = _singular_nationalities().get(t.norm[:-1]) if t.norm.endswith("يا") else None
        if iso:  # "44 سودانيا": a counted singular nationality the lexicon lists without its case ending
            ev.recipient = [Actor(t.text, t.start, t.end, iso, None, iso, None, kind="nationality")]
            ev.explanation.append(f"recipient: pardoned nationals {t.text!r} ({iso})")
            return
    a = own[0]
    ev.recipient = [Actor(a.text, a.start, a.end, a.name, a.name_ar, a.country, None, kind="implied")]
    ev.explanation.append(f"recipient: a pardon for the pardoning state's own people ({a.country})")


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
            return Actor(t.text, t.start, t.end, iso, None, iso, None, kind="nationality")
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
    loc = _place_after(doc, toks[last].end, ev.sentence.end, right_after=True)
    if loc is not None and loc.country:
        return Actor.of_place(loc), f"its place {loc.text!r} ({loc.country})"
    return None


def _qualified_group_recipient(doc: Document, ev: Event) -> bool:
    """A demand, stance, threat or attack whose recipient is a group or people noun the actors layer leaves
    unnamed takes the country that qualifies the noun inside its phrase (دعا X الأطراف السياسية في إقليم كردستان
    -> IRQ، طالب X منطقة اليورو -> IGO). Unqualified people stay as they are (no party)."""
    if ev.type not in GROUP_RECIPIENT_TYPES or ev.aux in ("negated", "hypothetical") or not ev.actor or \
            any(a.country for a in ev.recipient):
        return False  # with no subject found, a group after the verb is its subject (طالبت الأحزاب في اليونان)
    found = _qualified_group(doc, ev)
    if found is None:
        return False
    party, why = found
    ev.recipient = [party]
    ev.explanation.append(f"recipient: a group noun qualified by {why}")
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


def _site_recipient(doc: Document, ev: Event) -> bool:
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
    # people, not forces: unnamed gunmen stay empty (the convention), bare state forces are _local_state_forces'
    return term is not None and (term.sector is None or term.sector in CIVILIAN_SECTORS)


def _subject_after_verb(doc: Document, ev: Event) -> Optional[int]:
    """A group noun right after the verb (past adverbs of time, quantifiers and a partitive من) when the event has
    no subject: استنكر دبلوماسيون عرب، طالبت الأحزاب السياسية في اليونان."""
    if any(x.startswith("arguments:") and "passive:" in x for x in ev.explanation):
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
        if _casualty_word(toks[x].norm):
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
            return Actor(u.text, u.start, u.end, iso, None, iso, None, kind="nationality"), \
                f"its nationality {u.text!r} ({iso})"
    loc = _place_after(doc, toks[last].end, stop, right_after=True)
    if loc is not None and loc.country and not any(r.start <= loc.start < r.end for r in ev.recipient):
        return Actor.of_place(loc), f"its place {loc.text!r} ({loc.country})"
    if any(toks[x].norm in DOMESTIC_ARMED_HEADS for x in range(k, last + 1)):
        loc = _sole_sentence_place(doc, ev)
        if loc is not None and loc.country and _sentence_parties_countries(doc, ev) <= {loc.country}:
            return Actor.of_place(loc), f"its sentence's one country {loc.text!r} ({loc.country}; a domestic armed group)"
    return None


def _sentence_parties_countries(doc: Document, ev: Event) -> set:
    """The state countries of the parties the actors layer names in the event's sentence."""
    return {a.country for a in doc.actors or () if ev.sentence.start <= a.start < ev.sentence.end and a.country
            and a.country not in NON_STATE_CODES}


def _qualified_group_actor(doc: Document, ev: Event) -> bool:
    """The mirror of :func:`_qualified_group_recipient` on the subject side: an event with no named actor whose
    subject is a group or people noun takes the country that qualifies the noun inside its phrase (استنكر
    دبلوماسيون عرب ومصريون -> EGY، إن قائدا في البحرية السعودية قام بزيارة -> SAU)."""
    if ev.aux in ("negated", "hypothetical") or not _vague(ev.actor) or ev.type not in GROUP_ACTOR_TYPES or \
            not any(a.country for a in ev.recipient):
        return False  # with no other party either, the report is dropped as it was (a fragment or no event)
    if ev.type == "ASSAULT" and _casualty_word(doc.tokens[token_at(doc, ev.trigger.start, 0, len(doc.tokens))].norm):
        return False  # "قتل 16 شخصا في نيجيريا، 12 شخصا قتلوا": the people named are the dead, not the attackers
    found = _subject_group(doc, ev)
    if found is None:
        return False
    party, why = found
    ev.actor = [party]
    ev.explanation.append(f"actor: a group noun qualified by {why}")
    return True


# --- a killing's manner (قتل عشرة صيادين ذبحا، قتل طفل حرقا): the victims before it are no attackers ------------
MANNER_MASDARS = words("implied_parties", "manner_masdars")
MANNER_GAP = 10  # "بقتل عشرة من صيادي السمك النيجيريين ذبحا": the killing verb and its object before the manner


def _killing_before(doc: Document, ev: Event) -> Optional[int]:
    """The token of a killing word (قتل، بقتل، مقتل) a few words before a manner masdar trigger (ذبحا، حرقا), in the
    same clause."""
    toks = doc.tokens
    n = len(toks)
    j = token_at(doc, ev.trigger.start, 0, n)
    if ev.trigger.end > toks[j].end or toks[j].norm not in MANNER_MASDARS:
        return None
    for k in range(j - 1, max(token_at(doc, ev.sentence.start, 0, n), j - MANNER_GAP) - 1, -1):
        if toks[k].is_punct:
            return None
        if _casualty_word(toks[k].norm):
            return k
    return None


def _manner_of_killing(doc: Document, ev: Event) -> bool:
    """A manner masdar (ذبحا، حرقا، شنقا) coded as an attack of its own reads the killing's victims, just before
    it, as its subject: they are the ones hit, and the attacker is the party named before the killing word
    (قام عناصر من جماعة X بقتل عشرة صيادين نيجيريين ذبحا -> X hits NGA)."""
    if ev.type != "ASSAULT":
        return False
    k = _killing_before(doc, ev)
    if k is None:
        return False
    kill = doc.tokens[k]
    victims = [a for a in ev.actor if kill.end <= a.start < ev.trigger.start]
    if not victims or len(victims) != len(ev.actor):
        return False
    before = [a for a in doc.actors or () if ev.sentence.start <= a.start and a.end <= kill.start and a.country]
    ev.recipient = victims
    ev.actor = before[-1:]
    attacker = f"the attacker {before[-1].text!r}" if before else "no attacker named"
    ev.explanation.append(f"actor/recipient: a killing's manner; the party before it is the killed, {attacker}")
    return True


BOMBING_NOUNS = words("implied_parties", "bombing_nouns")
PASSIVE_CASUALTY_PATTERNS = frozenset(raw_words("implied_parties", "passive_casualty_patterns"))
VICTIM_SIDE_SECTORS = frozenset({"GOV", "MIL", "COP"})
PLACE_ACTOR_KINDS = frozenset({"place", "country", "capital"})
INSURGENT_SECTORS = frozenset({"REB", "OPP", "UAF"})


def _bombing_words(doc: Document, ev: Event) -> bool:
    """The event's sentence speaks of a bomb going off (تفجير، انفجار، عبوة ناسفة، سيارة مفخخة، انتحاري)."""
    return any(ev.sentence.start <= t.start < ev.sentence.end and
               not BOMBING_NOUNS.isdisjoint(peel_forms(t.norm, preps="بل", article=True)) for t in doc.tokens)


def _reports_bombing(ev: Event) -> bool:
    """The event itself, or a report merged into it from its own sentence, is the blast or its dead (انفجار قنبلة،
    قتل ستة ... في انفجار), not an attack by a named force beside a bombing (الغارات التي شنها الطيران التركي ... هجوم
    بسيارة مفخخة)."""
    from hadath.events.merge import is_casualty_report
    if is_casualty_report(ev) or _pattern(ev.source) in PASSIVE_CASUALTY_PATTERNS:
        return True
    texts = [ev.trigger.text] + [m.trigger.text for m in ev.mentions if m.sentence.start == ev.sentence.start]
    return any(not BOMBING_NOUNS.isdisjoint(peel_forms(normalize_word(w), preps="بل", article=True))
               for text in texts for w in text.split())


def _pattern(source: str) -> str:
    return source.split(":", 1)[-1]


def _home_insurgents_named(doc: Document, ev: Event, hit: set) -> bool:
    """An armed group named in the sentence (حركة طالبان، حزب العمال الكردستاني، تنظيم داعش) or unnamed rebels of the
    hit state itself (المتمردين الأكراد): the bombing may be theirs, and the sentence names its doer."""
    return any(ev.sentence.start <= a.start < ev.sentence.end and a.sector in INSURGENT_SECTORS and
               (a.country in hit or not (a.ref or "").startswith("term:")) for a in doc.actors or ())


def _victims_state_party(a: Actor, hit: set) -> bool:
    """A party of the hit side's state: its forces or government (الشرطة، قوات الأمن، جنديين تركيين) or its country
    or city named as a place (أفغانستان، بغداد)."""
    return a.country in hit and (a.sector in VICTIM_SIDE_SECTORS or (a.sector is None and a.kind in PLACE_ACTOR_KINDS))


def _bombing_victims_side(doc: Document, ev: Event) -> None:
    """A bombing's casualty report (قتل ستة من عناصر الشرطة في انفجار قنبلة، أصيب ضابطا شرطة مصريان إثر تفجير عبوة
    ناسفة) names the dead and the place, not the bomber: an actor that is only the victims' own state (its forces,
    country or city) is the side hit, so the bombing keeps no actor rather than a state bombing its own people."""
    if ev.type != "ASSAULT" or not ev.actor or ev.aux in ("negated", "hypothetical") or not _reports_bombing(ev):
        return
    hit = {a.country for a in ev.recipient if a.country}
    if len(hit) != 1 or not all(_victims_state_party(a, hit) for a in ev.actor) or not _bombing_words(doc, ev):
        return
    if _home_insurgents_named(doc, ev, hit) or _other_state_named(doc, ev, next(iter(hit))):
        return  # Taliban, PKK, ISIS or another state named beside it: the bomber may be named, leave it to them
    ev.actor = []
    ev.explanation.append("actor: the bombing's victims' own state is the side hit, not the bomber -> none")


ATTRIBUTION_VERBS = words("implied_parties", "attribution_verbs")
ATTRIBUTION_PREPS = frozenset(normalize_word(w) for w in ("إلى", "الى", "الي"))
ATTRIBUTION_GAP = 2  # "نسبته السلطات الى التمرد الكردي": the verb, its subject, then إلى (not "نسبت X تصريحات إلى")
DOER_GAP_CHARS = 12  # the doer's phrase opens right after إلى (one descriptor word at most: متمردي حزب ...)


def _attribution_target(doc: Document, ev: Event) -> Optional[Actor]:
    """The party named after "نسبت/نسبته ... إلى" following the event's trigger in its sentence."""
    toks = doc.tokens
    for k, t in enumerate(toks):
        if not (ev.trigger.end <= t.start < ev.sentence.end) or t.norm not in ATTRIBUTION_VERBS:
            continue
        for j in range(k + 1, min(k + 1 + ATTRIBUTION_GAP, len(toks))):
            if toks[j].norm in ATTRIBUTION_PREPS:
                after = [a for a in doc.actors or () if toks[j].end <= a.start <= toks[j].end + DOER_GAP_CHARS
                         and a.start < ev.sentence.end and a.country]
                return min(after, key=lambda a: a.start) if after else None
        return None
    return None


def _attributed_attack(doc: Document, ev: Event) -> None:
    """An attack the text lays at someone's door (هجمات نسبت إلى حزب العمال الكردستاني، هجوم نسبته السلطات إلى التمرد
    الكردي) was done by that party, whoever the parser took as its subject."""
    if ev.type != "ASSAULT" or ev.aux in ("negated", "hypothetical"):
        return
    doer = _attribution_target(doc, ev)
    if doer is None or any(a.country == doer.country and a.start == doer.start for a in ev.actor):
        return
    ev.actor = [doer]
    ev.recipient = [r for r in ev.recipient if (r.start, r.end) != (doer.start, doer.end)]
    ev.explanation.append(f"actor: the attack is attributed to {doer.text!r} (نسب إلى) -> its doer")


def _merged_attack_parties(doc: Document, ev: Event) -> None:
    """After merging: a merged report may bring back the blast's victims as its doer, or take a doer other than the
    party the attack is attributed to; the two rules run again on the merged event."""
    _attributed_attack(doc, ev)
    _bombing_victims_side(doc, ev)
