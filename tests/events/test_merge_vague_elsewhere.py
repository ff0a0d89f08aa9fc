"""Merging (hadath/events/merge.py): a party naming nobody in particular (مسلحين، متطرفين) that a report in another
sentence found does not fill a side the merged report left empty; the gold leaves an unnamed side empty."""
from __future__ import annotations

from functools import partial

from hadath.events.merge import _vague_elsewhere, merge_events
from tests.events.helpers_merge import actor_in, report_in

FIRST = "سقط خمسة قتلى في هجوم على فندق في مدينة موبتي بوسط مالي صباح اليوم."
SECOND = "وأوضح مصدر أمني أن مسلحين اقتحموا الفندق وأطلقوا النار على النزلاء في موبتي."
THIRD = "وتبنت جماعة أنصار الدين الهجوم على الفندق في موبتي في بيان."
TEXT = FIRST + " " + SECOND + " " + THIRD


_actor = partial(actor_in, TEXT)
_ev = partial(report_in, TEXT)


def _mali(sentence):
    return _actor("موبتي", "MLI", sentence, kind="place")


def test_gunmen_of_another_sentence_do_not_become_the_attacker():
    attack = _ev("هجوم", FIRST, rec=[_mali(FIRST)])
    gunmen = _actor("مسلحين", None, SECOND, ref="term:group:rebels")
    storming = _ev("أطلقوا النار", SECOND, actor=[gunmen], rec=[_mali(SECOND)], pid="assault.aTlaqa-nar")
    (one,) = merge_events([attack, storming])
    assert one.actor == []
    assert [r.country for r in one.recipient] == ["MLI"]
    assert len(one.mentions) == 1  # still one event, told twice


def test_a_named_group_of_another_sentence_still_fills_the_attacker():
    # negative case: a named group of no country is a party (the gold codes it), so it fills the empty side
    attack = _ev("هجوم", FIRST, rec=[_mali(FIRST)])
    group = _actor("جماعة أنصار الدين", None, THIRD, ref="group:ansar-dine")
    claim = _ev("الهجوم", THIRD, actor=[group], rec=[_mali(THIRD)], pid="assault.hujum")
    (one,) = merge_events([attack, claim])
    assert [a.text for a in one.actor] == ["جماعة أنصار الدين"]


def test_gunmen_of_the_same_sentence_still_fill_the_attacker():
    # negative case: the rule is about another sentence's report; one sentence's reports are one account
    attack = _ev("اقتحموا", SECOND, rec=[_mali(SECOND)], pid="assault.iqtaHama")
    gunmen = _actor("مسلحين", None, SECOND, ref="term:group:rebels")
    shooting = _ev("أطلقوا النار", SECOND, actor=[gunmen], rec=[_mali(SECOND)], pid="assault.aTlaqa-nar")
    (one,) = merge_events([attack, shooting])
    assert [a.text for a in one.actor] == ["مسلحين"]


def test_vague_elsewhere_needs_every_party_vague_and_another_sentence():
    attack = _ev("هجوم", FIRST)
    storming = _ev("أطلقوا النار", SECOND)
    gunmen = _actor("مسلحين", None, SECOND, ref="term:group:rebels")
    group = _actor("جماعة أنصار الدين", None, THIRD, ref="group:ansar-dine")
    assert _vague_elsewhere(attack, storming, [gunmen])
    assert not _vague_elsewhere(attack, storming, [gunmen, group])
    assert not _vague_elsewhere(attack, storming, [])
    assert not _vague_elsewhere(storming, storming, [gunmen])
