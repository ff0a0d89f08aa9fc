"""Finding date expressions in normalized text: one precompiled regex per form, built from the data files.

Every pattern names the span it reports with group ``x`` (context words such as في or منذ stay outside it),
and the kind of expression with its key in :func:`patterns`. Overlapping matches are reduced to the longest
(``الخميس 12 مارس 2020`` beats ``الخميس`` and ``مارس 2020``). Words must stand alone: a match may only
start after a space, punctuation or a proclitic (و ف ب ل ك), and end before a non-letter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.quantities.numbers import number_pattern, url_spans
from hadath.text.normalize import normalize_word

DATA_DIR = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


def _alt(words) -> str:
    """Regex alternation, longest first; a space in a phrase matches any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Month:
    number: int
    calendar: str  # gregorian | hijri
    context: int  # 0 free, 1 needs a day/year/شهر/modifier, 2 needs a year or هـ


@lru_cache(maxsize=1)
def months() -> dict[str, Month]:
    return {normalize_word(r[0]): Month(int(r[1]), r[2], int(r[3])) for r in _rows("months.tsv")}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    return {normalize_word(r[0]): int(r[1]) for r in _rows("weekdays.tsv")}


@lru_cache(maxsize=1)
def relative_days() -> dict[str, int]:
    return {normalize_word(r[0]): int(r[1]) for r in _rows("relative_days.tsv")}


@lru_cache(maxsize=1)
def modifiers() -> dict[str, int]:
    return {normalize_word(r[0]): int(r[1]) for r in _rows("modifiers.tsv")}


@lru_cache(maxsize=1)
def periods() -> dict[str, tuple[str, int]]:
    return {normalize_word(r[0]): (r[1], int(r[2])) for r in _rows("periods.tsv")}


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    return {normalize_word(r[0]): int(r[1]) for r in _rows("ordinals.tsv")}


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    return frozenset(normalize_word(r[0]) for r in _rows(name))


def _canon(s: str) -> str:
    return " ".join(s.split())


_B = r"(?<!\w)[وف]?(?:[بك](?=ال))?"  # left edge: nothing glued before but a conjunction or ب/ك + article
_E = r"(?!\w)"
_DEF = r"(?:ال|لل)"  # article, or ل + article = لل
_CAL = r"(?:\s*(?P<cal>هـ|ه|للهجرة|هجري|هجرية|هجريا|م|ميلادي|ميلادية|ميلاديا)(?!\w))?"
_ABOUT = r"(?:اكثر\s+من|اقل\s+من|نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب|ما\s+يزيد\s+علي)"  # approximations
_LEADS = r"في|منذ|خلال|حتي|مطلع|بداية|اوائل|منتصف|اواسط|اواخر|نهاية|مع|قبل|بعد|وفي|ومنذ|وخلال|وحتي"

# Each kind, in the order tried; all share the group ``x`` for the reported span.
KINDS = ("dmy", "numeric", "month_year", "month_relyear", "month_mod", "month_bare", "year", "year_lead", "weekday",
         "relative", "period", "ago")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    mon = _alt(months())
    wd = _alt(weekdays())
    mods = _alt(modifiers())
    parts = _alt(normalize_word(r[0]) for r in _rows("day_parts.txt"))
    rel = _alt(relative_days())
    per = _alt(periods())
    ords = _alt(ordinals())
    num = number_pattern()
    # مارس/آذار، آذار (مارس)، مارس اذار; a closing bracket only when one was opened
    month2 = rf"(?:(?:(?P<open>\s*\(\s*)|\s*[/-]\s*|\s+)(?P<month2>{mon})(?(open)\s*\)))?"
    weekday_head = rf"(?:(?:{parts})\s+)?{_DEF}(?P<wd0>{wd})\s*[،,(]?\s*(?:(?:ال)?موافق\s+(?:ل)?)?"
    year_tail = rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:ال)?عام|(?:ال)?سنة)?\s*(?P<year>\d{{4}}))?"
    src = {
        "dmy": rf"{_B}(?P<x>(?:{weekday_head})?(?:(?:(?:من|بين|يومي)\s+)?(?:ال)?(?P<d1>\d{{1,2}})\s*(?:-|الي|حتي|و)\s*)?"
               rf"(?:(?:ال)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<ord>{ords})\s+من\s+)"
               rf"(?:شهر\s+)?(?P<month>{mon}){month2}(?:\s+(?P<mod2>{mods}))?{year_tail}{_CAL}"
               rf"(?:\s+(?P<mod>{mods}))?){_E}",
        "numeric": rf"{_B}(?P<x>(?:{weekday_head})?(?<![\w/.:-])(?:(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                   rf"(?P<y>\d{{4}})|(?P<y2>\d{{4}})(?P<sep2>[/.-])(?P<m2>\d{{1,2}})(?P=sep2)(?P<d2>\d{{1,2}})){_CAL})"
                   r"(?![\w/]|[.-]\d)",
        "month_year": rf"{_B}(?P<x>(?:شهر\s+)?(?P<month>{mon}){month2}\s*[،,]?\s*(?:من\s+)?"
                      rf"(?:(?:ال)?عام\s+|(?:ال)?سنة\s+)?(?P<year>\d{{4}}){_CAL}){_E}",
        # سبتمبر (من) العام الماضي: that month of the year before the publication's, not the coming September
        "month_relyear": rf"{_B}(?P<x>(?:شهر\s+)?(?P<month>{mon}){month2}\s*[،,]?\s*(?:من\s+)?"
                         rf"(?:ال)?(?:عام|سنة)\s+(?P<mod>{mods})){_E}",
        "month_mod": rf"{_B}(?P<x>(?:شهر\s+)?(?P<month>{mon}){month2}\s+(?P<mod>{mods})){_E}",
        "month_bare": rf"(?<!\w)(?:(?P<lead>{_LEADS})\s+(?P<x>(?:شهر\s+)?(?P<month>{mon}){month2})"
                      rf"|{_B}(?P<x2>شهر\s+(?P<month3>{mon}))){_E}",
        "year": rf"{_B}(?:[بلك](?=عام|سنة))?(?P<x>{_DEF}?(?:عام|سنة|عامي)\s+(?:(?P<hj>(?:ال)?هجري(?:ة)?)\s+)?"
                rf"(?P<year>\d{{4}})"
                rf"(?:\s*(?:-|و|الي|حتي)\s*(?:(?:عام|سنة)\s+)?(?P<year_end>\d{{4}}))?{_CAL}){_E}",
        "year_lead": rf"(?<!\w)(?P<lead>{_LEADS})\s+(?P<x>(?P<year>\d{{4}}){_CAL})(?![\w%]|\s*[.,]?\d)",
        "weekday": rf"{_B}(?P<x>(?:(?:{parts})\s+)?{_DEF}(?P<wd>{wd})(?:\s+(?P<mod>{mods}))?){_E}",
        "relative": rf"{_B}(?P<x>(?:(?:{parts})\s+)?(?P<rel>{rel})(?:\s+(?P<mod>{mods}))?"
                    rf"(?:\s*\(\s*{_DEF}(?P<wd2>{wd})\s*\)|\s+{_DEF}(?P<wd3>{wd})(?!\s+(?:{mods})))?){_E}",
        "period": rf"(?:(?<!\w)[وفب]?(?P<edge>مطلع|بداية|مستهل|نهاية|منتصف|اواخر|اوائل|اواسط)\s+|{_B})"
                  rf"(?P<x>(?P<this>(?:هذا|هذه)\s+)?{_DEF}(?P<per>اسبوع|شهر|عام|سنة)(?:\s+(?P<mod>{mods}))?){_E}",
        "ago": rf"{_B}(?P<x>(?P<dir>منذ|قبل|بعد)\s+(?:{_ABOUT}\s+)?(?:(?P<num>{num})\s+)?(?P<per>{per})){_E}",
    }
    return {k: re.compile(v) for k, v in src.items()}


@lru_cache(maxsize=1)
def duration_re() -> re.Pattern:
    per = _alt(periods())
    return re.compile(
        rf"{_B}(?P<x>(?:تستغرق|يستغرق|تستمر|يستمر|تدوم|يدوم|لمدة|مدتها|مدته|علي\s+مدي|علي\s+مدار)\s+"
        rf"(?:(?P<num>{number_pattern()})\s+)?(?P<per>{per})){_E}"
    )


@dataclass
class Found:
    """One expression in normalized text."""

    kind: str
    start: int
    end: int
    groups: dict


def _span(m: re.Match) -> tuple[int, int]:
    for g in ("x", "x2"):
        if m.group(g) is not None:
            return m.span(g)
    return m.span()


WINDOW = 70  # chars around an anchor word searched by the full patterns (longer than any expression)
_DIGITS = re.compile(r"[0-9]+")
# Which anchor group each kind of expression needs (every expression contains one of its group's words).
KIND_ANCHORS = {
    "dmy": "month", "month_year": "month", "month_relyear": "month", "month_mod": "month", "month_bare": "month",
    "numeric": "numsep", "year": "year4", "year_lead": "year4", "weekday": "weekday",
    "relative": "relative", "period": "period", "ago": "period", "duration": "period",
}


@lru_cache(maxsize=1)
def _anchor_automaton():
    """Aho-Corasick automaton over the words each kind of expression must contain (month, weekday ...)."""
    import ahocorasick

    groups = {
        "month": {m if len(m) > 3 else " " + m for m in months()},
        "weekday": {p + w for w in weekdays() for p in ("ال", "لل")},
        "relative": {w for w in relative_days() if len(w) > 2} | {" غد"},
        "period": set(periods()) | {"اسبوع", "شهر", "عام", "سنة"},
    }
    auto = ahocorasick.Automaton()
    for group, words in groups.items():
        for w in words:
            old = auto.get(w, (len(w), ()))
            auto.add_word(w, (len(w), old[1] + (group,)))
    auto.make_automaton()
    return auto


_LAST_REGIONS: tuple = ("", {})  # (text, regions): the stage asks twice per document (dates, then durations)


def anchor_regions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per anchor group, the disjoint stretches of ``text`` that may hold such an expression (do not mutate).

    Running a dozen alternation-heavy regexes over a whole article is what made this stage slow; an
    Aho-Corasick pass plus one digit scan finds the few places worth matching, and each pattern only runs
    there."""
    global _LAST_REGIONS
    last_text, last = _LAST_REGIONS
    if text is last_text or text == last_text:
        return last
    regions = _anchor_regions(text)
    _LAST_REGIONS = (text, regions)
    return regions


def _anchor_regions(text: str) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for end, (n, groups) in _anchor_automaton().iter(text):
        for g in groups:
            hits.setdefault(g, []).append((end - n + 1, end + 1))
    for m in _DIGITS.finditer(text):
        s, e = m.span()
        if e - s == 4:
            hits.setdefault("year4", []).append((s, e))
        if e < len(text) - 1 and text[e] in "/.-" and text[e + 1].isdigit():
            hits.setdefault("numsep", []).append((s, e))
    return {g: _merge(h, len(text), text) for g, h in hits.items()}


def _merge(hits: list[tuple[int, int]], n: int, text: str) -> list[tuple[int, int]]:
    hits.sort()
    regions: list[tuple[int, int]] = []
    for s, e in hits:
        lo, hi = max(0, s - WINDOW), min(n, e + WINDOW)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], hi))
        else:
            regions.append((lo, hi))
    out = []
    for lo, hi in regions:  # never cut a word at the right edge: (?!\w) would see a false end of text
        while hi < n and (text[hi].isalnum() or text[hi] == "_"):
            hi += 1
        out.append((lo, hi))
    return out


def find_expressions(text: str) -> list[Found]:
    """All date expressions in normalized ``text``, overlaps reduced to the longest, in text order."""
    urls = url_spans(text)
    cands: list[Found] = []
    regions = anchor_regions(text)
    for kind, rx in patterns().items():
        for m in (m for lo, hi in regions.get(KIND_ANCHORS[kind], ()) for m in rx.finditer(text, lo, hi)):
            s, e = _span(m)
            if any(us <= s < ue for us, ue in urls):
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if not _plausible(kind, g, text, s, e):
                continue
            cands.append(Found(kind, s, e, g))
    cands.sort(key=lambda f: (-(f.end - f.start), KINDS.index(f.kind), f.start))
    kept: list[Found] = []
    taken = bytearray(len(text) + 1)
    for f in cands:
        if not any(taken[f.start:f.end]):
            kept.append(f)
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    kept.sort(key=lambda f: f.start)
    return kept


def find_durations(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Duration phrases (تستغرق يومين، لمدة ثلاثة أيام) in normalized ``text[start:end]``; a whole text is
    only scanned around its period words."""
    if start == 0 and end is None:
        spans = anchor_regions(text).get(KIND_ANCHORS["duration"], [])
    else:
        spans = [(start, len(text) if end is None else end)]
    return [Found("duration", *m.span("x"), {k: v for k, v in m.groupdict().items() if v is not None})
            for lo, hi in spans for m in duration_re().finditer(text, lo, hi)]


_DUAL_VERB = re.compile(r"^(?:[وف]?س?[يت]\w+ان|معا)$")


def _prev_word(text: str, s: int) -> str:
    words = text[max(0, s - 30):s].split()
    return words[-1] if words else ""


def _next_word(text: str, e: int) -> str:
    words = text[e:e + 30].split()
    return words[0] if words else ""


@lru_cache(maxsize=1)
def _ordinal_heads() -> frozenset[str]:
    return frozenset(o.split()[0] for o in ordinals())


def _plausible(kind: str, g: dict, text: str, s: int, e: int) -> bool:
    """Reject look-alikes: العام "general", اليوم العالمي, بين الاثنين, آب "father", bare yearless years."""
    if kind in ("month_mod", "month_bare", "dmy", "month_year", "month_relyear"):
        month = months()[_canon(g.get("month") or g.get("month3"))]
        if kind == "month_bare" and month.context and not text[s:e].startswith("شهر"):
            return False
        if kind == "dmy" and month.context == 2 and "year" not in g and "cal" not in g:
            return False
        if kind == "dmy" and "day" in g and not 1 <= int(g["day"]) <= 31:
            return False
        if kind == "dmy" and "d1" in g and not 1 <= int(g["d1"]) < int(g.get("day", 0)):
            return False
    if kind in ("year", "year_lead"):
        y = int(g["year"])
        hijri = g.get("cal", "") in ("ه", "هـ", "للهجرة", "هجري", "هجرية", "هجريا") or "hj" in g
        if not (1343 <= y <= 1500 if hijri else 1800 <= y <= 2100):
            return False
        if "year_end" in g and not 0 < int(g["year_end"]) - y <= 100:
            return False
    if kind == "year_lead":
        # في 1300 عسكري / منذ 2000 جندي: a count, not a year
        from hadath.quantities.units import unit_after_re

        if unit_after_re().match(text, e):
            return False
    if kind == "period":
        if "mod" not in g and "this" not in g and "edge" not in g:  # منذ بداية العام = this year
            return False
        prev = _prev_word(text, s)
        if g["per"] == "عام" and prev.lstrip("وفبل") in word_list("not_year.txt") | {"امين", "مدير"}:
            return False
    if kind == "relative":
        rel = _canon(g["rel"])
        if rel == "اليوم" and "mod" not in g:
            nxt, prev = _next_word(text, e), _prev_word(text, s)
            bad = word_list("not_today.txt")
            nxt = nxt.strip("،,.")
            if nxt in bad or ("<" + prev) in bad or nxt in _ordinal_heads():  # اليوم الثامن من رمضان
                return False
        if rel in ("الليلة",) and g.get("mod") and modifiers()[_canon(g["mod"])] > 0:
            return False
        if rel == "الامس" and _next_word(text, e).startswith("القريب"):
            return False  # بالأمس القريب: "recently"
    if kind == "weekday":
        prev = _prev_word(text, s)
        if g["wd"] == "اثنين" and (prev in ("بين", "كلا", "هذين") or _DUAL_VERB.match(_next_word(text, e))):
            return False  # بين الاثنين، الاثنين سيلتقيان: "the two", not Monday
    if kind == "ago":
        unit, count = periods()[_canon(g["per"])]
        if count == 0 and "num" not in g:
            return False
        if _next_word(text, e) in ("من", "علي"):
            return False  # قبل يومين من الانتخابات، بعد أسبوع من الهجوم: relative to another event
        if g["dir"] == "بعد" and _prev_word(text, s) in periods():
            return False  # يوما بعد يوم، عاما بعد عام: "day after day"
    return True
