"""Session 22 (typesb): wording families of the material and diplomatic acts that had no pattern of their type:
phone calls and the named strategic dialogue (CONSULT), personnel sent and forces on alert (MOBILIZE), and
a state of emergency declared with a long subject (COERCE).

Sentences written for these tests; each family has cases that must fire and cases that must not."""
from __future__ import annotations

import pytest

from helpers_triggers import pattern_ids


def _fired(text: str, prefix: str) -> list[str]:
    return [p for p in pattern_ids(text) if p.startswith(prefix)]


@pytest.mark.parametrize("text, pattern", [
    ("وتحدث الرئيس الفرنسي هاتفيا مع نظيره المصري أمس.", "consult.s22-taHaddatha-hatifiyyan"),
    ("وقال البيت الأبيض إن الرئيسين تحدثا هاتفيا اليوم بشأن الأزمة.", "consult.s22-taHaddatha-hatifiyyan"),
    ("وأكد الوزير أن الحوار الاستراتيجي بين البلدين تناول ملفات الأمن والاقتصاد.", "consult.s22-Hiwar-istratiji"),
])
def test_calls_and_dialogue_are_consult(text, pattern):
    assert pattern in pattern_ids(text)


@pytest.mark.parametrize("text", [
    # a speech is no call: هاتفيا too far from the verb to be its manner
    "وتحدث الرئيس في كلمة طويلة أمام أعضاء البرلمان أمس عن اتصاله هاتفيا بنظيره.",
    # a national dialogue: the strategic adjective qualifies another noun
    "ودعا الحزب إلى حوار وطني شامل حول الخطة الاستراتيجية للتنمية.",
])
def test_speeches_and_national_dialogue_are_no_consult(text):
    assert not _fired(text, "consult.s22-")


@pytest.mark.parametrize("text", [
    "وأرسلت الحكومة نحو 200 شرطي إلى الحدود الشمالية.",
    "وقال الوزير إنه أرسل حراسا إضافيين لتعزيز الأمن في الميناء.",
])
def test_personnel_sent_are_mobilize(text):
    assert _fired(text, "mobilize.s22-arsala-afrad")


@pytest.mark.parametrize("text", [
    "وأرسلت الوزارة رسالة إلى البرلمان بشأن الميزانية.",
    "وأرسل المواطنون شكاوى إلى البلدية.",
])
def test_letters_sent_are_no_mobilization(text):
    assert not _fired(text, "mobilize.s22-")


def test_forces_on_alert_are_mobilize():
    assert _fired("وقال المصدر إن وحدات الجيش على أهبة الاستعداد لصد أي هجوم.", "mobilize.s22-ahbat-isti3dad")


def test_readiness_to_talk_is_no_alert():
    assert not _fired("وأبدت الحكومة استعدادها للحوار، وقالت إن الوفد على أهبة السفر.", "mobilize.s22-")


@pytest.mark.parametrize("text", [
    "وأعلنت السلطات المحلية في ولاية تكساس الأمريكية حالة الطوارئ بعد الفيضانات.",
    "وأعلنت حكومة الإقليم الشمالي في بيان رسمي مساء أمس حالة الطوارئ في المدينة.",
])
def test_states_of_emergency_with_a_long_subject_are_coerce(text):
    assert _fired(text, "coerce.s22-a3lana-tawari2-ba3id")


def test_an_emergency_room_is_no_state_of_emergency():
    assert not _fired("وأعلن المستشفى أن المصابين نقلوا إلى قسم الطوارئ وأن حالة اثنين منهم حرجة.", "coerce.s22-")
