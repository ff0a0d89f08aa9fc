"""Event-type precision on news, session 16 (mentioned_acts): a perfect-looking trigger right after إنّ, attacks
only intended.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- إنّ is followed by its noun, never by a perfect verb: "قال الوزير إن رفض البرلمان للموازنة سيؤدي إلى أزمة"، "قال
  إن توعد الزعيم بالرد مقلق" name a refusal or a vow as the topic of what is said: no REJECT / THREATEN;
- a verb after أنه (أعلن البرلمان أنه رفض)، a subject before the verb (إن الحكومة رفضت) or a main-clause verb stays;
- attacks a cell intended (خلية كانت تعتزم تنفيذ هجمات، كانت تنوي شن هجمات) have not happened: no ASSAULT beside the
  arrest; an attack carried out (نفذت الخلية هجمات) stays.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.mentioned_acts import inna_subjects, plotted_attacks
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped(text: str, rule=inna_subjects) -> int:
    doc = marked_document(text)
    return len(rule(doc, find_triggers(doc)))


GOVERNED = [
    ("قال وزير الخارجية البريطاني إن رفض البرلمان الإيراني للاتفاق مع الاتحاد الأوروبي سيؤدي إلى أزمة جديدة.",
     "REJECT"),
    ("قال المتحدث باسم الخارجية الفرنسية إن توعد الزعيم الكوري الشمالي بضرب الجنوب مقلق للغاية.", "THREATEN"),
]


@pytest.mark.parametrize("text,kind", GOVERNED)
def test_verbal_noun_after_inna_is_no_event(text, kind):
    assert _dropped(text) >= 1
    assert kind not in _types(text)


VERBS = [
    "رفض البرلمان الإيراني الاتفاق مع الاتحاد الأوروبي.",
    "قال المتحدث إن الحكومة الإيرانية رفضت الاتفاق مع الاتحاد الأوروبي.",
    "أعلن البرلمان الإيراني أنه رفض الاتفاق مع الاتحاد الأوروبي بأغلبية كبيرة.",
]


@pytest.mark.parametrize("text", VERBS)
def test_verb_not_after_inna_stays(text):
    assert _dropped(text) == 0
    assert "REJECT" in _types(text)


INTENDED = [
    "أعلنت وزارة الداخلية المغربية تفكيك خلية إرهابية كانت تعتزم تنفيذ هجمات في مدن المملكة.",
    "قالت الشرطة الفرنسية إنها اعتقلت ثلاثة أشخاص كانوا ينوون شن هجمات على مراكز تجارية.",
]


@pytest.mark.parametrize("text", INTENDED)
def test_intended_attack_is_no_assault(text):
    assert _dropped(text, plotted_attacks) >= 1
    assert "ASSAULT" not in _types(text)


def test_attack_carried_out_stays():
    text = "نفذت خلية إرهابية هجمات على مراكز للشرطة في شمال سيناء أسفرت عن مقتل خمسة جنود."
    assert _dropped(text, plotted_attacks) == 0
    assert "ASSAULT" in _types(text)
