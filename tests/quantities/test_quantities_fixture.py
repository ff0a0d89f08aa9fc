"""Numbers with units from tests/quantities/data/quantities.tsv: span, value and unit must all match."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import Document
from hadath.quantities.numbers import parse_number
from hadath.quantities.stage import QuantityStage, find_quantities

FIXTURE = Path(__file__).resolve().parent / "data" / "quantities.tsv"


def load_cases():
    out = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, span, value, unit = line.split("\t")
            out.append((text, None if span == "-" else span, None if value == "-" else float(value),
                        None if unit == "-" else unit))
    return out


CASES = load_cases()


def test_fixture_size():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:40])
def test_quantity(case):
    text, span, value, unit = case
    qs = find_quantities(Document(text))
    for q in qs:
        assert text[q.start:q.end] == q.text
    if span is None:
        assert qs == []
        return
    hits = [q for q in qs if q.text == span]
    assert hits, [q.text for q in qs]
    assert (hits[0].value, hits[0].unit) == (value, unit)


@pytest.mark.parametrize("phrase,value", [
    ("ثلاثة عشر", 13), ("خمسة وعشرين الفا", 25000), ("مئتي", 200), ("ثلاثمائة", 300), ("ثلاث مئة", 300),
    ("مليون ونصف", 1500000), ("مليون ونصف مليون", 1500000), ("5ر1 مليون", 1500000), ("000ر22", 22000), ("ربع مليون", 250000), ("1,300", 1300), ("2,5 مليون", 2500000),
    ("عشرات الالاف", 10000), ("احدي عشرة", 11), ("الفين", 2000),
])
def test_parse_number(phrase, value):
    assert parse_number(phrase) == value


def test_parse_number_rejects_words():
    assert parse_number("الرئيس") is None


def test_stage_contract():
    st = QuantityStage()
    assert (st.name, st.requires, st.assigns) == ("quantities", ("norm", "sentences"), ("quantities",))
    doc = st(Document("أرسلت 300 جندي"))
    assert [(q.value, q.unit) for q in doc.quantities] == [(300, "troops")]
