"""Sentences about sport, trade or natural hazards: a club refusing, a firm signing, a road closed for a storm or
deaths in a flood use the words of political events but report none, so such events are vetoed after they are
built. Round 15b: a ship, plane, shipment or force arriving makes no visit, and a deal between domestic
institutions (a chamber and an association, a fund and a bank) is no political event. Session 14: a body's vote on
a law, a bill or a listing with no party of a country acting (وافق المجلس الدستوري على قانون) is no agreement, and an
animal attacking or culled (هجوم سمكة قرش، أعدمت عشرة آلاف دجاجة) or a stampede (في تدافع) is no attack (session 17:
nor an animal shot or arrested, كلباً، اعتقال سنجاب); round 4:
nor is an illness (ضربها فيروس إيبولا، أصيب بنزيف، توفي بسبب الحمى) or a train leaving its rails.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Document, Event
from hadath.events.doc_index import token_at
from hadath.events.non_events import sports_party
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel, strip_al


SPORT_WORDS = words("topic_filters", "sport_words")
# every spelling with ال and a proclitic -> the bare word (one dict lookup per token)
# Each form maps to its word without ال, so that الدوري and دوري count as one sports word whichever spelling the
# list holds (mapping to the listed spelling made the count depend on set order, i.e. on string hashing).
SPORT_FORMS = {pre + al + w: strip_al(w) for w in SPORT_WORDS
               for pre in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل") for al in ("", "ال")} | \
              {pre + "لل" + w: strip_al(w) for w in SPORT_WORDS for pre in ("", "و", "ف")}
FIRM_WORDS = words("topic_filters", "firm_words")
CIVIC_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))


HAZARD_WORDS = words("topic_filters", "hazard_words")
HAZARD_FORMS = frozenset(pre + al + w for w in HAZARD_WORDS for pre in ("", "و", "ف", "ب", "ل", "وب", "ول")
                         for al in ("", "ال") if not (al and w.startswith("ال")))
HAZARD_TYPES = frozenset(("COERCE", "MOBILIZE"))


def _hazard_sentence(doc: Document, sentence: int) -> bool:
    """Whether the sentence names a natural hazard (بسبب ثوران بركان، جراء السيول، بسبب الأحوال الجوية)."""
    sent = doc.sentences[sentence]
    return any(t.norm in HAZARD_FORMS for t in doc.tokens[sent.token_start:sent.token_end])


CAUSE_WORDS = words("topic_filters", "cause_words")
ACCIDENT_WORDS = words("topic_filters", "accident_words")


ILLNESSES = words("topic_filters", "illnesses")
DERAILMENT_LEADS = words("topic_filters", "derailment_leads")
RAILS = words("topic_filters", "rails")


def _hazard_cause(doc: Document, sentence: int) -> bool:
    """``قتل 14 شخصا جراء إعصار``، ``توفي ... إثر حادث سير``، ``بسبب فيروس كورونا``، ``لدى خروج قطار عن السكة``:
    deaths whose stated cause is a natural hazard, an accident, an illness or a derailment; nobody attacked."""
    return _lead_then_hazard(doc, sentence, CAUSE_WORDS, ACCIDENT_WORDS | ILLNESSES) or \
        _lead_then_hazard(doc, sentence, DERAILMENT_LEADS, RAILS)


PLACE_HEADS = words("topic_filters", "place_heads")


def _lead_then_hazard(doc: Document, sentence: int, leads: frozenset, nouns: frozenset) -> bool:
    """A lead word (a cause or a setting) followed within two words by a natural hazard or one of ``nouns``; a
    hazard word right after a place noun is the place's name (في أحياء الضباب، منطقة السيول), no hazard."""
    sent = doc.sentences[sentence]
    toks = doc.tokens
    for k in range(sent.token_start, sent.token_end - 1):
        if toks[k].norm in leads:
            for j in range(k + 1, min(sent.token_end, k + 3)):
                w = toks[j].norm
                if w in HAZARD_FORMS and strip_al(peel(toks[j - 1].norm)) not in PLACE_HEADS or \
                        strip_al(w) in nouns:
                    return True
    return False


SETTING_WORDS = words("topic_filters", "setting_words")
CRASH_WORDS = words("topic_filters", "crash_words")


def _hazard_setting(doc: Document, sentence: int) -> bool:
    """``قتل ثلاثة أشخاص في زلزال``، ``لقي طيار مصرعه في تحطم مروحية``، ``بحادث تحطم طائرة``: deaths set in a
    natural hazard or a crash (في / لدى / بحادث + the hazard or crash noun); unlike a cause word, في and حادث alone
    also set shootings and arson (في حادث إطلاق نار، في حريق متعمد), so only hazards and crashes count here."""
    return _lead_then_hazard(doc, sentence, SETTING_WORDS, CRASH_WORDS)


def _hazard_subject(doc: Document, ev: Event) -> bool:
    """``اجتاح حريق غابات طريقا``، ``ضرب زلزال المنطقة``، ``ضربها بشدة فيروس إيبولا``، ``أصيب بنزيف``: the word
    right after a verb trigger (its VSO subject, or with ب what the person fell ill with) is a natural hazard, a fire
    or an illness; nobody attacked."""
    if getattr(ev, "head_tag", "") in ("", None):
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    if k + 1 >= len(toks) or toks[k].start > ev.trigger.start:
        return False
    last = token_at(doc, max(ev.trigger.end - 1, ev.trigger.start), k, len(toks))
    nxt = toks[k + 1].norm
    if nxt in HAZARD_FORMS or strip_al(nxt) in ("حريق", "حرائق"):
        return True
    after = toks[last + 1].norm if last + 1 < len(toks) else ""
    return strip_al(after) in ILLNESSES or after[:1] == "ب" and strip_al(after[1:]) in ILLNESSES


ANIMALS = words("topic_filters", "animals")
# animals named only without the article, whose definite form is also a name (الأسد): أسد شهير، أسداً نادراً
BARE_ANIMALS = words("topic_filters", "bare_animals")
ANIMAL_REACH = 6  # words on either side of an attack trigger in which the animal attacking or culled is named
ANIMAL_TYPES = frozenset(("ASSAULT", "COERCE"))  # attacked or culled, and arrested (اعتقال سنجاب), session 17


def _animal_party(doc: Document, ev: Event) -> bool:
    """``هاجمت مجموعة من أسماك البيرانا المصطافين``، ``لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش``، ``أعدمت السلطات
    عشرة آلاف دجاجة``: an animal attacking or killed, named near the trigger with no punctuation between, makes no
    political attack; nor does an animal arrested (``قامت الشرطة باعتقال سنجاب``, session 17)."""
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    last = token_at(doc, max(ev.trigger.end - 1, ev.trigger.start), k, len(toks))
    for step, edge in ((1, last), (-1, k)):
        j = edge + step
        while 0 <= j < len(toks) and abs(j - edge) <= ANIMAL_REACH and not toks[j].is_punct:
            w = toks[j].norm
            if strip_al(w) in ANIMALS or peel(w, conj="بلو", article=True, min_stem=0) in ANIMALS or \
                    w in BARE_ANIMALS:
                return True
            j += step
    return False


def _sport_sentence(doc: Document, sentence: int) -> bool:
    """Whether the sentence has two or more sports words (with or without ال and a proclitic)."""
    sent = doc.sentences[sentence]
    found = {SPORT_FORMS[t.norm] for t in doc.tokens[sent.token_start:sent.token_end] if t.norm in SPORT_FORMS}
    return len(found) >= 2


COMMENTATORS = words("topic_filters", "commentators")


def _firm_subject(doc: Document, ev: Event) -> bool:
    """``رفضت شركة نايكي السماح``، ``وقعت الشركة السعودية للكهرباء مذكرة تفاهم``، ``طالب الخبير الأمني``: the word
    right after a verb trigger (its VSO subject) is a firm or a commentator, whatever country it has."""
    if getattr(ev, "head_tag", "") in ("", None):
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))  # the token holding the trigger's start, by bisection
    if k + 1 >= len(toks) or toks[k].start > ev.trigger.start:
        return False
    subject = strip_al(toks[k + 1].norm)
    return subject in FIRM_WORDS or subject in COMMENTATORS or subject in PRIVATE_PERSONS or \
        _firm_officer(doc, k + 1)


PRIVATE_PERSONS = words("topic_filters", "private_persons")
FIRM_OFFICES = words("topic_filters", "firm_offices")
FIRM_BODIES = words("topic_filters", "firm_bodies")
OFFICER_REACH = 6  # words after the verb within which the subject's office in a firm is named (past a name, a comma)


def _firm_officer(doc: Document, k: int) -> bool:
    """``رفض جاك ما، الرئيس التنفيذي لشركة علي بابا``، ``رفض موظف بشركة الخطوط``، ``حث رئيس مجلس إدارة مجموعة
    هيونداي``: the verb's subject holds an office in a firm (an office word, then a business body with or without ب /
    ل), within a few words and before any other punctuation than a comma: a business act."""
    toks = doc.tokens
    for j in range(k, min(len(toks) - 1, k + OFFICER_REACH)):
        if toks[j].is_punct and toks[j].norm not in ("،", ","):
            return False
        if toks[j].norm in FIRM_OFFICES or strip_al(toks[j].norm) in FIRM_OFFICES:
            body = toks[j + 1].norm
            if any(body.startswith(pre) and strip_al(body[len(pre):]) in FIRM_BODIES for pre in ("ب", "ل", "")):
                return True
    return False


DOMESTIC_INSTRUMENTS = words("topic_filters", "domestic_instruments")
INSTRUMENT_REACH = 3  # words after the signing trigger in which its object (a law, a document) is named


def _domestic_instrument(doc: Document, ev: Event) -> bool:
    """A signature (AGREE) or ratification (SUPPORT), CAMEO 057, with no recipient whose object is a law, an amendment
    or a document (صادقت الحكومة على حزمة القوانين، وقع الرئيس على وثيقة بدء التشغيل): domestic legislation, no
    support for anyone."""
    if ev.type not in ("SUPPORT", "AGREE") or (ev.cameo or "")[:3] != "057" or ev.recipient:
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    last = token_at(doc, max(ev.trigger.end - 1, ev.trigger.start), k, len(toks))
    for j in range(k + 1, min(len(toks), last + 1 + INSTRUMENT_REACH)):
        if toks[j].is_punct:
            return False
        w = toks[j].norm
        if any(w.startswith(pre) and strip_al(w[len(pre):]) in DOMESTIC_INSTRUMENTS for pre in ("", "و", "ب", "ل")):
            return True
    return False


APPROVED_INSTRUMENTS = words("topic_filters", "approved_instruments")
APPROVAL_REACH = 12  # words after وافق in which its على stands (past the body's name, a time, a vote)
_APPROVAL_STOPS = frozenset((".", "؛", ";", ":", "؟", "?", "!"))


def _approved_instrument(doc: Document, ev: Event) -> bool:
    """``وافق المجلس الدستوري على قانون يعطي``، ``وافقت لجنة الطاقة ... على مشروع قانون``، ``وافقت لجنة التراث على
    إدراج مواقع``: a body's vote on a law, a bill or a listing, with no party of a known country acting, is domestic
    legislation or administration, no agreement between parties (a plan or a resolution approved stays)."""
    if ev.type != "AGREE" or not ev.source.startswith("rule:agree.wafaqa") or any(a.country for a in ev.actor):
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    for j in range(k + 1, min(len(toks) - 1, k + 1 + APPROVAL_REACH)):
        if toks[j].norm in _APPROVAL_STOPS:
            return False
        if toks[j].norm in ("على", "علي"):
            obj = strip_al(toks[j + 1].norm)
            if obj == "مشروع" and j + 2 < len(toks):
                obj = strip_al(toks[j + 2].norm)
            return obj in APPROVED_INSTRUMENTS
    return False


CARRIERS = words("topic_filters", "carriers")
ARRIVAL_REACH = 8  # words after the arrival verb in which its subject stands (past إلى X and a time word)
_ABOARD = frozenset(normalize_word(w) for w in "متن عبر".split())


LEISURE_WORDS = words("topic_filters", "leisure_words")
LEISURE_LEADS = words("topic_filters", "leisure_leads")
LEISURE_REACH = 12  # words after the visit word in which its purpose phrase stands (past إلى X, a time word)
_APPROVAL = normalize_word("إجازة")  # لإجازة الاتفاقية: to approve the accord, no holiday


def _holiday_phrase(toks: list, j: int) -> bool:
    """Token ``j`` is a holiday noun as the trip's purpose: after في / لقضاء (في إجازة خاصة، لقضاء عطلته) or with
    ب / ل on it (بإجازة، للاستجمام); not a time (بعد عطلة العيد) nor لإجازة, to approve (لإجازة الاتفاقية)."""
    w = peel(toks[j].norm)
    bare = peel(w, conj="", preps="بل", lil=True, article=True)
    if bare not in LEISURE_WORDS:
        return False
    if j > 0 and peel(toks[j - 1].norm) in LEISURE_LEADS:
        return True
    return w[:1] in ("ب", "ل") and strip_al(w) != bare and not (w[:1] == "ل" and bare == _APPROVAL)


def _private_stay(doc: Document, ev: Event) -> bool:
    """A visit or arrival made on holiday (وصل الملك إلى المغرب في إجازة خاصة، لقضاء عطلته): a leader's private
    stay meets no one of the host state; the holiday phrase in the visit's own clause, before any punctuation."""
    if ev.type != "CONSULT" or ev.mode != "visit":
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.end - 1, 0, len(toks))
    for j in range(k + 1, min(len(toks), k + 1 + LEISURE_REACH)):
        t = toks[j]
        if t.is_punct and t.text != "(":
            return False
        if _holiday_phrase(toks, j):
            return True
    return False


def _carrier_arrival(doc: Document, ev: Event) -> bool:
    """A visit coded from وصل / يصل whose subject is a vehicle, a shipment or a force: a carrier word without a
    preposition (not على متن طائرة، بطائرة خاصة) in the verb's clause, before any comma."""
    if not ev.source.startswith("rule:consult.waSala") or getattr(ev, "head_tag", "") in ("", None):
        return False
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    if _carrier_before(doc, k):
        return True
    words = 0
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.is_punct:
            return False
        words += 1
        if words > ARRIVAL_REACH:
            return False
        bare = t.norm[1:] if t.norm[:1] == "و" and len(t.norm) > 4 else t.norm
        if strip_al(bare) in CARRIERS and _carrier_at(toks, j) and not t.norm.startswith(("ب", "ل", "ك")) and \
                normalize_word(toks[j - 1].norm) not in _ABOARD:
            return True
        if words <= PEOPLE_REACH and strip_al(bare) in ARRIVING_PEOPLE:
            return True  # وصل 80 مصابا يمنيا إلى عمان: patients brought for treatment
    return False


# the wounded, patients and players who arrive (وصل 80 مصابا يمنيا إلى عمان للعلاج، وصل لاعب الوسط إلى معسكر الفريق)
# come for treatment or a club, no visit; named right after the verb, past a count
ARRIVING_PEOPLE = words("topic_filters", "arriving_people")
PEOPLE_REACH = 2


_THAT = words("topic_filters", "that")
_CARRYING_PEOPLE = words("topic_filters", "carrying_people")


def _carrier_at(toks, j: int) -> bool:
    """Whether token ``j`` is a carrier word that does not carry a person on board."""
    return strip_al(toks[j].norm) in CARRIERS and \
        not any(t.norm in _CARRYING_PEOPLE for t in toks[j + 1:j + 4])
_ORDINALS = frozenset(normalize_word(w) for w in "أول اول أولى اولى ثاني ثالث آخر اخر".split())
SUBJECT_REACH = 12  # tokens back from the arrival verb to the "أن" that opens its clause


def _carrier_before(doc: Document, k: int) -> bool:
    """``أن قوة سعودية جديدة مرفوقة بعربات كاسحة، ستصل إلى عدن``: the word after the complementizer (or the
    sentence's first word) before the arrival verb is a carrier, and no other verb clause stands between."""
    toks = doc.tokens
    sent = doc.sentences[_sentence_of(doc, k)]
    for j in range(k - 1, max(sent.token_start, k - SUBJECT_REACH) - 1, -1):
        if toks[j].norm in (".", "؛", ";", ":") or toks[j].norm in ("و", "ثم"):
            return False
        if toks[j].norm in _THAT or j == sent.token_start:
            first = j + 1 if toks[j].norm in _THAT else j
            if first + 1 < k and toks[first].norm in _ORDINALS:
                first += 1  # إن أول طائرة تتبع الصليب الأحمر وصلت
            return first < k and _carrier_at(toks, first)
    return False


def _sentence_of(doc: Document, k: int) -> int:
    """Index of the sentence holding token ``k``."""
    return next(i for i, s in enumerate(doc.sentences) if s.token_start <= k < s.token_end)


INSTITUTIONS = words("topic_filters", "institutions")
INSTITUTION_TYPES = frozenset(("SUPPORT", "AGREE", "COOPERATE"))


def _institutional_deal(doc: Document, ev: Event, sentence: int) -> bool:
    """A signed or agreed deal whose partner after مع is an institution with no foreign party coded: both sides
    are domestic bodies (an IGO partner such as البنك الدولي has a recipient and is kept)."""
    if ev.type not in INSTITUTION_TYPES or any(a.country and a.country not in {b.country for b in ev.actor}
                                               for a in ev.recipient):
        return False
    sent = doc.sentences[sentence]
    toks = doc.tokens
    k = token_at(doc, ev.trigger.start, sent.token_start, sent.token_end)
    for j in range(k, min(sent.token_end - 1, k + 8)):
        if toks[j].is_punct:
            return False
        if toks[j].norm in ("مع", "ومع") and strip_al(toks[j + 1].norm) in INSTITUTIONS:
            return True
    return False


def _firm_actor(ev: Event) -> bool:
    """``طالبت شركة صينية موظفاتها ... وقررت فرض غرامة``، ``قالت شركة إيني إنها وقعت``: every actor is named by a
    firm word (whatever country its adjective gives it) before the trigger, so the act is a firm's business, not a
    state's; a firm named after the trigger is more often its object or a condition (هددت الهيئة بوقف ترخيص شركة)."""
    return bool(ev.actor) and all(a.text and a.start < ev.trigger.start and
                                  strip_al(normalize_word(a.text.split()[0])) in FIRM_WORDS for a in ev.actor)


def sport_or_trade(doc: Document, ev: Event, sentence: int, sports: Optional[dict] = None) -> Optional[str]:
    """Why an event of a sports or business sentence is no political event (``رفض الاتحاد الأوروبي لكرة القدم
    احتجاج النادي``، ``وقعت شركة X اتفاقا مع شركة Y``); violence, protests and arrests still count. ``sports``:
    sentence index -> sports sentence, remembered per document."""
    if ev.type in HAZARD_TYPES and _hazard_sentence(doc, sentence):
        return "a natural hazard (volcano, flood, storm): a closure or alert, no political coercion"
    if ev.type == "ASSAULT" and _hazard_cause(doc, sentence):
        return "deaths caused by a hazard, an accident or an illness (جراء إعصار، إثر حادث، بسبب وباء): no attack"
    if ev.type == "ASSAULT" and (_hazard_setting(doc, sentence) or _hazard_subject(doc, ev)):
        return "deaths in a natural hazard, a crash or an illness (في زلزال، في تحطم مروحية، أصيب بنزيف): no attack"
    if ev.type in ANIMAL_TYPES and _animal_party(doc, ev):
        return "an animal attacking, culled or caught (سمكة قرش، دجاج، سنجاب): no political attack or arrest"
    sports = {} if sports is None else sports
    if ev.type in CIVIC_TYPES:
        if ev.type != "COERCE" or ev.mode == "arrest" or (ev.cameo or "")[:3] in ("173", "175"):
            return None
        if sentence not in sports:
            sports[sentence] = _sport_sentence(doc, sentence)
        # a league banning a club from signing players is a sports penalty; an arrest still counts
        return "a sports sentence: a sports penalty, no coercion" if sports[sentence] else None
    if sentence not in sports:
        sports[sentence] = _sport_sentence(doc, sentence)
    if sports[sentence]:
        return "a sports sentence: no political event"
    if sports_party(doc, ev):
        return "a sports club, team or federation as a party: no political event"
    if _carrier_arrival(doc, ev):
        return "a ship, plane, shipment or force arriving (وصلت سفينة): no visit"
    if _private_stay(doc, ev):
        return "a stay on holiday (وصل ... في إجازة خاصة): a private trip, no visit to the host state"
    if _institutional_deal(doc, ev, sentence):
        return "a deal between domestic institutions (غرفة، جمعية، جامعة، بنك): no political event"
    if _approved_instrument(doc, ev):
        return "a body's vote on a law, a bill or a listing, no party of a country acting: no political agreement"
    if _domestic_instrument(doc, ev):
        return "a law or document of a state's own signed or ratified, no other party: domestic legislation"
    if _firm_subject(doc, ev):
        return "a firm or a commentator as the verb's subject: a business act or an opinion, no political event"
    if _firm_actor(ev):
        return "a firm as the acting party (طالبت شركة صينية موظفاتها): a business act, no political event"
    parties = ev.actor + ev.recipient
    if parties and all(not a.country for a in parties) and \
            any(strip_al(normalize_word(a.text.split()[0])) in FIRM_WORDS for a in parties):
        return "unnamed firms as the parties: a business act, no political event"  # a named firm's deal stays
    return None
