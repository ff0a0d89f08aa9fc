"""Trigger words that report no new act (detection round 11): what a denial is about, a detention that is a
standing state, protesters' demands and a protest's stated aims or calls (``protest_demands``, moved here from
``nesting`` to sit by ``protesters_demands``), acts that a praise is about, the verb نادى read in "نادي" (club),
acts hoped for or believed, acts in an "after" clause, and sports bodies as parties. Round 15b: denied reports and
rumours further from the denial verb (نفت X، ...، صحة تسريبات / وجود أي اتفاق، مايتردد عن) and the refusal or anger
a protest expresses (للتعبير عن رفضهم). Session 14 round 2: an act named right after the denial and its subject
(نفت الوزارة خطف مقاتلين), a denied report in the accusative with its own speech verb (نفى مصدر تقريرا ... قال إن),
and a meeting that only dates a statement (قال للصحفيين بعد لقائه).

Session 21: an act the news "came after" (وجاءت هذه الخطوة في أعقاب ...) and an act named as a topic (تساؤلات حول
تداعيات رفع العقوبات، ملفا يتعلق بمقتل).

Each ``*(doc, matches) -> set`` function returns the ids of trigger matches that ``stage.code_document`` leaves
out, like the other ``inner`` rules there; ``sports_party`` vetoes a built event. The news gold codes none of them
(docs/eval-news.md: denials of reports and rumours are no-event sentences; a protest's demands are its content; an
event referenced as the object or the time of another is not coded again).
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Document
from hadath.events.speech_clauses import COMPLEMENTIZERS, is_speech
from hadath.events.doc_index import token_at
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel, strip_al

# the denial rule's words (data/non_events_words.yaml): denial verbs; what is denied, within DENIAL_REACH; nouns
# that can only be what is denied (a report, a rumour, "صحة"، "وجود"), found further on, past a long subject and
# "في تصريحات لـ X" ("ما" and "أن" are everywhere, so they keep the short reach); words opening another statement
_DENY_STEMS = words("non_events", "deny_stems")
_DENIED_WORDS = words("non_events", "denied_words")
DENIAL_REACH = 9  # tokens between the denial verb and what it denies (كذبت حركة المقاومة الإسلامية (حماس)، ما)
_DENIED_NOUNS = words("non_events", "denied_nouns")
DENIED_NOUN_WORDS = 16  # words (punctuation not counted) between the denial verb and such a noun
_OTHER_STATEMENT = words("non_events", "other_statement")
_FUSED_WHAT = frozenset("ما" + w for w in words("non_events", "fused_what"))
_CLAUSE_STOPS = frozenset((".", "؟", "?", ":", "؛", ";", "!"))
# "رفض X (بشدة) أن تكون بلاده دعمت": refusing that something be so is denying it
_REFUSE_THAT = frozenset(normalize_word(w) for w in "تكون يكون يكونوا تكونا".split())
REFUSE_REACH = 8


_REFUSE_VERBS = frozenset(("رفض", "رفضت", "يرفض", "ترفض"))
# every spelling whose ``peel`` form is a denial or refusal verb (none starts with و/ف or is under 3 letters):
# one set look-up per token picks the few words ``_denials`` needs to look at
_DENIAL_HEADS = frozenset(p + w for w in _DENY_STEMS | _REFUSE_VERBS for p in ("", "و", "ف"))


def _denials(doc: Document, act_tokens: frozenset = frozenset()) -> list[tuple[int, int, bool]]:
    """(first, last, refusal) token spans from a denial verb to the end of its clause; ``refusal``: the denial is
    "رفض أن تكون ..." (all of its clause is denied content). ``act_tokens``: token indices of triggers that can be a
    verbal noun (``_denied_act_tokens``); one right after the denial's subject is the act denied (نفت الوزارة خطف
    مقاتلين)."""
    toks = doc.tokens
    out = []
    for sent in doc.sentences:
        for i in range(sent.token_start, sent.token_end):
            if toks[i].norm not in _DENIAL_HEADS:
                continue
            n = peel(toks[i].norm)
            denial = n in _DENY_STEMS and (any(
                toks[k].norm in _DENIED_WORDS or strip_al(toks[k].norm) in _DENIED_WORDS or toks[k].norm in _FUSED_WHAT
                for k in range(i + 1, min(sent.token_end, i + 1 + DENIAL_REACH))) or _denied_noun_ahead(toks, i, sent)
                or _denied_act_noun(toks, i, sent, act_tokens))
            refusal = False
            if not denial and n in _REFUSE_VERBS:
                denial = refusal = any(
                    toks[k].norm in ("ان", "أن") and toks[k + 1].norm in _REFUSE_THAT
                    for k in range(i + 1, min(sent.token_end - 1, i + 1 + REFUSE_REACH)))
            if not denial:
                continue
            end = i
            while end + 1 < sent.token_end and toks[end + 1].norm not in _CLAUSE_STOPS:
                end += 1
            out.append((i, end, refusal))
    return out


def _denied_noun_ahead(toks, i: int, sent) -> bool:
    """A report, rumour or "صحة / وجود" noun within ``DENIED_NOUN_WORDS`` words after the denial verb at ``i``,
    before the clause ends."""
    words = 0
    for k in range(i + 1, sent.token_end):
        if toks[k].norm in _CLAUSE_STOPS or peel(toks[k].norm) in _OTHER_STATEMENT or toks[k].norm in _OTHER_STATEMENT:
            return False
        if toks[k].is_punct:
            continue
        words += 1
        if words > DENIED_NOUN_WORDS:
            return False
        if any(w in _DENIED_NOUNS or strip_al(w) in _DENIED_NOUNS for w in (toks[k].norm, peel(toks[k].norm))):
            return True
        if toks[k].norm == "ما" and k + 1 < sent.token_end and toks[k + 1].norm in _RUMOUR_VERBS:
            return True  # "ما تداوله مغردون": a rumour, written as two words
    return False


_RUMOUR_VERBS = words("non_events", "fused_what")


def _denied_act_noun(toks, i: int, sent, act_tokens: frozenset) -> bool:
    """A trigger read as a verbal noun within ``DENIAL_REACH`` tokens after the denial verb at ``i``, with no clause break or other
    statement between (نفت وزارة الدفاع خطف مقاتلين، نفى فيه البنتاغون خطف): the act is what is denied."""
    for k in range(i + 1, min(sent.token_end, i + 1 + DENIAL_REACH)):
        if toks[k].norm in _CLAUSE_STOPS or toks[k].norm in _OTHER_STATEMENT or peel(toks[k].norm) in _OTHER_STATEMENT:
            return False
        if k in act_tokens:
            return True
    return False


def _denied_act_tokens(doc: Document, matches: list[TriggerMatch]) -> frozenset:
    """Token indices of triggers that can be a denied act's verbal noun: nouns, and verbs not opening a
    coordinated clause (خطف after "نفت الوزارة" reads as the passive خُطف, but a verb cannot follow the denial
    without أن: it is the noun)."""
    toks = doc.tokens
    return frozenset(m.first for m in matches
                     if m.head_tag == "" or toks[m.first].norm[:1] not in ("و", "ف"))


def denied_contents(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers in a denial's clause (كذبت الوزارة ما نشرته صحيفة بشأن اتفاقها مع دمشق، رفض الوزير أن تكون
    بلاده دعمت الجماعات المسلحة) and of the denial itself: a denied report tells no act, and the news gold codes no
    event for a denial. A verb the speaker denies doing (نفى الجيش أن يكون قد قصف، نفت الشرطة أنها اعتقلت) stays,
    coded negated by ``modality``; nouns in that clause are still left out."""
    spans = _denials(doc, _denied_act_tokens(doc, matches))
    if not spans:
        return set()
    toks = doc.tokens
    out = set()
    for m in matches:
        for first, last, refusal in spans:
            if not first <= m.first <= last:
                continue
            if m.first == first:
                out.add(id(m))  # the denial or refusal verb itself
            elif refusal or m.head_tag == "" or not _own_act(toks, first, m.first):
                out.add(id(m))
            break
    return out


def _own_act(toks, first: int, k: int) -> bool:
    """``نفى X أن يكون قد قصف``: a verb after "أن يكون قد" / "أنه" is the act the speaker denies doing (coded
    negated); other verbs in the clause belong to the denied report."""
    window = [toks[j].norm for j in range(first + 1, k)]
    if any(peel(w) in _REPORT_VERBS for w in window):
        return False  # "نفى مصدران تقريرا لمسؤول قال إن فرنسا قد تمنح": the verb is the denied report's
    return "قد" in window[-3:] or any(w in ("انه", "أنه", "انها", "أنها") for w in window)


_REPORT_VERBS = words("non_events", "report_verbs")


# detention verbs whose imperfect describes who holds whom (التي تحتجز عددا من الجنود، تحتجزهم السلطات)
HOLDING_PATTERNS = ("coerce.iHtajaza", "coerce.i3taqala")
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_RELATIVES = frozenset(normalize_word(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split())


def standing_detentions(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of imperfect detention verbs that describe a standing state, not an arrest: right after a relative
    pronoun (الجبهة التي تحتجز جنودا) or with an object pronoun (العمال الذين تحتجزهم السلطات). A future
    (ستحتجز) or a perfect (احتجزت) is an act."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.id not in HOLDING_PATTERNS or m.head_tag != "impf" or "س" in m.head_prefix:
            continue
        after_relative = m.first > 0 and toks[m.first - 1].norm in _RELATIVES
        # the lemmas' imperfects end in ز / ل / ن, so a final pronoun is an object (تحتجزهم، يعتقلها)
        if after_relative or toks[m.first].norm.endswith(OBJECT_PRONOUNS):
            out.add(id(m))
    return out


PROTESTER_SUBJECTS = words("non_events", "protester_subjects")


def protesters_demands(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of REQUEST verbs whose subject is the protesters of a protest reported in the same sentence (تظاهر
    المئات ...، وطالب المحتجون بتوفير الخدمات): the demand is what the protest is about, as the news gold codes it."""
    toks = doc.tokens
    protest_sentences = {h.sentence for h in matches if h.pattern.type == "PROTEST"}
    out = set()
    for m in matches:
        if m.pattern.type != "REQUEST" or m.sentence not in protest_sentences or m.head_tag not in ("perf", "impf"):
            continue
        k = m.first + 1
        if k < len(toks) and toks[k].norm in PROTESTER_SUBJECTS:
            out.add(id(m))
    return out | protest_purposes(doc, matches)


PROTEST_DEMAND_GAP = 20
_TO_IT = words("non_events", "to_it")


def protest_demands(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of REQUEST triggers that state a protest's aim or its call (تجمع متظاهرون ... داعين الكونغرس إلى،
    قررنا الاعتصام لنطالب المحافظ، اعتصام دعت إليه ناشطات): a purpose imperfect (لنطالب، ليطالبوا), a participle
    or verbal noun (داعين، مطالبين، للمطالبة) or a call "for it" after a protest trigger of the same sentence is
    the protest's content, not a demand of its own."""
    from hadath.events.nesting import SENTENCE_STOPS, is_noun  # nesting imports this module (via topic_filters)

    toks = doc.tokens
    protests = [h for h in matches if h.pattern.type == "PROTEST"]
    if not protests:
        return set()
    out = set()
    for m in matches:
        if m.pattern.type != "REQUEST":
            continue
        to_it = m.last + 1 < len(toks) and toks[m.last].norm in _TO_IT or \
            (m.first + 1 < len(toks) and toks[m.first + 1].norm in _TO_IT)
        purpose = m.head_tag == "impf" and "ل" in m.head_prefix
        # an imperfect right after a protest noun describes it (احتجاجات حاشدة تطالب بطرد، مظاهرات تطالب برحيل)
        attributive = m.head_tag == "impf" and not m.head_prefix and any(
            h.sentence == m.sentence and 0 < m.first - h.last <= 4 and
            not any(toks[k].is_punct for k in range(h.last + 1, m.first)) for h in protests)
        if not (purpose or is_noun(m) or to_it or attributive):
            continue
        for h in protests:
            if h.sentence != m.sentence or h.last >= m.first or m.first - h.last > PROTEST_DEMAND_GAP:
                continue
            if any(toks[k].is_punct and toks[k].norm in SENTENCE_STOPS for k in range(h.last + 1, m.first)):
                continue
            out.add(id(m))
            break
    return out


# "تجمع آلاف المتظاهرين ... للتعبير عن رفضهم للعمليات العسكرية": the refusal or anger voiced is the protest's
# purpose, not a second event
EXPRESSING = frozenset(normalize_word(w) for w in "للتعبير تعبيرا معبرين معبرة".split())
PURPOSE_TYPES = frozenset(("REJECT", "ACCUSE"))
PURPOSE_REACH = 3  # tokens from عن to the noun


def protest_purposes(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of REJECT / ACCUSE nouns right after للتعبير عن / تعبيرا عن that follow a PROTEST trigger of the same
    sentence."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type not in PURPOSE_TYPES:  # after عن even رفضهم is the noun, whatever its reading
            continue
        lo = max(doc.sentences[m.sentence].token_start + 1, m.first - PURPOSE_REACH)
        # عن right before the noun, or before a first noun it is coordinated with (تعبيرا عن غضبهم ورفضهم)
        if not any(toks[k].norm == "عن" and toks[k - 1].norm in EXPRESSING and
                   not any(toks[j].is_punct for j in range(k, m.first)) for k in range(lo, m.first)):
            continue
        if any(h.pattern.type == "PROTEST" and h.sentence == m.sentence and h.last < m.first for h in matches):
            out.add(id(m))
    return out


# praise verbs: what is praised (أشادت المقاومة بالعمليات العسكرية التي تنفذها قوات التحالف) was reported before
PRAISE_PATTERNS = frozenset(("support.ashada", "support.thammana", "support.madaHa", "support.athna",
                             "support.baraka", "support.Hayya"))
PRAISED_TYPES = frozenset(("ASSAULT", "COERCE"))
PRAISE_REACH = 30  # tokens from the praise verb to the act it praises
_STOPS = frozenset((".", "؟", "?", "؛", ";", "!"))


def praised_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack and arrest triggers inside what a praise is about: a verbal noun (أشاد بأداء رجال الأمن إثر
    ... اعتقال 431) or a verb of a relative clause (بالعمليات التي تنفذها قوات التحالف). The news is the praise,
    the praised act only its object (docs/eval-news.md: an event referenced as the object of another is not coded
    again). A coordinated verb (وقصفت) is a report of its own."""
    toks = doc.tokens
    hosts = [h for h in matches if h.pattern.id in PRAISE_PATTERNS and h.head_tag in ("perf", "impf")]
    if not hosts:
        return set()
    out = set()
    for m in matches:
        if m.pattern.type not in PRAISED_TYPES:
            continue
        relative = m.first > 0 and toks[m.first - 1].norm in _RELATIVES
        if not (m.head_tag == "" or relative or m.head_tag == "impf") or \
                (m.head_tag and m.head_prefix[:1] in ("و", "ف")):
            continue
        for h in hosts:
            if h.sentence != m.sentence or not 0 < m.first - h.last <= PRAISE_REACH:
                continue
            if any(toks[k].norm in _STOPS for k in range(h.last + 1, m.first)):
                continue
            out.add(id(m))
            break
    return out


# a club or team word right before a party (نادي ريال مدريد، منتخب مصر) or a sport right after it (الاتحاد
# الإفريقي لكرة القدم): the party is a sports body, whatever country or IGO its name resembles
CLUB_WORDS = words("non_events", "club_words")
SPORT_AFTER = words("non_events", "sport_after")


def sports_party(doc: Document, ev) -> bool:
    """Whether a party of the event is a sports club, team or federation (رفض نادي ريال مدريد عرضا، رفض الاتحاد
    الإفريقي لكرة القدم دعم ترشح): the act is sport, no political event."""
    toks = doc.tokens
    for a in list(ev.actor) + list(ev.recipient):
        first = token_at(doc, a.start, 0, len(toks))
        if first >= len(toks) or toks[first].start > a.start:
            continue
        last = first
        while last + 1 < len(toks) and toks[last + 1].start < a.end:
            last += 1
        trigger = range(ev.trigger.start, ev.trigger.end)  # the verb نادى is spelt like "club" (نادي)
        if strip_al(toks[first].norm) in CLUB_WORDS or toks[first].norm in CLUB_WORDS or any(
                peel(toks[k].norm) in CLUB_WORDS and toks[k].start not in trigger
                for k in range(max(0, first - 2), first)):
            return True  # نادي ريال مدريد: the city in a club's name
        if any(peel(toks[k].norm) in SPORT_AFTER for k in range(last + 1, min(len(toks), last + 3))):
            return True
    k = token_at(doc, ev.trigger.start, 0, len(toks))
    # "أن نادي برشلونة رفض عرضا": a club (no party of the lexicon) as the subject right before the verb
    return any(peel(toks[j].norm) in CLUB_WORDS and toks[j].start >= ev.sentence.start for j in range(max(0, k - 3), k))


# "نادي" is both the verb نادى (called for, spelt with ي once normalized) and "club": a club name after it that
# happens to start with ب (نادي برشلونة، نادي بايرن) is no ب + object. These indefinite verbal nouns are objects.
CALLED_FOR = words("non_events", "called_for")


def club_homographs(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of نادى/ينادي matches whose head is the noun "نادي" (club) followed by a club name starting with ب."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.head_tag != "perf" or toks[m.first].norm != "نادي" or m.first + 1 >= len(toks):
            continue
        nxt = toks[m.first + 1].norm
        if nxt.startswith("ب") and not nxt.startswith("بال") and nxt not in CALLED_FOR:
            out.add(id(m))
    return out


# session 22: "بحث عن" is searching, a homograph of بحث "discussed" (the CONSULT trigger)
SEARCH_VERBS = words("non_events", "search_verbs")
SEARCH_PREPOSITIONS = words("non_events", "search_prepositions")
SEARCH_OTHER_HEADS = words("non_events", "search_other_heads")
SEARCH_MANNER_WORDS = words("non_events", "search_manner_words")
SEARCH_REACH = 4  # words between the verb and عن (its subject and an adverb: تبحث القوات الأفغانية حاليا عن)


def search_homographs(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of CONSULT verb matches headed by بحث / يبحث whose clause goes on with عن within ``SEARCH_REACH`` words
    (no punctuation between): the verb searches for something, nobody meets."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "CONSULT" or m.head_tag not in ("perf", "impf") or m.last > m.first or \
                peel(toks[m.first].norm) not in SEARCH_VERBS:
            continue  # a frame of several words (بحث مع، بحث سبل) is talks whatever عن follows
        end = min(doc.sentences[m.sentence].token_end, m.last + 1 + SEARCH_REACH)
        for k in range(m.last + 1, end):
            if toks[k].is_punct:
                break
            if toks[k].norm in SEARCH_PREPOSITIONS:
                if not _other_search_head(toks, k, end):
                    out.add(id(m))
                break
    return out


def _other_search_head(toks, k: int, end: int) -> bool:
    """The عن at ``k`` belongs to another word (الناجمة عن، فضلا عن) or makes an adverb (عن كثب، عن طريق)."""
    if toks[k - 1].norm in SEARCH_OTHER_HEADS:
        return True
    return k + 1 < len(toks) and toks[k + 1].norm in SEARCH_MANNER_WORDS


# a hope names an act wished for; a belief names a known act as a cause: neither reports the act
HOPE_WORDS = words("non_events", "hope_words")
BELIEF_WORDS = words("non_events", "belief_words")
HOPE_REACH = 4
BELIEF_REACH = 4


def wished_or_believed(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers a few words after a hope word (verbs and nouns: what is hoped for has not happened) and of
    verbal nouns in the complement of a belief (عن اعتقادهم أن الانسحاب ...: a known act named as a cause)."""
    toks = doc.tokens
    out = set()
    for m in matches:
        sent = doc.sentences[m.sentence]
        lo = max(sent.token_start, m.first - max(HOPE_REACH, BELIEF_REACH + 2))
        for k in range(m.first - 1, lo - 1, -1):
            if toks[k].is_punct:
                break
            w = peel(toks[k].norm)
            if w in HOPE_WORDS and m.first - k <= HOPE_REACH:
                out.add(id(m))
                break
            if w in BELIEF_WORDS and m.head_tag == "" and k + 1 < m.first and \
                    toks[k + 1].norm in ("ان", "أن", "بان", "بأن"):
                out.add(id(m))
                break
    return out


# "بعد أن رحبت الرباط باستضافتها": a verb in an "after" clause dates the news by an earlier act, like the verbal
# nouns after بعد (docs/eval-news.md: an event stated only in an "after X" clause is not coded). Attacks, arrests
# and protests are left to the existing rules: there the clause often tells the same act as the main one.
AFTER_WORDS = frozenset(normalize_word(w) for w in "بعد وبعد عقب وعقب منذ ومنذ".split())
AFTER_KEEP_TYPES = frozenset(("ASSAULT", "COERCE", "PROTEST"))
AFTER_THAT = frozenset(normalize_word(w) for w in "بعدما وبعدما فبعدما".split())


def after_clauses(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of verb triggers right after "بعد أن / عقب أن / منذ أن" / "بعدما" (at most one word between, e.g. قد),
    and of nouns setting a statement in time (``statement_settings``)."""
    toks = doc.tokens
    out = statement_settings(doc, matches)
    for m in matches:
        if m.pattern.type in AFTER_KEEP_TYPES or m.head_tag not in ("perf", "impf"):
            continue
        start = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(start, m.first - 3) - 1, -1):
            if toks[k].is_punct:
                break
            if toks[k].norm in AFTER_THAT:  # بعدما صادقت عليه الحكومة: "بعد أن" in one word
                out.add(id(m))
                break
            if toks[k].norm in ("ان", "أن") and k > start and toks[k - 1].norm in AFTER_WORDS:
                out.add(id(m))
                break
    return out


# "قال كيري للصحفيين بعد لقائه نظيره": a meeting or other act named after بعد / عقب sets the time of a statement; the
# statement is the news (docs/eval-news.md: "بعد لقائه" is not coded). The speech verb has no trigger, so the
# nesting rule for time references (which needs another event in the sentence) does not see it.
SETTING_HEADS = words("non_events", "setting_heads")
SETTING_SPEECH_VERBS = words("non_events", "setting_speech_verbs")
SPEECH_REACH = 10  # tokens from the speech verb to the time head (قال وزير الدفاع الأمريكي اشتون كارتر للصحفيين بعد)


def statement_settings(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of noun triggers right after an "after" head (بعد لقائه، عقب اجتماع، في أعقاب زيارته) whose clause is
    opened by a speech verb a few words before, with no trigger, verb clause or punctuation between. Attacks,
    arrests and protests are left to the other rules, as in ``after_clauses``."""
    toks = doc.tokens
    starts = {m.first for m in matches}
    out = set()
    for m in matches:
        if m.pattern.type in AFTER_KEEP_TYPES or m.head_tag != "" or m.first < 2:
            continue
        head = m.first - 1
        if toks[head].norm not in SETTING_HEADS:
            continue
        lo = doc.sentences[m.sentence].token_start
        for k in range(head - 1, max(lo, head - SPEECH_REACH) - 1, -1):
            if toks[k].is_punct or k in starts or toks[k].norm in COMPLEMENTIZERS:
                break
            if is_speech(toks[k].norm) or peel(toks[k].norm) in SETTING_SPEECH_VERBS:
                out.add(id(m))
                break
    return out


# session 17: a release of captives held by another party is a rescue (docs/eval-news.md codes the force's attack)
_HELD_WORDS = words("non_events", "held_words")
_HOLDING_VERBS = words("non_events", "holding_verbs")
_HOLDER_AT = frozenset((normalize_word("لدى"), "لدي"))
RESCUE_REACH = 12  # tokens after a release trigger in which the freed are said to be held (عن عدد من أسرى ... لدى)
HELD_BEFORE_HOLDER = 3  # tokens before لدى in which a word of holding stands (محتجزين رهائن لدى)


def _held_by_other(doc: Document, k: int) -> bool:
    """Token ``k`` names a holder other than the subject: لدى after a word of holding (محتجزين لدى الانقلابيين;
    the releaser's own لديه is another word), or a holding verb with an object pronoun followed by an actor
    (احتجزهم مسلحون)."""
    toks = doc.tokens
    if toks[k].norm in _HOLDER_AT:
        return any(toks[j].norm in _HELD_WORDS for j in range(max(0, k - HELD_BEFORE_HOLDER), k))
    if toks[k].norm in _HOLDING_VERBS and k + 1 < len(toks):
        nxt = toks[k + 1].start
        return any(a.start <= nxt < a.end for a in doc.actors)
    return False


def rescued_captives(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of releases (RETREAT release patterns) whose freed people are said to be held by another party within
    the clause (حرر الجيش 178 شخصا محتجزين رهائن لدى حركة بوكو حرام، أطلقت القوات سراح رهائن احتجزهم مسلحون): the
    subject freed them by force from their captors, it did not release its own prisoners. A release by the holder
    (أفرج النظام عن أسرى لديه، أطلق سراح الرهينة التي كانت خطفت) stays."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "RETREAT" or m.pattern.mode != "release":
            continue
        end = min(doc.sentences[m.sentence].token_end, m.last + 1 + RESCUE_REACH)
        for k in range(m.last + 1, end):
            if toks[k].norm in _CLAUSE_STOPS:
                break
            if _held_by_other(doc, k):
                out.add(id(m))
                break
    return out


# session 17 round 2: a verb trigger read in another word of the same letters. "طالباً سعودياً"، "35 ألف طالب فلسطيني":
# the word opens a named party (a person noun and the nisba the actor lexicon reads as a party), so it is the noun
# "student", not the verb "demanded"; a verb never begins a noun phrase naming a party.
def party_noun_homographs(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of verb-headed (perfect) matches whose head token is where a named party mention begins and which the
    mention runs past (طالباً سعودياً، طالب فلسطيني): the head is that party's noun. A party named right after a
    verb begins after it (طالب مسؤولون سعوديون)."""
    toks = doc.tokens
    starts = {a.start: a.end for a in doc.actors}
    out = set()
    for m in matches:
        if m.head_tag != "perf":
            continue
        head = toks[m.first]
        end = starts.get(head.start)
        if end is not None and end > head.end:
            out.add(id(m))
    return out


# "مما دعا جماعة ... لاتهام تركيا"، "ما دعا السلطات السودانية لإعادة توقيف الصيادين": دعا after ما / مما / الأمر
# الذي says what an earlier act prompted (the result is coded in its own words), no call by anyone. "ما دعا إليه
# الرئيس" (what he called for) refers back to a call and keeps its pronoun object: left alone.
PROMPTING_LEADS = words("non_events", "prompting_leads")
PROMPTING_VERBS = words("non_events", "prompting_verbs")
CALLED_FOR_PRONOUNS = words("non_events", "called_for_pronouns")
CALLED_FOR_REACH = 4  # tokens after دعا in which "إليه" tells "what X called for"


def prompted_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of REQUEST matches headed by دعا / دعت right after ما / مما (or الأمر الذي): "which prompted", no call."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.pattern.type != "REQUEST" or toks[m.first].norm not in PROMPTING_VERBS or m.first < 1:
            continue
        prev = toks[m.first - 1].norm
        if prev not in PROMPTING_LEADS and not (prev == "الذي" and m.first > 1 and toks[m.first - 2].norm in
                                                 ("الامر", "والامر")):
            continue
        end = min(doc.sentences[m.sentence].token_end, m.first + 1 + CALLED_FOR_REACH)
        if any(toks[k].norm in CALLED_FOR_PRONOUNS for k in range(m.first + 1, end)):
            continue
        out.add(id(m))
    return out


# session 21: "وجاءت هذه الخطوة في أعقاب شن طالبان هجوما"، "جاء هذا بعد محادثات أجراها الجبير مع لافروف": the act
# after the head is what the news followed, reported before (docs/eval-news.md: an event referenced as the time or
# cause of another is not coded again); the news is the subject of جاء, coded in its own sentence.
CAME_VERBS = words("non_events", "came_verbs")
CAME_FORMS = frozenset(p + w for w in CAME_VERBS for p in ("", "و", "ف"))  # one set look-up per token
# nesting's time and cause heads (بعد، في أعقاب، على خلفية; read from its data file, since nesting imports this
# module), less the heads of what comes later: "يأتي ذلك قبل ساعات من بدء سريان هدنة" is still to come, and the gold
# codes it (future)
CAME_HEADS = (words("nesting", "time_reference_heads") | words("nesting", "cause_heads")) - \
    words("non_events", "came_before_heads")
CAME_IN = frozenset(("في", "فيه", "فيها", "على", "علي"))
CAME_HEAD_REACH = 6  # words from the verb of coming to the head (وجاءت خطوة المفوضية في بروكسل بعد)


def _came_after_head(doc: Document, i: int, end: int) -> int:
    """Index of a time or cause head within ``CAME_HEAD_REACH`` words after a verb of coming at ``i`` (no
    punctuation between), or -1."""
    toks = doc.tokens
    if i + 1 < end and toks[i + 1].norm in CAME_IN and not (i + 2 < end and toks[i + 2].norm in CAME_HEADS):
        return -1  # جاء في البيان: "the statement says"; جاءت في أعقاب is the head's own في
    for k in range(i + 1, min(end, i + 1 + CAME_HEAD_REACH)):
        if toks[k].is_punct or toks[k].norm in COMPLEMENTIZERS:
            return -1
        if toks[k].norm in CAME_HEADS:
            return k
    return -1


def came_after_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers in the phrase after "جاء / تأتي X بعد / في أعقاب / على خلفية" (up to the next punctuation):
    the earlier act the news came after."""
    toks = doc.tokens
    spans = []
    for sent in doc.sentences:
        for i in range(sent.token_start, sent.token_end):
            if toks[i].norm not in CAME_FORMS:
                continue
            head = _came_after_head(doc, i, sent.token_end)
            if head < 0:
                continue
            stop = next((k for k in range(head + 1, sent.token_end) if toks[k].is_punct), sent.token_end)
            spans.append((head, stop))
    return {id(m) for m in matches if any(h < m.first < s for h, s in spans)}


# session 21: "علق كيري على تصريح خامنئي حول اتفاق الدول الست مع إيران"، "سلم الوزير المحكمة ملفا يتعلق بمقتل الرضيع":
# an act noun a few words after a topic head is what is talked about, asked about or filed, not a report of the act
# (docs/eval-news.md: an event referenced as the object of another is not coded again).
TOPIC_HEADS = words("non_events", "topic_heads")
CONCERNING_WORDS = words("non_events", "concerning_words")
TOPIC_REACH = 4  # the topic head at most this many tokens before the act noun (حول ظروف وملابسات عملية اغتيال)
COMMUNIQUE_NOUNS = words("non_events", "communique_nouns")
COMMUNIQUE_REACH = 14  # tokens from a communiqué noun to its topic head, past its issuer (البيان الصادر من ... بشأن)


def _topic_head(toks, k: int) -> bool:
    """حول / بشأن at ``k``, or a word of "concerning" (يتعلق، المتعلقة) there."""
    return toks[k].norm in TOPIC_HEADS or toks[k].norm in CONCERNING_WORDS


def _topic_noun(m: TriggerMatch) -> bool:
    """A noun trigger, or a bare perfect with no proclitic: no finite verb stands in a preposition's phrase, so
    "حول تداعيات رفع العقوبات" is the verbal noun."""
    return m.head_tag == "" or m.head_tag == "perf" and not m.head_prefix


def topic_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of noun triggers within ``TOPIC_REACH`` tokens after a topic head (no punctuation or verb trigger
    between): the topic of talks, questions or a file. An act of a type the sentence already reported before
    (أعلنت عن هدنة ... بيان بشأن الالتزام بهدنة) is that report again and is left to merge with it."""
    toks = doc.tokens
    verb_starts = {h.first for h in matches if h.head_tag}
    first_end: dict = {}  # (sentence, type) -> the end of the sentence's first match of that type
    for h in matches:
        key = (h.sentence, h.pattern.type)
        first_end[key] = min(first_end.get(key, h.last), h.last)
    out = set()
    for m in matches:
        if not _topic_noun(m) or m.first < 1 or first_end[(m.sentence, m.pattern.type)] < m.first:
            continue
        lo = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(lo, m.first - TOPIC_REACH) - 1, -1):
            if toks[k].is_punct or k in verb_starts:
                break
            if _topic_head(toks, k):
                if not _communique_before(toks, k, lo):
                    out.add(id(m))
                break
    return out


def _communique_before(toks, head: int, lo: int) -> bool:
    """A communiqué noun within ``COMMUNIQUE_REACH`` tokens before the topic head (بيان بشأن الالتزام بهدنة، البيان
    الصادر عن الأمين العام ... بشأن استنكار): the communiqué does what it is "about", the act is its content."""
    return any(toks[j].norm in COMMUNIQUE_NOUNS for j in range(max(lo, head - COMMUNIQUE_REACH), head))


# session 27: a call on the public or on one's own fighters (دعا المواطنين والمقيمين إلى أخذ الحيطة، دعا زعيم الحركة
# مقاتليه إلى توحيد صفوفهم، طالب قائد الجيش عناصر الجيش بالجهوزية، دعا الوزير وسائل الإعلام للتعامل بحرص) names no
# party the gold codes a demand to: the gold leaves these out (an order to one's troops is MOBILIZE at most).
PUBLIC_ADDRESSEES = words("non_events", "public_addressees")
PUBLIC_TIME_WORDS = words("non_events", "public_time_words")  # a time adverb between the subject and the object
PUBLIC_STOPS = words("non_events", "public_stops")  # the asked act begins: the object slot is over
PUBLIC_REACH = 16


def public_address(doc: Document, m: TriggerMatch, actor: list, recipient: list) -> Optional[str]:
    """Why a REQUEST verb addressed to the public or the speaker's own followers is no event, or None. The word
    must open the verb's object: right after the verb, inside its frame (دعا X مقاتليه إلى), right after its own
    subject (set off by a comma or not), or open an unnamed recipient mention; a named party asked after it keeps
    the event (دعا المواطنين الأمريكيين)."""
    if m.pattern.type != "REQUEST" or not m.head_tag:
        return None
    toks = doc.tokens
    spots = set(range(m.first + 1, m.last + 2))
    for a in actor + recipient:
        if a.start >= m.end:
            k = token_at(doc, a.end - 1, 0, len(toks)) + 1
            spots |= {k, k + 1} if k < len(toks) and toks[k].norm in (",", "،") else {k}
        if a.start >= m.start and not a.country:
            spots.add(token_at(doc, a.start, 0, len(toks)))
    end = min(doc.sentences[m.sentence].token_end, m.last + PUBLIC_REACH)
    for k in range(m.last + 1, end):  # "دعا فلان، المتحدث باسم X, المواطنين"، "دعا زعيم «الحركة» السبت مقاتليه"
        if toks[k].norm in COMPLEMENTIZERS or toks[k].norm in PUBLIC_STOPS:
            break
        if toks[k - 1].is_punct or toks[k - 1].norm in PUBLIC_TIME_WORDS:
            spots.add(k)
    hit = next((k for k in sorted(spots) if k < len(toks) and toks[k].norm in PUBLIC_ADDRESSEES), None)
    if hit is None or any(r.country and r.start >= toks[hit].start for r in recipient):
        return None
    near = toks[min(hit + 3, len(toks) - 1)].end
    if any(toks[hit].end < p.start <= near for p in getattr(doc, "places", []) or []):
        return None  # "دعت الوزارة المواطنين في محافظة أسوان": the people of a named place stay (session 18b)
    return f"a call on the public or one's own followers ({toks[hit].text}): no party asked"
