"""Trigger lexicon, session 12 round 2: non-political senses and homographs are blocked; the political senses stay."""
from __future__ import annotations

import pytest

from hadath.document import Document
from hadath.events.triggers import find_triggers


def _ids(text: str) -> list[str]:
    from hadath.text.stage import TextStage

    return [m.pattern.id for m in find_triggers(TextStage()(Document(text)))]


@pytest.mark.parametrize("text,pid", [
    # a source asking not to be named
    ("وأوضح دبلوماسي غربي طلب عدم ذكر اسمه أن المفاوضات متعثرة", "request.Talaba"),
    ("قال ضابط في الجيش طلب عدم الكشف عن هويته إن القصف استمر", "request.Talaba"),
    # market demand
    ("انخفضت الأسعار مع تراجع طلب المستهلكين على الذهب", "request.Talaba"),
    # a blessing after a ruler's name
    ("استقبل الملك سلمان أيده الله ولي عهد أبوظبي", "support.ayyada"),
    # at any price
    ("يسعى الحزب إلى البقاء في السلطة بأي ثمن", "support.thammana"),
    # the adjective قابل ل
    ("أكد الوزير أن الاتفاق غير قابل للتعديل", "consult.qabala"),
    ("منحت الشركة عقدا قابلا للتجديد", "consult.qabala"),
    # travel by land
    ("نصحت الخارجية رعاياها بعدم السفر برا إلى العراق", "concede.barra2a"),
    ("نقلت المساعدات برا وبحرا إلى المدينة", "concede.barra2a"),
    # a kunya with أبي is a name, not a refusal
    ("قتل القائد الميداني أبي محمد العراقي في غارة", "reject.abaa"),
])
def test_non_political_sense_gives_no_trigger(text, pid):
    assert pid not in _ids(text)


@pytest.mark.parametrize("text,pid", [
    ("طلبت الأردن من مجلس الأمن عقد جلسة طارئة", "request.Talaba"),
    ("أيدت الجامعة العربية الحكومة اليمنية في حربها", "support.ayyada"),
    ("ثمن الرئيس اليمني موقف المملكة الداعم لبلاده", "support.thammana"),
    ("قابل الرئيس التونسي وزير الخارجية الفرنسي أمس", "consult.qabala"),
    ("منعت السلطات الإسرائيلية المصلين من دخول المسجد", "coerce.manaa-safar"),
])
def test_political_sense_still_triggers(text, pid):
    assert pid in _ids(text)


@pytest.mark.parametrize("text", [
    "وقعت الحكومتان اتفاقا على دعم فني للموانئ",
    "طمأن الوزير حلفاءه بشأن دعم بلاده لهم",
    "تحدث السفير عن دعم المانحين للاجئين",
])
def test_topic_stem_after_preposition_is_no_verb(text):
    assert "support.da3ama" not in _ids(text)


@pytest.mark.parametrize("text", [
    "دعم الرئيس الفرنسي الحكومة اللبنانية",
    "وقال إن الأردن دعم الحكومة العراقية في حربها",
])
def test_support_verb_still_triggers(text):
    assert "support.da3ama" in _ids(text)
