"""Merging (hadath/events/merge.py), session 31c (merge2): fighting told in a later clause of the act's own
sentence (حيث تدور مواجهات بين X و Y) names no side of the act (``_background_clause``); the country where a
report happened adds no target beside a report whose target is a named group of no state (``_place_fallback``)."""
from __future__ import annotations

from functools import partial

from hadath.events.merge import _background_clash, merge_events
from tests.events.helpers_merge import actor_in, report_in

SETTING = ("أصيب 12 جنديا في انفجار سيارة مفخخة استهدفت دوريتهم قرب بعقوبة حيث تدور مواجهات متواصلة بين الجيش "
           "ومسلحي العشائر.")
CAUSE = "قتل 7 جنود في مواجهات عنيفة بين الجيش ومسلحي العشائر قرب بعقوبة."
TEXT = SETTING + " " + CAUSE

_actor = partial(actor_in, TEXT)
_ev = partial(report_in, TEXT)


def _sides(sentence):
    army = _actor("الجيش", "IRQ", sentence, kind="body", ref="term:body:military|IRQ")
    tribes = _actor("مسلحي العشائر", "IRQ", sentence)
    return [army, tribes]


def test_fighting_in_a_later_clause_names_no_side_of_the_bombing():
    soldiers = _actor("جنديا", "IRQ", SETTING, kind="body")
    bombing = _ev("انفجار سيارة", SETTING, rec=[soldiers], pid="assault.infijar-3ubwa")
    fighting = _ev("مواجهات", SETTING, actor=_sides(SETTING), pid="assault.ishtibakat")
    assert _background_clash(bombing, fighting)
    (one,) = merge_events([bombing, fighting])
    assert one.actor == []
    assert [r.text for r in one.recipient] == ["جنديا"]
    assert len(one.mentions) == 1  # still one event told twice


def test_fighting_that_is_the_act_itself_keeps_its_sides():
    # negative: "قتل جنود في مواجهات بين": no clause word between, the fighting is the act
    killed = _ev("قتل", CAUSE, pid="assault.hujum")
    fighting = _ev("مواجهات", CAUSE, actor=_sides(CAUSE), pid="assault.ishtibakat")
    assert not _background_clash(killed, fighting)
    (one,) = merge_events([killed, fighting])
    assert sorted(a.text for a in one.actor) == ["الجيش", "مسلحي العشائر"]


def test_fighting_told_before_the_act_is_not_its_setting():
    # negative: only a clause after the act is its setting
    fighting = _ev("مواجهات", SETTING, actor=_sides(SETTING), pid="assault.ishtibakat")
    later = _ev("مواجهات", SETTING, actor=_sides(SETTING), pid="assault.ishtibakat")
    assert not _background_clash(later, fighting)


GROUP = "قتل 40 عنصرا من تنظيم داعش وأصيب 20 آخرون في مدينة الرمادي غربي العراق."
ARMY = "قتل الشيخ سالم وأصيب 5 آخرون في بلدة مانديرا الكينية."
TEXT2 = GROUP + " " + ARMY
PLACE_NOTE = "recipient: country where it happened '{}' ({})"


def _place_report(sentence, place, country, note=True):
    where = actor_in(TEXT2, place, country, sentence, kind="place")
    ev = report_in(TEXT2, "وأصيب", sentence, rec=[where], pid="assault.aSaba")
    if note:
        ev.explanation.append(PLACE_NOTE.format(place, country))
    return ev


def test_the_place_of_a_report_adds_no_target_beside_a_named_stateless_group():
    isis = actor_in(TEXT2, "تنظيم داعش", None, GROUP, ref="group:isis")
    killed = report_in(TEXT2, "قتل", GROUP, rec=[isis], pid="assault.qatala")
    (one,) = merge_events([killed, _place_report(GROUP, "الرمادي", "IRQ")])
    assert [(r.text, r.country) for r in one.recipient] == [("تنظيم داعش", None)]


def test_the_place_of_a_report_still_adds_a_country_beside_a_person():
    # negative: a victim who is no group of its own (a sheikh named without his country) still gets the place
    sheikh = actor_in(TEXT2, "الشيخ سالم", None, ARMY, kind="person")
    killed = report_in(TEXT2, "قتل", ARMY, rec=[sheikh], pid="assault.qatala")
    (one,) = merge_events([killed, _place_report(ARMY, "مانديرا", "KEN")])
    assert "KEN" in {r.country for r in one.recipient}


def test_a_named_place_target_is_kept_beside_a_stateless_group():
    # negative: a place the report itself names as its target (no fallback note) still counts
    isis = actor_in(TEXT2, "تنظيم داعش", None, GROUP, ref="group:isis")
    killed = report_in(TEXT2, "قتل", GROUP, rec=[isis], pid="assault.qatala")
    (one,) = merge_events([killed, _place_report(GROUP, "الرمادي", "IRQ", note=False)])
    assert sorted(r.country or "-" for r in one.recipient) == ["-", "IRQ"]
