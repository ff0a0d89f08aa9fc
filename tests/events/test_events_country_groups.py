"""Events with a country-group party (session 18): a mention that stands for several states (مجموعة 5+1،
الكوريتان) gives the event every member, on one side. Sentences written for these tests."""
from __future__ import annotations

import pytest

from hadath import extract

P5 = frozenset({"CHN", "DEU", "FRA", "GBR", "RUS", "USA"})


def _tuples(text):
    out = set()
    for e in extract(text, date="2015-07-20").events:
        d = e.to_dict()
        out.add((d["type"], frozenset(a["country"] for a in d["actor"]), frozenset(a["country"] for a in d["recipient"])))
    return out


@pytest.mark.parametrize("text,want", [
    ("اتهمت إيران مجموعة 5+1 بالمماطلة في رفع العقوبات.", ("ACCUSE", frozenset({"IRN"}), P5)),
    ("توصلت إيران ومجموعة 5+1 إلى اتفاق نووي في فيينا.", ("AGREE", frozenset({"IRN"}), P5)),
    ("التقى وزير الخارجية الإيراني وزراء خارجية مجموعة 5+1 في لوزان.", ("CONSULT", frozenset({"IRN"}), P5)),
])
def test_every_member_is_a_party(text, want):
    assert want in _tuples(text), _tuples(text)


def test_group_listed_with_members_is_one_side():
    text = ("أبرمت الدول الست الكبرى (الولايات المتحدة، وفرنسا، والصين، وروسيا، وبريطانيا، وألمانيا) وإيران "
            "اتفاقاً حول البرنامج النووي.")
    assert ("AGREE", P5, frozenset({"IRN"})) in _tuples(text), _tuples(text)


def test_a_group_alone_in_a_reciprocal_act_is_its_two_parties():
    got = _tuples("اتفقت الكوريتان على خفض التوتر على الحدود.")
    assert any(t[0] == "AGREE" and {frozenset({"KOR"}), frozenset({"PRK"})} == {t[1], t[2]} for t in got), got


def test_deal_back_reference_adds_no_party():
    got = _tuples("صادق مجلس الأمن على الاتفاق النووي المبرم بين إيران ومجموعة 5+1.")
    assert not any(t[1] & P5 or t[2] & P5 for t in got), got
