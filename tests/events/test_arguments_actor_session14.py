"""Actor-side argument choice, session 14 round 2 (sentences written for these tests, not taken from the eval sets).

- A release noun ending a verb trigger (أطلق ... سراح X) has its patient in construct after it: X was released, it is
  not the verb's subject even when no other party opens the clause.
- A feminine party before a masculine أطلق whose noun carries the feminine pronoun (فلانة ... أطلق سراحها) is the one
  released (the verb is a passive): it is no actor.
- A police or army speaker reporting "تم اختطاف X" did not kidnap X (arrests reported that way stay theirs).
- A verb joined by و that the clitic analysis leaves whole (وحث) still shares the clause's first subject.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text", [
    "أطلق أمس سراح الصحفي الياباني الذي خطف في سوريا قبل عام.",
    "أطلق مساء الأحد سراح الرهينة اليابانية التي خطفت في ليبيا في الربيع الماضي.",
])
def test_party_after_release_noun_is_released(text):
    evs = _events(text, "RETREAT")
    assert evs and all("JPN" in _countries(e.recipient) and "JPN" not in _countries(e.actor) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_feminine_topic_of_masculine_release_verb_is_released():
    evs = _events("ذكر بيان لمكتب رئيس الوزراء الياباني أن امرأة يابانية احتجزت رهينة في سوريا منذ مايو أطلق سراحها أمس.",
                  "RETREAT")
    assert evs and all("JPN" in _countries(e.recipient) and "JPN" not in _countries(e.actor) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, actor", [
    ("أطلقت الحكومة الأردنية سراح ثلاثة صحفيين أجانب بعد التحقيق معهم.", "JOR"),
    ("قال مسؤول إن الجيش الفلبيني أطلق سراحها بعد يومين من احتجازها.", "PHL"),
])
def test_releaser_subject_still_acts(text, actor):
    evs = _events(text, "RETREAT")
    assert evs and all(actor in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_police_reporting_an_abduction_did_not_kidnap():
    evs = _events("قالت الشرطة التركية إنه تم اختطاف ضابط شرطة تركي في إقليم ديار بكر مساء الجمعة.", "ASSAULT")
    assert evs and all("TUR" not in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_police_reporting_an_arrest_made_it():
    evs = _events("قالت الشرطة التركية إنه تم القبض على ثلاثة مشتبه بهم في إقليم ديار بكر.", "COERCE")
    assert evs and all(_countries(e.actor) == {"TUR"} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_joined_short_verb_shares_the_first_subject():
    evs = _events("قالت الخارجية الفرنسية إن وزير الخارجية الفرنسي انتقد الانتخابات وحث الرئيس البوروندي على "
                  "إجراء حوار مع المعارضة.", "REQUEST")
    assert evs and all(_countries(e.actor) == {"FRA"} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_short_verb_opening_its_clause_keeps_its_own_subject():
    evs = _events("وحث الرئيس الفرنسي الحكومة المالية على الحوار مع المعارضة.", "REQUEST")
    assert evs and all(_countries(e.actor) == {"FRA"} for e in evs), [(e.actor, e.recipient) for e in evs]
