"""Resolving a found expression to ISO dates against the publication date.

Output convention: ``value`` is the first day the expression covers and ``end_value`` the last one (None
for a single day), both ``YYYY-MM-DD``; ``granularity`` (day | week | month | year) says how precise the
text was. So "الشهر الماضي" in a 2020-11-26 article is 2020-10-01 .. 2020-10-31, granularity month, and a
week runs Monday..Sunday (ISO 8601).

Direction rules (documented in docs/time.md):
- a bare weekday is the most recent such day on or before the publication date (news reports what
  happened), the next one on or after it when its clause is in the future (سيزور ... الخميس), and the
  nearer of the two when the clause's verb is imperfective (يعقد المجلس جلسة الجمعة);
- weekday + المقبل/القادم is the next such day strictly after the publication date, + الماضي/المنصرم the
  last one strictly before;
- a date without a year takes the year that puts it closest to the publication date, counting days into
  the future three times (a past reading wins unless the future one is much closer); in a future clause,
  the first one on or after the publication date.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from hadath.quantities.numbers import parse_number
from hadath.time import hijri
from hadath.time.expressions import Found, _canon, modifiers, months, ordinals, periods, relative_days, weekdays

HIJRI_MARKS = ("ه", "هـ", "للهجرة", "هجري", "هجرية", "هجريا")
FUTURE_WEIGHT = 3


@dataclass
class Resolved:
    value: Optional[str]
    end_value: Optional[str]
    granularity: Optional[str]
    rule: str


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d else None


def _span(start: date, end: date, granularity: str, rule: str) -> Resolved:
    return Resolved(_iso(start), _iso(end) if end != start else None, granularity, rule)


def _day(d: Optional[date], rule: str) -> Resolved:
    return Resolved(_iso(d), None, "day" if d else None, rule)


def _unresolved(granularity: str, rule: str) -> Resolved:
    return Resolved(None, None, granularity, rule)


def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _closest(cands: list[date], pub: date, future: bool) -> Optional[date]:
    cands = [c for c in cands if c]
    if not cands:
        return None
    if future:
        ahead = [c for c in cands if c >= pub]
        return min(ahead) if ahead else max(cands)
    return min(cands, key=lambda c: (pub - c).days if c <= pub else FUTURE_WEIGHT * (c - pub).days)


def _is_hijri(month_name: Optional[str], cal: Optional[str], year: Optional[int] = None) -> bool:
    if month_name and months()[_canon(month_name)].calendar == "hijri":
        return True
    if cal in HIJRI_MARKS:
        return True
    return year is not None and 1343 <= year <= 1500


def _pick(cands: list[Optional[date]], pub: date, future: bool, direction: Optional[int]) -> Optional[date]:
    """Among the same day-month in neighbouring years: by modifier (المقبل/الماضي/الجاري), else closest."""
    cands = [c for c in cands if c]
    if direction is not None and direction > 0:
        return min((c for c in cands if c > pub), default=None)
    if direction is not None and direction < 0:
        return max((c for c in cands if c < pub), default=None)
    if direction == 0 and len(cands) == 3:
        return cands[1]
    return _closest(cands, pub, future)


def _dmy(y: Optional[int], m: int, d: int, hij: bool, pub: Optional[date], future: bool,
         direction: Optional[int] = None) -> Resolved:
    if y is not None:
        g = hijri.to_gregorian(y, m, d) if hij else _safe_date(y, m, d)
        return _day(g, "hijri-date" if hij else "explicit-date")
    if pub is None:
        return _unresolved("day", "yearless-date-no-anchor")
    if hij:
        hy = hijri.from_gregorian(pub)
        if hy is None:
            return _unresolved("day", "hijri-out-of-range")
        cands = [hijri.to_gregorian(hy[0] + k, m, d) for k in (-1, 0, 1)]
        return _day(_pick(cands, pub, future, direction), "hijri-date-inferred-year")
    cands = [_safe_date(pub.year + k, m, d) for k in (-1, 0, 1)]
    return _day(_pick(cands, pub, future, direction), "date-inferred-year")


def _month(y: int, m: int, hij: bool, rule: str) -> Resolved:
    if hij:
        b = hijri.month_bounds(y, m)
        return _span(b[0], b[1], "month", rule) if b else _unresolved("month", rule)
    return _span(*month_bounds(y, m), "month", rule)


def _month_relative(m: int, hij: bool, direction: Optional[int], pub: Optional[date], future: bool,
                    rule: str) -> Resolved:
    if pub is None:
        return _unresolved("month", rule + "-no-anchor")
    if hij:
        h = hijri.from_gregorian(pub)
        if h is None:
            return _unresolved("month", rule)
        py, pm = h[0], h[1]
    else:
        py, pm = pub.year, pub.month
    if direction in (1, 2):
        y = (py if m > pm else py + 1) + (direction - 1)
    elif direction in (-1, -2):
        y = (py if m < pm else py - 1) + (direction + 1)
    elif direction == 0 or m == pm:
        y = py
    else:
        back, ahead = (pm - m) % 12, (m - pm) % 12
        if future:
            y = py if m >= pm else py + 1
        else:
            y = py - (1 if m > pm else 0) if back <= FUTURE_WEIGHT * ahead else py + (1 if m < pm else 0)
    return _month(y, m, hij, rule)


def _year(y: int, hij: bool, rule: str) -> Resolved:
    if hij:
        b = hijri.year_bounds(y)
        return _span(b[0], b[1], "year", "hijri-" + rule) if b else _unresolved("year", rule)
    return _span(date(y, 1, 1), date(y, 12, 31), "year", rule)


def _shift(pub: date, unit: str, n: int) -> tuple[date, date, str]:
    """The period ``n`` units away from ``pub`` (n may be negative): its bounds and granularity."""
    if unit == "day":
        d = pub + timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        return (*week_bounds(pub + timedelta(weeks=n)), "week")
    if unit == "month":
        return (*month_bounds(*add_months(pub.year, pub.month, n)), "month")
    return date(pub.year + n, 1, 1), date(pub.year + n, 12, 31), "year"


def weekday_date(pub: date, wd: int, direction: Optional[int], tense: str = "past") -> date:
    """The weekday ``wd`` near ``pub``: +1 next (strictly after), -1 last (strictly before), 0 this week;
    bare: the last one on or before ``pub``, the next one on or after it in a future clause, the nearest
    one in a present-tense clause (يعقد المجلس جلسة الجمعة)."""
    delta = (wd - pub.weekday()) % 7
    if direction in (2, -2):  # الخميس قبل الماضي / بعد المقبل: one more week out
        return weekday_date(pub, wd, direction // 2, tense) + timedelta(weeks=direction // 2)
    if direction == 1:
        return pub + timedelta(days=delta or 7)
    if direction == -1:
        back = (pub.weekday() - wd) % 7
        return pub - timedelta(days=back or 7)
    if direction == 0:
        return week_bounds(pub)[0] + timedelta(days=wd)
    back = (pub.weekday() - wd) % 7
    if tense == "future" or (tense == "present" and delta < back):
        return pub + timedelta(days=delta)
    return pub - timedelta(days=back)


def _unit_of(f: Found) -> Optional[str]:
    per = f.groups.get("per")
    if f.kind == "period":
        return {"اسبوع": "week", "شهر": "month"}.get(per, "year")
    return periods()[_canon(per)][0] if per else None


def _count(g: dict) -> Optional[int]:
    unit, count = periods()[_canon(g["per"])]
    if g.get("num"):
        n = parse_number(g["num"])
        if n is None:
            return None
        return int(n) * max(count, 1)
    return count or None


def resolve(f: Found, pub: Optional[date], tense: str = "past") -> Resolved:
    """Resolve one expression; ``tense`` is the clause's: "future" (سوف، سيزور، من المقرر ...), "present"
    (a clause-opening imperfective verb: يعقد), "present-weak" or "past" (the default for news).
    Dates beyond the calendar's range (year 0 or 10000) leave the value unresolved."""
    try:
        return _resolve(f, pub, tense)
    except (ValueError, OverflowError):
        return _unresolved(_unit_of(f) or "day", f.kind + "-out-of-range")


def _resolve(f: Found, pub: Optional[date], tense: str) -> Resolved:
    future = tense == "future"
    g = f.groups
    mod_word = g.get("mod") or g.get("mod2")
    mod = modifiers().get(_canon(mod_word)) if mod_word else None
    k = f.kind
    if k == "dmy":
        day = int(g["day"]) if g.get("day") else ordinals()[_canon(g["ord"])]
        m = months()[_canon(g["month"])].number
        y = int(g["year"]) if g.get("year") else None
        r = _dmy(y, m, day, _is_hijri(g["month"], g.get("cal")), pub, future, mod)
        if g.get("d1") and r.value:  # من 12 إلى 15 مارس: a range ending on the matched day
            end = date.fromisoformat(r.value)
            start = end - timedelta(days=day - int(g["d1"]))
            return Resolved(start.isoformat(), end.isoformat(), "day", r.rule + "+range")
        return r
    if k == "numeric":
        if g.get("y"):
            y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
            if m > 12 and d <= 12:
                m, d = d, m
        else:
            y, m, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
        return _dmy(y, m, d, _is_hijri(None, g.get("cal"), y), pub, future)
    if k == "month_year":
        y, m = int(g["year"]), months()[_canon(g["month"])].number
        return _month(y, m, _is_hijri(g["month"], g.get("cal"), y), "month-year")
    if k in ("month_mod", "month_bare"):
        name = g.get("month") or g.get("month3")
        mo = months()[_canon(name)]
        return _month_relative(mo.number, mo.calendar == "hijri", mod, pub, future,
                               "month-" + ("modifier" if k == "month_mod" else "bare"))
    if k in ("year", "year_lead"):
        y = int(g["year"])
        hij = "hj" in g or (_is_hijri(None, g.get("cal"), y) and g.get("cal") in HIJRI_MARKS)
        r = _year(y, hij, "year")
        if g.get("year_end") and r.value:  # بين عامي 2015 و2016: one range
            last = _year(int(g["year_end"]), hij, "year")
            return Resolved(r.value, last.end_value, "year", r.rule + "+range")
        return r
    if pub is None:
        return _unresolved(_unit_of(f) or "day", k + "-no-anchor")
    if k == "month_relyear":  # سبتمبر من العام الماضي: the publication's year moved by the modifier
        mo = months()[_canon(g["month"])]
        if mo.calendar == "hijri":
            h = hijri.from_gregorian(pub)
            return _month(h[0] + (mod or 0), mo.number, True, "month-relative-year") if h else \
                _unresolved("month", "month-relative-year")
        return _month(pub.year + (mod or 0), mo.number, False, "month-relative-year")
    if k == "weekday":
        wd = weekdays()[g["wd"]]
        rule = "weekday" + {2: "-after-next", 1: "-next", -1: "-last", -2: "-before-last", 0: "-this-week",
                            None: "-" + tense}[mod]
        return _day(weekday_date(pub, wd, mod, tense), rule)
    if k == "relative":
        off = relative_days()[_canon(g["rel"])]
        day = pub + timedelta(days=off)
        wd = g.get("wd2") or g.get("wd3")
        if wd:  # أمس (الجمعة): the named weekday nearest to the relative day wins (crawl dates drift)
            delta = (weekdays()[wd] - day.weekday()) % 7
            return _day(day + timedelta(days=delta if delta <= 3 else delta - 7), "relative-day+weekday")
        return _day(day, "relative-day")
    if k == "period":
        unit = _unit_of(f)
        s, e, gran = _shift(pub, unit, mod or 0)
        return _span(s, e, gran, "period-" + {1: "next", -1: "last", 2: "after-next", -2: "before-last"}
                     .get(mod or 0, "this"))
    if k == "ago":
        unit = periods()[_canon(g["per"])][0]
        n = _count(g)
        if n is None:
            return _unresolved(unit, "ago-no-count")
        sign = 1 if g["dir"] == "بعد" else -1
        if sign > 0 and tense == "past":  # تطلقا بعد عشرة أعوام: counted from another event, not from today
            return _unresolved(unit, "after-past-narrative")
        try:
            s, e, gran = _shift(pub, unit, sign * n)
        except (ValueError, OverflowError):  # منذ 125 مليون سنة
            return _unresolved(unit, "ago-out-of-range")
        return _span(s, e, gran, "ago" if sign < 0 else "after")
    return _unresolved("day", "unknown")


def duration_days(g: dict, value: date, granularity: str) -> Optional[date]:
    """Last day of a duration (تستغرق يومين) that starts on ``value``; None if it leaves the calendar."""
    try:
        return _duration_end(g, value)
    except (ValueError, OverflowError):
        return None


def _duration_end(g: dict, value: date) -> Optional[date]:
    unit = periods()[_canon(g["per"])][0]
    n = _count(g)
    if not n:
        return None
    if unit == "day":
        return value + timedelta(days=n - 1)
    if unit == "week":
        return value + timedelta(days=7 * n - 1)
    if unit == "month":
        y, m = add_months(value.year, value.month, n)
        return _safe_date(y, m, value.day) - timedelta(days=1) if _safe_date(y, m, value.day) else None
    return _safe_date(value.year + n, value.month, value.day) - timedelta(days=1) \
        if _safe_date(value.year + n, value.month, value.day) else None
