"""``aux`` of an event: asserted, future, negated, hypothetical or historical, from the words around the trigger.

Looked at within the trigger's clause: particles right before the trigger (لم، لن، لا، ما، قد، سوف، سـ),
governing verbs (نفى، يعتزم، ينوي، من المقرر)، the conditional (إذا، لو، في حال), background frames
(يشار إلى أن ... قد، وكان ... قد) and time expressions: a weekday/week/month + المقبل, or a resolved date
after the publication date, means future; an explicit year before it means historical.
Precedence: negated > hypothetical > future > historical > asserted.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from hadath.document import Document
from hadath.events.doc_index import PerDocument
from hadath.events.triggers import TriggerMatch, load_lexicon
from hadath.events.wordlists import words
from hadath.text.normalize import normalize_word, peel_forms


@lru_cache(maxsize=256)
def _set(words: str) -> frozenset:
    return frozenset(normalize_word(w) for w in words.split())


NEG_BEFORE = words("modality", "neg_before")
NEG_GOVERNORS = words("modality", "neg_governors")
RESULTATIVE_VERBS = words("modality", "resultative_verbs")
UNMANNED = _set("طيار طيارين")  # (بدون / دون) طيار: a drone
NOT_NEG_NEXT = _set("زال يزال تزال زالت يزالون زالوا")
FUTURE_BEFORE = words("modality", "future_before")
FUTURE_FRAMES = (("من", "المقرر"), ("من", "المنتظر"), ("من", "المتوقع"), ("من", "المرتقب"))
FUTURE_AFTER = _set("غدا غداً لاحقا")
INTENT_NOUNS = words("modality", "intent_nouns")
TIME_NOUNS = words("modality", "time_nouns")
NEXT_WORDS = _set("المقبل المقبلة القادم القادمة")
HYPO_BEFORE = words("modality", "hypo_before")
HYPO_FRAMES = (("في", "حال"), ("في", "حالة"), ("من", "الممكن"), ("من", "المحتمل"))
BACKGROUND = (("يشار", "الي"), ("يذكر", "ان"), ("تجدر", "الاشارة"), ("يشار", "إلى"), ("الجدير", "بالذكر"),
              ("يذكر", "أن"))
KANA = words("modality", "kana")
COMMON_FUTURE_VERBS = words("modality", "common_future_verbs")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_PUNCT = set(".!?؟:؛;")
# word sets of single rules, built here once rather than looked up per word
DENIAL_VERBS = _set("نفى نفت ينفي تنفي نفوا")
DENIALS = _set("نفى نفت ينفي تنفي ونفى ونفت")
THAT = _set("ان أن انه انها")
FUTURE_STEMS = _set("قوم عقد جري شارك")
SAWFA = _set("سوف وسوف")
YEAR_NOUNS = _set("عام سنة في العام منذ")
# a clause's words looked at by the rules below: at most this many before the trigger and after it
BEFORE_REACH, AFTER_REACH = 12, 10


def _window(doc: Document, start: int, stop: int) -> list[str]:
    return [doc.tokens[i].norm for i in range(start, stop)]


@lru_cache(maxsize=64)
def _frame_set(frames: tuple) -> frozenset:
    """Normalized (first, second) word pairs of a frame list, built once per list."""
    return frozenset((normalize_word(a), normalize_word(b)) for a, b in frames)


def _has_frame(words: list[str], frames) -> bool:
    pairs = _frame_set(tuple(frames))
    return any((words[i].lstrip("و"), words[i + 1]) in pairs for i in range(len(words) - 1))


# "لم يجد X بدا من الاستسلام / من الفرار": the negation is part of the idiom, the act took place
NO_WAY_OUT_PATTERNS = frozenset(("retreat.lam-yajid-buddan", "retreat.lam-yajid-buddan-firar"))


_FRAMES_AT = PerDocument(lambda toks: {})  # {sentence: its BACKGROUND frames' first token indexes}


def _background_frame_before(doc: Document, sentence: int, hi: int) -> bool:
    """``_has_frame`` of the sentence's words before token ``hi`` with BACKGROUND (يشار إلى أن، يذكر أن). The
    frames' positions are found once per sentence, which every trigger of the sentence asks about."""
    by_sent = _FRAMES_AT(doc.tokens)
    sent = doc.sentences[sentence]
    at = by_sent.get(sentence)
    if at is None:
        toks, pairs = doc.tokens, _frame_set(BACKGROUND)
        at = by_sent[sentence] = [k for k in range(sent.token_start, sent.token_end - 1)
                                  if (toks[k].norm.lstrip("و"), toks[k + 1].norm) in pairs]
    return bool(at) and at[0] + 1 < hi


STATE_NOUNS = words("modality", "state_nouns")
STATE_HEADS = _set("حالة")  # في حال before anything is the conditional; HYPO_BEFORE reads it first


def _state_frame(words: list[str]) -> bool:
    """"في حالة تأهب / حرجة / حرب": في حالة before a noun or adjective of state is "in a state of", not the
    conditional "in case" (في حال فشلت، في حالة عدم): the act after it is no condition."""
    return any(w in STATE_HEADS and i + 1 < len(words) and words[i + 1].lstrip("و") in STATE_NOUNS
               for i, w in enumerate(words))


def _resultative(word: str) -> bool:
    """A verb of outcome (أسفر، أدى، أوقع): after ما it is the relative "which led to", not a negated perfect."""
    return any(f in RESULTATIVE_VERBS for f in peel_forms(word, min_stem=0))


def classify(doc: Document, m: TriggerMatch, region: tuple[int, int], pub_year: Optional[int] = None,
             speech_verb: str = "") -> tuple[str, str]:
    """(aux, rule) for a trigger in the token region of its clause (``speech_verb`` introduces the clause)."""
    toks = doc.tokens
    lo, hi = region
    head = m.first
    before = _window(doc, max(lo, head - 4), head)
    near = before[-2:]
    clause_before = _window(doc, max(lo, head - BEFORE_REACH), head)  # no rule looks further back
    clause_after = _window(doc, m.last + 1, min(hi, m.last + 1 + AFTER_REACH))
    # --- negated ("لم يجد ... بدا من الاستسلام": having no way out but the act asserts it)
    if m.pattern.id in NO_WAY_OUT_PATTERNS:
        return "asserted", "asserted:no-way-out"
    for k, w in enumerate(near):
        nxt = near[k + 1] if k + 1 < len(near) else toks[head].norm
        if w in NEG_BEFORE and nxt not in NOT_NEG_NEXT and toks[head].norm not in NOT_NEG_NEXT:
            if w in ("ما", "وما") and k != len(near) - 1:
                continue
            if w in ("ما", "وما") and m.head_tag == "impf":
                continue  # "، ما يمهد الطريق": a relative "which"; ما negates the perfect (ما قال)
            if w in ("ما", "وما") and _resultative(toks[head].norm):
                continue  # "، ما أسفر عن مقتل": a relative "which led to", not "it did not lead to"
            return "negated", f"negated:{w}"
    for k, w in enumerate(before):
        if w in NEG_GOVERNORS:
            nxt = before[k + 1] if k + 1 < len(before) else toks[head].norm
            if nxt in UNMANNED:
                continue  # "طائرة بدون طيار": a drone, no negation
            return "negated", f"negated:{w}"
    if speech_verb.lstrip("و") in DENIAL_VERBS:
        return "negated", f"negated:{speech_verb}-ان"
    if any(w in DENIALS for w in clause_before[-12:]) and any(w in THAT for w in clause_before[-10:]):
        return "negated", "negated:نفى-ان"
    # --- hypothetical
    if m.head_tag == "impf" and near and near[-1] in ("قد", "وقد"):
        return "hypothetical", "hypothetical:قد+imperfect"
    for w in clause_before[-8:]:
        if w in HYPO_BEFORE and w not in ("قد", "وقد"):
            return "hypothetical", f"hypothetical:{w}"
    if _has_frame(clause_before[-6:], HYPO_FRAMES) and not _state_frame(clause_before[-6:]):
        return "hypothetical", "hypothetical:في-حال"
    # --- future
    if "future" in m.pattern.roles:
        return "future", "future:pattern"
    if "س" in m.head_prefix and m.head_tag == "impf":
        return "future", "future:سـ"
    for w in before:
        if w in FUTURE_BEFORE or (w.startswith(("سي", "ست")) and w[2:] in FUTURE_STEMS):
            return "future", f"future:{w}"
    if _has_frame(clause_before[-6:], FUTURE_FRAMES):
        return "future", "future:من-المقرر"
    # an intention named before the act or inside its frame (أعلن عزمه تنظيم اعتصام، أكد نيته زيارة): not done yet
    for w in before[-3:] + _window(doc, m.first, m.last + 1):
        if w.lstrip("و") in INTENT_NOUNS:
            return "future", f"future:{w}"
    # a perfect verb tells a past act: a later date after it dates what it names (رحبت بالدعوة إلى عقد اجتماع
    # الأربعاء المقبل، اتفقا على اللقاء الأسبوع المقبل), not the act itself
    past = m.head_tag == "perf"
    clause = clause_before[-6:] + [toks[i].norm for i in range(m.first, m.last + 1)] + ([] if past else clause_after[:10])
    for i, w in enumerate(clause):
        if w in NEXT_WORDS and i > 0 and clause[i - 1].lstrip("و").lstrip("ف") in TIME_NOUNS:
            return "future", f"future:{clause[i - 1]} {w}"
        if w in FUTURE_AFTER:
            return "future", f"future:{w}"
    if m.head_tag == "impf" and near and near[-1] in SAWFA:
        return "future", "future:سوف"
    if m.head_tag == "":
        for i in list(range(max(lo, head - 5), head)) + _before_claim(doc, m.last + 1, min(hi, m.last + 9)):
            if _future_verb(toks[i]):
                return "future", f"future:{toks[i].norm}"
    future_time = _time_relation(doc, m, region)
    if future_time == "future" and past:
        future_time = _time_relation(doc, m, (lo, m.last + 1))
    if future_time == "future":
        return "future", "future:date-after-publication"
    # --- historical
    if near and near[-1] in ("قد", "وقد") and any(w in KANA for w in clause_before[-8:]):
        return "historical", "historical:كان...قد"
    if _background_frame_before(doc, m.sentence, head):
        return "historical", "historical:يشار-الي-ان"
    if pub_year:
        window = clause_before[-8:] + _window(doc, m.first, m.last + 1) + clause_after[:8]
        for i, w in enumerate(window):
            if w[:2] in ("18", "19", "20") and _YEAR.match(w) and int(w) < pub_year and i > 0 and \
                    window[i - 1].lstrip("و") in YEAR_NOUNS:
                if window[i - 1] == "منذ":
                    continue
                return "historical", f"historical:year-{w}"
    if future_time == "past-year":
        return "historical", "historical:date-before-publication-year"
    return "asserted", "asserted"


CLAIM_OPENERS = words("modality", "claim_openers")


def _before_claim(doc: Document, start: int, stop: int) -> list[int]:
    """Token indexes from ``start`` up to a complementizer: in "ووصف X الغارات بأنها عدوان سيزيد ..." the verb
    after بأنها/أن belongs to the claim made about the event, not to the event the noun names."""
    out = []
    for i in range(start, stop):
        if doc.tokens[i].norm in CLAIM_OPENERS:
            break
        out.append(i)
    return out


def _future_verb(tok) -> bool:
    """A verb carrying the future prefix سـ (by the text layer's analysis or the trigger lexicon's)."""
    if any(normalize_word(p.text) == "س" for p in tok.proclitics):
        return True
    n = tok.norm[1:] if tok.norm[:2] in ("وس", "فس") else tok.norm
    if n in COMMON_FUTURE_VERBS:
        return True
    lex = load_lexicon()
    return any(k == "verb" and "س" in pre and not _perfect_only(lex, form) for form, pre, k in lex.analyses(tok.norm))


def _perfect_only(lex, form: str) -> bool:
    """A verb form the lexicon knows only as a perfect: the future سـ takes the imperfect, so سلام (peace) is no
    س + لام (blamed), as the trigger finder already holds."""
    tags = {tag for _, tag in lex.verb_heads.get(form, ())}
    return bool(tags) and tags <= {"perf"}


def _time_relation(doc: Document, m: TriggerMatch, region: tuple[int, int]) -> Optional[str]:
    """"future" if a resolved date in the clause lies after the publication date; "past-year" if in an
    earlier year."""
    if not doc.date or not doc.times:
        return None
    lo, hi = region
    toks = doc.tokens
    a, b = toks[lo].start, toks[hi - 1].end if hi > lo else toks[lo].end
    for t in doc.times:
        if t.value and a <= t.start and t.end <= b and len(t.value) >= 4:
            v = t.value[:10]
            if len(v) == 10 and v > doc.date:
                return "future"
            if v[:4].isdigit() and int(v[:4]) < int(doc.date[:4]):
                return "past-year"
    return None
