"""Hijri (Umm al-Qura) dates through the hijridate package; out-of-range or invalid dates give None."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from hijridate import Gregorian, Hijri


def to_gregorian(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def from_gregorian(d: date) -> Optional[tuple[int, int, int]]:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def month_bounds(year: int, month: int) -> Optional[tuple[date, date]]:
    try:
        h = Hijri(year, month, 1)
        start = date(*h.to_gregorian().datetuple())
        return start, start + timedelta(days=h.month_length() - 1)
    except (ValueError, OverflowError):
        return None


def year_bounds(year: int) -> Optional[tuple[date, date]]:
    first, last = month_bounds(year, 1), month_bounds(year, 12)
    if not first or not last:
        return None
    return first[0], last[1]
