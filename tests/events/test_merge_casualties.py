"""Merging: casualties reported beside the attack that caused them are that attack; a named group is no vague
party (hadath/events/merge.py)."""
from __future__ import annotations

import hadath
from hadath.document import Actor, Event, Span
from hadath.events.merge import _absorb, casualties_of, is_casualty_report, merge_events

SENT = "قتل ثلاثة جنود وأصيب اثنان في قصف نفذته طائرات مجهولة على بلدة حدودية، في حين شن الجيش هجوما آخر."


def _actor(text, country, ref=None, at=0):
    kind = "group" if (ref or "").startswith("group:") else ""
    return Actor(text, at, at + len(text), text, None, country, "MIL", kind=kind, ref=ref)


def _ev(pid, trigger, actor=(), rec=(), why=(), sentence=SENT, at=0):
    start = at + sentence.index(trigger)
    return Event(type="ASSAULT", trigger=Span(trigger, start, start + len(trigger)),
                 sentence=Span(sentence, at, at + len(sentence)), actor=list(actor), recipient=list(rec),
                 source=f"rule:{pid}", explanation=list(why), id=str(start))


def test_casualty_reports_are_death_patterns_or_passive_killing_verbs():
    assert is_casualty_report(_ev("assault.laqiya-maSra3", "قتل"))
    assert is_casualty_report(_ev("assault.aSaba", "وأصيب", why=["arguments: passive:verb-then-count"]))
    # an active killing verb names who killed: it is an attack report, not casualties
    assert not is_casualty_report(_ev("assault.qatala", "قتل", why=["arguments: subject:vso"]))


def test_casualties_before_a_cause_word_belong_to_the_attack():
    casualties = _ev("assault.aSaba", "وأصيب", why=["passive:verb-then-count"])
    attack = _ev("assault.qaSf", "قصف")
    assert casualties_of(casualties, attack)
    assert not casualties_of(attack, casualties)  # the attack is no casualty report


def test_an_attack_in_another_clause_is_another_event():
    casualties = _ev("assault.aSaba", "وأصيب", why=["passive:verb-then-count"])
    assert not casualties_of(casualties, _ev("assault.shanna-hujum", "شن الجيش هجوما"))


def test_casualties_after_an_outcome_word():
    sent = "هاجم مسلحون نقطة تفتيش أمس ما أسفر عن مقتل شرطيين."
    attack = _ev("assault.hajama", "هاجم", sentence=sent)
    casualties = _ev("assault.maqtal", "أسفر عن مقتل", sentence=sent)
    assert casualties_of(casualties, attack)
    far = "هاجم مسلحون نقطة تفتيش أمس، وقال مسؤول إن الهجوم أسفر عن مقتل شرطيين."
    assert not casualties_of(_ev("assault.maqtal", "أسفر عن مقتل", sentence=far),
                             _ev("assault.hajama", "هاجم", sentence=far))


def test_merged_casualties_take_the_attackers_parties():
    victims = _actor("جنود", "TUR")
    casualties = _ev("assault.qatala", "قتل", actor=[_actor("طائرات", "TUR")], rec=[victims],
                     why=["arguments: passive:swap"])
    attack = _ev("assault.qaSf", "قصف", actor=[_actor("طائرات مجهولة", None, ref="group:x")],
                 rec=[_actor("بلدة حدودية", "SYR")])
    (one,) = merge_events([casualties, attack])
    # the attackers are the attack's; the casualties, named with their country, are the target
    assert [a.country for a in one.actor] == [None] and [r.country for r in one.recipient] == ["TUR"]
    assert any("casualties of the attack" in x for x in one.explanation)


def test_the_attacker_taken_for_a_casualty_is_no_target():
    army = _actor("الجيش", "ISR", at=SENT.index("قصف") + 10)  # named after the attack's word
    casualties = _ev("assault.qatala", "قتل", rec=[army], why=["arguments: passive:swap"])
    attack = _ev("assault.qaSf", "قصف", actor=[army], rec=[_actor("شاب", "PSE")])
    (one,) = merge_events([casualties, attack])
    assert [a.country for a in one.actor] == ["ISR"] and [r.country for r in one.recipient] == ["PSE"]


def test_the_victims_are_never_the_attacker():
    victims = _actor("جنود", "TUR")
    casualties = _ev("assault.qatala", "قتل", rec=[victims], why=["arguments: passive:swap"])
    attack = _ev("assault.qaSf", "قصف", actor=[victims])  # "انفجار عبوة": its parser took the victims
    (one,) = merge_events([casualties, attack])
    assert one.actor == [] and [r.country for r in one.recipient] == ["TUR"]


def test_a_named_group_is_not_replaced_by_a_place_country():
    group = _actor("تنظيم داعش", None, ref="group:isis")
    keep = _ev("assault.qatala", "قتل", rec=[group])
    other = _ev("assault.qaSf", "قصف", rec=[_actor("العراق", "IRQ")], at=500)  # a later sentence
    _absorb(keep, other)
    assert [r.country for r in keep.recipient] == [None]


def test_a_bare_term_is_replaced_by_a_named_country():
    keep = _ev("assault.qatala", "قتل", rec=[_actor("مسلحين", None, ref="term:مسلحين")])
    other = _ev("assault.qaSf", "قصف", rec=[_actor("العراق", "IRQ")], at=500)
    _absorb(keep, other)
    assert [r.country for r in keep.recipient] == ["IRQ"]


def _assaults(text):
    return [e for e in hadath.extract(text).events if e.type == "ASSAULT"]


def test_pipeline_one_attack_with_its_dead_and_wounded():
    evs = _assaults("لقي 12 مسلحا مصرعهم وأصيب 5 آخرون في غارات شنتها طائرات التحالف على مواقع "
                    "المتمردين الحوثيين في تعز.")
    assert len(evs) == 1
    assert {r.country for r in evs[0].recipient} == {"YEM"}


def test_pipeline_killed_by_fire_of_an_army():
    evs = _assaults("قتل شاب فلسطيني متأثرا بجروحه برصاص الجيش الإسرائيلي صباح اليوم قرب نابلس.")
    assert [({a.country for a in e.actor}, {r.country for r in e.recipient}) for e in evs] == [({"ISR"}, {"PSE"})]


def test_pipeline_deaths_and_a_raid_in_two_clauses_stay_two():
    evs = _assaults("قتل عدد من الحوثيين في محافظة البيضاء، في حين شن طيران التحالف غارات على مواقع "
                    "المتمردين في مأرب.")
    assert not any("casualties of the attack" in x for e in evs for x in e.explanation)
