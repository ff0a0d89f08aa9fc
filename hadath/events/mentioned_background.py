"""Earlier acts mentioned as background: acts answered or stood behind, acts years ago, tallies over a period.

- The act a move answers or avenges (قصفت مواقع ردا على مقتل أحد جنودها، انتقاما لمقتل) and the act someone stands
  behind (يقف وراء هجوم على مطعم، تقف خلف عدد من العمليات) happened before: a reason or an attribution, no report
  (session 12).
- An attack or protest dated years back (في مظاهرة في المدينة قبل أربعة أعوام) is background.
- An attack or arrest followed by a span of months or years (قتلت 3042 من التنظيم خلال 10 أشهر، ترحيل 475943 مخالفا
  منذ بداية العام، منذ 23 سبتمبر 2014) or a count since an onset (منذ اندلاع الحرب) is a tally of many acts, not one
  reported act (sessions 13 and 15).
- An act named by a time frame (an elapsed span بعد مرور عامين على هجوم، the day after غداة هجوم، since منذ اندلاع
  الاشتباكات، an anniversary في ذكرى، a verb of following التي أعقبت مجزرة) is over before the news (session 22).
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_tokens import _word
from hadath.events.nesting import (DATED_ACT_NOUNS, EVENT_NOUNS, PHRASE_STOPS, RELATIVES, SENTENCE_STOPS, is_noun,
                                   named_tokens)
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word

# "قصفت تركيا مواقع ردا على مقتل أحد جنودها"، "انتقاما لمقتل"، "يقف وراء هجوم على مطعم"، "تقف خلف عدد من العمليات":
# the act a move answers or avenges, and the act someone stands behind, happened before; it is named as a reason
# or in an attribution, and the news gold codes only the answer, the arrest or the accusation
RESPONSE_HEADS = words("mentioned_acts", "response_heads")
STAND_VERBS = words("mentioned_acts", "stand_verbs")
BEHIND_WORDS = frozenset(normalize_word(w) for w in "وراء ووراء خلف".split())
ANSWER_LINKS = frozenset(normalize_word(w) for w in "على علي ل".split())
ANSWER_REACH = 8  # words from the answer or behind word to the act noun (ردا على مقتل أحد جنودها بإطلاق نار)


def _answer_head(toks, k: int) -> bool:
    """ردا على / انتقاما لـ at ``k`` (the head word, its link next), or وراء / خلف right after a standing verb."""
    if toks[k].norm in RESPONSE_HEADS and k + 1 < len(toks):
        nxt = toks[k + 1].norm
        return nxt in ANSWER_LINKS or nxt.startswith("ل")
    return toks[k].norm in BEHIND_WORDS and k > 0 and toks[k - 1].norm in STAND_VERBS


def answered_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of act nouns inside the phrase of ردا على / انتقاما لـ or of يقف وراء (no punctuation, verb trigger or
    clause word between): an earlier act given as the reason for the news or attributed to someone."""
    toks = doc.tokens
    verb_starts = {h.first for h in matches if not is_noun(h)}
    out = set()
    for m in matches:
        if not is_noun(m):
            continue
        start = doc.sentences[m.sentence].token_start
        for k in range(m.first - 1, max(start, m.first - ANSWER_REACH) - 1, -1):
            if toks[k].is_punct or k in verb_starts or toks[k].norm in PHRASE_STOPS:
                break
            if _answer_head(toks, k):
                out.add(id(m))
                break
    return out


# units of a span of years (قبل أربعة أعوام، قبل عامين، قبل عقود)
YEAR_UNITS = words("mentioned_acts", "year_units")
PAST_SPAN_REACH = 8  # words from the act noun to "قبل" (في مظاهرة في المدينة قبل أربعة أعوام)
PAST_SPAN_TYPES = frozenset(("ASSAULT", "PROTEST"))


def years_ago(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack or protest nouns dated years back (مقتل 18 شخصا في مظاهرة في المدينة قبل أربعة أعوام، هجوم
    وقع قبل عامين): background to the news, not a report of the act. Only "قبل" with a year unit after it, in the
    noun's own phrase (no punctuation between); days and months ago are still news."""
    toks = doc.tokens
    out = set()
    for m in matches:
        if m.head_tag or m.pattern.type not in PAST_SPAN_TYPES:
            continue
        end = doc.sentences[m.sentence].token_end
        words_seen = 0
        for k in range(m.last + 1, end):
            if toks[k].is_punct:
                break
            words_seen += 1
            if words_seen > PAST_SPAN_REACH:
                break
            if _word(toks[k]) == "قبل" and any(toks[j].norm in YEAR_UNITS for j in range(k + 1, min(end, k + 3))):
                out.add(id(m))
                break
    return out


PERIOD_HEADS = words("mentioned_acts", "period_heads")
PERIOD_STARTS = words("mentioned_acts", "period_starts")
PERIOD_UNITS = words("mentioned_acts", "period_units")
_YEAR_UNITS_SINGULAR = frozenset(normalize_word(w) for w in "العام عام السنة سنة".split())
TALLY_TYPES = frozenset(("ASSAULT", "COERCE"))
TALLY_REACH = 12  # unnamed words from the act to the span (past the count and the victims: بينهم عشرات القياديين)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _year_number(tok) -> bool:
    """A year written in digits (2004، ٢٠١٤)."""
    digits = tok.norm.translate(_ARABIC_DIGITS)
    return len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20")


PERIOD_ONSETS = words("mentioned_acts", "period_onsets")


def _onset(w: str) -> bool:
    """An onset noun, bare or with a possessive pronoun (اندلاع، سيطرتها، بدئه)."""
    for suffix in ("تهم", "تها", "ته"):
        if w.endswith(suffix) and w[:-len(suffix)] + "ة" in PERIOD_ONSETS:
            return True
    return w in PERIOD_ONSETS or any(w.endswith(p) and w[:-len(p)] in PERIOD_ONSETS for p in ("هم", "ها", "ه"))


def _period_at(toks, k: int, end: int) -> bool:
    """A span of months or years opening at ``k``: منذ العام 2004، منذ بداية العام، منذ 23 سبتمبر 2014، خلال 10 أشهر،
    خلال الأشهر الماضية (one year, خلال العام, is left out: it may date one act); since an onset (منذ اندلاع الحرب)."""
    if toks[k].norm not in PERIOD_HEADS:
        return False
    after = toks[k + 1:min(end, k + 5)]
    if after and after[0].norm == "ال":  # خلال الـ12 عامًا الماضية: the article written apart with a tatweel
        after = after[1:]
    after = after[:3]
    if not after:
        return False
    if after[0].norm in PERIOD_STARTS and len(after) > 1 and after[1].norm in PERIOD_UNITS:
        return True
    if toks[k].norm in ("منذ", "ومنذ") and (any(_year_number(t) for t in after) or _onset(after[0].norm)):
        return True
    return any(t.norm in PERIOD_UNITS and t.norm not in _YEAR_UNITS_SINGULAR for t in after[:2])


def period_tallies(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of attack or arrest triggers with a count, followed in their sentence by a span of months or years (قتلت
    3042 من التنظيم خلال 10 أشهر، نفذوا أحد عشر ألف اعتداء منذ العام 2004): a tally, not one act."""
    toks = doc.tokens
    named = None
    out = set()
    for m in matches:
        if m.pattern.type not in TALLY_TYPES:
            continue
        if named is None:
            named = named_tokens(doc)
        end = doc.sentences[m.sentence].token_end
        seen = 0
        for k in range(m.last + 1, end):
            if toks[k].is_punct and toks[k].norm in SENTENCE_STOPS:
                break
            if named[k] or toks[k].is_punct:
                continue
            seen += 1
            if seen > TALLY_REACH:
                break
            if _period_at(toks, k, end):
                if _counted(toks, max(doc.sentences[m.sentence].token_start, m.first - COUNT_BEFORE), k):
                    out.add(id(m))  # يواصلون حصار المدينة منذ أشهر: one standing act, no count
                break
    return out


COUNT_WORDS = words("mentioned_acts", "count_words")
COUNT_BEFORE = 6  # tokens before the act in which its count may stand (أحد عشر ألف اعتداء، ارتفاع عدد القتلى إلى 3216)


def _counted(toks, lo: int, hi: int) -> bool:
    """A count in [lo, hi): digits or a number word of hundreds and more (3042، أحد عشر ألف، مئات)."""
    return any(any(ch.isdigit() for ch in toks[k].norm) or _word(toks[k]) in COUNT_WORDS for k in range(lo, hi))


# session 17: "على الرغم من اتفاق"، "رغم التوصل إلى الاتفاق": the act a concession names is known background
CONCESSIVE_HEADS = words("mentioned_acts", "concessive_heads")
_CONCESSIVE_LINKS = frozenset(normalize_word(w) for w in "من".split())
CONCESSIVE_REACH = 3  # words from the concessive head to the trigger (رغم تقارير طبية تؤكد)


def conceded_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers a few words after a concessive head (رغم، على الرغم من، برغم) with no punctuation between:
    "تبادلت القوات إطلاق النار ... على الرغم من اتفاق في الآونة الأخيرة"، "ستبقى الشيطان الأكبر رغم التوصل إلى
    الاتفاق": the concession sets a known fact against the news, so the act it names is not reported again."""
    toks = doc.tokens
    out = set()
    for m in matches:
        lo = doc.sentences[m.sentence].token_start
        words_seen = 0
        for k in range(m.first - 1, max(lo, m.first - CONCESSIVE_REACH - 2) - 1, -1):
            if toks[k].is_punct:
                break
            if toks[k].norm in CONCESSIVE_HEADS:
                out.add(id(m))
                break
            if toks[k].norm not in _CONCESSIVE_LINKS:
                words_seen += 1
                if words_seen >= CONCESSIVE_REACH:
                    break
    return out


# session 22: an act named by a time frame (بعد مرور عامين على هجوم، بعد أسبوع من أعنف قتال، غداة هجوم انتحاري، في
# ذكرى ضحايا، الندوة التي أعقبت مجزرة) happened before the news and only dates it (docs/eval-news.md: "بعد ..."
# and "منذ الهجوم" are not coded). Unlike a bare "بعد هجوم" (nesting.time_references), the frame says outright that
# the act is over, so it is left out whatever else the sentence reports.
ELAPSED_HEADS = words("mentioned_acts", "elapsed_heads")
ELAPSED_FILLERS = words("mentioned_acts", "elapsed_fillers")
ELAPSED_UNITS = words("mentioned_acts", "elapsed_units")
ELAPSED_UNIT_MODIFIERS = words("mentioned_acts", "elapsed_unit_modifiers")
ELAPSED_LINKS = words("mentioned_acts", "elapsed_links")
ELAPSED_ACT_MODIFIERS = words("mentioned_acts", "elapsed_act_modifiers")
DAY_AFTER_HEADS = words("mentioned_acts", "day_after_heads")
SINCE_HEADS = words("mentioned_acts", "since_heads")
ANNIVERSARY_WORDS = words("mentioned_acts", "anniversary_words")
FOLLOWING_VERBS = words("mentioned_acts", "following_verbs")
ELAPSED_REACH = 4  # words between the head and the unit (بعد مرور نحو عامين)
ANNIVERSARY_REACH = 8  # tokens from the anniversary word to the act (ذكرى الضحايا الـ32 الذي قضوا في العملية)
FRAME_DESCRIPTION_GAP = 4  # tokens between a framed act noun and the relative pronoun of a verb describing it


def _act_start(toks, first: int) -> int:
    """The token before the act, past an event noun, a superlative or an attack word the trigger qualifies (بعد
    يومين من بدء المعارك، من أعنف قتال، من تفجير انتحاري)."""
    k = first - 1
    if k > 0 and (toks[k].norm in EVENT_NOUNS or toks[k].norm in ELAPSED_ACT_MODIFIERS or
                  toks[k].norm in DATED_ACT_NOUNS):
        k -= 1
    return k


def _elapsed_span_ends(toks, k: int, lo: int) -> bool:
    """Token ``k`` is على / من closing a span after بعد / منذ (بعد مرور نحو عامين على، بعد ساعات قليلة من)."""
    if k <= lo or toks[k].norm not in ELAPSED_LINKS:
        return False
    j = k - 1
    if toks[j].norm in ELAPSED_UNIT_MODIFIERS:
        j -= 1
    if j <= lo or toks[j].norm not in ELAPSED_UNITS:
        return False
    for i in range(j - 1, max(lo, j - 1 - ELAPSED_REACH) - 1, -1):
        n = toks[i].norm
        if n in ELAPSED_HEADS:
            return True
        if toks[i].is_punct or not (n in ELAPSED_FILLERS or any(ch.isdigit() for ch in n)):
            return False
    return False


_QUOTE_MARKS = frozenset('"«»“”()')


def _frame_at(doc: Document, sentence: int, first: int) -> str:
    """The kind of time frame naming the act whose words start at token ``first`` ('' when none)."""
    toks = doc.tokens
    lo = doc.sentences[sentence].token_start
    k = _act_start(toks, first)
    if k < lo:
        return ""
    if _elapsed_span_ends(toks, k, lo):
        return "elapsed span"
    if toks[k].norm in DAY_AFTER_HEADS:
        return "day after"
    if toks[k].norm in SINCE_HEADS:
        return "since"
    if toks[k].norm in FOLLOWING_VERBS:
        return "followed act"
    for i in range(first - 1, max(lo, first - ANNIVERSARY_REACH) - 1, -1):
        if toks[i].is_punct and toks[i].norm not in _QUOTE_MARKS:
            break
        if toks[i].norm in ANNIVERSARY_WORDS:
            return "anniversary"
    return ""


def framed_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of acts named by a time frame (an elapsed span, the day after, since, an anniversary, a verb of following),
    and of attack verbs describing such an act noun, right after an indefinite one or in a relative clause (بعد يومين من
    هجوم استهدف ثكنة، مجزرة سوسة التي أسفرت عن مقتل 38 شخصا)."""
    toks = doc.tokens
    out = set()
    framed_nouns = []  # (sentence, type (ASSAULT for an attack word with no trigger), last token, definite)
    for m in matches:
        if m.head_prefix[:1] in ("و", "ف"):
            continue
        frame = _frame_at(doc, m.sentence, m.first)
        if frame and not is_noun(m) and not _verb_in_frame(toks, m, frame):
            continue  # a finite verb after a framed noun opens the main clause: غداة هجوم انتحاري قتلت القوات
        if frame:
            out.add(id(m))
            if is_noun(m):
                framed_nouns.append((m.sentence, m.pattern.type, m.last, toks[m.first].norm.startswith("ال")))
    for i, sent in enumerate(doc.sentences):
        for k in range(sent.token_start, sent.token_end):
            if toks[k].norm in DATED_ACT_NOUNS and _frame_at(doc, i, k):
                framed_nouns.append((i, "ASSAULT", k, toks[k].norm.startswith("ال")))
    for m in matches:
        if id(m) in out or is_noun(m) or m.head_prefix[:1] in ("و", "ف") or m.first < 1:
            continue
        if any(_describes(toks, m, *f) for f in framed_nouns):
            out.add(id(m))
    return out


def _describes(toks, m: TriggerMatch, sentence: int, kind: str, last: int, definite: bool) -> bool:
    """Verb ``m`` opens a clause describing the act noun ending at ``last``: right after it when it is indefinite (no
    relative pronoun), or after a relative pronoun a few words on, with no punctuation between."""
    if m.sentence != sentence or m.pattern.type != kind or m.first <= last:
        return False
    if any(toks[k].is_punct for k in range(last + 1, m.first)):
        return False
    # right after an indefinite noun (هجوم استهدف) the verb is nesting.asyndetic_relatives' to judge
    return toks[m.first - 1].norm in RELATIVES and m.first - 1 <= last + 1 + FRAME_DESCRIPTION_GAP


def _verb_in_frame(toks, m: TriggerMatch, frame: str) -> bool:
    """Whether a verb trigger is itself the framed act: right after the frame's head (منذ اندلعت، التي أعقبت), or, in an
    anniversary, inside a relative clause (ذكرى الضحايا الذين قتلوا); not a verb of the main clause after a framed
    noun (في ذكرى الثورة قتلت قوات الأمن، غداة هجوم انتحاري قتلت القوات)."""
    if frame == "anniversary":
        return toks[m.first - 1].norm in RELATIVES
    return _act_start(toks, m.first) == m.first - 1
