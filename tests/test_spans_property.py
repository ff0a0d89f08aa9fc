"""Property: for any input, every span the pipeline emits satisfies text[start:end] == span.text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hadath
from hadath.document import Document
from hadath.pipeline import default_pipeline

# Arabic letters, harakat, tatweel, bidi/zero-width controls, presentation forms, digits, punctuation, spaces.
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.sampled_from(list("\u200e\u200f\u061c\u200b\u200c\u200d\u00a0\ufefb\ufef5\ufe8d\ufdf2 \n.،؟!؛…«»\"'()-:/0123456789٣٤")),
    st.sampled_from(["بحث", "الرئيس", "العراقي", "مع", "وزير", "الخارجية", "الروسي", "في", "بغداد", "موسكو",
                     "الخميس", "المقبل", "غارة", "تظاهر", "1300 عسكري", "13 مليار دولار", "داعش", "لافروف",
                     "وبحث", "بزيارة", "سيقوم", "لن", "أدان", "اعتقلت", "قوات", "الأمن", "يناير", "كانون الثاني"]),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)


def spans(obj):
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            yield obj
        for v in obj.values():
            yield from spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans(v)


def check(text: str, doc: Document) -> None:
    for s in spans(doc.to_dict()):
        assert text[s["start"]:s["end"]] == s["text"], s
    for tok in doc.tokens:
        assert text[tok.start:tok.end] == tok.text
        for m in tok.proclitics + tok.enclitics + ([tok.stem] if tok.stem else []):
            assert text[m.start:m.end] == m.text
    for sent in doc.sentences:
        assert 0 <= sent.start <= sent.end <= len(text)
    for ev in doc.to_dict()["events"]:
        for m in [ev] + ev["mentions"]:
            assert m["sentence"]["start"] <= m["trigger"]["start"] < m["trigger"]["end"] <= m["sentence"]["end"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, min_size=1, max_size=60).map("".join))
def test_every_span_points_at_its_text(text):
    doc = default_pipeline()(Document(text=text, date="2020-11-26"))
    check(text, doc)


def test_seed_article_spans(seed):
    text, _ = seed
    check(text, hadath.extract(text, date="2020-11-26"))
