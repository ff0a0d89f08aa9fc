"""Whatever the text, spans point at the raw text, and harakat/tatweel/Arabic-Indic digits change nothing."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.document import Document
from hadath.quantities.stage import find_quantities
from hadath.time.stage import find_times

PIECES = ["الخميس", "المقبل", "أمس", "اليوم", "12", "مارس", "2020", "عام", "منذ", "ثلاثة", "أيام", "جندي",
          "مليار", "دولار", "/", "-", "تستغرق", "يومين", "هـ", "رمضان", "،", ".", "\n", "العام", "الأمين", "سيزور"]
MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640", "\u064b"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _decorate(text: str, seed: int) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and (i * 7 + seed) % 5 == 0:
            out.append(MARKS[(i + seed) % len(MARKS)])
    return "".join(out).translate(INDIC)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14), st.integers(0, 10))
def test_spans_and_values_survive_decoration(words, seed):
    plain = " ".join(words)
    fancy = _decorate(plain, seed)
    for text in (plain, fancy):
        doc = Document(text, date="2021-03-15")
        for t in find_times(doc):
            assert text[t.start:t.end] == t.text
        for q in find_quantities(doc):
            assert text[q.start:q.end] == q.text
    a = [(t.value, t.end_value, t.granularity) for t in find_times(Document(plain, date="2021-03-15"))]
    b = [(t.value, t.end_value, t.granularity) for t in find_times(Document(fancy, date="2021-03-15"))]
    assert a == b
    qa = [(q.value, q.unit) for q in find_quantities(Document(plain))]
    qb = [(q.value, q.unit) for q in find_quantities(Document(fancy))]
    assert qa == qb


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10), st.dates())
def test_any_publication_date_resolves_or_stays_null(words, pub):
    text = " ".join(words)
    for t in find_times(Document(text, date=pub.isoformat())):
        assert t.value is None or len(t.value) == 10
        assert t.end_value is None or (t.value is not None and t.end_value >= t.value)
