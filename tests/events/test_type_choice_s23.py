"""Type choice, session 23: signing or concluding an agreement (وقع اتفاقية، أبرم صفقة، عقد صفقة) is AGREE in our
news gold, not PLOVER's SUPPORT 057 (CAMEO code kept); ratifying stays SUPPORT. احتج with a civilian collective as
its subject (احتج المزارعون على) is a street protest, while an official's احتج على stays a verbal objection (ACCUSE).
The noun of hostage-taking (احتجاز الرهائن) is ASSAULT abduct, not the arrest of the bare noun احتجاز.
Sentences written for these tests."""
import pytest

import hadath
from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


# ---------------------------------------------------------------- signing is AGREE
@pytest.mark.parametrize("text, pattern", [
    ("وقعت مصر واليونان اتفاقية لترسيم الحدود البحرية بينهما.", "support.waqqa3a"),
    ("أبرمت الهند صفقة مع فرنسا لشراء طائرات مقاتلة.", "support.abrama"),
    ("عقدت الحكومة المغربية صفقة مع الحكومة الإسبانية لشراء قطارات.", "cov.support.3aqada-Safqa"),
])
def test_signing_an_agreement_is_agree(text, pattern):
    assert pattern in _pattern_ids(text)
    evs = [e for e in _events(text) if e.source == "rule:" + pattern]
    assert evs and {e.type for e in evs} == {"AGREE"}
    assert evs[0].cameo == "057"


def test_signing_keeps_both_parties():
    evs = [e for e in _events("أبرمت الهند صفقة مع فرنسا لشراء طائرات مقاتلة.") if e.type == "AGREE"]
    assert evs
    assert {a.country for a in evs[0].actor} == {"IND"} and {r.country for r in evs[0].recipient} == {"FRA"}


def test_ratifying_stays_support():
    assert "SUPPORT" in _types("صادق مجلس الأمن الدولي على الاتفاق بين إثيوبيا وإريتريا.")


def test_signing_a_domestic_law_is_no_event():
    assert not [e for e in _events("وقع الرئيس الكيني على وثيقة قانون الانتخابات الجديد.") if e.cameo == "057"]


# ---------------------------------------------------------------- احتج: crowd or official
@pytest.mark.parametrize("text", [
    "احتج المزارعون على انخفاض أسعار القمح في فرنسا.",
    "واحتج التجار على الرسوم الجمركية الجديدة في مصر.",
    "احتج الطلاب على رفع الرسوم الدراسية في تشيلي.",
])
def test_crowd_objecting_is_a_protest(text):
    assert "protest.iHtajja-crowd" in _pattern_ids(text)
    types = _types(text)
    assert "PROTEST" in types and "ACCUSE" not in types


@pytest.mark.parametrize("text", [
    "احتجت وزارة الخارجية المصرية على تصريحات السفير التركي.",
    "احتج السفير الروسي لدى الخارجية البريطانية على القرار.",
])
def test_official_objection_stays_accuse(text):
    assert "protest.iHtajja-crowd" not in _pattern_ids(text)
    assert "ACCUSE" in _types(text)


# ---------------------------------------------------------------- hostage-taking
@pytest.mark.parametrize("text", [
    "انتهت عملية احتجاز الرهائن في فندق بالعاصمة المالية باماكو بعد تدخل القوات الخاصة.",
    "قال مصدر أمني إن احتجاز رهائن في مصرف بمدينة بنغازي الليبية لا يزال مستمرا.",
])
def test_hostage_taking_noun_is_an_abduction(text):
    ids = _pattern_ids(text)
    assert "assault.iHtijaz-raha2in" in ids and "coerce.iHtijaz-noun" not in ids
    assert "COERCE" not in _types(text)


def test_bare_detention_noun_stays_an_arrest():
    ids = _pattern_ids("أعلنت الشرطة الفرنسية احتجاز رجل للتحقيق معه في باريس.")
    assert "coerce.iHtijaz-noun" in ids and "assault.iHtijaz-raha2in" not in ids
