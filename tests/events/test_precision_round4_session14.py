"""Event-type precision on news, session 14 round 4: deaths and injuries from an illness or a derailment.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- an illness as the verb's subject (ضربها بشدة وباء الكوليرا)، fallen ill with one (أصيب بجلطة) or named after a
  cause word (جراء وباء الحمى)، and a train leaving its rails (لدى خروج قطار عن القضبان) make no attack;
- an attack that caused a fire, wounds from shelling and a cause word before a non-illness stay attacks.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.document import Event, Span
from hadath.events.topic_filters import sport_or_trade


def _veto(text: str, trigger: str, head_tag: str = "perf"):
    """Why an ASSAULT coded from ``trigger`` in ``text`` is vetoed by the topic filters (None: kept)."""
    doc = hadath.extract(text, date="2024-05-01")
    start = text.index(trigger)
    ev = Event(type="ASSAULT", trigger=Span(trigger, start, start + len(trigger)),
               sentence=Span(text, 0, len(text)), cameo="190")
    ev.head_tag = head_tag
    return sport_or_trade(doc, ev, 0)


NOT_ATTACKS = [
    ("حذرت منظمة الصحة العالمية من أن الدول التي ضربها بشدة وباء الكوليرا قد تواجه أزمة غذاء.", "ضربها بشدة"),
    ("هبطت طائرة أردنية في القاهرة لإنقاذ راكب أصيب بجلطة خلال الرحلة.", "أصيب"),
    ("قتل 14 شخصا على الأقل في النيجر جراء وباء الحمى، بحسب مصادر رسمية.", "قتل"),
    ("توفي ثلاثة أطفال في القرية بسبب فيروس كورونا.", "توفي"),
    ("قتل 19 شخصا على الأقل لدى خروج قطار ركاب عن القضبان في جنوب الهند.", "قتل"),
]


@pytest.mark.parametrize("text,trigger", NOT_ATTACKS)
def test_illness_or_derailment_is_no_attack(text, trigger):
    assert _veto(text, trigger) is not None


ATTACKS = [
    # an attack that caused a fire is still an attack
    ("قتل خمسة أشخاص في هجوم بعبوة ناسفة أدى إلى اندلاع حريق في سوق شعبي ببغداد.", "قتل"),
    # wounds (جروح) are no illness
    ("أصيب ثلاثة جنود أتراك بجروح في قصف شنه مسلحون على موقع حدودي.", "أصيب"),
    # a cause word before a motive, not an illness
    ("قتل مسلحون عشرة جنود في هجوم على ثكنة بسبب رفضهم الانسحاب من المدينة.", "قتل"),
    # leaving a mosque (خروج المصلين) is no derailment
    ("قتل أربعة مصلين في إطلاق نار لدى خروجهم من المسجد في كراتشي.", "قتل"),
    # a strike named with ضرب and an adverb keeps its attacker as subject
    ("ضربت بقوة طائرات التحالف مواقع المتمردين في جنوب البلاد.", "ضربت بقوة"),
]


@pytest.mark.parametrize("text,trigger", ATTACKS)
def test_attack_with_fire_or_wounds_stays(text, trigger):
    assert _veto(text, trigger) is None


@pytest.mark.parametrize("text", [t for t, _ in ATTACKS[:3]])
def test_attacks_still_coded(text):
    assert "ASSAULT" in {e.type for e in hadath.extract(text, date="2024-05-01").events}
