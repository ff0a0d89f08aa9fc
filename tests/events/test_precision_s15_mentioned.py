"""Event-type precision on news, session 15: acts that are only mentioned.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- support or threats for a militant group told about people arrested in the same sentence (اعتقلت الشرطة شبانا
  أعلنوا تأييدهم لتنظيم داعش) describe the suspects: no SUPPORT or THREATEN by the arresting state, the arrest stays;
- a warning of a third party's possible act or of the results of a war (حذر من إمكانية وقوع هجمات، من النتائج
  الكارثية) is a forecast, no THREATEN; a party warned (حذر الرئيس الولايات المتحدة من) stays a threat;
- the place or the crisis of a detention (مكان احتجاز الصحفي، أزمة احتجاز الصيادين) is no arrest;
- a verb describing an attack noun that dates the sentence (بعد هجوم استهدف حافلة، على اثر هجمات الأسبوع الماضي التي
  أسفرت عن مقتل) tells that earlier act, no new ASSAULT beside the sentence's own news;
- a call whose addressee is the speaker's own nationals or everyone present (دعت السلطات مواطنيها إلى عدم السفر، طلب
  من الجميع) is an advisory, no REQUEST (an appeal to the people of a place stays one, tests of parties round 18b); people "accused of" a charge (القبض على 12 متهما بالانتماء) make no ACCUSE;
- a count of killings or executions since an onset (منذ اندلاع المعارك، منذ سيطرتها على المنطقة) is a tally;
- an act named as an aim or a provision (تسوية تقضي بانسحاب المسلحين، للمساعدة في الإفراج عن) has not taken place;
- aid governed by a noun of delivery or oversight (من أجل وصول المساعدات الإنسانية، يتولى الإشراف على المساعدات) is
  a topic, no AID; aid given (قدمت الكويت المساعدات) stays;
- an entertainer "attacking" someone in an interview (هاجمت المغنية زميلتها في لقاء تلفزيوني) is no ASSAULT.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.mentioned_acts import suspects_allegiance
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped_allegiances(text: str) -> int:
    """How many support or threat matches of ``text`` the suspects rule drops (trigger matches, before merging)."""
    doc = marked_document(text)
    return len(suspects_allegiance(doc, find_triggers(doc)))


SUSPECTS = [
    "اعتقلت الشرطة الفرنسية ثلاثة شبان في مدينة ليون أعلنوا تأييدهم لتنظيم داعش على مواقع التواصل.",
    "ألقت قوات الأمن الأردنية القبض على خلية من خمسة أشخاص، أبدوا ولاءهم وتأييدهم لتنظيم داعش.",
]


@pytest.mark.parametrize("text", SUSPECTS)
def test_suspects_allegiance_is_no_support(text):
    assert _dropped_allegiances(text) >= 1
    types = _types(text)
    assert "SUPPORT" not in types
    assert "COERCE" in types


SUPPORT_KEPT = [
    "أعلنت جماعة بوكو حرام مبايعتها وتأييدها لتنظيم داعش في تسجيل صوتي.",
    "أعلن الرئيس الفرنسي تأييده لقرار الحكومة المصرية بشأن الحدود.",
]


@pytest.mark.parametrize("text", SUPPORT_KEPT)
def test_support_without_an_arrest_stays(text):
    assert _dropped_allegiances(text) == 0


FORECASTS = [
    "حذرت وزارة الخارجية البريطانية من إمكانية وقوع هجمات إرهابية في المنتجعات السياحية.",
    "حذر المبعوث الأممي إلى ليبيا من النتائج الكارثية لاستمرار القتال في طرابلس.",
    "حذر المتحدث باسم المعارضة السورية من قيام قوات النظام باقتحام البلدة المحاصرة.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_warning_of_a_possible_act_is_no_threat(text):
    assert "THREATEN" not in _types(text)


def test_party_warned_stays_a_threat():
    assert "THREATEN" in _types("حذر الرئيس الإيراني الولايات المتحدة من أي عمل عسكري ضد بلاده.")


DETENTION_TOPICS = [
    "تبذل السلطات الفلبينية جهودا مكثفة لتحديد مكان احتجاز الصحفي الياباني المخطوف.",
    "أنهت الحكومة الإندونيسية أمس أزمة احتجاز 40 صيادا ماليزيا بعفو رئاسي.",
]


@pytest.mark.parametrize("text", DETENTION_TOPICS)
def test_place_or_crisis_of_a_detention_is_no_arrest(text):
    assert "COERCE" not in _types(text)


def test_arrest_reported_stays():
    assert "COERCE" in _types("اعتقلت الشرطة التركية 12 شخصا في إسطنبول للاشتباه في انتمائهم لتنظيم متطرف.")


def test_entertainer_attacking_in_an_interview_is_no_assault():
    assert "ASSAULT" not in _types("هاجمت المغنية المصرية زميلتها اللبنانية في لقاء تلفزيوني مساء أمس.")


def test_armed_attack_stays():
    assert "ASSAULT" in _types("هاجم مسلحون حاجزا للجيش المصري في شمال سيناء وقتلوا ثلاثة جنود.")


DATED_DESCRIPTIONS = [
    "طالبت الحكومة الهندية نيبال بتشديد الإجراءات الأمنية بعد هجوم استهدف حافلة هندية قرب الحدود.",
    "رفعت السلطات الفرنسية حالة التأهب القصوى على اثر هجمات الأسبوع الماضي التي أسفرت عن مقتل 20 شخصا.",
]


@pytest.mark.parametrize("text", DATED_DESCRIPTIONS)
def test_verb_describing_a_dated_attack_is_no_report(text):
    types = _types(text)
    assert "ASSAULT" not in types
    assert types  # the sentence's own news (a call, an alert) stays


ATTACKS_KEPT = [
    "قتل خمسة جنود في هجوم استهدف قاعدة عسكرية في شمال مالي أمس.",
    "استهدف هجوم انتحاري فندقا في العاصمة الصومالية مقديشو أمس.",
]


@pytest.mark.parametrize("text", ATTACKS_KEPT)
def test_reported_attack_stays(text):
    assert "ASSAULT" in _types(text)


ADVISORIES = [
    "طلب وزير الخارجية المصري من الجميع أن يحترموا سيادة بلاده.",
    "دعت السلطات الصينية رعاياها إلى عدم السفر إلى ميانمار بسبب الاضطرابات.",
]


@pytest.mark.parametrize("text", ADVISORIES)
def test_call_on_the_public_is_no_request(text):
    assert "REQUEST" not in _types(text)


def test_call_on_a_state_stays_a_request():
    assert "REQUEST" in _types("دعا الرئيس الفرنسي إيران إلى الإفراج عن الصحفيين المعتقلين لديها.")


def test_people_accused_of_a_charge_make_no_accusation():
    types = _types("ألقت الشرطة المصرية القبض على 12 متهما بالانتماء لجماعة محظورة في الجيزة.")
    assert "ACCUSE" not in types
    assert "COERCE" in types


def test_accusing_participle_stays():
    assert "ACCUSE" in _types("انتقد وزير الخارجية السعودي السياسة الإيرانية، متهما طهران بدعم الإرهاب في المنطقة.")


TALLIES_SINCE = [
    "أعدمت الجماعة المسلحة أكثر من 300 شخص في شمال البلاد منذ سيطرتها على المنطقة.",
    "قتلت الجماعة المسلحة أكثر من 300 شخص في شمال البلاد منذ اندلاع المعارك في مارس الماضي.",
]


@pytest.mark.parametrize("text", TALLIES_SINCE)
def test_count_since_an_onset_is_a_tally(text):
    assert "ASSAULT" not in _types(text)


def test_one_counted_attack_stays():
    assert "ASSAULT" in _types("قتلت الجماعة المسلحة 3 أشخاص في هجوم على قرية في شمال مالي أمس.")


AIMS = [
    "توصلت الأطراف اللبنانية إلى تسوية تقضي بانسحاب المسلحين من البلدة.",
    "تسعى الحكومة الفلبينية للمساعدة في الإفراج عن الرهائن الماليزيين.",
]


@pytest.mark.parametrize("text", AIMS)
def test_act_named_as_an_aim_or_a_provision_is_no_retreat(text):
    assert "RETREAT" not in _types(text)


def test_withdrawal_reported_stays():
    assert "RETREAT" in _types("انسحب المسلحون من البلدة السورية بعد اتفاق مع الجيش.")


GOVERNED_AID = [
    "أعلن التحالف هدنة في اليمن من أجل وصول المساعدات الإنسانية إلى المدن المحاصرة.",
    "قال مسؤول أممي يتولى الإشراف على المساعدات الإنسانية لليمن إن الوضع صعب.",
]


@pytest.mark.parametrize("text", GOVERNED_AID)
def test_aid_governed_by_a_delivery_noun_is_no_aid(text):
    assert "AID" not in _types(text)


@pytest.mark.parametrize("text", [
    "قدمت الكويت المساعدات الإنسانية للاجئين السوريين في الأردن.",
    "أرسلت الإمارات المساعدات الإنسانية إلى اليمن.",
])
def test_aid_given_stays(text):
    assert "AID" in _types(text)
