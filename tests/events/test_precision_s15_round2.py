"""Event-type precision on news, session 15 round 2: acts that are only mentioned.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- a present-tense threat verb whose subject is a thing, a text or a trend (أزمة الكهرباء التي تضرب البلاد، وتهدد
  بإغلاق المصانع؛ قائلا إنه يهدد بإشعال حرب؛ تعد مؤشرا خطيرا يهدد الاقتصاد) describes a danger: no THREATEN; a party
  threatening (روسيا تهدد بالرد، التنظيم الذي يهدد بإعدامه، شريطا يهدد فيه بذبح) stays;
- reinforcements that a strike hits (نصبت كمائن لتعزيزات الميليشيات، قصفت الطائرات تعزيزات عسكرية) are no MOBILIZE;
  reinforcements sent (أرسل الجيش تعزيزات عسكرية) stay;
- concern about a state of affairs with no party named (أعربت البعثة عن قلقها إزاء تجدد الاشتباكات في جنوب البلاد) is
  no ACCUSE; concern about a party's acts (عن قلقها إزاء الغارات الإسرائيلية) stays;
- تعاون after a preposition or "any" (دعا إلى «تعاون أكبر» مع، رفضت أي تعاون مع) is the verbal noun: no COOPERATE;
- an act named as what is feared or avoided (خوفا من اندلاع مواجهات، حرصا على عدم إصابتهم، يخشون أن تنتهك) has not
  happened; the clause's own verb after such a phrase (تفاديا لحدوث انقسامات، استقالت الحكومة) stays.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.mentioned_acts import attacked_reinforcements, feared_acts, situation_concerns, thing_threats
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped(rule, text: str) -> int:
    doc = marked_document(text)
    return len(rule(doc, find_triggers(doc)))


THING_THREATS = [
    "وتحدث الوزير عن أزمة الكهرباء التي تضرب البلاد منذ أسابيع، وتهدد بإغلاق عشرات المصانع في العاصمة.",
    "انتقد زعيم المعارضة الموازنة الجديدة قائلا إنه يهدد بإشعال أزمة اجتماعية واسعة في البلاد.",
    "وصف الخبير ارتفاع الأسعار بأنه يعد مؤشرا خطيرا يهدد الاقتصاد الوطني بأكمله.",
]


@pytest.mark.parametrize("text", THING_THREATS)
def test_thing_threat_is_no_threaten(text):
    assert _dropped(thing_threats, text) >= 1
    assert "THREATEN" not in _types(text)


PARTY_THREATS = [  # [text|COUNTRY|SECTOR] marks the actor mentions the rule reads (روسيا ends in ا like a noun)
    "قالت [موسكو|RUS|GOV] إن [روسيا|RUS|-] تهدد بالرد على أي عقوبات أمريكية جديدة.",
    "نشر التنظيم شريطا مصورا يهدد فيه بذبح رهينة ياباني خلال يومين.",
    "هدد الرئيس الكوري الشمالي بضرب القواعد الأمريكية في المنطقة.",
]


@pytest.mark.parametrize("marked", PARTY_THREATS)
def test_party_threat_stays(marked):
    assert _dropped(thing_threats, marked) == 0
    assert "THREATEN" in _types(marked.replace("[", "").replace("|RUS|GOV]", "").replace("|RUS|-]", ""))


STRUCK_REINFORCEMENTS = [
    "قالت القوات الحكومية إنها نصبت كمائن محكمة لتعزيزات الميليشيات كانت متجهة إلى المدينة.",
    "قصفت طائرات التحالف تعزيزات عسكرية تابعة للمتمردين شرق العاصمة.",
]


@pytest.mark.parametrize("text", STRUCK_REINFORCEMENTS)
def test_struck_reinforcements_are_no_mobilization(text):
    assert _dropped(attacked_reinforcements, text) >= 1
    assert "MOBILIZE" not in _types(text)


def test_reinforcements_sent_stay():
    text = "أرسل الجيش العراقي تعزيزات عسكرية كبيرة إلى مدينة الرمادي أمس."
    assert _dropped(attacked_reinforcements, text) == 0
    assert "MOBILIZE" in _types(text)


SITUATION_CONCERNS = [
    "أعربت بعثة الأمم المتحدة عن قلقها إزاء تجدد الاشتباكات القبلية في جنوب البلاد.",
    "أعربت الجزائر عن قلقها البالغ إزاء تدهور الوضع الأمني في مالي.",
]


@pytest.mark.parametrize("text", SITUATION_CONCERNS)
def test_concern_about_a_situation_is_no_accusation(text):
    assert _dropped(situation_concerns, text) >= 1
    assert "ACCUSE" not in _types(text)


def test_concern_about_a_party_stays():
    text = "أعربت فرنسا عن قلقها إزاء الغارات التي تشنها إسرائيل على قطاع غزة."
    assert _dropped(situation_concerns, text) == 0
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize("text", [
    "دعا الرئيس التركي إلى «تعاون أكبر» مع طهران في مكافحة الإرهاب.",
    "رفضت الحكومة الألمانية أي تعاون مع الميليشيات المسلحة في ليبيا.",
])
def test_cooperation_noun_after_preposition_is_no_cooperation(text):
    assert "COOPERATE" not in _types(text)


def test_cooperation_verb_stays():
    text = "تعاونت الشرطة الأردنية مع نظيرتها العراقية في تفكيك الخلية."
    assert "COOPERATE" in _types(text)


FEARED = [
    ("نشر الجيش اللبناني قواته في وسط بيروت خوفا من اندلاع مواجهات بين أنصار الحزبين.", "ASSAULT"),
    ("طالبت الحكومة السكان بإخلاء القرى الحدودية حرصا على عدم إصابتهم بأي أذى.", "ASSAULT"),
    ("خرج آلاف المزارعين الذين يخشون أن تنتهك الاتفاقية حقوقهم في شوارع العاصمة.", "REJECT"),
]


@pytest.mark.parametrize("text,kind", FEARED)
def test_feared_act_is_no_event(text, kind):
    assert _dropped(feared_acts, text) >= 1
    assert kind not in _types(text)


def test_verb_after_avoidance_phrase_stays():
    text = "وتفاديا لحدوث مزيد من الانقسامات استقالت الحكومة التونسية أمس."
    assert _dropped(feared_acts, text) == 0
