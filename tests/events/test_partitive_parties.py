"""Partitive parties (sentences written for these tests, not taken from the eval sets).

A bare counted term (مسلحون، جنود) names no party, but "من" + a named party right after it does: "قتل سبعة مسلحين
من حركة الشباب" hit al-Shabaab; "مسلحون من حركة الشباب هاجموا" is al-Shabaab's attack. Before a clash noun, the
counted men of a named party are the casualties, not the clash's actor. "من" + a place (where the men came from) or
no named party leaves the bare term as it was.
"""
from dataclasses import replace

import pytest

from hadath import extract
from hadath.events.partitive_parties import party_behind
from tests.events.fixtures_events import marked_document


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, recipient", [
    ("قتل سبعة مسلحين من حركة الشباب في غارة على بلدة في جنوب الصومال.", "SOM"),
    ("قتل 12 مسلحا على الأقل من جماعة بوكو حرام في اشتباكات بولاية يوبي.", "NGA"),
    ("أصيب خمسة جنود من الجيش الأفغاني في انفجار عبوة ناسفة بولاية هلمند.", "AFG"),
])
def test_counted_men_of_a_named_party_were_hit(text, recipient):
    evs = _events(text, "ASSAULT")
    assert len(evs) == 1, [(e.actor, e.recipient) for e in evs]
    assert _countries(evs[0].recipient) == {recipient} and not evs[0].actor, (evs[0].actor, evs[0].recipient)


def test_men_of_a_named_party_as_subject_are_that_party():
    evs = _events("قال مسؤول محلي إن مسلحين من حركة الشباب هاجموا مركزا للشرطة في مدينة كيسمايو.", "ASSAULT")
    assert evs and _countries(evs[0].actor) == {"SOM"}, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    # no named party after من: a town
    "قتل ثلاثة مسلحين من بلدة مجاورة في اشتباك مع الشرطة الكينية.",
    # no من at all
    "قتل ستة مسلحين على الأقل في هجوم على نقطة تفتيش في شمال مالي.",
])
def test_bare_men_without_a_partitive_party_stay_unnamed(text):
    for e in _events(text, "ASSAULT"):
        assert all("partitive" not in x for x in e.explanation), e.explanation


def test_party_behind_reads_fillers_and_member_heads():
    doc = marked_document("قتل 20 [مسلحا|-|REB] على الأقل من عناصر [تنظيم داعش|-|REB] في الرمادي.")
    doc.actors[0] = replace(doc.actors[0], ref="term:group:rebels|None")
    doc.actors[1] = replace(doc.actors[1], kind="group", ref="group:ISIS")
    assert party_behind(doc, doc.actors[0], doc.actors) is doc.actors[1]


def test_party_behind_needs_a_bare_term_and_a_named_party():
    doc = marked_document("قتل 20 [مسلحا|-|REB] من [قرية|-|-] مجاورة.")
    doc.actors[0] = replace(doc.actors[0], ref="term:group:rebels|None")
    assert party_behind(doc, doc.actors[0], doc.actors) is None
    named = marked_document("قتل 20 من [الجيش السوري|SYR|MIL] من [تنظيم داعش|-|REB].")
    assert party_behind(named, named.actors[0], named.actors) is None  # not a bare term
