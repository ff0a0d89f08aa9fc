"""Detection precision: background phrases are not ASSAULT / PROTEST triggers; the filter's general features.

Sentences written for these tests (not taken from the GSR).
"""
from __future__ import annotations

import pytest

from hadath.events.sentence_filter import LinearFilter, NoFilter, features, train
from hadath.events.stage import code_document
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    doc = marked_document(text)
    return {m.pattern.type for m in find_triggers(doc)}


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى المدينة فجر أمس بعد رحلة طويلة.",          # فجر = dawn
    "غادر الرئيس القصر فجرا متوجها إلى المطار.",
    "أكد الوزير التزام بلاده بمسيرة السلام في المنطقة.",     # مسيرة السلام = peace process
    "انتشرت قوات مكافحة الشغب في محيط الملعب قبل المباراة.",
    "تفقد المحافظ موقع الانفجار برفقة عدد من المسؤولين.",
    "تواصل رئيس الوزراء مع نظيره لبحث الأزمة.",
])
def test_background_is_not_a_trigger(text):
    assert not _types(text) & {"ASSAULT", "PROTEST"}


@pytest.mark.parametrize("text,etype", [
    ("فجر انتحاري حزاما ناسفا في سوق شعبي جنوب المدينة.", "ASSAULT"),
    ("سار آلاف الطلاب في شوارع العاصمة احتجاجا على رفع الرسوم.", "PROTEST"),
    ("خرجت مسيرة حاشدة في وسط المدينة تنديدا بالقرار.", "PROTEST"),
    ("هاجم مسلحون مركزا للشرطة شمال البلاد وقتلوا ثلاثة من عناصره.", "ASSAULT"),
    ("تواصلت الإضرابات في مصانع النسيج لليوم الخامس.", "PROTEST"),
    ("انخرط مئات العمال في اعتصام مفتوح أمام الشركة.", "PROTEST"),
    ("نصب المزارعون خيام اعتصام قرب مبنى المحافظة.", "PROTEST"),
    ("اعتقلت السلطات ثلاثة ناشطين بعد تنظيمهم وقفة أمام السفارة.", "PROTEST"),
])
def test_specific_events_still_trigger(text, etype):
    assert etype in _types(text)


def test_word_class_features_without_words():
    doc = marked_document("قتل خمسة مدنيين أمس في انفجار سيارة مفخخة وسط المدينة.")
    ev = next(e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "ASSAULT")
    feats = features(doc, ev, lexical=False)
    assert "c=casualty" in feats and "c=specific" in feats
    assert not any(f.startswith(("w=", "b=", "a=")) for f in feats)
    assert any(f.startswith("pos=") for f in feats)


def test_pooled_model_scores_both_types_and_round_trips(tmp_path):
    pairs = [("قتل مسلحون ثلاثة جنود أمس في هجوم على حاجز شمال المدينة.", True),
             ("تظاهر آلاف العمال أمس أمام مقر الحكومة في العاصمة.", True),
             ("قال الوزير إن بلاده ستواصل الحرب على الإرهاب وإن الهجمات لن تثنيها.", False),
             ("وقال المحلل إن موجة الاحتجاجات قد تتكرر إذا لم تتحسن الأوضاع.", False)]
    ex = []
    for text, label in pairs:
        doc = marked_document(text)
        ex += [(doc, ev, label) for ev in code_document(doc, sentence_filter=NoFilter())
               if ev.type in ("ASSAULT", "PROTEST")]
    assert {ev.type for _, ev, _ in ex} == {"ASSAULT", "PROTEST"}
    model = train(ex * 5, l2=0.1, pooled=True, lexical=False)
    assert set(model.weights) == {"*"} and set(model.thresholds) == {"ASSAULT", "PROTEST"}
    path = tmp_path / "f.json"
    model.save(path)
    again = LinearFilter.load(path)
    for doc, ev, label in ex:
        assert (again.score(doc, ev) >= 0.5) == label
