"""Event-type precision on news, session 15 round 3: an attack told in a relative clause on its victim or bomber.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- a relative clause whose verb says the antecedent suffered an attack or carried it out on himself (الجندي الذي
  استشهد في الهجوم، العائلة الذين أصيبوا بجروح، الانتحاري الذي فجر نفسه) says who the person is: no ASSAULT when
  the sentence tells something else about them;
- a toll noun before the relative (القتلى الذين سقطوا، الضحايا الذين) still counts the victims of the attack; an
  attack told in a main clause (فجر انتحاري نفسه) or a relative clause on the attacked place (استهدف) stays.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.nesting import suffered_relatives
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped(text: str) -> int:
    doc = marked_document(text)
    return len(suffered_relatives(doc, find_triggers(doc)))


DESCRIBED_PEOPLE = [
    "نعت القبيلة ابنها الجندي أحمد سالم الذي استشهد في هجوم على نقطة حدودية الأسبوع الماضي، وأقامت له مجلس عزاء.",
    "نشرت الشرطة صورة الانتحاري الذي فجر نفسه قرب محطة الحافلات، وطلبت من المواطنين المساعدة في التعرف عليه.",
    "زار المحافظ مستشفى المدينة والتقى الأطفال الذين أصيبوا بجروح في انفجار لغم قديم.",
]


@pytest.mark.parametrize("text", DESCRIBED_PEOPLE)
def test_relative_clause_on_victim_or_bomber_is_no_attack(text):
    assert _dropped(text) >= 1
    assert "ASSAULT" not in _types(text)


KEPT_ATTACKS = [
    # a toll noun before the relative: the count of the attack's victims
    "ارتفع عدد القتلى الذين سقطوا في تفجير السوق المركزي إلى ثلاثين شخصا.",
    "قالت الشرطة إن الضحايا الذين أصيبوا في الهجوم نقلوا إلى المستشفى.",
    # the attack in a main clause
    "فجر انتحاري نفسه في سوق مزدحمة بالعاصمة الأفغانية، ما أدى إلى مقتل عشرة أشخاص.",
]


@pytest.mark.parametrize("text", KEPT_ATTACKS)
def test_tolls_and_main_clause_attacks_stay(text):
    assert _dropped(text) == 0


def test_main_clause_bombing_is_still_an_attack():
    assert "ASSAULT" in _types("فجر انتحاري نفسه في سوق مزدحمة بالعاصمة الأفغانية، ما أدى إلى مقتل عشرة أشخاص.")


def test_bomber_relative_needs_self_word():
    # الذي فجر قنبلة: the clause tells who set off a bomb, not a suicide; only فجر نفسه is the bomber named
    assert _dropped("اعتقلت الشرطة الرجل الذي فجر قنبلة في السوق المركزي أمس.") == 0
