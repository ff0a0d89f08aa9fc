"""Merging (hadath/events/merge.py), session 22: second reports of one attack in one sentence. A date taken from
another clause of the sentence does not keep a re-mention of the attack apart (``_guessed_date``)."""
from __future__ import annotations

from functools import partial

from hadath.document import TimeValue
from hadath.events.merge import GUESSED_DATE_NOTE, can_merge, merge_events
from tests.events.helpers_merge import actor_in, report_in

AMBUSH = "قتل شرطي مصري وأصيب ثلاثة آخرون برصاص مسلحين هاجموا دورية قرب العريش مساء السبت."
CLASH = "قتل شاب فلسطيني برصاص الجيش الإسرائيلي خلال مواجهات اندلعت قرب مدينة نابلس فجر اليوم."
REPLY = "هاجم مسلحون جنودا عراقيين قرب بيجي، ورد الجنود بقصف مواقع المسلحين في المنطقة."
RAID = "قتل خمسة مدنيين في غارة جوية على بلدة شمال حلب أمس، حسبما أفاد ناشطون اليوم، في أحدث هجوم على المنطقة."
TEXT = " ".join((AMBUSH, CLASH, REPLY, RAID))

_actor = partial(actor_in, TEXT)
_ev = partial(report_in, TEXT)


def _dated(ev, value, rule):
    ev.date = TimeValue(value, ev.trigger.start, ev.trigger.end, value, None, "day", rule)
    ev.explanation.append(f"date: {rule}")
    return ev


def test_a_re_mention_dated_from_another_clause_joins_the_attack():
    raid = _dated(_ev("غارة جوية", RAID, rec=[_actor("حلب", "SYR", RAID, kind="place")], pid="assault.ghara"),
                  "2015-08-01", "same-clause")
    again = _dated(_ev("هجوم", RAID, pid="assault.hujum"), "2015-08-02", "same-sentence")
    assert can_merge(raid, again, True)
    (one,) = merge_events([raid, again])
    assert GUESSED_DATE_NOTE in one.explanation


def test_own_dates_of_two_reports_keep_them_apart():
    raid = _dated(_ev("غارة جوية", RAID, pid="assault.ghara"), "2015-08-01", "same-clause")
    other = _dated(_ev("هجوم", RAID, pid="assault.hujum"), "2015-08-02", "same-clause")
    assert not can_merge(raid, other, True)
    # across sentences a guessed date still counts
    far = _dated(_ev("هاجم", REPLY, pid="assault.hajama"), "2015-08-02", "same-sentence")
    assert not can_merge(raid, far, False)


def test_a_re_mention_naming_a_party_of_its_own_keeps_its_date():
    raid = _dated(_ev("غارة جوية", RAID, pid="assault.ghara"), "2015-08-01", "same-clause")
    named = _dated(_ev("هجوم", RAID, rec=[_actor("المنطقة", "SYR", RAID, kind="place")], pid="assault.hujum"),
                   "2015-08-02", "same-sentence")
    assert not can_merge(raid, named, True)
