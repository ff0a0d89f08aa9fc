"""Session 26: backing with no one backed is no event (the news gold codes 270 SUPPORT events, and only two, both by
an organisation, name no recipient); an organisation's stance stays (a UN council welcoming steps). A backed
state named as a place right behind the frame's preposition is the recipient (اعترفت X بفلسطين، بالشكر إلى X).

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_sides


def _support(text):
    return pipeline_sides(text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "أيدت الحكومة الكندية الخطة الجديدة لإصلاح التعليم.",
    "أشاد وزير المالية الإسباني بنتائج المزاد الأخير.",
    "رحب الرئيس الكيني بقرار خفض أسعار الوقود.",
    "أكد وزير الخارجية البرازيلي دعم بلاده للحل السلمي.",
])
def test_backing_no_one_is_no_event(text):
    assert _support(text) == [], _support(text)


@pytest.mark.parametrize("text", [
    "رحب مجلس الأمن بالخطوات التي اتخذت لتعزيز الحوار.",
    "أعرب الاتحاد الأوروبي عن تأييده للمبادرة.",
])
def test_an_organisation_stance_stays(text):
    assert any("IGO" in actor for actor, _ in _support(text)), _support(text)


@pytest.mark.parametrize("text,actor,recipient", [
    ("اعترفت أيرلندا بدولة فلسطين في خطوة رمزية.", "IRL", "PSE"),
    ("أشاد رئيس الوزراء الإيطالي بتونس ودورها في مكافحة الهجرة.", "ITA", "TUN"),
    ("تقدم وزير الخارجية اليمني بالشكر إلى الكويت على مساعداتها.", "YEM", "KWT"),
    ("أعادت كندا فتح سفارتها في طهران بعد سنوات من القطيعة.", "CAN", "IRN"),
])
def test_backed_state_named_as_a_place(text, actor, recipient):
    assert ({actor}, {recipient}) in _support(text), _support(text)


def test_own_country_as_a_place_is_no_recipient():
    # the minister praises a step at home: no foreign party made up, and nothing left to code
    assert not [r for _, r in _support("أشاد وزير الداخلية المغربي بالمغرب وأمنه.") if r - {None, "MAR"}]
