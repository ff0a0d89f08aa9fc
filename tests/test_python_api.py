"""hadath.extract / extract_batch: the notebook API."""
import pytest

import hadath
from hadath.validate import InputError


def test_extract_returns_document():
    doc = hadath.extract("التقى الرئيس المصري نظيره الفرنسي في القاهرة.", date="2023-05-01", id="d1")
    assert doc.id == "d1" and doc.date == "2023-05-01" and doc.tokens


def test_batch_keeps_order():
    docs = list(hadath.extract_batch(["أ ب", {"id": "x", "text": "ت ث"}]))
    assert [d.text for d in docs] == ["أ ب", "ت ث"] and docs[1].id == "x"


@pytest.mark.parametrize("text,date", [("", None), ("نص", "2020-02-30")])
def test_bad_input(text, date):
    with pytest.raises(InputError):
        hadath.extract(text, date=date)
