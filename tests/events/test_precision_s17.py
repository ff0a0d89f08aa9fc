"""Event-type precision on news, session 17: releases of captives held by another party (a rescue, no release),
and a protest purpose phrase that gives the motive of another act.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- "حرر الجيش العراقي مئات الرهائن المحتجزين لدى تنظيم داعش"، "أفرجت عن عدد من الجنود الذين كانوا محتجزين لدى
  المسلحين"، "أطلقت القوات الخاصة سراح ثلاث رهائن احتجزهم مسلحون": the force freed people held by others: no RETREAT;
- a release by the holder (أفرجت السلطات عن صيادين كانوا محتجزين لديها، أطلقت الحكومة سراح 7 أسرى) stays;
- "قررت الحكومة استدعاء سفيرها للتشاور، احتجاجا على تصريحات ...": the protest is the recall's motive: no PROTEST;
- a purpose phrase after a crowd or a protest (قطع مئات السائقين الطرق احتجاجا على، تظاهر آلاف احتجاجا على) stays;
- an act named in a concession (على الرغم من اتفاق بين البلدين، رغم التوصل إلى الاتفاق) is known background: no AGREE;
  the act a concession is set against (وقعت مصر والسعودية اتفاقا ... رغم الخلافات) stays;
- a speaker defending a measure (دافع الرئيس عن الاتفاق، دافع فيه عن هذا الاتفاق) argues for a policy: no SUPPORT;
  defending a party's right (دافع البيت الأبيض عن حق تركيا في) stays.
"""
from __future__ import annotations

import pytest

from hadath.events.mentioned_background import conceded_acts
from hadath.events.mentioned_protests import purposes_of_other_acts
from hadath.events.mentioned_speech import defended_measures
from hadath.events.non_events import rescued_captives
from tests.events.helpers_precision import dropped_by, types_of


RESCUES = [
    "حرر الجيش العراقي مئات الرهائن المحتجزين لدى تنظيم داعش في شمال البلاد.",
    "اقتحمت القوات الحكومية مبنى في المدينة وأفرجت عن عدد من الجنود الذين كانوا محتجزين لدى المسلحين.",
    "قال متحدث عسكري إن القوات الخاصة أنهت الحصار وأطلقت سراح ثلاث رهائن احتجزهم مسلحون في الفندق.",
]


@pytest.mark.parametrize("text", RESCUES)
def test_captives_held_by_another_party_are_rescued_not_released(text):
    assert dropped_by(text, rescued_captives) == 1
    assert "RETREAT" not in types_of(text)


RELEASES = [
    "أفرجت السلطات المصرية أمس عن 20 صيادا سودانيا كانوا محتجزين لديها منذ شهر.",
    "أطلقت الحكومة السودانية سراح 7 أسرى إثيوبيين أمس.",
    "أطلق سراح الرهينة الفرنسية التي كانت خطفت في اليمن في فبراير الماضي.",
]


@pytest.mark.parametrize("text", RELEASES)
def test_release_by_the_holder_stays(text):
    assert dropped_by(text, rescued_captives) == 0
    assert "RETREAT" in types_of(text)


def test_protest_purpose_of_a_recall_is_its_motive():
    text = "قررت الحكومة الأردنية استدعاء سفيرها في طهران للتشاور، احتجاجا على تصريحات المسؤولين الإيرانيين."
    assert dropped_by(text, purposes_of_other_acts) == 1
    assert "PROTEST" not in types_of(text)
    assert "SANCTION" in types_of(text)


KEPT_PURPOSES = [
    "قطع مئات من سائقي الشاحنات الطرق في القاهرة أمس احتجاجا على رفع أسعار الوقود.",
    "خرج آلاف العراقيين أمس في بغداد احتجاجا على الفساد ونقص الخدمات.",
]


@pytest.mark.parametrize("text", KEPT_PURPOSES)
def test_purpose_after_a_crowd_or_protest_stays(text):
    assert dropped_by(text, purposes_of_other_acts) == 0
    assert "PROTEST" in types_of(text)


CONCEDED = [
    "تبادلت القوات الهندية والباكستانية إطلاق النار على الحدود أمس على الرغم من اتفاق بين البلدين على تهدئة الأوضاع.",
    "قال المرشد الإيراني إن الولايات المتحدة ستبقى عدوا رغم التوصل إلى الاتفاق النووي مع إيران.",
]


@pytest.mark.parametrize("text", CONCEDED)
def test_act_named_in_a_concession_is_background(text):
    assert dropped_by(text, conceded_acts) == 1
    assert "AGREE" not in types_of(text)


def test_act_set_against_a_concession_stays():
    text = "وقعت مصر والسعودية اتفاقا للتعاون العسكري أمس رغم الخلافات بين البلدين."
    assert dropped_by(text, conceded_acts) == 0
    assert types_of(text) & {"AGREE", "SUPPORT"}


DEFENDED = [
    "دافع الرئيس الفرنسي فرانسوا هولاند عن الاتفاق مع إيران أمام البرلمان أمس.",
    "قال الرئيس الأمريكي في خطاب ألقاه في واشنطن أمس دافع فيه عن هذا الاتفاق إن البديل هو الحرب.",
]


@pytest.mark.parametrize("text", DEFENDED)
def test_defending_a_measure_is_no_support(text):
    assert dropped_by(text, defended_measures) == 1
    assert "SUPPORT" not in types_of(text)


def test_defending_a_partys_right_stays():
    text = "دافع البيت الأبيض أمس عن حق تركيا في الدفاع عن نفسها."
    assert dropped_by(text, defended_measures) == 0
    assert "SUPPORT" in types_of(text)
