"""Event-type precision on news, session 14 round 5: things and crowds that arrive make no visit.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- a bare "وصل إلى" whose subject, a little way back in its clause, is a vehicle, a shipment or reinforcements
  (تعزيزات عسكرية قادمة من ... ، وصلت إلى الحدود) tells things arriving, even with a named place or a comma between;
- the verbal noun "وصول" with a thing or a count of displaced people after it (بوصول 300 لاجئ) is no visit;
- a minister arriving, or the arrival of a named delegation, stays a visit.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.mentioned_acts import thing_subject_arrivals
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _dropped_visits(text: str) -> int:
    """How many visit matches of ``text`` the rule drops (it runs on trigger matches, before merging)."""
    doc = marked_document(text)
    matches = [m for m in find_triggers(doc) if m.pattern.type == "CONSULT"]
    return len(thing_subject_arrivals(doc, matches))


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


NO_VISIT = [
    "وذكرت وكالة الأنباء الرسمية أن تعزيزات عسكرية قادمة من قاعدة في محافظة هاتاي التركية (جنوب)، وصلت إلى الحدود.",
    "قال مسؤول محلي إن أول سفينة تابعة للهلال الأحمر القطري وصلت إلى ميناء الحديدة.",
    "وأفادت مصادر محلية بوصول 300 لاجئ على متن قارب إلى جزيرة ليسبوس اليونانية.",
    "أعلنت السلطات عن وصول شحنة من الأدوية إلى مطار بنغازي مساء أمس.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_things_and_crowds_arriving_make_no_visit(text):
    assert _dropped_visits(text) == 1
    assert "CONSULT" not in _types(text)


VISIT_KEPT = [
    "وصل وزير الخارجية الفرنسي إلى طهران يوم الأربعاء في زيارة رسمية.",
    "أعلنت الرئاسة المصرية عن وصول الرئيس الفلسطيني محمود عباس إلى القاهرة في زيارة تستغرق يومين.",
]


@pytest.mark.parametrize("text", VISIT_KEPT)
def test_visitor_arriving_stays_a_visit(text):
    assert _dropped_visits(text) == 0
    assert "CONSULT" in _types(text)
