"""Session 15: the sentence filter keeps an attack whose attacker is the territory the fire came from.

``سقوط مقذوفات من داخل الأراضي اليمنية على حي سكني``: the argument rule ``actor:origin-territory`` names the country
the fire came from; such a cross-border report was a gold attack in every news tuning sentence (8 of 8, five sets),
while the GSR-trained filter doubted it through the reporting frame around it (باشر الدفاع المدني بلاغا عن ...).
The filter's score is stubbed low here (0.2, under every threshold) so that the test checks the exception, not the model's weights."""
from __future__ import annotations

from hadath.events.sentence_filter import _origin_territory_report
from tests.events.helpers_filter import ForcedScore, first_assault

FROM_TERRITORY = ("أوضح المتحدث الإعلامي للدفاع المدني بمنطقة جازان أن الفرق باشرت عصر اليوم (الاثنين) بلاغا عن "
                  "سقوط مقذوف عسكري من داخل الأراضي اليمنية على مزرعة بمدينة جازان، مشيرا إلى أن الأضرار اقتصرت "
                  "على الماديات.")
NO_ORIGIN = ("أوضح المتحدث الإعلامي للدفاع المدني بمنطقة جازان أن الفرق باشرت عصر اليوم (الاثنين) بلاغا عن "
             "سقوط مقذوف عسكري على مزرعة بمدينة جازان، مشيرا إلى أن الأضرار اقتصرت على الماديات.")
SHELLS_FROM = "وقال الناطق باسم الدفاع المدني في نجران إن الفرق تلقت مساء أمس بلاغا عن سقوط قذائف من الأراضي اليمنية على حي سكني بنجران."


def test_fire_from_named_territory_is_kept_under_the_threshold():
    doc, ev = first_assault(FROM_TERRITORY)
    assert {a.country for a in ev.actor} == {"YEM"}
    assert _origin_territory_report(ev)
    assert ForcedScore(0.2).veto(doc, ev) is None
    assert any("kept: fire from a named country's territory" in x for x in ev.explanation)


def test_shells_from_territory_without_inside_word():
    doc, ev = first_assault(SHELLS_FROM)
    assert _origin_territory_report(ev)
    assert ForcedScore(0.2).veto(doc, ev) is None


def test_fire_with_no_origin_is_still_cut():
    doc, ev = first_assault(NO_ORIGIN)
    assert not _origin_territory_report(ev)
    assert "confidence cut" in (ForcedScore(0.2).veto(doc, ev) or "")


def test_pipeline_codes_the_cross_border_attack():
    _, ev = first_assault(FROM_TERRITORY)
    assert ({a.country for a in ev.actor}, {a.country for a in ev.recipient}) == ({"YEM"}, {"SAU"})
