"""Trigger matches that are no event of their own: the content of another act (what is agreed, asked for,
condemned or charged), a time or cause reference to an earlier act, a relative clause describing a party or a
thing, a draft's text, a past state or a habit.

Each ``*(doc, matches[, skip]) -> set`` function returns the ids of matches that ``stage.code_document`` leaves
out (an obligation's complement still becomes a demand there); ``non_events`` holds the later families.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from hadath.document import Document
from hadath.events.non_events import protest_demands  # noqa: F401 - moved next to protesters_demands
from hadath.events.topic_filters import CIVIC_TYPES
from hadath.events.triggers import TriggerMatch, find_triggers
from hadath.events.wordlists import raw_words, words
from hadath.text.normalize import normalize_word, peel, peel_forms, strip_al


# verbs whose complement names an act that is wanted, agreed, refused or discussed, not one that happened
CONTENT_HOSTS = frozenset(("AGREE", "REQUEST", "THREATEN", "ACCUSE", "REJECT", "CONSULT", "SUPPORT"))
TOPIC_HEADS = words("nesting", "topic_heads")
HOST_GAP = 6
CONTENT_HEADS = words("nesting", "content_heads")
QUOTE_MARKS = frozenset('"«»“”')
# a preposition between such a head and its complement: بناء على طلب، الدعوة إلى
CONTENT_LINKS = frozenset(normalize_word(w) for w in "على علي إلى الى الي عن في".split())


def is_noun(m: TriggerMatch) -> bool:
    return m.head_tag == "" or "noverb" in m.pattern.roles


OBJECT_PRONOUNS = ("هم", "هما", "ها")


def _in_actor(doc: Document, offset: int) -> bool:
    return any(a.start <= offset < a.end for a in doc.actors)


COORDINATION_WINDOW = 12
CLAUSE_OPENERS = words("nesting", "clause_openers")
SENTENCE_STOPS = frozenset(".!?؟:؛;")
_VERB_SUFFIXES = ("ت", "وا", "تا", "نا", "تم")


def _coordinated_complement(doc: Document, m: TriggerMatch, matches: list[TriggerMatch], inner: set) -> bool:
    """``شن غارات لإعادة هادي إلى السلطة، وطرد الحوثيين``، ``للمطالبة بالإفراج عن X وإطلاق سراح Y``: a verbal
    noun joined by و to the complement of an aim, a demand or a stop (a content head a few words before, no
    clause between) is a second aim, not an act that took place. A bare 3-letter perfect (وطرد) reads as the
    noun."""
    head = doc.tokens[m.first]
    if not m.head_prefix.startswith("و"):
        return False
    bare = head.norm[len(m.head_prefix):]
    if not is_noun(m) and not (m.head_tag == "perf" and len(bare) == 3 and not bare.endswith(_VERB_SUFFIXES)):
        return False  # only a Form I verb (طرد، دعم) is spelt like its verbal noun; والتقى stays a verb
    start = doc.sentences[m.sentence].token_start
    verbs = {h.first for h in matches if h is not m and not is_noun(h) and id(h) not in inner}
    nouns_inside = {h.first for h in matches if h is not m and id(h) in inner}
    for k in range(m.first - 1, max(start, m.first - COORDINATION_WINDOW) - 1, -1):
        tok = doc.tokens[k]
        if tok.is_punct and tok.norm in SENTENCE_STOPS:
            return False
        if k in verbs or tok.norm in CLAUSE_OPENERS:
            return False
        if k in nouns_inside:
            return True  # the first conjunct is already an aim (للمطالبة بالإفراج عن X وإطلاق سراح Y)
        if any(f in CONTENT_HEADS for f in peel_forms(tok.norm, min_stem=0)):
            return True
    return False


REQUEST_GAP = 30
REQUEST_LINKS = frozenset(normalize_word(w) for w in "إلى الى الي على علي".split())


def _requested_act(doc: Document, m: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """``دعا الوزير مفوض الأمم المتحدة السامي والمنظمات الحقوقية إلى زيارة عدن``، ``داعين الكونغرس إلى رفض الاتفاق``:
    a verbal noun after إلى / على that closes a call or demand of the same clause names what is asked for, however
    long the addressee's name; it did not take place."""
    toks = doc.tokens
    if m.first < 1 or toks[m.first - 1].norm not in REQUEST_LINKS:
        return False
    for h in matches:
        if h is m or h.pattern.type != "REQUEST" or h.sentence != m.sentence or not 0 < m.first - h.last <= REQUEST_GAP:
            continue
        if h.last + 1 < m.first and toks[h.last].norm in REQUEST_LINKS:
            continue  # the host's own complement ended before (دعا إلى الحوار ... وزيارة)
        if not any(toks[k].is_punct or toks[k].norm in CLAUSE_OPENERS for k in range(h.last + 1, m.first - 1)):
            return True
    return False


EVALUATIVE_VERBS = words("nesting", "evaluative_verbs")
EVALUATIVE_SPAN = 6


def _evaluated_act(doc: Document, m: TriggerMatch) -> bool:
    """``إن رفع العقوبات عن إيران يعني ضخ ...``، ``يخشون أن يؤدي رفع العقوبات إلى``: a verbal noun that is the subject
    of a verb saying what it means or brings is discussed, not reported."""
    toks = doc.tokens
    if m.first > 0 and toks[m.first - 1].norm in EVALUATIVE_VERBS:
        return True
    sent = doc.sentences[m.sentence]
    for k in range(m.last + 1, min(sent.token_end, m.last + 1 + EVALUATIVE_SPAN)):
        if toks[k].is_punct or toks[k].norm in CLAUSE_OPENERS:
            return False
        if toks[k].norm in EVALUATIVE_VERBS:
            return True
    return False


EFFORT_HEADS = words("nesting", "effort_heads")
EFFORT_REACH = 5


def _effort_before(doc: Document, m: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """An effort word a few words before the noun trigger, with only its genitive between (no punctuation, no
    verb trigger): ``جهود الحكومة المصرية للإفراج عن``."""
    toks = doc.tokens
    lo = doc.sentences[m.sentence].token_start
    verbs = {h.first for h in matches if not is_noun(h)}
    for k in range(m.first - 1, max(lo, m.first - EFFORT_REACH) - 1, -1):
        if toks[k].is_punct or k in verbs:
            return False
        if toks[k].norm in EFFORT_HEADS:
            return True
    return False


DISTANT_TOPIC_HEADS = words("nesting", "distant_topic_heads")
TOPIC_REACH = 4  # tokens from the topic noun to the act noun


def _distant_topic(toks, first: int, lo: int) -> bool:
    """A topic noun (with or without ال and و) up to ``TOPIC_REACH`` tokens before the noun at ``first``, with no
    punctuation between."""
    for k in range(first - 1, max(lo, first - 1 - TOPIC_REACH), -1):
        if toks[k].is_punct:
            return False
        if peel(toks[k].norm, conj="و", article=True) in DISTANT_TOPIC_HEADS:
            return True
    return False


def embedded_triggers(doc: Document, matches: list[TriggerMatch], lex=None) -> set:
    """ids of noun triggers that only name the content of another act: ``اتفقتا على شن ضربات``، ``دعا إلى وقف
    الهجمات``، ``بحث سبل دعم``. The host is a verb trigger of another type a few words before in the same clause
    (no punctuation between), or a topic noun (سبل، آفاق، أهمية) right before the trigger. ``lex`` is the stage's
    lexicon, which ``pledged_acts`` reads the pledges' sentences again with."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if len(m.tokens) > 1 and m.last - 1 not in m.tokens and toks[m.last - 1].norm in TOPIC_HEADS:
            out.add(id(m))  # أكد ... أهمية دعم: the frame's object is a topic, not the act
            continue
        if m.first == 0:
            continue
        p = m.first - 1
        while p > 0 and toks[p].is_punct and toks[p].norm in QUOTE_MARKS:  # لوقف "الترحيل القسري"
            p -= 1
        prev = toks[p].norm
        if prev in TOPIC_HEADS and (is_noun(m) or not m.head_prefix):  # "أهمية دعم": nor does a verb follow
            out.add(id(m))
            continue
        if is_noun(m) and _distant_topic(toks, m.first, doc.sentences[m.sentence].token_start):
            out.add(id(m))  # ناقش السبل الكفيلة للإسراع في إيصال المساعدات: still the topic
            continue
        if is_noun(m) or not m.head_prefix:
            head = prev if prev in CONTENT_HEADS or p < 1 or prev not in CONTENT_LINKS else toks[p - 1].norm
            if any(f in CONTENT_HEADS for f in peel_forms(head, min_stem=0)):
                out.add(id(m))
                continue
        if is_noun(m) and _effort_before(doc, m, matches):
            out.add(id(m))  # لمتابعة جهود الحكومة للإفراج عن الرهينة: what the efforts aim at
            continue
        if _coordinated_complement(doc, m, matches, out) or \
                ((is_noun(m) or (m.head_tag == "perf" and not m.head_prefix)) and _evaluated_act(doc, m)):
            out.add(id(m))
            continue
        if not is_noun(m):
            continue
        if _requested_act(doc, m, matches):
            out.add(id(m))
            continue
        for h in matches:
            if h is m or (is_noun(h) and "circumstantial" not in h.pattern.roles) or h.sentence != m.sentence or \
                    h.pattern.type not in CONTENT_HOSTS or \
                    h.pattern.type == m.pattern.type or not (0 < m.first - h.last <= 3 * HOST_GAP) or \
                    h.pattern.mode == "visit":  # وصلت إلى X طائرة محملة بالمساعدات: an arrival has no topic
                continue
            if any(toks[k].is_punct for k in range(h.last + 1, m.first)):
                continue
            free = [k for k in range(h.last + 1, m.first) if not _in_actor(doc, toks[k].start)]
            if len(free) > HOST_GAP:  # the host's own subject (a long title and name) does not count
                continue
            out.add(id(m))
            break
    return out | pledged_acts(doc, matches, out, lex)


# a pledge (تعهد، وعد، التزم) whose ب complement names an act: the news codes the act promised, not an agreement
PLEDGE_HEADS = words("nesting", "pledge_heads")
PLEDGED_TYPES = frozenset(raw_words("nesting", "pledged_act_types"))
THREAT_TYPES = frozenset(raw_words("nesting", "pledged_threat_types"))
ADVERSARY_LINKS = words("nesting", "adversary_links")
NO_COMPLEMENT = words("nesting", "no_complement")
PLEDGE_REACH = 8  # tokens from the pledge verb to its ب complement (a long subject, a time word between)
ACT_REACH = 2  # the act may start on the complement or on its genitive (بإرسال عربات مدرعة)
ADVERSARY_REACH = 6  # ضد after the act names whom it is against: a vow against someone is a threat


def _pledge_host(doc: Document, m: TriggerMatch) -> bool:
    """An AGREE trigger headed by a pledge word (تعهدت، وعد، يلتزم)."""
    if m.pattern.type != "AGREE":
        return False
    norm = doc.tokens[m.first].norm
    return norm in PLEDGE_HEADS or (norm[:1] in ("و", "ف") and norm[1:] in PLEDGE_HEADS)


def _complements(doc: Document, h: TriggerMatch) -> list[int]:
    """Indices of the ب words after the pledge word (its subject and a time word between) that may be its
    complement, in order, up to the end of the clause."""
    toks = doc.tokens
    end = doc.sentences[h.sentence].token_end
    out = []
    for k in range(h.first + 1, min(end, h.last + 1 + PLEDGE_REACH)):
        t = toks[k]
        if t.is_punct and t.norm in SENTENCE_STOPS or t.norm in CLAUSE_OPENERS:
            break
        if t.norm.startswith("ب") and len(t.norm) > 2 and t.norm not in NO_COMPLEMENT:
            out.append(k)
    return out


def _dated_pledge(doc: Document, h: TriggerMatch) -> bool:
    """``بعد تعهد الحكومة بـ``، ``إثر وعدها بـ``: a pledge after a time or cause head dates the news, it is not news."""
    start = doc.sentences[h.sentence].token_start
    return any(peel(doc.tokens[k].norm, conj="و") in TIME_REFERENCE_HEADS | CAUSE_HEADS
               for k in range(max(start, h.first - 2), h.first))


def _against(doc: Document, act: TriggerMatch) -> bool:
    """ضد a few words after the act, in its clause: the act is aimed at an adversary (إجراءات صارمة ضد)."""
    toks = doc.tokens
    end = min(doc.sentences[act.sentence].token_end, act.last + 1 + ADVERSARY_REACH)
    for k in range(act.last + 1, end):
        if toks[k].is_punct and toks[k].norm in SENTENCE_STOPS or toks[k].norm in CLAUSE_OPENERS:
            return False
        if toks[k].norm in ADVERSARY_LINKS:
            return True
    return False


def _pledged_pattern(doc: Document, h: TriggerMatch, act_id: str, kind: str, mode: str, cameo: str):
    """The host's pattern coding the act promised (its type, mode and CAMEO code): a future act, except a threat,
    which is made when the vow is, and a pledge told in the pluperfect (وكانت الحكومة قد تعهدت), whose aux the
    modality rules give (historical when dated)."""
    start = doc.sentences[h.sentence].token_start
    # كان/كانت up to four words before (وكانت الحكومة قد تعهدت: the subject and قد between)
    pluperfect = any(doc.tokens[k].norm in PAST_BE for k in range(max(start, h.first - 4), h.first))
    roles = h.pattern.roles if kind == "THREATEN" or pluperfect else h.pattern.roles | {"future"}
    return replace(h.pattern, id=f"{h.pattern.id}>{act_id}", type=kind, mode=mode, cameo=cameo, roles=roles)


MEASURE_VERBS = words("nesting", "measure_verbs")
MEASURE_NOUNS = words("nesting", "measure_nouns")
SECURITY_WORDS = words("nesting", "security_words")


def _pledged_measures(doc: Document, k: int, end: int) -> tuple:
    """``بفرض إجراءات أمنية``، ``بتعزيز الإجراءات الأمنية``، ``باتخاذ إجراءات صارمة ضد``: measures named as the
    complement (a measure verbal noun, then measures within two words): security measures are a show of force
    (MOBILIZE 153), measures against someone a threat (THREATEN 130); (type, CAMEO, last token) or ()."""
    toks = doc.tokens
    if peel(toks[k].norm, preps="ب", min_stem=3) not in MEASURE_VERBS:
        return ()
    noun = next((j for j in range(k + 1, min(end, k + 3)) if peel(toks[j].norm, article=True) in MEASURE_NOUNS
                 or toks[j].norm in MEASURE_NOUNS), -1)
    if noun < 0:
        return ()
    if any(toks[j].norm in SECURITY_WORDS for j in range(noun + 1, min(end, noun + 3))):
        return ("MOBILIZE", "153", noun + 1)
    for j in range(noun + 1, min(end, noun + 1 + ADVERSARY_REACH)):
        if toks[j].is_punct and toks[j].norm in SENTENCE_STOPS or toks[j].norm in CLAUSE_OPENERS:
            return ()
        if toks[j].norm in ADVERSARY_LINKS:
            return ("THREATEN", "130", noun)
    return ()


def pledged_acts(doc: Document, matches: list[TriggerMatch], inner: set, lex=None) -> set:
    """``تعهد كاميرون بترحيل المهاجرين``، ``وعدت الحكومة بتعزيز الإجراءات الأمنية``، ``تعهد بشن غارات``: a pledge
    whose complement is an act of a type in ``pledged_act_types`` codes that act (aux future), with the pledge's
    own parties; a pledged attack or an act against someone (ضد) is a threat. The host is replaced in ``matches`` by
    a copy with the act's pattern (the news gold codes the act, not an agreement: 6 pledges in 5 tuning sets); the
    match ``find_triggers`` returned is left as it was. The ids returned are the act triggers it absorbs. A promise
    (وعد، التزم) of anything else (to keep a truce, to hold elections) or a pledge of aid (an intent to give aid is
    AGREE 033 anyway) stays an agreement; a bare vow (``vow_heads``, CAMEO 030) of anything else is dropped (its id
    is returned too)."""
    hosts = [h for h in matches if id(h) not in inner and _pledge_host(doc, h) and not _dated_pledge(doc, h)]
    if not hosts:
        return set()
    # the acts as they read without the pledges: the act a host's frame swallowed (تعهد بترحيل) shows
    skip = frozenset(h.pattern.id for h in hosts)
    alt = [a for a in find_triggers(doc, lex, skip=skip, sentences=frozenset(h.sentence for h in hosts))
           if not a.pattern.blocks]
    named = named_tokens(doc)
    out = set()
    for h in hosts:
        promised = None
        for k in _complements(doc, h):
            promised = _promised_act(doc, h, k, alt)
            if promised:
                retyped, first, last = _retyped_pledge(doc, h, k, promised)
                matches[next(i for i, m in enumerate(matches) if m is h)] = retyped
                if id(h) in out:  # absorbed by an earlier pledge: its copy is too
                    out.discard(id(h))
                    out.add(id(retyped))
                out |= {id(m) for m in matches if m is not retyped and m.sentence == h.sentence and m.first <= last
                        and first <= m.last}
                break
            if not named[k]:
                break  # the complement names no act; a ب word inside a name (هولاند بشن، بوتين) is passed over
        # (hosts are all AGREE; one retyped above is no longer in matches)
        if not promised and h.pattern.cameo in BARE_VOW_CAMEOS and _vow_head(doc, h) and \
                not any(doc.tokens[k].norm in VOWED_AID for k in _complements(doc, h)):
            out.add(id(h))  # a bare vow of no act the news codes: an own course, not an agreement with anyone
    return out


# a vow (تعهد) is made to no one: when its ب complement names no act of a coded type (تعهد بالمضي على نهج سلفه،
# بمواصلة الجهود، بعدم السماح بالعنف، بالضغط على المسؤولين), it announces the vower's own course; the news gold coded
# none of the 6 such AGREE events of the 18 tuning sets (session 23). A promise (وعد) is given to someone and stays;
# a vow of aid (AGREE 033, its own trigger row) stays.
VOW_HEADS = words("nesting", "vow_heads")
VOWED_AID = words("nesting", "vowed_aid")
BARE_VOW_CAMEOS = frozenset(("030",))


def _vow_head(doc: Document, h: TriggerMatch) -> bool:
    norm = doc.tokens[h.first].norm
    return norm in VOW_HEADS or (norm[:1] in ("و", "ف") and norm[1:] in VOW_HEADS)


def _promised_act(doc: Document, h: TriggerMatch, k: int, alt: list[TriggerMatch]):
    """What the complement at ``k`` promises: the first act of ``alt`` on it or its genitive when of a pledged or a
    threat type (a pledge to keep a truce, بالالتزام بوقف إطلاق النار, is no shooting), else measures
    (``_pledged_measures``); None when neither."""
    acts = [a for a in alt if a.sentence == h.sentence and k <= a.first <= k + ACT_REACH]
    if acts:
        act = min(acts, key=lambda a: (a.first, -a.pattern.size))
        return act if act.pattern.type in PLEDGED_TYPES or act.pattern.type in THREAT_TYPES else None
    return _pledged_measures(doc, k, doc.sentences[h.sentence].token_end) or None


def _retyped_pledge(doc: Document, h: TriggerMatch, k: int, promised) -> tuple[TriggerMatch, int, int]:
    """A copy of the host with the promised act's pattern, and the token span of the act it absorbs."""
    if isinstance(promised, tuple):  # measures
        kind, cameo, last = promised
        return replace(h, pattern=_pledged_pattern(doc, h, "measures", kind, "", cameo)), k, last
    act = promised
    if act.pattern.type in THREAT_TYPES or _against(doc, act):
        pattern = _pledged_pattern(doc, h, act.pattern.id, "THREATEN", "",
                                   "138" if act.pattern.type == "ASSAULT" else "130")
    else:
        pat = act.pattern
        pattern = _pledged_pattern(doc, h, pat.id, pat.type, pat.mode, pat.cameo)
    return replace(h, pattern=pattern), act.first, act.last


TIME_REFERENCE_HEADS = words("nesting", "time_reference_heads")
CAUSE_HEADS = words("nesting", "cause_heads")
EVENT_NOUNS = words("nesting", "event_nouns")

# how far a time or cause head reaches into the nouns after it, and the words that end its phrase (a clause)
PHRASE_REACH = 10
PHRASE_STOPS = words("nesting", "phrase_stops")
HAPPENED = words("nesting", "happened")


def time_references(doc: Document, matches: list[TriggerMatch], skip: set) -> set:
    """ids of noun triggers that only date another event of their sentence (``هدد الوزير في أعقاب دهس جنود``):
    the act they name was reported before; the sentence's news is the other event (of another type: reports of
    one type are merged anyway; of the same type only after a party's own reported act, ``_earlier_than_report``)."""
    toks = doc.tokens

    def asserted_after(m: TriggerMatch) -> bool:  # بعد اتصال هاتفي جرى بين الرئيسين: its own report
        end = min(doc.sentences[m.sentence].token_end, m.last + 4)
        return any(toks[k].norm.lstrip("و") in HAPPENED for k in range(m.last + 1, end))

    def head_before(m: TriggerMatch) -> bool:
        k = m.first - 1
        if k > 0 and toks[k].norm in EVENT_NOUNS:
            k -= 1  # بعد عملية احتجاز الرهائن
        return toks[k].norm in TIME_REFERENCE_HEADS or toks[k].norm in CAUSE_HEADS

    def cause(m: TriggerMatch) -> bool:
        k = m.first - 1
        if k > 0 and toks[k].norm in EVENT_NOUNS:
            k -= 1
        return toks[k].norm in CAUSE_HEADS and m.pattern.type not in CIVIC_TYPES

    verb_starts = {h.first for h in matches if not is_noun(h)}

    def in_phrase(m: TriggerMatch) -> bool:
        """A noun further inside the phrase a time or cause head opens (بعد مقتل ثلاثة وإصابة سبعة في الاشتباكات،
        إثر الإعلان عن تفكيك خلايا والقبض على 431): no punctuation, verb trigger or verb-like word between."""
        lo = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(lo, m.first - PHRASE_REACH) - 1, -1):
            n = toks[k].norm
            if toks[k].is_punct or k in verb_starts or n in HAPPENED or n in PHRASE_STOPS:
                return False
            if n in TIME_REFERENCE_HEADS or n in CAUSE_HEADS:
                return True
        return False

    refs = {id(m) for m in matches if id(m) not in skip and m.first > 0 and
            ((is_noun(m) or (m.head_tag == "perf" and not m.head_prefix)) and  # عقب دهس: no verb follows عقب
             head_before(m) or is_noun(m) and in_phrase(m)) and not asserted_after(m)}
    main = {(m.sentence, m.pattern.type) for m in matches if id(m) not in skip and id(m) not in refs}
    dropped = set()
    if refs:
        named = named_tokens(doc)
        reporters = [h for h in matches if id(h) not in skip and id(h) not in refs and _agent_report(doc, h, named)]
        dropped = {id(m) for m in matches if id(m) in refs and
                   (cause(m) or any(s == m.sentence and t != m.pattern.type for s, t in main) or
                    _earlier_than_report(doc, m, reporters) or _dated_background(doc, m))}
    # بعد هجوم استهدف حافلة، إثر هجمات الأسبوع الماضي التي أسفرت عن مقتل: the verb describes the dated act (session 15)
    return dropped | _dated_descriptions(doc, matches, dropped | skip, main)


DATED_BACKGROUND_TYPES = frozenset(t.upper() for t in words("nesting", "dated_background_types"))
LATER_TIME_HEADS = words("nesting", "later_time_heads")


def _dated_background(doc: Document, m: TriggerMatch) -> bool:
    """A withdrawal, accord, signing or easing (``dated_background_types``) right after a head dating the past
    (بعد انسحاب القوات، عقب التوصل لاتفاق، على أثر انسحابها; an event noun may stand between: بعد عملية): the
    sentence is dated by it, whatever else it reports (session 22; "قبل توقيع الاتفاق" is still to come)."""
    if m.pattern.type not in DATED_BACKGROUND_TYPES:
        return False
    toks = doc.tokens
    k = m.first - 1
    if k > 0 and toks[k].norm in EVENT_NOUNS:
        k -= 1
    head = toks[k].norm
    return head in TIME_REFERENCE_HEADS and head not in LATER_TIME_HEADS


DATED_ACT_NOUNS = words("nesting", "dated_act_nouns")
DESCRIPTION_GAP = 3  # words between a dated act noun and the relative pronoun of the verb describing it


def _dated_noun_at(doc: Document, k: int, matches_at: dict, dropped: set, kind: str) -> bool:
    """Token ``k`` is an act noun right after a time or cause head (بعد هجوم، على اثر هجمات): an attack word of the
    list, or a noun trigger of type ``kind`` already left out as a time reference."""
    toks = doc.tokens
    if k < 1 or toks[k - 1].norm not in TIME_REFERENCE_HEADS and toks[k - 1].norm not in CAUSE_HEADS:
        return False
    h = matches_at.get(k)
    if h is not None:
        return id(h) in dropped and h.pattern.type == kind
    return kind == "ASSAULT" and toks[k].norm in DATED_ACT_NOUNS


def _dated_descriptions(doc: Document, matches: list[TriggerMatch], dropped: set, main: set) -> set:
    """ids of verb triggers that describe an act noun dating the sentence, asyndetically right after an indefinite
    noun (بعد هجوم استهدف حافلة) or in a relative clause a few words on (على اثر هجمات الأسبوع الماضي التي أسفرت عن
    مقتل 50 شخصا): the clause tells that earlier act, no new report, when the sentence reports an act of another type."""
    toks = doc.tokens
    matches_at = {h.first: h for h in matches if is_noun(h)}
    out = set()
    for m in matches:
        if id(m) in dropped or is_noun(m) or m.first < 2 or m.head_prefix[:1] in ("و", "ف") or \
                not any(s == m.sentence and t != m.pattern.type for s, t in main):
            continue
        if toks[m.first - 1].norm in RELATIVES:
            lo = max(doc.sentences[m.sentence].token_start, m.first - 2 - DESCRIPTION_GAP)
            for k in range(m.first - 2, lo - 1, -1):
                if toks[k].is_punct:
                    break
                if _dated_noun_at(doc, k, matches_at, dropped, m.pattern.type):
                    out.add(id(m))
                    break
        elif not toks[m.first - 1].norm.startswith("ال") and \
                _dated_noun_at(doc, m.first - 1, matches_at, dropped, m.pattern.type):
            out.add(id(m))
    return out


# time heads that may also give the cause of deaths told in the passive (قتل 28 إثر اشتباكات): not "earlier"
CAUSAL_TIME_HEADS = frozenset(normalize_word(w) for w in "اثر إثر واثر وإثر".split())
SUBJECT_REACH = 3  # words after a verb that hold its named VSO subject (قتل الجيش الإسرائيلي الأحد)


def _agent_report(doc: Document, h: TriggerMatch, named: list[bool]) -> bool:
    """An active verb trigger with its named subject right after it (قصفت تركيا، قتل الجيش الإسرائيلي): the sentence
    reports that party's act. A perfect tagged passive counts when a definite party follows it at once."""
    if is_noun(h) or "patient" in h.pattern.roles or h.head_prefix[:1] in ("و", "ف"):
        return False
    nxt = h.last + 1
    if h.head_tag == "pass" and not (nxt < len(named) and named[nxt] and doc.tokens[nxt].norm.startswith("ال")):
        return False  # قتل جنديان: an unvocalized passive; قتل الجيش الإسرائيلي: a definite party is the subject
    end = min(doc.sentences[h.sentence].token_end, h.first + 1 + SUBJECT_REACH)
    return any(named[k] for k in range(h.first + 1, end))


def _earlier_than_report(doc: Document, m: TriggerMatch, reporters: list[TriggerMatch]) -> bool:
    """``قتل الجيش الإسرائيلي فلسطينيا بعد طعنه إسرائيليا``، ``قصفت تركيا مواقع غداة تبادل لإطلاق النار``: an act of
    the same type dated by بعد / غداة / عقب after a party's own act reported earlier in the sentence is an earlier
    act, not a second mention of the report (إثر, which also gives a cause of deaths, is left out)."""
    lo = doc.sentences[m.sentence].token_start
    head = next((doc.tokens[k].norm for k in range(m.first - 1, max(lo, m.first - PHRASE_REACH) - 1, -1)
                 if doc.tokens[k].norm in TIME_REFERENCE_HEADS or doc.tokens[k].norm in CAUSE_HEADS), None)
    if head is None or head in CAUSAL_TIME_HEADS or head in CAUSE_HEADS:
        return False
    return any(h.sentence == m.sentence and h.pattern.type == m.pattern.type and h.last < m.first for h in reporters)


LEGAL_HEADS = words("nesting", "legal_heads")
LEGAL_WINDOW = 8
LEGAL_TYPES = frozenset(("ASSAULT", "PROTEST"))


def legal_contents(doc: Document, matches: list[TriggerMatch], skip: set) -> set:
    """ids of ASSAULT / PROTEST noun triggers (or bare Form I perfects read as nouns: وقتل) that a charge or trial
    word governs a few words before, in the same clause (no sentence stop, no verb trigger between), and of verb
    triggers opening a relative clause on such a charged act (بتهمة التفجير الذي استهدف الفندق)."""
    toks = doc.tokens
    verbs = {h.first for h in matches if not is_noun(h)}

    def charged(i: int, start: int) -> bool:
        for k in range(i - 1, max(start, i - LEGAL_WINDOW) - 1, -1):
            tok = toks[k]
            if (tok.is_punct and tok.norm in SENTENCE_STOPS) or k in verbs or tok.norm in CLAUSE_OPENERS:
                return False
            if tok.norm in LEGAL_HEADS:
                return True
        return False

    out = set()
    for m in matches:
        if id(m) in skip or m.pattern.type not in LEGAL_TYPES:
            continue
        bare = toks[m.first].norm[len(m.head_prefix):]
        start = doc.sentences[m.sentence].token_start
        if is_noun(m) or (m.head_tag in ("perf", "pass") and len(bare) == 3 and not bare.endswith(_VERB_SUFFIXES)):
            if charged(m.first, start):
                out.add(id(m))
        elif m.first >= 2 and toks[m.first - 1].norm in RELATIVES and charged(m.first - 1, start):
            out.add(id(m))
    return out


RELATIVES = frozenset(normalize_word(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
# a relative clause describing a thing by a political act (القرار الذي صادق عليه، الشخصيات التي رفضت) is background;
# attacks, protests and arrests told in a relative clause (التفجير الذي استهدف) are still reported as events
RELATIVE_KEEPS = frozenset(("ASSAULT", "PROTEST", "COERCE", "MOBILIZE"))
# auxiliaries between the relative and its verb: a state held or a thing done before (كانت تعتقلها، تم رفض)
RELATIVE_AUX = frozenset(normalize_word(w) for w in "تم كان كانت كانوا قد".split())


RELATIVE_NEGATORS = frozenset(normalize_word(w) for w in "لا لم لن".split())


def relative_clauses(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of verb triggers opening a relative clause (right after الذي / التي) of a diplomatic type, unless a
    meeting noun earlier in the sentence names the meeting the clause tells (بمناسبة زيارة الأمير إلى مصر التي
    استقبله خلالها الرئيس); other types keep apart (توقيع الاتفاق ... الدول التي رحبت به)."""
    toks = doc.tokens

    def elaborates(m: TriggerMatch) -> bool:
        return m.pattern.type == "CONSULT" and any(
            is_noun(h) and h.sentence == m.sentence and h.pattern.type == "CONSULT" and h.last < m.first
            for h in matches)

    def after_relative(m: TriggerMatch) -> bool:
        k = m.first - 1
        if k > 0 and toks[k].norm in RELATIVE_AUX:
            k -= 1  # الذين تم رفض طلباتهم، التي كانت تعتقلها
        if k > 0 and toks[k].norm in RELATIVE_NEGATORS:
            k -= 1  # الأجهزة التي لا تتوافق مع المواصفات، الدول التي لم توقع: a property of the antecedent
        return toks[k].norm in RELATIVES

    keep = RELATIVE_KEEPS - {"COERCE"}
    named = None

    def about_named_person(m: TriggerMatch) -> bool:
        """A meeting verb right after الذي whose antecedent is a named person (وقال رينزي، الذي التقى عباس ...، الملك
        عبدالله الذي استقبل الأمير): a non-restrictive clause telling what that person did, a report of its own. Only a
        verb that is the meeting by itself (التقى، استقبل، زار): an arrival frame (الذي وصل إلى روسيا) says where the
        person went, not whom they met."""
        nonlocal named
        k = m.first - 1
        if m.pattern.type != "CONSULT" or is_noun(m) or m.head_prefix or len(m.pattern.slots) != 1 or \
                toks[k].norm != normalize_word("الذي"):
            return False
        k -= 1
        if k >= 0 and toks[k].is_punct and toks[k].text in ("،", ","):
            k -= 1
        if named is None:
            named = named_tokens(doc)
        return k >= 0 and named[k] and m.head_tag == "perf"

    out = {id(m) for m in matches if m.first > 0 and (not is_noun(m) or toks[m.first - 1].norm in RELATIVE_AUX)
           and (m.pattern.type not in RELATIVE_KEEPS or (m.pattern.type not in keep and
                                                         toks[m.first - 1].norm in RELATIVE_AUX))
           and after_relative(m) and not elaborates(m) and not about_named_person(m)}
    return out | suffered_relatives(doc, matches)


SUFFERED_VERBS = words("nesting", "suffered_verbs")
TOLL_NOUNS = words("nesting", "toll_nouns")
SELF_ACT_VERBS = words("nesting", "self_act_verbs")
SELF_WORDS = words("nesting", "self_words")


def suffered_relatives(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack verbs right after a relative whose antecedent suffered or did the attack (الشهيد الذي استشهد في
    التفجير، الأسرة الذين أصيبوا بجروح، الانتحاري الذي فجر نفسه): the clause says who the person is, the sentence
    tells something else about them (session 15). A toll noun before the relative (القتلى الذين سقطوا) is a count
    of the victims, still a report of the attack."""
    toks = doc.tokens
    bombers = {h.last: h for h in matches if h.pattern.id in BOMBER_PATTERNS}
    out = set()
    for m in matches:
        if m.pattern.type != "ASSAULT" or m.first < 2 or m.head_prefix:
            continue
        if toks[m.first - 1].norm not in RELATIVES or not (
                toks[m.first].norm in SUFFERED_VERBS or toks[m.first].norm in SELF_ACT_VERBS and
                m.first + 1 < len(toks) and toks[m.first + 1].norm in SELF_WORDS):
            continue
        k = m.first - 2
        if k > 0 and toks[k].is_punct:
            k -= 1
        if toks[k].norm not in TOLL_NOUNS:
            out.add(id(m))
            if k in bombers:  # الانتحاري الذي فجر نفسه: the bomber named, not a second attack
                out.add(id(bombers[k]))
    return out


PERPETRATOR_PATTERNS = ("assault.nafadha-3amaliyya", "assault.shanna-hujum")
BOMBER_PATTERNS = ("assault.intiHari",)  # a suicide bomber: a person, not the attack
RECORD_WORDS = words("nesting", "record_words")


def perpetrator_clauses(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack verbs in a relative clause naming who carried out an attack already known (للانتحاري الذي نفذ
    الهجوم، شبكة حقاني التي نفذت بعضا من أعنف الهجمات): the clause identifies the perpetrator, the attack (definite,
    or a record of several) is background. An antecedent that is itself the attack (التفجير الذي نفذه) is kept."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in PERPETRATOR_PATTERNS or is_noun(m) or m.first < 2 or toks[m.first].enclitics:
            continue
        rel = m.first - 1
        if toks[rel].norm not in RELATIVES:
            continue
        before = [h for h in matches if h is not m and h.pattern.type == "ASSAULT" and h.first <= rel - 1 <= h.last]
        if any(h.pattern.id not in BOMBER_PATTERNS for h in before):
            continue  # the antecedent is an attack noun
        obj = toks[m.last].norm
        known = obj.startswith(("ال", "وال")) or any(toks[k].norm in RECORD_WORDS for k in range(m.first + 1, m.last))
        if known:
            # the clause, the bomber it names (للانتحاري الذي) and the attack's adjective (الهجمات الانتحارية)
            out.add(id(m))
            out.update(id(h) for h in before)
            out.update(id(h) for h in matches if h.pattern.type == "ASSAULT" and is_noun(h) and
                       h.sentence == m.sentence and m.last < h.first <= m.last + 2)
    return out


CONDEMNED_GAP = 6
RESULT_GAP = 6


def results_of_references(doc: Document, matches: list[TriggerMatch], inner: set) -> set:
    """ids of verb triggers opening a relative clause (الذي / التي / والتي) on an act that is itself only referenced
    (``بعد عملية احتجاز الرهائن ... والتي أسفرت عن سقوط 12 قتيلا``): the clause tells that earlier act's outcome,
    which was reported before too."""
    toks = doc.tokens
    out = set()
    named = None
    for m in matches:
        if id(m) in inner or is_noun(m) or m.first < 2:
            continue
        rel = m.first - 1
        if not any(f in RELATIVES for f in peel_forms(toks[rel].norm, min_stem=0)):
            continue
        if named is None:
            named = named_tokens(doc)
        before = [h for h in matches if h.sentence == m.sentence and h.last < rel and
                  sum(1 for k in range(h.last + 1, rel) if not named[k]) <= RESULT_GAP]
        if before and id(max(before, key=lambda h: h.last)) in inner:
            out.add(id(m))
    return out | asyndetic_relatives(doc, matches, inner) | referenced_outcomes(doc, matches, inner | out)


OUTCOME_VERBS = words("nesting", "outcome_verbs")
OUTCOME_REACH = 14  # tokens from the attack noun to its outcome verb (في التفجير الذي وقع في قرية سترة، قرب المنامة، وأسفر)


def referenced_outcomes(doc: Document, matches: list[TriggerMatch], inner: set) -> set:
    """ids of attack outcome verbs (أسفر عن مقتل، أوقع، خلف، أودى بحياة; ``outcome_verbs``) whose nearest attack
    trigger before them in the sentence (within ``OUTCOME_REACH`` tokens, no sentence stop between) is left out as
    only referenced: the verb's subject is that attack (المشتبه بتورطهم في تفجير وقع الثلاثاء، أسفر عن مقتل شرطيين),
    so its outcome is background too. An attack reported in the sentence keeps its outcome (it merges with it)."""
    toks = doc.tokens
    attacks = [h for h in matches if h.pattern.type == "ASSAULT"]
    out = set()
    for m in attacks:
        if id(m) in inner or is_noun(m) or peel(toks[m.first].norm) not in OUTCOME_VERBS:
            continue
        before = [h for h in attacks if h.sentence == m.sentence and h.last < m.first <= h.last + OUTCOME_REACH]
        if not before:
            continue
        near = max(before, key=lambda h: h.last)
        if id(near) in inner and not any(toks[k].norm in SENTENCE_STOPS for k in range(near.last + 1, m.first)) \
                and not _own_attack_subject(toks, m):
            out.add(id(m))
    return out


def _own_attack_subject(toks, m: TriggerMatch) -> bool:
    """An attack noun right after the outcome verb is its own subject (وأسفر القصف عن مقتل تسعة): a new report."""
    return any(strip_al(toks[k].norm) in DATED_ACT_NOUNS for k in range(m.first + 1, min(len(toks), m.first + 3)))


ASYNDETIC_GAP = 1  # words (an adjective: هجمات محتملة تستهدف) between the act noun and the verb describing it


def asyndetic_relatives(doc: Document, matches: list[TriggerMatch], inner: set) -> set:
    """ids of verb triggers right after an indefinite act noun of the same type that is itself only referenced
    (``بعد هجوم استهدف حافلة``، ``من هجمات محتملة تستهدف المحطات``): with no relative pronoun the verb opens a
    relative clause describing that act (an indefinite antecedent takes none), so it is no report either."""
    toks = doc.tokens
    out = set()
    named = None
    for m in matches:
        if id(m) in inner or is_noun(m) or m.head_prefix[:1] in ("و", "ف"):
            continue
        named = named_tokens(doc) if named is None else named
        if m.last + 1 < len(toks) and named[m.last + 1]:
            continue  # a verb with a named subject of its own opens the main clause: غداة هجوم انتحاري قتلت القوات
        for h in matches:
            if id(h) not in inner or not is_noun(h) or h.pattern.type != m.pattern.type or \
                    h.sentence != m.sentence or not 0 <= m.first - h.last - 1 <= ASYNDETIC_GAP:
                continue
            between = range(h.last + 1, m.first)
            if toks[h.first].norm.lstrip("وفبل").startswith("ال") or any(toks[k].is_punct for k in between):
                continue
            out.add(id(m))
            break
    return out


def named_tokens(doc: Document) -> list[bool]:
    """Which tokens lie in an actor mention or a person / title entity (a long name and title)."""
    named = [False] * len(doc.tokens)
    spans = [(a.start, a.end) for a in getattr(doc, "actors", None) or ()] + \
        [(e.start, e.end) for e in getattr(doc, "entities", None) or () if e.label in ("PER", "TITLE")]
    starts = [t.start for t in doc.tokens]
    for a, b in spans:
        k = bisect_left(starts, a)
        while k < len(doc.tokens) and doc.tokens[k].end <= b:
            named[k] = True
            k += 1
    return named


def _condemned_object(doc: Document, m: TriggerMatch, hosts: list[TriggerMatch], matches: list[TriggerMatch]) -> bool:
    """A repressive act named as what a condemnation is about (أدانت النقابة قرار الميليشيات منع الصحفيين من السفر،
    استنكر الحزب اعتقال السلطات ناشطين): the news is the condemnation. The act must follow the condemning verb
    closely, with no punctuation, conjunction or other trigger between them."""
    if m.head_prefix[:1] in ("و", "ف"):
        return False  # ومنع ...: a coordinated verb, a report of its own
    toks = doc.tokens
    named = None
    for h in hosts:
        if h.sentence != m.sentence or not 0 < m.first - h.last or is_noun(h):
            continue
        between = range(h.last + 1, m.first)
        if any(toks[k].is_punct or toks[k].norm[:1] == "و" and len(toks[k].norm) == 1 for k in between):
            continue
        if any(o is not m and o is not h and h.last < o.first < m.first for o in matches):
            continue
        if named is None:
            named = named_tokens(doc)
        if sum(1 for k in between if not named[k]) <= CONDEMNED_GAP:
            return True
    return False


DRAFT_NOUNS = words("nesting", "draft_nouns")
DRAFT_GAP = 2


def draft_contents(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of imperfect request verbs whose subject is a draft or proposal (ضد مشروع قرار يدعو إلى تشكيل محكمة،
    مقترح قانون يطالب بـ): the draft's content; the news is what was done with the draft (a veto, a vote)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "REQUEST" or m.head_tag != "impf" or m.head_prefix[:1] in ("و", "ف", "س"):
            continue
        lo = max(doc.sentences[m.sentence].token_start, m.first - DRAFT_GAP - 1)
        draft = next((k for k in range(lo, m.first) if toks[k].norm in DRAFT_NOUNS), None)
        if draft is None or any(toks[k].is_punct for k in range(lo, m.first)):
            continue
        owner = range(max(doc.sentences[m.sentence].token_start, draft - 5), draft)
        if any(_submitting_verb(toks[k].norm) for k in owner):
            continue  # قدمت فرنسا مشروع قرار يطالب بـ: the sponsor makes the call by submitting it
        out.add(id(m))
    return out | quoted_names(doc, matches) | inside_person_names(doc, matches)


def inside_person_names(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers whose first word is a later word of a person's name (شينزو آبي: آبي is spelt like أبى
    "refused"): a name's second word is never the verb of the clause. Only names the actor layer resolved to a
    country count, since the tagger also glues a verb to a name (للرئيس هادي خاضت اشتباكات), and the name's first word
    is left alone (استقبل محمد). A multiword frame that runs on past the name's end (ميليشيات الحوثي وصالح فروا من،
    وصالح أرسلت تعزيزات إلى) is such a glued verb: a name's last word does not open a verb frame by chance."""
    names = [(e.start, e.end) for e in doc.entities
             if e.label == "PER" and " " in e.text and e.actor is not None and e.actor.country]
    if not names:
        return set()
    toks = doc.tokens
    return {id(m) for m in matches
            if any(a < toks[m.tokens[0]].start < b and toks[m.last].end <= b for a, b in names)}


NAMING_WORDS = words("nesting", "naming_words")
OPEN_QUOTES = frozenset(('"', "«", "“", "'", "‘"))
CLOSE_QUOTES = frozenset(('"', "»", "”", "'", "’"))
NAME_LENGTH = 12  # tokens a quoted name may run before its closing quote


def quoted_names(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers with a token inside a quoted name that a naming word introduces."""
    toks = doc.tokens
    spans = []
    for sent in doc.sentences:
        for k in range(sent.token_start, sent.token_end - 1):
            n = toks[k].norm
            # the quote check first: it is cheap and rarely true (peel_forms on every token filled its cache)
            if toks[k + 1].norm in OPEN_QUOTES and any(f in NAMING_WORDS for f in peel_forms(n, conj="و", min_stem=0)):
                end = next((j for j in range(k + 2, min(sent.token_end, k + 2 + NAME_LENGTH))
                            if toks[j].norm in CLOSE_QUOTES), None)
                if end is not None:
                    spans.append((k + 2, end))
    if not spans:
        return set()
    return {id(m) for m in matches if any(a <= t < b for t in m.tokens for a, b in spans)}


SUBMITTING_VERBS = words("nesting", "submitting_verbs")


def _submitting_verb(word: str) -> bool:
    return any(f in SUBMITTING_VERBS for f in peel_forms(word, min_stem=0))


DIRECT_OBJECT_GAP = 1  # other words between a condemning verb and its definite object (an adjective, بشدة)
SUBJECT_WORDS = 3  # unnamed subject words with no comma after them (أدانت الأمانة العامة للمنظمة الهجوم)


def _time_tokens(doc: Document, lo: int, hi: int) -> set:
    """Indices in [lo, hi) of tokens inside a time expression (اليوم (الجمعة)، أمس)."""
    spans = [(t.start, t.end) for t in getattr(doc, "times", None) or ()]
    return {k for k in range(lo, hi) if any(a <= doc.tokens[k].start < b for a, b in spans)}


def _direct_condemned_object(doc: Document, m: TriggerMatch, h: TriggerMatch, named: list[bool]) -> bool:
    """``أدانت منظمة التعاون الإسلامي، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع``: a definite attack noun right after
    a condemning verb, past the condemner's name, a time and commas, is the act condemned (reported before)."""
    if is_noun(h) or m.head_tag != "" or strip_al(doc.tokens[m.first].norm) == doc.tokens[m.first].norm:
        return False
    toks = doc.tokens
    times = _time_tokens(doc, h.last + 1, m.first)
    marks = ("،", ",", "(", ")")
    # after the last comma (the subject, however long, is closed by it), else all the unnamed words
    lo = max((k + 1 for k in range(h.last + 1, m.first) if toks[k].norm in marks and k not in times), default=None)
    rest = [k for k in range(h.last + 1 if lo is None else lo, m.first) if not named[k] and k not in times and
            toks[k].norm not in marks]
    gap = DIRECT_OBJECT_GAP if lo is not None else DIRECT_OBJECT_GAP + SUBJECT_WORDS
    return len(rest) <= gap and not any(toks[k].is_punct or toks[k].norm in ("و", "ثم") for k in rest)


CONDEMNATION_BREAKS = words("nesting", "condemnation_breaks")
OUTCOME_VERBS = words("modality", "resultative_verbs")
CONDEMNATION_REACH = 25  # unnamed tokens from the condemning word to the attack it names


def _inside_condemnation(doc: Document, m: TriggerMatch, h: TriggerMatch, named: list[bool]) -> bool:
    """``أدانت المنظمة أمس قصف المتمردين مناطق سكنية``، ``إدانة الوزارة حادثة قيام التنظيم بخطف 200 مدني``، ``دان
    المجلس بأقسى العبارات التفجير الذي استهدف مسجدا وأسفر عن سقوط``: an attack word after a condemnation of its
    sentence, with no sentence stop or clause break between, is what is condemned (docs/eval-news.md: not coded
    again; no tuning sentence with a condemnation has a gold attack). A coordinated verb (، وقصفت الطائرات) or a
    clause conjunction (فيما، بينما، في حين) opens a report of its own."""
    toks = doc.tokens
    if not is_noun(m) and m.head_prefix[:1] in ("و", "ف") and toks[m.first].norm[1:] not in OUTCOME_VERBS:
        return False  # ، وأسفر عن سقوط: the outcome of the condemned act, not a report of its own
    between = range(h.last + 1, m.first)
    if sum(1 for k in between if not named[k]) > CONDEMNATION_REACH:
        return False
    return not any(toks[k].norm in SENTENCE_STOPS or toks[k].norm in CONDEMNATION_BREAKS for k in between)


def condemned_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack triggers that describe the act a condemnation is about (``استنكرت X العمل الإرهابي الذي استهدف
    مسجدا وأسفر عن سقوط ...``): the news is the condemnation; the attack was reported before."""
    toks = doc.tokens
    hosts = [h for h in matches if h.pattern.type == "ACCUSE" and h.pattern.mode == "disapprove"]
    out = set()
    named = None
    for m in matches:
        if m.pattern.type == "COERCE" and _condemned_object(doc, m, hosts, matches):
            out.add(id(m))
            continue
        if m.pattern.type != "ASSAULT":
            continue
        for h in hosts:
            if h.sentence != m.sentence or not 0 < m.first - h.last:
                continue
            if named is None:  # the condemning party's titles and name do not count in the distance
                named = named_tokens(doc)
            if sum(1 for k in range(h.last + 1, m.first) if not named[k]) > 25:
                continue
            if _direct_condemned_object(doc, m, h, named) or _inside_condemnation(doc, m, h, named):
                out.add(id(m))
                break
            rel = next((k for k in range(h.last + 1, m.first) if toks[k].norm in RELATIVES), None)
            if rel is None or sum(1 for k in range(h.last + 1, rel) if not named[k]) > CONDEMNED_GAP + 6 or \
                    any(toks[k].is_punct and toks[k].norm in SENTENCE_STOPS for k in range(h.last + 1, m.first)):
                continue
            out.add(id(m))
            break
    return out | _condemned_outcomes(doc, matches, out)


OUTCOME_GAP = 12  # unnamed tokens from a condemned act to the coordinated verb that tells its outcome


def _condemned_outcomes(doc: Document, matches: list[TriggerMatch], condemned: set) -> set:
    """``التفجير الذي استهدف مسجدا في عسير، وأسفر عن سقوط عدد من الشهداء``: an outcome verb coordinated after a
    condemned act tells that act's toll, not a new attack."""
    if not condemned:
        return set()
    toks = doc.tokens
    named = named_tokens(doc)
    out = set()
    for m in matches:
        if m.pattern.type != "ASSAULT" or id(m) in condemned or is_noun(m) or \
                m.head_prefix[:1] != "و" or toks[m.first].norm[1:] not in OUTCOME_VERBS:
            continue
        prev = [h for h in matches if h.sentence == m.sentence and h.pattern.type == "ASSAULT" and h.last < m.first]
        if not prev:
            continue
        h = max(prev, key=lambda x: x.last)
        between = range(h.last + 1, m.first)
        if id(h) in condemned and sum(1 for k in between if not named[k]) <= OUTCOME_GAP and \
                not any(toks[k].norm in SENTENCE_STOPS for k in between):
            out.add(id(m))
    return out


POSSESSIVE_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن"))
POSSESSED_TYPES = frozenset(("ASSAULT", "COERCE", "PROTEST"))


def possessed_references(doc: Document, matches: list[TriggerMatch], skip: set, types=None) -> set:
    """ids of one-word verbal-noun triggers carrying a possessive pronoun (هجماتها، اعتقالهم، احتجاجاتهم) that
    follow a verb trigger of another type in their sentence (حض X تركيا على ضبط النفس في هجماتها، أدان اعتقالهم):
    the pronoun points back to a party and its act, already known; the sentence's news is the verb's event."""
    types = POSSESSED_TYPES if types is None else types
    out = set()
    verbs = [h for h in matches if id(h) not in skip and not is_noun(h)]
    for m in matches:
        if id(m) in skip or m.pattern.type not in types or m.head_tag != "" or len(m.tokens) != 1:
            continue
        tok = doc.tokens[m.first]
        encl = getattr(tok, "enclitics", None) or ()
        if not any(e.text in POSSESSIVE_PRONOUNS for e in encl):
            continue
        if any(h.sentence == m.sentence and h.last < m.first and h.pattern.type != m.pattern.type for h in verbs):
            out.add(id(m))
    return out


PAST_BE = words("nesting", "past_be")
HABITUAL_ADVERBS = words("nesting", "habitual_adverbs")
HABITUAL_PHRASES = (("بشكل", "دائم"), ("بشكل", "مستمر"), ("بصورة", "دائمة"), ("بصورة", "مستمرة"))
HABITUAL_SPAN = 5
PAST_BE_GAP = 4


def past_states(doc: Document, matches: list[TriggerMatch], skip: set) -> set:
    """ids of imperfect verb triggers that describe a past state or a habit, not an act that took place:
    after كان (كانت تعتقلها القوات منذ مايو: she was held) or next to a habitual adverb (تخرق بشكل دائم قراراته
    وتهدد، تستهدف المدنيين باستمرار); with them the pluperfect passives of ``pluperfect_passives``."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if id(m) in skip or is_noun(m) or m.head_tag != "impf" or "س" in m.head_prefix or \
                m.pattern.type in LEGAL_TYPES:  # attacks and protests: the sentence filter weighs them
            continue
        sent = doc.sentences[m.sentence]
        be = next((k for k in range(m.first - 1, max(sent.token_start, m.first - PAST_BE_GAP) - 1, -1)
                   if toks[k].norm in PAST_BE or toks[k].is_punct), None)
        if be is not None and not toks[be].is_punct:  # كانت (القوات الأمريكية) تعتقله
            out.add(id(m))
            continue
        lo, hi = max(sent.token_start, m.first - HABITUAL_SPAN), min(sent.token_end, m.last + HABITUAL_SPAN + 1)
        window = [toks[k].norm.lstrip("و") for k in range(lo, hi)]
        if any(w in HABITUAL_ADVERBS for w in window) or \
                any(window[k:k + 2] == list(p) for k in range(len(window) - 1) for p in HABITUAL_PHRASES):
            out.add(id(m))
    return out | pluperfect_passives(doc, matches, skip)


# "امرأة فرنسية كانت خطفت في اليمن في فبراير أطلق سراحها": a perfect attack or arrest verb right after كان (قد) and
# followed by a preposition, not by its agent, is a pluperfect passive that says what had happened to the person
# the news is about (released, handed over); the gold codes the release, not the old abduction
PLUPERFECT_TYPES = frozenset(("ASSAULT", "COERCE"))
_PASSIVE_FOLLOWERS = words("nesting", "passive_followers")
PAST_BE_BARE = frozenset(w for w in PAST_BE if not w.startswith(("و", "ف")))


def _passive_follower(norm: str) -> bool:
    """A preposition or time word (في، باليمن، منذ، قبل) right after the verb: no agent follows, so it is passive."""
    return norm in _PASSIVE_FOLLOWERS or (norm.startswith("ب") and len(norm) > 3 and norm[1:] not in PAST_BE)


def pluperfect_passives(doc: Document, matches: list[TriggerMatch], skip: set) -> set:
    """ids of one-word perfect ASSAULT / COERCE verbs after كان / كانت (قد) and before a preposition (كانت خطفت في،
    كانت قد سجنت بعد): a past passive describing a person, background to the sentence's news."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if id(m) in skip or is_noun(m) or m.head_tag not in ("perf", "pass") or m.head_prefix or \
                m.pattern.type not in PLUPERFECT_TYPES or len(m.tokens) != 1:
            continue
        sent = doc.sentences[m.sentence]
        k = m.first - 1
        if k > sent.token_start and toks[k].norm == "قد":
            k -= 1
        if k < sent.token_start or toks[k].norm not in PAST_BE_BARE:
            continue
        if m.last + 1 < sent.token_end and _passive_follower(toks[m.last + 1].norm):
            out.add(id(m))
    return out


RELATIVE_CHAIN_GAP = 10


def relative_chains(doc: Document, matches: list[TriggerMatch], skip: set) -> set:
    """ids of imperfect verb triggers joined by و and carrying an object pronoun that continue a relative clause on
    a party (الوحدات الكردية، التي تقاتل داعش، وتعتبرها واشنطن شريكا / وتدعمها واشنطن): the pronoun is the
    antecedent, and the clause describes that party, it reports no act."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if id(m) in skip or is_noun(m) or m.head_tag != "impf" or not m.head_prefix.startswith("و") or \
                "س" in m.head_prefix or not toks[m.first].norm.endswith(OBJECT_PRONOUNS):
            continue
        sent = doc.sentences[m.sentence]
        for k in range(m.first - 1, max(sent.token_start, m.first - RELATIVE_CHAIN_GAP) - 1, -1):
            tok = toks[k]
            if tok.is_punct and tok.norm in SENTENCE_STOPS:
                break
            if tok.norm in RELATIVES and k + 1 < m.first:
                nxt = toks[k + 1].norm
                if nxt[:1] in ("ت", "ي") and not toks[k + 1].is_punct:
                    out.add(id(m))
                break
    return out


def _imperfect_like(n: str, person: str, joined: bool) -> bool:
    """Whether the token ``n`` looks like an imperfect verb of the same person (تشجع، وترخص), ``joined``: with و;
    a Form II/V verbal noun (وتعزيز، تطوير) or a feminine noun (تنمية) does not."""
    if joined:
        if not n.startswith("و"):
            return False
        n = n[1:]
    else:
        n = peel(n, min_stem=0)
    if not n.startswith(person):
        return False
    rest = n[1:]
    if not 3 <= len(rest) <= 6 or rest.endswith(("ة", "ات", "ية")) or (len(rest) == 4 and rest[-2] == "ي"):
        return False
    return True


def habitual_chains(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of one-word imperfect verb triggers in a chain of coordinated imperfects (تدعم وتشجع وتستقبل وترخص):
    a list of what someone does in general describes a role, not an act that took place."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if is_noun(m) or m.head_tag != "impf" or "س" in m.head_prefix or len(m.tokens) != 1:
            continue
        sent = doc.sentences[m.sentence]
        bare = toks[m.first].norm[len(m.head_prefix):]
        person = bare[:1]
        if person not in ("ت", "ي"):
            continue
        after = m.first + 1 < sent.token_end and _imperfect_like(toks[m.first + 1].norm, person, True)
        before = m.head_prefix.startswith("و") and m.first > sent.token_start and \
            not toks[m.first - 1].is_punct and _imperfect_like(toks[m.first - 1].norm, person, False)
        if after or before:
            out.add(id(m))
    return out
