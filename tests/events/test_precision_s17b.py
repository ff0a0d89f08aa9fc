"""Event-type precision on news, session 17 round 2: trigger words read in another sense, animals as parties, an
ordinal before a thing that arrives, and a tally span written with a detached article.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- "اعتقلت الشرطة طالباً سعودياً"، "ألف طالب فلسطيني": طالب opens a named party (a student): no REQUEST; a demand
  by a party named after the verb (طالب مسؤولون سعوديون بالإفراج) stays;
- "أغلقت السلطات الصحيفة مما دعا نقابة الصحفيين لإدانة القرار": دعا after ما / مما is "which prompted": no REQUEST;
  "دعا الرئيس الفرنسي الدول الأوروبية إلى" stays, and so does a call referred to (ما دعا إليه) for other rules;
- an animal shot or arrested (إن كلباً تعرض لإطلاق الرصاص، اعتقال سنجاب، قتل أسداً نادراً): no ASSAULT or COERCE;
  an arrest of people and an attack by الأسد's forces stay;
- "وصول أول سفينة مساعدات إلى الميناء": a ship arrives, no CONSULT;
- "اعتقلت الشرطة 3200 مشتبه به خلال الـ10 أعوام الماضية": a tally, no COERCE; one arrest yesterday stays.
"""
from __future__ import annotations

import pytest

from hadath.events.non_events import party_noun_homographs, prompted_acts
from tests.events.helpers_precision import dropped_by, types_of


STUDENTS = [
    "اعتقلت الشرطة الفرنسية طالباً سعودياً في باريس للاشتباه في حيازته سلاحا.",
    "تأخر العام الدراسي لأكثر من عشرين ألف طالب فلسطيني في المخيمات.",
]


@pytest.mark.parametrize("text", STUDENTS)
def test_student_is_no_demand(text):
    assert dropped_by(text, party_noun_homographs) >= 1
    assert "REQUEST" not in types_of(text)


def test_demand_by_party_after_verb_stays():
    text = "طالب مسؤولون سعوديون الحكومة البريطانية بالإفراج عن المعتقلين."
    assert dropped_by(text, party_noun_homographs) == 0
    assert "REQUEST" in types_of(text)


PROMPTED = [
    "أغلقت السلطات التركية صحيفة معارضة مما دعا نقابة الصحفيين لإدانة القرار.",
    "رفضت الحكومة الإفراج عن الصيادين، ما دعا السلطات المصرية لاستدعاء السفير.",
]


@pytest.mark.parametrize("text", PROMPTED)
def test_prompted_is_no_call(text):
    assert dropped_by(text, prompted_acts) == 1


def test_call_stays():
    text = "دعا الرئيس الفرنسي الدول الأوروبية إلى فرض عقوبات على روسيا."
    assert dropped_by(text, prompted_acts) == 0
    assert "REQUEST" in types_of(text)


def test_call_referred_to_is_left_to_other_rules():
    assert dropped_by("نفذت الحكومة ما دعا إليه الرئيس من إصلاحات.", prompted_acts) == 0


ANIMALS = [
    "قامت الشرطة الألمانية باعتقال سنجاب بعد مطاردته لامرأة في الشارع.",
    "قالت الشرطة إن كلباً في المدينة تعرض بالخطأ لإطلاق الرصاص.",
    "طلبت زيمبابوي تسليم صياد أمريكي قام بقتل أسد نادر في محمية طبيعية.",
]


@pytest.mark.parametrize("text", ANIMALS)
def test_animal_party_is_no_attack_or_arrest(text):
    assert not types_of(text) & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة الألمانية خمسة أشخاص بعد مطاردتهم في الشارع.",
    "قصفت قوات الأسد مدينة حلب بالبراميل المتفجرة.",
])
def test_people_arrested_and_assad_forces_stay(text):
    assert types_of(text) & {"ASSAULT", "COERCE"}


def test_ordinal_thing_arrival_is_no_visit():
    assert "CONSULT" not in types_of("أعلن المحافظ وصول أول سفينة مساعدات إلى ميناء المدينة.")


def test_person_arrival_stays():
    assert "CONSULT" in types_of("أعلنت الرئاسة المصرية وصول الرئيس الفرنسي إلى القاهرة في زيارة رسمية.")


def test_tally_with_detached_article():
    assert "COERCE" not in types_of("اعتقلت الشرطة 3200 مشتبه به خلال الـ10 أعوام الماضية.")


def test_single_arrest_stays():
    assert "COERCE" in types_of("اعتقلت الشرطة التركية أمس ثلاثة مشتبه بهم في إسطنبول.")
