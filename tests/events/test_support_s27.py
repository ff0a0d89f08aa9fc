"""Session 27: an endorsed agreement's state. A deal adopted or approved with no sides named goes to the state its
relative clause names (تبنى المجلس الاتفاق الذي يحد من برنامج X -> X), not the endorser's own; a green light given to
an agreement (أعطى الضوء الأخضر للاتفاق) is endorsing it, like تبنى، and a deal "بين X وY" backs its sides.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_sides


def _support(text):
    return pipeline_sides(text, "SUPPORT")


@pytest.mark.parametrize("text, state", [
    ("تبنى مجلس الأمن الاتفاق الذي يهدف إلى الحد من برنامج كوريا الشمالية الصاروخي.", "PRK"),
    ("أقر الاتحاد الأفريقي اتفاق الوسطاء (لجنة 3+2) الذي يقضي بانسحاب قوات السودان من المنطقة.", "SDN"),
])
def test_state_named_in_endorsed_deal_clause(text, state):
    assert ({"IGO"}, {state}) in _support(text), _support(text)


def test_green_light_to_a_deal_backs_its_sides():
    got = _support("أعطى البرلمان الأوروبي الضوء الأخضر للاتفاق الموقع بين المغرب وموريتانيا.")
    assert ({"IGO"}, {"MAR", "MRT"}) in got, got


@pytest.mark.parametrize("text", [
    "تبنى مجلس الأمن الاتفاق الذي توصلت إليه الأطراف المعنية أمس، وقال دبلوماسيون في طهران إن التنفيذ سيبدأ قريبا.",  # the state past the clause's comma
    "أقرت الحكومة المصرية الاتفاق الذي يخدم مصالح مصر الاقتصادية.",  # the endorser's own country
])
def test_no_state_from_outside_or_own(text):
    got = _support(text)
    assert all(not ({"IRN", "EGY"} & rec) for _, rec in got), got


def test_green_light_to_a_base_is_no_endorsement():
    assert _support("أعطت السلطات التركية الضوء الأخضر لاستخدام قاعدة إنجرليك.") == []


# the owner of a stance noun (تعازي الأردن، شكر الكويت) is the backer when the subject names no country: the
# recipient is the party after it (لحكومة مصر), not the owner itself
@pytest.mark.parametrize("text, actor, recipient", [
    ("وعبر البيان عن تعازي الأردن لحكومة مصر.", "JOR", "EGY"),
    ("وأعربت الرسالة عن شكر الكويت للحكومة الفرنسية على جهودها.", "KWT", "FRA"),
])
def test_stance_owner_is_no_recipient(text, actor, recipient):
    assert ({actor}, {recipient}) in _support(text), _support(text)


def test_condolences_with_no_owner_keep_their_recipient():
    got = _support("أعرب البيان عن التعازي للحكومة التونسية.")
    assert all(rec == {"TUN"} for _, rec in got), got
