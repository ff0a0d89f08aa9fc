"""Session 16, round 3: names that look like triggers, and traffic accidents.

- منظمة العفو (Amnesty International) is no pardon; a pardon (أصدر الرئيس عفوا عن، العفو عن) still is.
- مديرية أرحب (a Yemeni district) is no welcome; رحب بالقرار still is support.
- مولانا (a cleric's title) is no funding; مول المشروع still is aid.
- نادي الصحافة، نادي الأسير (professional clubs) are no call; نادى بالإفراج still is a request.
- deaths في حادث مروري are no attack; a car bomb (سيارة مفخخة) still is.
"""
from __future__ import annotations

import pytest

import hadath
from tests.events.helpers_triggers import pattern_ids, rule_types


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2015-08-01").events}


AMNESTY = [
    "يتوقع أن تصدر منظمة العفو الدولية غدا تقريرا عن أوضاع السجون في البلاد.",
    "أرسل عدد من الكتاب رسالة إلى منظمة العفو الدولية يطالبونها بالتحقيق.",
]


@pytest.mark.parametrize("text", AMNESTY)
def test_amnesty_international_is_no_pardon(text):
    assert not [p for p in pattern_ids(text) if p.startswith("concede.3af")]
    assert "CONCEDE" not in rule_types(text)


PARDONS = [
    "أصدر الرئيس المصري عفوا عن مئة سجين بمناسبة عيد الفطر.",
    "أصدر العاهل المغربي عفوا ملكيا عن عدد من المعتقلين.",
]


@pytest.mark.parametrize("text", PARDONS)
def test_a_real_pardon_still_fires(text):
    assert [p for p in pattern_ids(text) if p.startswith("concede.3af")]


def test_arhab_district_is_no_welcome():
    text = "قتل عدد من المسلحين الحوثيين في مواجهات مع رجال القبائل في مديرية أرحب شمال صنعاء."
    assert not [p for p in pattern_ids(text) if p.startswith("support.rahhaba")]
    assert "SUPPORT" not in rule_types(text)


def test_welcoming_a_decision_still_fires():
    assert "support.rahhaba" in pattern_ids("رحبت الحكومة اليمنية بقرار مجلس الأمن الدولي الأخير.")


def test_mawlana_title_is_no_funding():
    text = "دعا مولانا فضل الرحمن زعيم جمعية علماء الإسلام الحكومة الباكستانية إلى الحوار."
    assert "aid.mawwala" not in pattern_ids(text)
    assert "AID" not in rule_types(text)


def test_funding_still_fires():
    assert "aid.mawwala" in pattern_ids("مولت المملكة مشروعا لإعادة بناء المدارس في اليمن.")


CLUBS = [
    "تجمع عشرات الصحفيين أمام نادي الصحافة بكراتشي احتجاجا على اعتقال زميل لهم.",
    "قال نادي الأسير الفلسطيني بأن سلطات الاحتلال اعتقلت عشرين فلسطينيا.",
]


@pytest.mark.parametrize("text", CLUBS)
def test_professional_club_is_no_call(text):
    assert "request.tanaada" not in pattern_ids(text)


def test_calling_for_still_fires():
    assert "request.tanaada" in pattern_ids("نادى الرئيس الفرنسي بالإفراج عن الصحفيين المحتجزين.")


def test_traffic_accident_is_no_attack():
    assert "ASSAULT" not in _types("لقي خمسة حجاج أردنيين مصرعهم وأصيب عشرة آخرون في حادث مروري على طريق المدينة.")
    assert "ASSAULT" not in _types("توفي ثلاثة أشخاص بحادث مروري شمال الرياض فجر أمس.")


def test_car_bomb_stays_an_attack():
    assert "ASSAULT" in _types("قتل سبعة جنود عراقيين في انفجار سيارة مفخخة استهدفت حاجزا للجيش في الرمادي.")
