"""Date expressions from tests/time/data/expressions.tsv, resolved against their publication dates.

The fixture holds every form (weekdays, relative days, periods, both month-name systems, Maghreb names,
numeric and Arabic-Indic dates, years, Hijri dates, "منذ ثلاثة أيام", durations) and look-alikes that must
not be read as dates. The bar is 95% right; the misses are listed as known gaps in docs/time.md.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import Document
from hadath.time.stage import find_times

FIXTURE = Path(__file__).resolve().parent / "data" / "expressions.tsv"
HELDOUT = [Path(__file__).resolve().parent / "data" / f for f in ("heldout.tsv", "heldout2.tsv")]


def _none(s: str):
    return None if s == "-" else s


def load_cases(path: Path = FIXTURE) -> list[tuple]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, pub, span, value, end, gran = line.split("\t")
        cases.append((text, _none(pub), _none(span), _none(value), _none(end), _none(gran)))
    return cases


CASES = load_cases()


def check(case) -> str:
    """'' when the case is right, else a short description of what came out."""
    text, pub, span, value, end, gran = case
    times = find_times(Document(text, date=pub))
    for t in times:
        assert text[t.start:t.end] == t.text
    if span is None:
        return "" if not times else f"unexpected {[t.text for t in times]}"
    hits = [t for t in times if t.text == span]
    if not hits:
        return f"span not found; got {[t.text for t in times]}"
    t = hits[0]
    got = (t.value, t.end_value, t.granularity)
    return "" if got == (value, end, gran) else f"got {got}, want {(value, end, gran)}"


def test_fixture_size():
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if c[2] is None) >= 10  # look-alikes


def test_fixture_accuracy():
    failures = [(c[0], msg) for c in CASES if (msg := check(c))]
    accuracy = 1 - len(failures) / len(CASES)
    report = "\n".join(f"{t} -> {m}" for t, m in failures)
    assert accuracy >= 0.95, f"accuracy {accuracy:.3f}\n{report}"


@pytest.mark.parametrize("path", HELDOUT, ids=lambda p: p.name)
def test_heldout_accuracy(path):
    cases = load_cases(path)
    failures = [(c[0], msg) for c in cases if (msg := check(c))]
    assert len(cases) >= 40
    assert 1 - len(failures) / len(cases) >= 0.9, "\n".join(f"{t} -> {m}" for t, m in failures)


@pytest.mark.parametrize("case", [c for c in CASES if c[2] in ("الخميس", "اليوم", "الأربعاء المقبل")][:6],
                         ids=lambda c: c[0][:30])
def test_core_forms_exact(case):
    assert check(case) == ""
