"""Tokens: raw offsets, normalized forms, punctuation, URLs and numbers kept whole."""
from __future__ import annotations

from hadath.document import Document
from hadath.text.normalize import normalize
from hadath.text.stage import TextStage
from hadath.text.tokens import tokenize


def texts(text: str) -> list[str]:
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    return [t.text for t in toks]


def test_punctuation_is_split_off():
    assert texts("قال: «نعم»، وانتهى.") == ["قال", ":", "«", "نعم", "»", "،", "وانتهى", "."]
    toks = tokenize("نعم؟!")
    assert [t.is_punct for t in toks] == [False, True, True]


def test_dot_runs_stay_together():
    assert texts("صعب.. جدا...") == ["صعب", "..", "جدا", "..."]


def test_numbers_and_urls_whole():
    assert texts("بلغ 3.5% و1,300 جندي و٢٫٥ مليون") == ["بلغ", "3.5", "%", "و", "1,300", "جندي", "و", "٢٫٥", "مليون"]
    assert texts("انظر https://example.com/a?b=1&c=2. شكرا") == [
        "انظر", "https://example.com/a?b=1&c=2", ".", "شكرا"]


def test_norm_field():
    toks = tokenize("أعلنَ الرئيسُ إلى")
    assert [t.norm for t in toks] == ["اعلن", "الرئيس", "الي"]
    assert toks[0].text == "أعلنَ"


def test_latin_alnum_tokens():
    assert texts("طائرات F-16 و COVID19") == ["طائرات", "F", "-", "16", "و", "COVID19"]


def test_span_inside_text():
    text = "مقدمة. وبحث الرئيس الأزمة."
    toks = tokenize(text, normalize(text), 7, len(text))
    assert [t.text for t in toks] == ["وبحث", "الرئيس", "الأزمة", "."]
    assert toks[0].start == 7


def test_stage_assigns_layers():
    text = "وصل الوزير إلى بغداد. وبحث مع نظيره العلاقات.\n\nوقال إن الزيارة ناجحة"
    doc = TextStage()(Document(text))
    assert doc.norm.raw == text
    assert len(doc.sentences) == 3
    for s in doc.sentences:
        toks = doc.tokens[s.token_start:s.token_end]
        assert toks and toks[0].start == s.start and toks[-1].end == s.end
    assert doc.sentences[-1].token_end == len(doc.tokens)
    stage = TextStage()
    assert stage.name == "text" and stage.requires == () and set(stage.assigns) == {"norm", "sentences", "tokens"}


def test_stem_is_none_without_clitics():
    plain, split = tokenize("وزير وبحث")
    assert plain.stem is None and plain.stem_norm == "وزير"
    assert split.stem is not None and split.stem.text == "بحث" and split.stem_norm == "بحث"


def test_document_evidence_splits_unknown_names():
    text = "وصل الوفد إلى كابول أمس. وفي كابول التقى مسؤولين، ثم غادر وكابول تشهد هدوءا."
    doc = TextStage()(Document(text))
    tok = next(t for t in doc.tokens if t.text == "وكابول")
    assert [m.text for m in tok.proclitics] == ["و"] and tok.stem.text == "كابول"
    # a word whose rest never stands alone stays whole
    doc = TextStage()(Document("وصل وزير الخارجية. وقال الوزير إن وزير الدفاع غائب."))
    assert all(t.stem is None for t in doc.tokens if t.text == "وزير")
