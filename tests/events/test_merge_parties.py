"""Merging (hadath/events/merge.py): a report of fighting between two sides in another sentence (معارك بين X و Y)
tells the war's background; its two sides fill no side of the one act it merges with (``_background_clash``)."""
from __future__ import annotations

from functools import partial

from hadath.events.merge import _background_clash, merge_events
from tests.events.helpers_merge import actor_in, report_in

FIRST = "قتل أربعة جنود في انفجار عبوة ناسفة استهدف دورية للجيش في ولاية كونار شرقي أفغانستان."
SECOND = "وتشهد الولاية منذ أشهر معارك عنيفة بين مقاتلي حركة طالبان والقوات الأفغانية."
THIRD = "وأعلنت حركة طالبان مسؤوليتها عن الهجوم في بيان."
TEXT = FIRST + " " + SECOND + " " + THIRD

_actor = partial(actor_in, TEXT)
_ev = partial(report_in, TEXT)


def _bombing():
    army = _actor("للجيش", "AFG", FIRST, kind="body", ref="term:body:military|AFG")
    return _ev("انفجار عبوة", FIRST, rec=[army], pid="assault.infijar-3ubwa")


def _fighting(sentence=SECOND, both=True):
    taliban = _actor("حركة طالبان", "AFG", sentence, ref="group:taliban")
    army = _actor("القوات الأفغانية", "AFG", SECOND, kind="body", ref="term:body:military|AFG")
    return _ev("معارك", SECOND, actor=[taliban, army] if both else [taliban], pid="assault.ishtibakat")


def test_two_sides_of_fighting_elsewhere_do_not_become_the_bomber():
    (one,) = merge_events([_bombing(), _fighting()])
    assert one.actor == []
    assert [r.text for r in one.recipient] == ["للجيش"]
    assert len(one.mentions) == 1  # still merged: one event, with the fighting as a mention


def test_a_claim_in_another_sentence_still_names_the_bomber():
    # negative case: a one-sided report of the act (a claim) elsewhere still fills the empty side
    taliban = _actor("حركة طالبان", "AFG", THIRD, ref="group:taliban")
    claim = _ev("الهجوم", THIRD, actor=[taliban], pid="assault.hujum")
    (one,) = merge_events([_bombing(), claim])
    assert [a.text for a in one.actor] == ["حركة طالبان"]


def test_background_clash_needs_another_sentence_a_clash_pattern_and_two_sides():
    bombing, fighting = _bombing(), _fighting()
    assert _background_clash(bombing, fighting)
    assert not _background_clash(fighting, fighting)  # one sentence's reports are one account
    assert not _background_clash(bombing, _fighting(both=False))
    taliban = _actor("حركة طالبان", "AFG", SECOND, ref="group:taliban")
    army = _actor("القوات الأفغانية", "AFG", SECOND, kind="body", ref="term:body:military|AFG")
    raid = _ev("معارك", SECOND, actor=[taliban, army], pid="assault.hujum")
    assert not _background_clash(bombing, raid)  # an attack (not fighting) naming two attackers
