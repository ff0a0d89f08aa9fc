"""Session 22, round 3: acts named only by a time frame are background, not reported (docs/eval-news.md: "منذ
الهجوم" and "after" clauses are not coded): an elapsed span (بعد مرور عامين على هجوم، بعد أسبوع من أعنف قتال), the
day after (غداة هجوم), "since" (منذ اندلاع الاشتباكات), an anniversary (في ذكرى ضحايا التفجير) and a verb of following (التي أعقبت مجزرة).
Sentences written for these tests, positives and near misses."""
import pytest

import hadath
import hadath.events.mentioned_background as background


def _types(text):
    return [e.type for e in hadath.extract(text, date="2015-08-01").events]


def _frames(text):
    """The time frames naming the sentence's trigger matches (what ``framed_acts`` reads)."""
    from hadath.events.triggers import find_triggers

    doc = hadath.extract(text, date="2015-08-01")
    return [f for m in find_triggers(doc) if (f := background._frame_at(doc, m.sentence, m.first))]


@pytest.mark.parametrize("text, frame", [
    ("افتتحت البلدية أمس الحديقة العامة من جديد بعد مرور ثلاثة أعوام على هجوم شنه مسلحون على زوارها.",
     "elapsed span"),
    ("استأنفت المدارس الدراسة في المدينة بعد أسبوع من أعنف اشتباكات بين الجيش والمتمردين.", "elapsed span"),
    ("أعلنت الحكومة خطة لإعمار الحي بعد ساعات قليلة من تفجير انتحاري استهدف السوق المركزي.", "elapsed span"),
    ("قررت الوزارة تشديد الحراسة على المطارات غداة هجوم انتحاري على نقطة تفتيش.", "day after"),
    ("نظم السكان أمس وقفة صامتة في الذكرى الأولى لمقتل عشرين شخصا في هجوم على السوق.", "anniversary"),
    ("تحدث الوزير في المؤتمر الصحافي الذي أعقب مجزرة القرية.", "followed act"),
    ("قال مسؤول محلي إن عدد النازحين منذ اندلاع الاشتباكات في الإقليم تجاوز عشرة آلاف.", "since"),
])
def test_framed_act_is_left_out(text, frame):
    assert frame in _frames(text)
    assert "ASSAULT" not in _types(text)


def test_description_of_framed_act_is_left_out():
    text = "عقد البرلمان جلسة طارئة بعد يومين من هجوم المتمردين على الثكنة الذي أسفر عن مقتل عشرين جنديا."
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", [
    # a span with no "after" head, and an attack reported outright beside a date
    "قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش قبل ثلاثة أيام من الانتخابات.",
    "شن مسلحون أمس هجوما على مركز للشرطة في شمال البلاد أسفر عن مقتل أربعة من عناصره.",
    # the day after is the time of the news act itself, a coordinated report of its own
    "غداة الانتخابات، قصفت الطائرات مواقع المتمردين في الجبال.",
    # "since" before a time, not an act: the shelling is the news
    "منذ صباح أمس تقصف المدفعية مواقع المتمردين في الجبال.",
])
def test_reported_attack_is_kept(text):
    assert "ASSAULT" in _types(text)
