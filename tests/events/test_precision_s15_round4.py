"""Event-type precision on news, session 15 round 4: accusation nouns that name a charge's ground or a legal body.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- an accusation or conviction noun with the reason ل (فرض عقوبات عليهم لاتهامهم بـ، سجن لإدانته في) gives the
  ground of another act, like بتهمة; هيئة اتهام is a grand jury: no ACCUSE from the noun;
- the bare nouns as the news (أعلنت إدانة المملكة للهجوم، تبادل الطرفان الاتهامات) stay.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.mentioned_acts import charge_grounds
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped(text: str) -> int:
    doc = marked_document(text)
    return len(charge_grounds(doc, find_triggers(doc)))


CHARGE_GROUNDS = [
    "وفرضت الحكومة عقوبات على ثلاثة قادة من الجماعة المسلحة لاتهامهم بتهديد الأمن في البلاد.",
    "وقالت الشرطة إن المهاجم أمضى خمس سنوات في السجن لإدانته في اعتداء مماثل.",
    "وجرت المسيرة بعد أن قررت هيئة اتهام في المدينة عدم ملاحقة الضابط.",
]


@pytest.mark.parametrize("text", CHARGE_GROUNDS)
def test_accusation_noun_as_ground_or_legal_body_is_no_accusation(text):
    assert _dropped(text) >= 1
    assert "ACCUSE" not in _types(text)


KEPT = [
    "وأعلنت وزارة الخارجية إدانة المملكة الشديدة للهجوم الإرهابي على المسجد.",
    "وتبادل الجيش والمتمردون الاتهامات بخرق الهدنة في المدينة.",
]


@pytest.mark.parametrize("text", KEPT)
def test_accusation_noun_as_the_news_stays(text):
    assert _dropped(text) == 0
    assert "ACCUSE" in _types(text)
