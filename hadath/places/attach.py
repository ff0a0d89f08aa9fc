"""An event's location: the place governed by في / بـ near the trigger, in the same clause; else none.

Rules, tried on every place of the trigger's sentence that no clause break separates from the trigger:
  fi-after / fi-before   "بحث ... في بغداد", also through a place noun: "في مدينة حلب", "في شمال سوريا"
  bi-after / bi-before   "اجتمع ببغداد", "بالعاصمة الروسية موسكو" style prefixes on the name or its place noun
  ila-visit              "بزيارة الى موسكو": the destination of a visit/trip trigger is where it happens
  visit-object           "زار موسكو": the object of a visit verb
  ala-after / ala-before "غارة جوية على ريف حلب": the place an attack lands on
The nearest governed place wins (places after the trigger are preferred at equal distance). A place after
a topic noun ("الوضع في اليمن", "الحرب في سوريا") is what is talked about, not where: skipped. Places only
named in the dateline ("ايلاف من لندن") are never governed by في/ب, so the outlet is never taken as location.
"""
from __future__ import annotations

import re
from typing import Optional

from hadath.document import Document, Event, Place
from hadath.places.match import PLACE_NOUNS
from hadath.text.normalize import normalize, peel

MAX_AFTER, MAX_BEFORE = 10, 6  # words between trigger and place
VISIT_OBJECT_GAP = 3  # "زار الرئيس الروسي موسكو"
OTHER_PREPOSITIONS = frozenset({"من", "عن", "علي", "لدي", "مع", "حول", "ضد", "نحو", "عبر", "منذ", "و"})
BEFORE_PENALTY = 1
_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_CLAUSE_BREAK = re.compile(r"[.،,؛;:!؟?\"«»()\[\]\n]")
CLAUSE_WORDS = frozenset({"فيما", "بينما", "حيث", "لكن", "ولكن", "غير", "اما", "واما", "كما", "بعدما", "عندما"})
VISIT_STEMS = ("زيار", "زار", "يزور", "تزور", "سيزور", "ستزور", "توجه", "يتوجه", "وصل", "يصل", "سافر", "يسافر",
               "جول", "قدم", "يقدم", "رحل", "حضر")
ILA = frozenset({"الي", "لي"})  # إلى / الى after normalization (ى -> ي)
FI = frozenset({"في", "وفي", "ففي"})
BI_PREFIXES = ("ب", "وب", "فب")
ALA = frozenset({"علي"})  # على after normalization
# Attacks land "on" a place: "غارة جوية على ريف حلب", "هجوم على بلدة ..."
ATTACK_STEMS = ("غار", "قصف", "هجوم", "هجمات", "هجم", "استهداف", "ضرب", "صاروخ", "صواريخ", "قذائف", "قذيفة")
TOPIC_NOUNS = frozenset({
    "الوضع", "الاوضاع", "الازمة", "الحرب", "الصراع", "النزاع", "التسوية", "الاستقرار", "الامن", "السلام",
    "التطورات", "الاحداث", "الاستثمار", "الاستثمارات", "التدخل", "الوجود", "الانتخابات", "المعارك", "القتال",
    "العمليات", "الازمات", "الحل", "الانتهاكات", "المصالح", "النفوذ", "الديمقراطية", "الارهاب",
})


def _norm(doc: Document):
    return doc.norm if doc.norm is not None else normalize(doc.text)


def _strip_proclitics(w: str) -> str:
    """``w`` without و / ف (then ب), or ب, or ل alone (a ل after و / ف stays), when 3+ letters remain."""
    return peel(w, conj="ل") if w[:1] == "ل" else peel(w, preps="ب")


WORDS_BEFORE_REACH = 80  # characters: a few words back, where ``_words_before`` starts looking


def _words_before(ntext: str, pos: int, lo: int, n: int = 4) -> list[str]:
    """Up to ``n`` words (and punctuation marks) before ``pos``, nearest first, not before ``lo``.
    Only the stretch just before ``pos`` is scanned, from a space (where no word is cut, so the words are those a
    scan from ``lo`` finds there); the whole span from ``lo`` when that stretch holds fewer than ``n`` words."""
    if pos - lo > WORDS_BEFORE_REACH:
        space = ntext.find(" ", pos - WORDS_BEFORE_REACH, pos)
        if space >= 0:
            near = [m.group() for m in _WORD.finditer(ntext, space + 1, pos)]
            if len(near) >= n:
                return near[::-1][:n]
    return [m.group() for m in _WORD.finditer(ntext, lo, pos)][::-1][:n]


def _governor(ntext: str, ns: int, sent_lo: int) -> Optional[str]:
    """"fi" or "bi" if the name at normalized offset ``ns`` is governed by في / بـ (maybe via a place noun)."""
    ws = ns
    while ws > 0 and ntext[ws - 1].isalpha():
        ws -= 1
    prefix = ntext[ws:ns]
    if prefix in BI_PREFIXES:
        return "bi"
    if prefix:
        return None
    before = _words_before(ntext, ws, sent_lo)
    if not before:
        return None
    first = before[0]
    if first in FI:
        return _unless_topic(before[1:], "fi")
    if first in ALA and _is_attack(before[1:]):
        return "ala"
    if any(first.startswith(p) and first[len(p):] in PLACE_NOUNS for p in BI_PREFIXES):
        return "bi"  # "بمدينة حلب", "بالعاصمة موسكو"
    if first in PLACE_NOUNS:
        if len(before) > 1 and before[1] in FI:
            return _unless_topic(before[2:], "fi")
        if len(before) > 1 and before[1] in ALA and _is_attack(before[2:]):
            return "ala"
    return None


def _is_attack(rest: list[str]) -> bool:
    """The word before على (or the one before it: "غارة جوية على") names an attack."""
    return any(_strip_proclitics(w).lstrip("ال").startswith(ATTACK_STEMS) or w.startswith(ATTACK_STEMS)
               for w in rest[:2])


def _unless_topic(rest: list[str], rule: str) -> Optional[str]:
    if rest and _strip_proclitics(rest[0]) in TOPIC_NOUNS:
        return None
    return rule


def _is_visit(trigger: str) -> bool:
    t = _strip_proclitics(trigger)
    return t.startswith(VISIT_STEMS) or trigger.startswith(VISIT_STEMS)


def event_location(doc: Document, event: Event) -> tuple[Optional[Place], str]:
    """The place where ``event`` happens and the rule that found it, or (None, "none")."""
    if not doc.places:
        return None, "none"
    norm = _norm(doc)
    ntext = norm.text
    s_lo, s_hi = norm.from_raw(event.sentence.start), norm.from_raw(event.sentence.end)
    t_lo, t_hi = norm.from_raw(event.trigger.start), norm.from_raw(event.trigger.end)
    trigger = ntext[t_lo:t_hi]
    visit = _is_visit(trigger)
    best: Optional[tuple[tuple[int, bool], Place, str]] = None
    for p in doc.places:
        if not (event.sentence.start <= p.start and p.end <= event.sentence.end):
            continue
        ps, pe = norm.from_raw(p.start), norm.from_raw(p.end)
        if pe <= t_lo:
            between, after = ntext[pe:t_lo], False
        elif ps >= t_hi:
            between, after = ntext[t_hi:ps], True
        else:
            continue  # the trigger is inside the place name
        if _CLAUSE_BREAK.search(between):
            continue
        words = _WORD.findall(between)
        if any(w in CLAUSE_WORDS for w in words):
            continue
        gap = len(words)
        if gap > (MAX_AFTER if after else MAX_BEFORE):
            continue
        rule = _governor(ntext, ps, s_lo)
        if rule is None and visit and after:
            ws = ps
            while ws > 0 and ntext[ws - 1].isalpha():
                ws -= 1
            prev = _words_before(ntext, ws, s_lo, 1)
            if prev and prev[0] in ILA:
                rule = "ila-visit"
            elif gap <= VISIT_OBJECT_GAP and not (prev and prev[0] in OTHER_PREPOSITIONS):
                rule = "visit-object"
        elif rule is not None:
            rule = f"{rule}-{'after' if after else 'before'}"
        if rule is None:
            continue
        dist = gap + (0 if after else BEFORE_PENALTY)
        key = (dist, not after)
        if best is None or key < best[0]:
            best = (key, p, rule)
    if best is None:
        return None, "none"
    return best[1], best[2]
