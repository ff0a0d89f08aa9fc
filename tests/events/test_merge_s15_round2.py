"""Merging (hadath/events/merge.py): a report naming a wider campaign's targets, one of them a group of no
country, does not replace the target of the attack it merges with."""
from __future__ import annotations

from functools import partial

from hadath.events.merge import _adds_countryless, merge_events
from tests.events.helpers_merge import actor_in, report_in

FIRST = "قتل أربعة من رجال الدرك في كمين نصبه مقاتلو الحزب الكردي قرب بلدة حدودية."
SECOND = "وتواصل الطائرات التركية منذ أسبوع قصف تنظيم داعش ومقاتلي الحزب الكردي في شمال العراق."
TEXT = FIRST + " " + SECOND


_actor = partial(actor_in, TEXT, sector="MIL")
_ev = partial(report_in, TEXT)


def test_a_campaign_report_adding_a_stateless_group_keeps_the_attack_target():
    rebels = _actor("مقاتلو الحزب الكردي", "TUR", FIRST, ref="group:pkk")
    gendarmes = _actor("رجال الدرك", "TUR", FIRST, sector="COP")
    ambush = _ev("كمين", FIRST, actor=[rebels], rec=[gendarmes])
    campaign = _ev("قصف", SECOND, actor=[_actor("الطائرات التركية", "TUR", SECOND)],
                   rec=[_actor("تنظيم داعش", None, SECOND, ref="group:isis"),
                        _actor("مقاتلي الحزب الكردي", "TUR", SECOND, ref="group:pkk")], pid="assault.qaSf")
    (one,) = merge_events([ambush, campaign])
    assert {r.country for r in one.recipient} == {"TUR"}
    assert [r.text for r in one.recipient] == ["رجال الدرك"]


def test_a_more_specific_target_of_the_same_countries_still_replaces_it():
    # negative case: no party of no country is added, so the richer mention of the same side wins as before
    place = _actor("بلدة حدودية", "TUR", FIRST, kind="place", sector=None)
    ambush = _ev("كمين", FIRST, rec=[place])
    gendarmes = _ev("قصف", SECOND, actor=[_actor("الطائرات التركية", "TUR", SECOND)],
                    rec=[_actor("مقاتلي الحزب الكردي", "TUR", SECOND, ref="group:pkk")], pid="assault.qaSf")
    (one,) = merge_events([ambush, gendarmes])
    assert [r.text for r in one.recipient] == ["مقاتلي الحزب الكردي"]


def test_the_rule_only_guards_a_target_named_with_countries():
    isis = _actor("تنظيم داعش", None, SECOND, ref="group:isis")
    turks = _actor("مقاتلي الحزب الكردي", "TUR", SECOND, ref="group:pkk")
    assert _adds_countryless([turks], [isis, turks])
    assert not _adds_countryless([], [isis, turks])  # nothing held yet: the other report fills it
    assert not _adds_countryless([turks], [turks])
