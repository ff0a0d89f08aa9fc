"""The events stage: triggers -> PLOVER/CAMEO events with actor, recipient, aux, date, place and evidence.

Steps per document: find triggers (lexicon), assign arguments, classify aux, apply the PLOVER/SCHEMA
conventions (a planned meeting is CONSULT + future + CAMEO 036; a promised aid / cooperation / support act is
AGREE), score a confidence, let the sentence filter veto background ASSAULT / PROTEST mentions, attach date,
place and quantities (owned by the time / places / quantities concerns), then merge repeated reports.

This module keeps the per-candidate flow; the matches that are no event of their own are found in ``nesting`` and
``non_events``, the sport / trade / hazard vetoes are in ``topic_filters`` and the parties filled in or cleared
after building in ``implied_parties``.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from hadath.document import Document, Event, Span
from hadath.events import drop_log, ontology
from hadath.events.addressees import nationality_addressee, object_taken_for_subject
from hadath.events.aid_parties import aid_place_recipient, relief_agency_giver
from hadath.events.arguments import antecedent_of_object_pronoun, assign, note_verb_triggers
from hadath.events.attack_parties import merged_attack_parties
from hadath.events.attack_roles import condemned_attack_doer, condemners_apart
from hadath.events.captured_places import other_side_recipient
from hadath.events.clash_sides import clash_sides
from hadath.events.concede_parties import lifted_sanction_parties
from hadath.events.domestic_parties import (accused_at_home, appeal_to_own_state, attack_on_own_civilians,
                                            coercion_at_home, domestic_pardon, domestic_repression,
                                            recipient_own_country, unnamed_detainees)
from hadath.events.inner_subjects import inner_subject
from hadath.events.implied_parties import (STATEMENT_TYPES, SUBJECT_PLACE_BONUS, aid_beneficiary,
                                           recipient_from_destination, recipient_from_place, subject_place,
                                           visited_object)
from hadath.events.evaluative_reports import evaluative_reports
from hadath.events.merge import merge_events
from hadath.events.modality import classify
from hadath.events.meeting_guests import split_received_calls
from hadath.events.meeting_parties import INTERNAL, complete_meeting_parties, listed_sides, onward_visits
from hadath.events.mentioned_acts import mentioned_acts
from hadath.events.group_attack_places import place_of_group_attack
from hadath.events.hosted_conditions import drop_hosted_conditions
from hadath.events.nesting import (OBJECT_PRONOUNS, is_noun, condemned_acts, draft_contents, embedded_triggers,
                                   habitual_chains, legal_contents, past_states, perpetrator_clauses,
                                   possessed_references, protest_demands, relative_chains, relative_clauses,
                                   results_of_references, time_references)
from hadath.events.non_events import (after_clauses, public_address, club_homographs, denied_contents, praised_acts,
                                     protesters_demands, standing_detentions, wished_or_believed)
from hadath.events.rejected_parties import refused_partner
from hadath.events.request_speakers import speaker_by_apposition, speaker_in_subject_phrase
from hadath.events.threat_parties import escalation_at_home, military_option_target
from hadath.events.topic_filters import sport_or_trade
from hadath.events.watchdog_reports import watchdog_reports
from hadath.events.unnamed_parties import drop_unnamed_perpetrators, place_of_nameless_attack
from hadath.events.triggers import Lexicon, TriggerMatch, find_triggers, load_lexicon
from hadath.text.normalize import normalize_word, strip_al

MIN_CONFIDENCE = 0.4
ARGUMENTLESS_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))
# movements of forces may have only parties of no known country (ISIS withdrawing, the coalition's reinforcements)
NAMELESS_PARTY_TYPES = frozenset(("MOBILIZE", "RETREAT"))
# future cooperative acts become AGREE (PLOVER manual, AGREE); CAMEO code of the intent
_INTENT = {"AID": "033", "COOPERATE": "031", "SUPPORT": "032"}
_INTENT_BY_CAMEO = {"071": "0331", "072": "0332", "073": "0333", "074": "0334", "061": "0311", "062": "0312",
                    "063": "0313", "064": "0314", "057": "030"}


def event_id(doc: Document, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc.id}:{start}:{end}".encode("utf-8")).hexdigest()


def _pub_year(doc: Document) -> Optional[int]:
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    return None


def _conventions(ev: Event) -> None:
    if ev.type == "CONSULT" and ev.aux == "future":
        ev.cameo = "036"
        ev.explanation.append("planned meeting/visit: CONSULT + future, CAMEO 036 (SCHEMA convention)")
    elif ev.type in _INTENT and ev.aux == "future":
        old = ev.type
        ev.type = "AGREE"
        ev.cameo = _INTENT_BY_CAMEO.get(ev.cameo or "", _INTENT[old])
        ev.mode = None
        ev.explanation.append(f"future {old} is an expressed intent: AGREE, CAMEO {ev.cameo} (CAMEO2PLOVER)")


def _fill_codes(ev: Event) -> None:
    code = ontology.cameo(ev.cameo) if ev.cameo else None
    if code is not None:
        ev.quad_class = code.quad_class
        ev.goldstein = code.goldstein
        if not ev.context:
            ev.context = list(code.contexts)
        if not ev.mode and code.plover_type == ev.type and code.plover_mode and \
                code.plover_mode in ontology.plover_types()[ev.type].modes:
            ev.mode = code.plover_mode
    if ev.quad_class is None:
        ev.quad_class = ontology.plover_types()[ev.type].quad_class


SECURITY_SECTORS = frozenset(("COP", "MIL"))
VEHICLES = frozenset(normalize_word(w) for w in (
    "طائرة طائرات سفينة سفن باخرة بواخر شحنة شحنات قافلة قوافل دفعة كتيبة كتائب سرب ناقلة ناقلات حاملة بارجة "
    "مروحية مروحيات شاحنة شاحنات").split())


# places that "receive" flights, patients or goods (استقبل مطار الجوف أول رحلة، استقبل المستشفى المصابين)
FACILITIES = frozenset(normalize_word(w) for w in (
    "مطار مطارات ميناء موانئ مستشفى مستشفيات منفذ منافذ مركز مراكز مخيم مخيمات مستودع مستودعات محطة").split())


# stranded people, returnees, pilgrims and travellers counted as the subject of an arrival (وصل 120 يمنيا عالقا)
TRAVELLERS = frozenset(normalize_word(w) for w in (
    "عالق عالقا عالقين عالقون عائد عائدا عائدين عائدون مرحل مرحلا مرحلين مبعد مبعدين مغترب مغتربا مغتربين نازح نازحا "
    "نازحين لاجئ لاجئا لاجئين حاج حاجا حجاج معتمر معتمرا معتمرين مسافر مسافرا مسافرين راكب راكبا ركاب سائح سائحا "
    "سياح زائر زائرا زوار").split())


ARRIVAL_PATTERNS = ("consult.waSala-ila",)  # وصل إلى: an arrival read as a visit


def _counted_subject(doc: Document, m: TriggerMatch) -> bool:
    """``وصل 120 يمنيا عالقا إلى``: an arrival verb followed by a count of stranded people, returnees, pilgrims or
    travellers is people coming home or passing through, no visit."""
    if m.pattern.id not in ARRIVAL_PATTERNS:
        return False
    sent = doc.sentences[m.sentence]
    k = m.first + 1
    if not (k < sent.token_end and (doc.tokens[k].norm.isdigit() or doc.tokens[k].norm in COUNT_WORDS)):
        return False
    return any(strip_al(doc.tokens[j].norm) in TRAVELLERS for j in range(k + 1, min(sent.token_end, k + 5)))


def _vehicle_subject(doc: Document, m: TriggerMatch) -> bool:
    """``وصلت اليوم الطائرة الإغاثية إلى عدن``: the first word after the verb (time words aside) is a vehicle or a
    unit, which arrives but makes no visit; and ``استقبل مطار الجوف أول رحلة``: a facility receives, no host."""
    sent = doc.sentences[m.sentence]
    times = [(t.start, t.end) for t in getattr(doc, "times", None) or ()]
    for k in range(m.first + 1, min(sent.token_end, m.first + 5)):
        tok = doc.tokens[k]
        if any(a <= tok.start < b for a, b in times):
            continue
        word = strip_al(tok.norm)
        if word in VEHICLES:
            return True
        return not is_noun(m) and word in FACILITIES
    return False


# words spelt, once normalized, like the 3ms perfect of a trigger verb whose hamza normalization drops (هنأ -> هنا):
# written without the hamza they are the function word (هنا "here"), never the verb
FUNCTION_HOMOGRAPHS = frozenset(("هنا",))
# what an office, a clinic or a border post "receives" (استقبلت العيادات 1600 حالة، استقبلت الجوازات 70 ألف زائر):
# cases and members of the public, no guest
RECEIVED_CASES = frozenset(normalize_word(w) for w in (
    "حالة حالات مريض مريضا مرضى مراجع مراجعا مراجعين زائر زائرا زوار مسافر مسافرا مسافرين حاج حاجا حجاج "
    "معتمر معتمرا معتمرين بلاغ بلاغا بلاغات مكالمة مكالمات طلب طلبا طلبات شكوى شكاوى طالب طالبا طلاب طالبة طالبات "
    "متدرب متدربا متدربين مولود مواليد مصاب مصابا مصابين جريح جرحى عامل عاملا عمال").split())
COUNT_WORDS = frozenset(normalize_word(w) for w in "الف آلاف الاف مئات عشرات أكثر اكثر نحو قرابة حوالي زهاء".split())
CLINICS = frozenset(normalize_word(w) for w in "عيادة عيادات جوازات".split())


def _function_word(doc: Document, m: TriggerMatch) -> bool:
    """A verb trigger whose head is written as a function word (هنا في الرياض: "here", not هنأ)."""
    if not m.head_tag:
        return False
    raw = doc.tokens[m.first].text
    bare = "".join(ch for ch in raw if not ("\u064b" <= ch <= "\u0652") and ch != "\u0640")
    return bare.lstrip("وف") in FUNCTION_HOMOGRAPHS or bare in FUNCTION_HOMOGRAPHS


def _received_cases(doc: Document, m: TriggerMatch) -> bool:
    """``استقبلت العيادات أكثر من 1600 حالة``: a reception whose object is a count of cases, patients or visitors
    (or whose subject is a clinic or passport office) is a service, not a meeting."""
    sent = doc.sentences[m.sentence]
    toks = doc.tokens
    counted = False
    for k in range(m.last + 1, min(sent.token_end, m.last + 16)):
        tok = toks[k]
        if tok.norm in (".", "؛", ":", "!", "?", "؟"):
            break
        word = strip_al(tok.norm.lstrip("و")) if tok.norm[:1] == "و" and len(tok.norm) > 3 else strip_al(tok.norm)
        if k == m.last + 1 and word in CLINICS:
            return True
        if tok.norm.isdigit() or word in COUNT_WORDS:
            counted = True
        elif counted and word in RECEIVED_CASES:
            return True
    return False


PROTESTER_WORDS = frozenset(normalize_word(w) for w in (
    "متظاهر متظاهرا متظاهرون متظاهرين متظاهرو متظاهري متظاهرات محتج محتجا محتجون محتجين محتجو محتجي محتجات "
    "معتصم معتصما معتصمون معتصمين").split())


def _names_protesters(doc: Document, m: TriggerMatch) -> bool:
    """Whether one of the trigger's own words is "protesters" (متظاهر تجمعوا، احتشد المحتجون)."""
    return any(strip_al(doc.tokens[k].norm.lstrip("و")) in PROTESTER_WORDS for k in m.tokens)


# the complement of منذ that opens a span of years (منذ تأسيسها، منذ سنوات), not a point in time (منذ الصباح)
SINCE_SPANS = ("تاسيس", "تأسيس", "نشاة", "نشأة", "سنوات", "عقود", "اعوام", "أعوام", "سنين", "بداية", "مطلع", "انطلاق",
               "قيام", "ظهور")
_SINCE_SPANS = tuple(normalize_word(w) for w in SINCE_SPANS)
_THE_MARCH = frozenset(("المسيرة", "والمسيرة", "بالمسيرة", "للمسيرة", "فالمسيرة"))


def _no_specific_act(doc: Document, m: TriggerMatch) -> Optional[str]:
    """Why an ASSAULT / PROTEST trigger names no specific act, or None: ``المسيرة السلمية`` is the peace process,
    not a peaceful march (مسيرة سلمية); a verb frame spanning ``منذ تأسيسها`` or ``منذ سنوات`` (نظمت الحركة منذ
    تأسيسها عدة مظاهرات) sums up years of acts."""
    if m.pattern.type not in ("ASSAULT", "PROTEST"):
        return None
    toks = doc.tokens
    if m.pattern.type == "PROTEST" and any(
            toks[i].norm in _THE_MARCH and i + 1 < len(toks) and toks[i + 1].norm == "السلمية"
            for i in range(m.first, m.last + 1)):
        return "المسيرة السلمية: the peace process, no protest"
    for i in range(m.first + 1, m.last):
        if toks[i].norm.lstrip("و") == "منذ" and strip_al(toks[i + 1].norm).startswith(_SINCE_SPANS):
            return "a frame spanning منذ + years: a summary of acts, no specific one"
    return None


# argument rules that take the trigger's own subject (its VSO subject or the subject inside the frame)
OWN_SUBJECT_RULES = ("subject:vso", "subject:in-frame", "subject:clause-initial", "subject:svo")


def _own_subject(rules) -> bool:
    return any(r.startswith(OWN_SUBJECT_RULES) for r in rules or ())


def build_event(doc: Document, m: TriggerMatch, skip_doomed: bool = False) -> Event:
    """The event a trigger reports. ``skip_doomed``: a candidate whose confidence cannot reach MIN_CONFIDENCE
    (see ``_doomed``) comes back unclassified (aux None, no codes, no id): ``code_document`` drops it, and later
    candidates read only its trigger and parties, so its modality and codes are not worked out."""
    pat = m.pattern
    sent = doc.sentences[m.sentence]
    args = assign(doc, m)
    ev = Event(type=pat.type, trigger=doc.span(m.start, m.end), sentence=Span(doc.text[sent.start:sent.end],
               sent.start, sent.end), mode=pat.mode or None, cameo=pat.cameo or None,
               actor=args.actor, recipient=args.recipient, source=f"rule:{pat.id}")
    ev.head_tag = m.head_tag  # internal (perf / impf / juss / pass / "" for nouns), used by the sentence filter
    if pat.type in ("CONSULT", "AGREE") and m.head_tag == "":  # اتفاق بين X و Y too
        sides = listed_sides(doc, ev)  # محادثات بين X و Y: a meeting noun naming both its sides
        if sides is not None:
            ev.actor, ev.recipient = sides[0], sides[1]
            args.rules.append(f"meeting parties ({sides[2]}) listed after the noun")
    clash = clash_sides(doc, ev) if pat.type == "ASSAULT" else None  # اشتباكات بين X و Y: its listed sides
    if clash is not None:
        ev.actor, ev.recipient = clash
        args.rules.append("clash sides listed after the noun (بين)")
    # internal, for the implied-party rules: some argument rule read the verb as a passive (passive:تم,
    # passive:swap ...), even one a later rule overrode; not ``args.passive``, the final voice the roles were set by
    ev.passive = any("passive:" in r for r in args.rules)
    ev.explanation.append(f"pattern {pat.id} ({pat.text}) line {pat.line}, prior {pat.conf:.2f}")
    if args.rules:
        ev.explanation.append("arguments: " + ", ".join(args.rules))
    if args.speaker is not None:
        ev.explanation.append(f"attributed statement; speaker {args.speaker.text!r}")
    aux_at = len(ev.explanation)  # the aux line goes here, once the confidence says it is needed
    conf = pat.conf
    head = doc.tokens[m.first]
    if m.head_tag == "" and len(m.tokens) == 1 and head.norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        conf -= 0.1  # a definite bare noun usually refers back to an event already reported
    if pat.type == "PROTEST" and m.head_tag == "impf" and "س" not in m.head_prefix:
        conf -= 0.1  # news reports a specific protest in the perfect; the imperfect mostly describes one
    elif pat.type == "ASSAULT" and m.head_tag == "impf" and "س" not in m.head_prefix:
        conf -= 0.3  # an attack in the imperfect is habitual or generic (الذين يقتلون الناس، يفجرون المساجد)
    if pat.type == "CONSULT" and (any(a.kind == "asset" for a in ev.actor + ev.recipient) or
                                  (pat.mode == "visit" and _vehicle_subject(doc, m))):
        conf = 0.0  # a plane or ship "arriving" (وصلت طائرة) makes no visit
        ev.explanation.append("an asset (plane, ship) is no party to a meeting or visit")
    elif pat.type == "CONSULT" and pat.mode == "visit" and m.head_tag and (
            _counted_subject(doc, m) or _received_cases(doc, m)):
        conf = 0.0  # وصل 120 يمنيا عالقا إلى ...، استقبلت العيادات 1600 حالة: travellers and cases, no visit
        ev.explanation.append("counted travellers or cases arrive or are received: no visit or meeting")
    why_not = _no_specific_act(doc, m) or public_address(doc, m, ev.actor, ev.recipient)
    if why_not:
        conf = 0.0
        ev.explanation.append(why_not)
    if pat.type == "PROTEST" and ev.actor and all(a.sector in SECURITY_SECTORS for a in ev.actor):
        if _names_protesters(doc, m):  # لتفريق ألف متظاهر تجمعوا: the police act on the protesters
            ev.actor = []
            ev.explanation.append("the trigger names the protesters: security forces are not their actor")
        elif not _own_subject(args.rules):  # سلطات الاحتلال تشدد ...، خرج مئات المصلين: another clause's subject
            ev.actor = []
            ev.explanation.append("security forces from another clause: not the protest's actor")
        else:
            conf = 0.0  # police or troops closing roads or gathering (قطعت الشرطة الطرق) stage no protest
            ev.explanation.append("security forces as the actor: no protest")
    conf += 0.1 if ev.actor else (0.0 if args.passive else -0.1)
    conf += 0.05 if ev.recipient else 0.0
    if not ev.actor and not ev.recipient:
        conf -= 0.1
    ev.confidence = max(0.01, min(0.99, conf))
    if skip_doomed and _doomed(ev):
        ev.aux = None
        return ev
    ev.id = event_id(doc, m.start, m.end)
    ev.aux, aux_rule = classify(doc, m, args.region, _pub_year(doc), args.speech_verb)
    ev.explanation.insert(aux_at, f"aux: {aux_rule}")
    _conventions(ev)
    _fill_codes(ev)
    return ev


def _doomed(ev: Event) -> bool:
    """Whether a just-built candidate stays under MIN_CONFIDENCE whatever comes after: in ``code_document`` only
    ``subject_place`` raises a confidence (a statement verb's unnamed subject), by SUBJECT_PLACE_BONUS; the
    sentence filter and the sport / trade vetoes only cut it. Nothing here depends on the aux."""
    bonus = SUBJECT_PLACE_BONUS if ev.type in STATEMENT_TYPES else 0.0
    return ev.confidence + bonus < MIN_CONFIDENCE


def _attach(doc: Document, ev: Event) -> None:
    """Date, place and quantities come from the concerns that own them."""
    from hadath.places.attach import event_location
    from hadath.quantities.attach import event_quantities
    from hadath.time.attach import event_date

    ev.date, rule = event_date(doc, ev)
    ev.explanation.append(f"date: {rule}")
    ev.location, rule = event_location(doc, ev)
    ev.explanation.append(f"location: {rule}")
    ev.quantities = list(event_quantities(doc, ev))


def _continue_clause(doc: Document, m: TriggerMatch, ev: Event, pm: TriggerMatch, pev: Event) -> None:
    """``فرضت X عقوبات على Y واتهمتهم بـ``: a verb joined by و that carries an object pronoun and names no party of
    its own continues the previous verb's clause: same actor, and the pronoun points back to its recipient."""
    head = doc.tokens[m.first]
    n = head.norm
    if is_noun(m) or is_noun(pm) or not n.startswith("و") or not n.endswith(OBJECT_PRONOUNS) or len(n) < 6:
        return
    if not pev.actor or not pev.recipient or pm.last >= m.first:
        return
    rules = " ".join(x for x in ev.explanation if x.startswith("arguments:"))
    if any(r in rules for r in ("subject:vso", "subject:in-frame", "subject:clause-initial", "recipient:object", "received:")):
        return  # the verb names its own subject or object
    ev.actor, ev.recipient = list(pev.actor), list(pev.recipient)
    ev.explanation.append(f"arguments: continues the clause of {pm.pattern.id} (و + object pronoun {head.text!r})")


BARE_PREPOSITIONS = frozenset(normalize_word(w) for w in (
    "في وفي من على إلى الى عن مع حول خلال بعد قبل عبر ضد لدى منذ اثر إثر بين").split())


# nouns whose genitive is an act: عملية خطف، محاولة قتل، جريمة قتل
ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "عملية عمليات محاولة محاولات جريمة جرائم حادث حادثة حوادث حالات حالة").split())


def _noun_after_preposition(doc: Document, m: TriggerMatch, ends: frozenset = frozenset()) -> None:
    """``في دعم العمليات``، ``اتفاقيات تعاون``، ``عملية خطف``: a form read as a perfect verb (دعم، تعاون، خطف) right
    after a preposition, an act noun (عملية، محاولة) or another trigger's last word is a verbal noun (a verb does
    not follow any of them)."""
    if m.head_prefix or m.first == 0:
        return
    prev = doc.tokens[m.first - 1].norm
    if (m.head_tag == "perf" and (prev in BARE_PREPOSITIONS or m.first - 1 in ends)) or \
            (m.head_tag in ("perf", "pass") and strip_al(prev) in ACT_NOUNS and not _relative_verb(doc, m)):
        m.head_tag = ""


def _relative_verb(doc: Document, m: TriggerMatch) -> bool:
    """``في هجوم قتل فيه 58 شخصا``، ``عملية قتل فيها ثلاثة``: after an indefinite noun a verb with a resumptive
    pronoun or a count opens a relative clause; it stays a verb."""
    nxt = doc.tokens[m.last + 1].norm if m.last + 1 < len(doc.tokens) else ""
    return nxt in ("فيه", "فيها", "فيهما", "فيهم") or nxt.isdigit()


def _pronoun_object(doc: Document, m: TriggerMatch, ev: Event, last: Optional[Event]) -> None:
    """``وصل X إلى عمان ... واستقبله Y``: a meeting verb whose object is a pronoun, with no recipient named, meets
    the actor of the report just before (within a few sentences) when that is another country's party."""
    if last is None or ev.type != "CONSULT" or ev.recipient or not ev.actor or is_noun(m):
        return
    head = doc.tokens[m.first]
    if not any(normalize_word(e.text) in ("ه", "ها", "هم", "هما") for e in head.enclitics):
        return
    own = {a.country for a in ev.actor}
    other = [a for a in last.actor if a.country and a.country not in own]
    if other and 0 <= ev.trigger.start - last.trigger.start <= 400:
        ev.recipient = other
        ev.explanation.append(f"recipient: the object pronoun of {head.text!r} is the party of the report at "
                              f"{last.trigger.start} ({last.trigger.text!r})")


def _circumstantial(doc: Document, m: TriggerMatch, ev: Event) -> None:
    """``قال X ...، داعيا Y إلى``، ``أصدرت X بيانا منددا بـ``: a circumstantial participle is the act of the
    sentence's first party (the main clause's subject or speaker); the party after it is the one addressed."""
    if "circumstantial" not in m.pattern.roles:
        return
    sent = doc.sentences[m.sentence]
    start = doc.tokens[sent.token_start].start
    main = [a for a in doc.actors if start <= a.start and a.end <= ev.trigger.start and a.country]
    if not main:
        return
    first = min(main, key=lambda a: a.start)
    inside = [a for a in ev.recipient if ev.trigger.start < a.start < ev.trigger.end]  # محملا X المسؤولية
    after = [a for a in ev.actor + ev.recipient if (a.start >= ev.trigger.end or any(a is b for b in inside)) and
             a.country != first.country]
    ev.actor = [first]
    ev.recipient = after[:1] or [a for a in antecedent_of_object_pronoun(doc, m, [first]) if a.start > first.start]
    ev.explanation.append(f"arguments: circumstantial participle; actor the sentence's first party {first.text!r}")


# heads of an obligation (يجب الإفراج عن، ينبغي إطلاق سراح): said by someone, the act named is what they demand
OBLIGATION_HEADS = frozenset(normalize_word(w) for w in (
    "يجب ويجب ينبغي وينبغي يتعين ويتعين يتوجب ويتوجب لابد ولابد").split())
# the CAMEO demand for the act demanded (a release: 1053; a withdrawal or ceasefire: 105)
_DEMAND_CODES = {"RETREAT": "1053"}


def _obligation(doc: Document, m: TriggerMatch) -> bool:
    """Whether the trigger is the complement of an obligation word in a clause a speaker says."""
    if m.first < 1:
        return False
    prev = doc.tokens[m.first - 1].norm
    if prev not in OBLIGATION_HEADS:
        return False
    start = doc.sentences[m.sentence].token_start
    from hadath.events.arguments import is_speech

    return any(is_speech(doc.tokens[k].norm) or doc.tokens[k].norm.lstrip("و") in ("مضيفا", "مؤكدا", "مشددا")
               for k in range(start, m.first - 1))


def demand_event(doc: Document, m: TriggerMatch) -> Optional[Event]:
    """``قال X إنه ينبغي إطلاق سراح الصحافي``: the speaker demands the act (REQUEST), which did not take place."""
    sent = doc.sentences[m.sentence]
    start = doc.tokens[sent.token_start].start
    main = [a for a in doc.actors if start <= a.start and a.end <= m.start and a.country]
    if not main:
        return None
    ev = build_event(doc, m)
    speaker = min(main, key=lambda a: a.start)
    others = [a for a in ev.actor + ev.recipient if a.country and a.country != speaker.country]
    ev.explanation.append(f"{m.pattern.type} named after an obligation word in {speaker.text!r}'s statement: "
                          f"a demand (REQUEST)")
    ev.type, ev.mode, ev.context = "REQUEST", None, []
    ev.cameo = _DEMAND_CODES.get(m.pattern.type, "105" if m.pattern.type in ("RETREAT", "CONCEDE") else "100")
    ev.quad_class = ev.goldstein = None
    ev.source = f"rule:{m.pattern.id}+obligation"
    ev.actor, ev.recipient = [speaker], others[:1]
    ev.aux = "asserted"
    _fill_codes(ev)
    return ev


def _noun_after_number(doc: Document, m: TriggerMatch) -> bool:
    """``2400 طالب``: a word read as a verb right after a count (not a year) is a counted noun; a number joined by a
    hyphen to the word before it is a model's designation (مقاتلات إف-16 قصفت), no count."""
    if is_noun(m) or m.first == 0 or m.head_prefix:
        return False
    tok = doc.tokens[m.first - 1]
    prev = tok.norm
    if tok.start > 0 and doc.text[tok.start - 1] in "-‐–":
        return False
    return prev.isdigit() and not (len(prev) == 4 and prev[:2] in ("19", "20"))


# the nesting rules, in order: each marks candidates that are no event of their own (a report inside another, a
# background mention ...); what each reads besides (doc, matches): the lexicon, the candidates marked so far, or nothing
NESTING_RULES = ((embedded_triggers, "lex"), (time_references, "inner"), (legal_contents, "inner"),
                 (relative_clauses, ""), (habitual_chains, ""), (condemned_acts, ""), (perpetrator_clauses, ""),
                 (draft_contents, ""), (results_of_references, "inner"), (possessed_references, "inner"),
                 (protest_demands, ""), (denied_contents, ""), (standing_detentions, ""), (protesters_demands, ""),
                 (praised_acts, ""), (club_homographs, ""), (wished_or_believed, ""), (after_clauses, ""),
                 (mentioned_acts, ""), (past_states, "inner"), (relative_chains, "inner"))


def nested_matches(doc: Document, matches: list[TriggerMatch], lex: Optional[Lexicon],
                   why: Optional[dict] = None) -> set:
    """ids of the candidates some nesting rule marks; ``why`` (when given) gets id -> the first rule's name."""
    inner: set = set()
    for rule, reads in NESTING_RULES:
        found = rule(doc, matches, lex) if reads == "lex" else rule(doc, matches, inner) if reads == "inner" else \
            rule(doc, matches)
        if why is not None:
            for i in found:
                why.setdefault(i, f"nested: {rule.__name__}")
        inner |= found
    return inner


def code_document(doc: Document, lex: Optional[Lexicon] = None, sentence_filter=None) -> list[Event]:
    """All events of one document (the events layer), merged and in document order."""
    from hadath.events.sentence_filter import default_filter

    sentence_filter = default_filter() if sentence_filter is None else sentence_filter
    events = []
    matches = [m for m in find_triggers(doc, lex) if not _function_word(doc, m)]
    note_verb_triggers(doc, matches)  # a coordinated verb opens its own clause for the argument rules
    # the object noun ending a verb frame (وقعت ... اتفاقيات) takes a genitive, not a verb, right after it
    noun_ends = frozenset(h.last for h in matches if not is_noun(h) and h.last > h.first)
    for m in matches:
        _noun_after_preposition(doc, m, noun_ends)
    log = drop_log.log_for(doc)  # None unless --explain asks why candidates were dropped
    nested: dict = {}  # id -> the nesting rule that marked it, filled only when recording
    inner = nested_matches(doc, matches, lex, nested if log is not None else None)
    prev: Optional[tuple[TriggerMatch, Event]] = None
    last_named: Optional[Event] = None
    sports: dict = {}
    for m in matches:
        if id(m) in inner and _obligation(doc, m):
            ev = demand_event(doc, m)
            if ev is not None and ev.confidence >= MIN_CONFIDENCE:
                _attach(doc, ev)
                events.append(ev)
            elif log is not None:
                drop_log.match(log, doc, m, "nesting", nested.get(id(m), "nested") + " (no demand made of it)")
            continue
        if id(m) in inner or _noun_after_number(doc, m):
            if log is not None:
                drop_log.match(log, doc, m, "nesting", nested.get(id(m), "nested (another nesting rule)")
                               if id(m) in inner else "a counted noun after a number (2400 طالب)")
            continue
        ev = build_event(doc, m, skip_doomed=True)
        inner_subject(doc, m, ev)  # أفرج بموجبها النظام عن: the subject inside a verb's multiword trigger
        if prev is not None and prev[0].sentence == m.sentence:
            _continue_clause(doc, m, ev, prev[0], prev[1])
        _pronoun_object(doc, m, ev, last_named)
        subject_place(doc, m, ev, matches)
        visited_object(doc, m, ev)
        _circumstantial(doc, m, ev)
        nationality_addressee(doc, ev)  # the one asked named by a nationality adjective
        if not is_noun(m):
            prev = (m, ev)
        if any(a.country for a in ev.actor):
            last_named = ev
        # only claims that something happened; a veto only cuts a confidence, so one already too low needs none
        if sentence_filter and ev.confidence >= MIN_CONFIDENCE and ev.aux in ("asserted", "historical"):
            veto = sentence_filter.veto(doc, ev)
            if veto:
                ev.confidence *= 0.3
                ev.explanation.append(veto)
        if ev.confidence >= MIN_CONFIDENCE:
            why = sport_or_trade(doc, ev, m.sentence, sports)
            if why:
                ev.confidence = 0.0
                ev.explanation.append(why)
        if ev.confidence < MIN_CONFIDENCE:
            if log is not None:
                drop_log.low_confidence(log, ev, MIN_CONFIDENCE)
            continue
        _attach(doc, ev)
        recipient_from_destination(ev, doc)
        recipient_from_place(doc, ev)
        domestic_repression(ev)
        unnamed_detainees(ev)
        events.append(ev)
    merged = merge_events(events)
    if log is not None:
        drop_log.merged(log, events, merged)
    for ev in merged:
        merged_attack_parties(doc, ev)
        recipient_own_country(ev)
        coercion_at_home(doc, ev)  # its fallback: an arrest or siege at home with no target named, X -> X
        attack_on_own_civilians(doc, ev)
        domestic_pardon(doc, ev)
        lifted_sanction_parties(doc, ev)  # a lifted sanction's target and imposer
        speaker_in_subject_phrase(doc, ev)  # a REQUEST's speaker taken for the one asked
        speaker_by_apposition(doc, ev)  # an unknown speaker's body named in her apposition
        object_taken_for_subject(doc, ev)  # an unknown subject's object read as the speaker
        appeal_to_own_state(doc, ev)  # a countryless speaker appeals to his own state
        accused_at_home(doc, ev)  # a role noun of no country accused by a state: one of its own
        escalation_at_home(doc, ev)  # escalated attacks with no named target threaten the home state
        military_option_target(doc, ev)  # a military option is held against the party it is to stop
        refused_partner(doc, ev)  # a refused joint act or handover names the other side (مع / إلى)
        relief_agency_giver(doc, ev)
        aid_beneficiary(doc, ev)  # a merged report may bring the donor's country the beneficiary rule needs
        aid_place_recipient(doc, ev)  # last resort: the one foreign country the sentence names
        condemned_attack_doer(doc, ev)  # a merged report may bring a party the condemned attack's doer is not
        other_side_recipient(doc, ev)  # a merged report may bring the attacker the other-side rule needs
    merged = _condemners_apart(doc, merged)
    _add_evaluative_reports(doc, merged)
    _add_evaluative_reports(doc, merged, watchdog_reports)  # a rights watchdog's report of an attack accuses
    complete_meeting_parties(doc, merged)  # before the one-sided drop: a meeting's phrase may list its other side
    merged = split_received_calls(doc, merged)  # تلقى X اتصالين من Y و Z: one call per caller
    merged = onward_visits(doc, merged)  # زار X مصر قبل أن يتوجه إلى قطر: a visit to each stop
    hosted = merged
    merged = drop_hosted_conditions(doc, merged)  # the condition of a threat or demand is no event
    if log is not None:
        drop_log.removed(log, hosted, merged, "conditions", "the condition of a threat or demand in its sentence")
    # a diplomatic event without any participant (of a known country) says nothing; attacks, protests, arrests count
    names_a_state = any(a.country for a in doc.actors)
    kept = [e for e in merged if _has_participant(e, names_a_state) and not _one_sided(e)]
    if log is not None:
        drop_log.parties(log, merged, kept, lambda e: _has_participant(e, names_a_state))
    for ev in kept:
        place_of_nameless_attack(doc, ev) or place_of_group_attack(doc, ev)
        drop_unnamed_perpetrators(ev)  # last: the rules above read the bare term, the output names parties only
    unaddressed = [e for e in kept if _fragment_beside_an_event(e, kept)]
    if log is not None and unaddressed:
        drop_log.removed(log, kept, [e for e in kept if e not in unaddressed], "unaddressed",
                         "a directed act with no one it is aimed at beside a complete event of its sentence")
    return [e for e in kept if e not in unaddressed]


# directed acts that, with no recipient beside a complete event of their sentence, were right 0 times in 19 on the
# news tuning sets (session 31). Not ASSAULT or THREATEN (0 of 12 there, but older tests hold attacks and warnings
# beside an accusation: فيما قصفت المدفعية ...، أنذرت الحكومة داعش بعملية), not PROTEST (the GSR counts a crowd with
# no target), nor acts often reported with no other side (ACCUSE, COERCE, MOBILIZE, RETREAT: a third or more right)
UNADDRESSED_TYPES = frozenset(("REQUEST", "REJECT", "AGREE", "CONCEDE", "CONSULT", "SANCTION"))


def _fragment_beside_an_event(ev: Event, events: list[Event]) -> bool:
    """A directed act naming no one it is aimed at, in a sentence whose event of another type names both its sides
    (عقد X مباحثات مع Y حيث شدد على ضرورة ...، ندد X باقتحام Y ... وطالب بوقف الاعتداءات): the fragment is what the
    sentence's event said, wanted or was about, not an act of its own."""
    if ev.type not in UNADDRESSED_TYPES or ev.recipient:
        return False
    return any(o is not ev and o.type != ev.type and o.actor and o.recipient and
               o.sentence.start == ev.sentence.start for o in events)


def _condemners_apart(doc: Document, events: list[Event]) -> list[Event]:
    """Each state condemning an attack of no named doer as its own event (``attack_roles.condemners_apart``)."""
    out = []
    for ev in events:
        out += [ev] + condemners_apart(doc, ev)
    return out


def _has_participant(ev: Event, names_a_state: bool) -> bool:
    """Attacks, protests and arrests count without parties; any other act needs one, and, in a text that names
    some party of a known country (``names_a_state``: a state, its people, or an IGO too), such a party: an act whose
    parties are all of no country there (استقبله رئيس مجلس الإدارة في المطار، بدأت الصحيفة محادثات لبيع حصتها، طالب المحامون،
    تعهد المقاتلون لداعش) is between persons, firms or groups, not between the states the text is about. A text
    that names none (a UN paragraph: يطلب المجلس إلى الحكومة) keeps it. Movements of forces keep a party of no
    country (the coalition's reinforcements, ISIS withdrawing)."""
    if ev.type in ARGUMENTLESS_TYPES:
        return True
    if not (ev.actor or ev.recipient):
        return False
    if ev.type in NAMELESS_PARTY_TYPES or not names_a_state:
        return True
    return any(a.country for a in (*ev.actor, *ev.recipient))


# acts between two parties: with no other party found, even after merging the reports of the act, the report is
# a fragment (a meeting of one's own cabinet, an arrival with no host) and is nearly always miscoded; a call or
# praise may address no one (شدد على ضرورة وقف التصعيد، أيد المبادرة)
TWO_PARTY_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE", "AID"))
# a verbal noun of these with no other party is a mention (background, a plan, a topic), not a report: on the four
# news sets such events matched the gold type in 0 of 19 (session 6)
NOUN_TWO_PARTY_TYPES = TWO_PARTY_TYPES | frozenset(("SANCTION",))
# unvocalized perfects spelt like their verbal noun (دعم، رفض): with one party they are the noun (0 of 6 right)
MASDAR_LIKE_TYPES = frozenset(("SUPPORT", "REJECT"))
MASDAR_LIKE = frozenset(normalize_word(w) for w in "دعم رفض".split())


def _add_evaluative_reports(doc: Document, events: list[Event], rule=evaluative_reports) -> None:
    """Statements judging another party (قال X إن Y تنتهك ...) as ACCUSE X -> Y, finished like trigger events and put
    in document order. Added after merging: a judgement in one sentence is no report of an accusation (a
    condemnation) in another, whose unnamed perpetrator it must not fill in. ``rule`` makes the events (also
    ``watchdog_reports``: a rights watchdog reporting an attack accuses its actor)."""
    for ev in rule(doc, events, _pub_year(doc)):
        ev.id = event_id(doc, ev.trigger.start, ev.trigger.end)
        _conventions(ev)
        _fill_codes(ev)
        _attach(doc, ev)
        at = next((i for i, e in enumerate(events) if e.sentence.start > ev.sentence.start), len(events))
        events.insert(at, ev)


def _two_organisations(ev: Event) -> bool:
    """Both sides coded IGO but of different organisations (the Arab League's secretary general and the UN envoy):
    two parties, not one body's own officials; both named in the report's sentence (a merged mention may bring a
    party of another one)."""
    own = {a.sector for a in ev.actor}
    other = {a.sector for a in ev.recipient}
    return bool(own) and bool(other) and {a.country for a in ev.actor + ev.recipient} == {"IGO"} and \
        None not in own | other and not own & other and \
        all(ev.sentence.start <= a.start < ev.sentence.end for a in ev.actor + ev.recipient)


def _one_sided(ev: Event) -> bool:
    """A two-party act that happened, by one named state party, with no other party (on the news gold sets such
    reports were right 0 times in 20). Kept: parties acting together (وقعت X و Y), a party of no known country
    (الوزيران standing for both sides), and planned acts (سيقوم بجولة)."""
    if ev.type == "CONSULT" and not ev.actor:
        return True  # a meeting or visit with no one meeting or visiting (وصلت طائرة إغاثة، اجتمع ألف شخص): 0 gold
    if ev.type == "CONSULT" and ev.recipient and {a.country for a in ev.actor} == {a.country for a in ev.recipient} \
            and all(a.country for a in ev.actor) and not any(x.startswith(INTERNAL) for x in ev.explanation) \
            and not _two_organisations(ev):
        return True  # a meeting of one state's own officials (تفاوض طهران مع إيران، لقاء المسؤولين الإيرانيين)
    if ev.type in MASDAR_LIKE_TYPES and getattr(ev, "head_tag", None) == "perf" and (not ev.actor or not ev.recipient):
        word = normalize_word(ev.trigger.text)
        vso = any("subject:vso" in x for x in ev.explanation)  # "دعم الرئيس X الخطة": a verb opening its clause
        if (word in MASDAR_LIKE or (word[:1] in ("و", "ف") and word[1:] in MASDAR_LIKE)) and not vso:
            return True  # a bare "دعم" / "ورفض" with one party is the verbal noun of the same spelling: a mention
    if getattr(ev, "head_tag", None) == "" and ev.actor and not ev.recipient and (
            ev.type in NOUN_TWO_PARTY_TYPES or ev.cameo == "057" or ev.mode in ("release", "ease")):
        return True  # a bare verbal noun (اتفاق، محادثات، توقيع، الإفراج عن) naming no other party, whatever its aux
    if ev.type == "SUPPORT" and not ev.recipient and not any(a.country == "IGO" for a in ev.actor):
        return True
    return ev.type in TWO_PARTY_TYPES and not ev.recipient and ev.aux in ("asserted", "historical") and \
        len(ev.actor) == 1 and bool(ev.actor[0].country)


class EventStage:
    name = "events"
    version = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "actors")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, lexicon: Optional[Lexicon] = None):
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Document) -> Document:
        doc.events = code_document(doc, self.lexicon)
        return doc
