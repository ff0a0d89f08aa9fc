"""Trigger lexicon, session 13: a projectile falling told as a verbal noun (سقوط مقذوف) with the territory it came
from as its attacker, and a relief campaign's clinics receiving patients (AID, not a meeting). Sentences written for
these tests, positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_events as _events


# ---------------------------------------------------------------- سقوط مقذوف / قذيفة
@pytest.mark.parametrize("text", [
    "أصيب ثلاثة مواطنين بجروح جراء سقوط مقذوف عسكري من داخل الأراضي اليمنية على حي سكني في جازان.",
    "تلقت فرق الدفاع المدني بلاغا عن سقوط قذائف على مزرعة في الطوال.",
    "أغلقت المدارس بعد سقوط صواريخ على المدينة الحدودية.",
])
def test_projectile_falling_noun_is_a_trigger(text):
    assert "assault.suqut-maqdhuf" in _pattern_ids(text)


def test_territory_after_min_is_the_attacker_not_the_target():
    got = _events("قتل مقيم في نجران إثر سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزله.")
    assert ("ASSAULT", ["YEM"], ["SAU"]) in got


@pytest.mark.parametrize("text", [
    "أعلن الجيش سقوط طائرة مسيرة في الصحراء بسبب عطل فني.",
    "تسبب سقوط الأمطار الغزيرة في إغلاق الطرق.",
    "احتفل المعارضون بسقوط النظام في العاصمة.",
])
def test_other_falls_are_no_projectile(text):
    assert "assault.suqut-maqdhuf" not in _pattern_ids(text)


# ---------------------------------------------------------------- clinics receiving patients
@pytest.mark.parametrize("text", [
    "استقبلت العيادات السعودية في مخيم الزعتري أكثر من 900 لاجئ سوري خلال الأسبوع الماضي.",
    "استقبلت عيادة الأطفال التابعة للحملة الوطنية السعودية 420 حالة مرضية من اللاجئين السوريين.",
])
def test_clinic_receiving_patients_is_aid(text):
    ids = _pattern_ids(text)
    assert "aid.istaqbala-3iyada" in ids
    assert "consult.istaqbala" not in ids


def test_clinic_report_codes_aid_to_the_refugees():
    got = _events("استقبلت العيادات التخصصية التابعة للحملة الوطنية السعودية لإغاثة الأشقاء السوريين أكثر من 700 حالة "
                  "مرضية في مخيم الزعتري بالأردن.")
    assert ("AID", ["SAU"], ["SYR"]) in got


@pytest.mark.parametrize("text", [
    "استقبل مدير العيادة السفير الياباني في مكتبه بالرياض.",
    "استقبل وزير الصحة السعودي نظيره الأردني في العيادة الملكية.",
])
def test_a_reception_at_or_by_a_clinic_staff_is_no_aid(text):
    assert "aid.istaqbala-3iyada" not in _pattern_ids(text)
