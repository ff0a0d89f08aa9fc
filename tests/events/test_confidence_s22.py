"""Session 22: the sentence filter keeps a protest wave qualified by its scale or mood.

``وأثار غلاء الأسعار احتجاجات غاضبة في شوارع عمّان``: a bare protest noun followed by an adjective of scale or mood
(حاشدة، غاضبة، شعبية، واسعة) is how news describes a protest wave that is taking place; the GSR-trained filter scores
such waves low. Kept within ``WAVE_MARGIN`` when the noun is indefinite and not governed by a preposition or a
background word, or definite right after a verb of occurrence or continuation. The model's score is forced here
(``ForcedScore``), so the tests check the exception, not the weights. Sentences written for these tests."""
from __future__ import annotations

import pytest

from hadath import extract
from hadath.events.sentence_filter import NoFilter, WAVE_MARGIN, _qualified_protest_wave, default_filter
from hadath.events.stage import code_document
from tests.events.helpers_filter import ForcedScore

INDEFINITE_OBJECT = "وأثار غلاء الأسعار في الأردن هذا الشهر احتجاجات غاضبة في شوارع عمان."
HEADLINE = "مظاهرات حاشدة في مدن تونسية عدة للأسبوع الثالث على التوالي"
CONTINUED = "تواصلت أمس التظاهرات الشعبية في العاصمة اللبنانية بيروت احتجاجا على أزمة النفايات."
DEFINITE_REFERENCE = ("وقال النائب إن الأزمة في لبنان لا تقف عند حدود التظاهرات الشعبية على نقص الخدمات بل تتعدى ذلك "
                      "إلى محاسبة الحكومة.")
AFTER_PREPOSITION = "وسقط قتيلان في الجزائر خلال مظاهرات حاشدة ضد الحكومة الأسبوع الماضي."
NO_ADJECTIVE = "وأثار غلاء الأسعار في الأردن هذا الشهر احتجاجات في شوارع عمان."


def first_of(text: str, etype: str = "PROTEST"):
    """(document, its first event of ``etype`` coded with no sentence filter); fails with the events found when
    there is none."""
    doc = extract(text, date="2015-08-01")
    evs = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == etype]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    return doc, evs[0]


@pytest.mark.parametrize("text", [INDEFINITE_OBJECT, HEADLINE, CONTINUED])
def test_a_qualified_protest_wave_is_kept_within_the_margin(text):
    doc, ev = first_of(text)
    assert _qualified_protest_wave(doc, ev)
    thr = default_filter().thresholds["PROTEST"]
    assert ForcedScore(thr - 0.15).veto(doc, ev) is None
    assert any("a protest wave qualified by its scale" in x for x in ev.explanation)


def test_a_definite_wave_in_a_genitive_is_a_reference():
    """``عند حدود التظاهرات الشعبية``: no verb of occurrence brings it in; it refers to protests told before."""
    doc, ev = first_of(DEFINITE_REFERENCE)
    assert not _qualified_protest_wave(doc, ev)


def test_a_wave_after_a_preposition_is_not_kept():
    """``خلال مظاهرات حاشدة``: the protest is the frame of another report (deaths), left to the model."""
    doc, ev = first_of(AFTER_PREPOSITION)
    assert not _qualified_protest_wave(doc, ev)


def test_a_protest_noun_without_an_adjective_is_left_to_the_model():
    doc, ev = first_of(NO_ADJECTIVE)
    assert not _qualified_protest_wave(doc, ev)


def test_a_score_below_the_margin_is_still_cut():
    doc, ev = first_of(INDEFINITE_OBJECT)
    thr = default_filter().thresholds["PROTEST"]
    assert "confidence cut" in (ForcedScore(thr - WAVE_MARGIN - 0.05).veto(doc, ev) or "")
