"""Sentence and clause context in normalized text: where clauses start, and whether a clause is future.

Clauses split at commas/semicolons/colons and at the words in ``data/clause_breaks.txt`` (إن، أن، عن،
فيما ...): in "قال الخميس إن الوزير سيزور موسكو الأربعاء المقبل" the saying and the visit get separate dates.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from hadath.time.expressions import word_list

_SENT_END = re.compile(r"[.!?؟؛\n]+")
_PUNCT_BREAK = re.compile(r"[،,;؛:]")
_WORD = re.compile(r"[^\s،,.؛;:!؟?()«»\"'\-]+")
_FUTURE_VERB = re.compile(r"^[وف]?س[يتن]\w{2,}$")  # سيزور، ستعقد، سنعمل (not سأ: quotes only)


def sentence_bounds(doc, norm) -> list[tuple[int, int]]:
    """Sentences as normalized spans: the document's own, or a plain split when it has none."""
    if doc.sentences:
        return [(norm.from_raw(s.start), norm.from_raw(s.end)) for s in doc.sentences]
    out, pos = [], 0
    for m in _SENT_END.finditer(norm.text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(norm.text):
        out.append((pos, len(norm.text)))
    return out


def sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence (from ``sentence_bounds``, sorted) that holds normalized offset ``pos``."""
    i = bisect.bisect_right(bounds, (pos, float("inf"))) - 1
    return bounds[max(i, 0)] if bounds else (0, pos + 1)


@lru_cache(maxsize=1)
def _break_words() -> frozenset[str]:
    return word_list("clause_breaks.txt")


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Positions in text[start:end] where a clause begins (the sentence start included)."""
    starts = [start]
    breaks = _break_words()
    for m in _PUNCT_BREAK.finditer(text, start, end):
        starts.append(m.end())
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        if w in breaks or (len(w) > 2 and w[0] in "وف" and w[1:] in breaks):
            starts.append(m.start())
    return sorted(set(starts))


def clause_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def is_future_word(w: str) -> bool:
    if w in word_list("future_markers.txt"):
        return True
    if _FUTURE_VERB.match(w):
        core = w[1:] if w[0] in "وف" and w[1] == "س" else w
        if core.endswith(("ة", "ات", "ين")):
            return False  # سنية، سيارات، ستين: nouns, not future verbs
        return not _listed(core, "not_future.txt")
    return False


@lru_cache(maxsize=None)
def _word_and_prefixes(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    items = word_list(name)
    return (frozenset(i for i in items if not i.endswith("-")),
            tuple(i[:-1] for i in items if i.endswith("-")))


def _listed(word: str, name: str) -> bool:
    """``word`` is in list ``name`` (whole words, or prefixes written with a trailing "-")."""
    words, prefixes = _word_and_prefixes(name)
    return word in words or word.startswith(prefixes)


_PRESENT_VERB = re.compile(r"^[وف]?[يت]\w{3,}$")


def is_present_word(w: str) -> bool:
    """An imperfective verb (يعقد، تبدأ، ويلتقي), not a noun such as يوم، يناير، تقرير، تظاهرات."""
    if not _PRESENT_VERB.match(w):
        return False
    core = w[1:] if w[0] in "وف" and len(w) > 4 else w
    if core[0] == "ت" and core.endswith(("ات", "ة", "ية")):
        return False  # تداولات، تسوية، تاريخية: nouns and adjectives, not تعقد / تبدأ
    return not _listed(core, "not_present.txt")


_HEADLINE_NOUNS = frozenset("وزير رئيس ملك امير امين وفد سفير مبعوث قائد نائب ولي".split())


def is_travel_headline(text: str, pos: int, sent_start: int, sent_end: int) -> bool:
    """A short verbless line with إلى before the date: "وزير الخارجية العراقي الى موسكو الاربعاء" announces
    a trip (news headlines drop the future verb)."""
    line = text[sent_start:sent_end].strip()
    if not line or line[-1] in ".!?؟…" or "\n" in line:
        return False
    words = _WORD.findall(line)
    before = _WORD.findall(text[sent_start:pos])
    if not before or len(words) > 10 or "الي" not in before or any(is_present_word(w) for w in before):
        return False
    forms = (before[0], before[0][1:]) if before[0][0] in "وف" else (before[0],)
    # a nominal line ("الرئيس الفرنسي إلى الجزائر الأحد"), not a verbal one ("وصل الوزير إلى ...")
    return any(f.startswith("ال") or f in _HEADLINE_NOUNS for f in forms)


def clause_tense(text: str, pos: int, sent_start: int, window: int = 8, sent_end: int | None = None) -> str:
    """The tense of the clause before ``pos``: "future" (a future marker, or a verbless travel headline),
    "present" (the clause opens with a ي-imperfective verb: ويعقد مجلس الأمن جلسة ...), "present-weak" (an
    imperfective-looking word elsewhere in it; ت-forms are ambiguous with Form V/VI perfects such as تسلم)
    or "past", the default for news."""
    if is_future(text, pos, sent_start, window):
        return "future"
    if sent_end is not None and is_travel_headline(text, pos, sent_start, sent_end):
        return "future"
    lo = max(sent_start, pos - 120)
    chunk = text[lo:pos]
    cut = max((m.end() for m in _PUNCT_BREAK.finditer(chunk)), default=0)
    words = _WORD.findall(chunk[cut:])
    breaks = _break_words()
    clause: list[str] = []
    for w in reversed(words):
        if w in breaks:
            break
        clause.insert(0, w)
    clause_start = lo == sent_start or cut > 0 or len(clause) < len(words)  # clause[0] really opens it
    if clause and clause_start and len(clause) <= window and is_present_word(clause[0]) \
            and clause[0].lstrip("وف").startswith("ي"):
        return "present"
    if any(is_present_word(w) for w in clause[-window:]):
        return "present-weak"
    return "past"


def is_future(text: str, pos: int, sent_start: int, window: int = 8) -> bool:
    """True when a future marker precedes ``pos`` in its clause (up to ``window`` words back)."""
    lo = max(sent_start, pos - 120)
    chunk = text[lo:pos]
    cut = max((m.end() for m in _PUNCT_BREAK.finditer(chunk)), default=0)
    words = _WORD.findall(chunk[cut:])[-window:]
    breaks = _break_words()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if is_future_word(w):
            return True
        if w in breaks and w != "عن":
            # من المقرر أن / يعتزم أن: the marker governs the clause it introduces
            return i > 0 and is_future_word(words[i - 1])
    return False
