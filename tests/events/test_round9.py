"""Session 7 short round: distinct same-type events in one sentence, claims after وصف/اعتبر ... بأنه/أن, and
withdrawals inside the actor's own country. Sentences written for these tests."""
from __future__ import annotations

import pytest

import hadath
from hadath.document import Actor, Event, Span
from hadath.events.merge import distinct_in_sentence

DATE = "2015-08-01"


def _events(text: str, typ: str):
    return [e for e in hadath.extract(text, date=DATE).events if e.type == typ]


def _countries(actors) -> set:
    return {a.country for a in actors}


# --- 1. several events of one type in one sentence

@pytest.mark.parametrize("text, actors", [
    # a noun report of a clash and a verb with its own, different actor in another clause
    ("تواصلت المواجهات بين قوات المعارضة السورية وتنظيم داعش قرب حلب، وأكد قائد ميداني أن فصائل المعارضة قتلت "
     "عشرة عناصر من التنظيم.", [{"SYR", None}, {"SYR"}]),
    ("اندلعت اشتباكات بين الجيش الليبي ومسلحين في بنغازي، وقال مسؤول إن الجيش الليبي قتل خمسة مسلحين.", None),
])
def test_distinct_parties_stay_two_events(text, actors):
    evs = _events(text, "ASSAULT")
    assert len(evs) == 2, [(e.trigger.text, [m.trigger.text for m in e.mentions]) for e in evs]
    if actors:
        assert [_countries(e.actor) for e in evs] == actors


@pytest.mark.parametrize("text", [
    # one act told by a verb and again with the same party named twice
    "شنت القوات التركية هجوما على مواقع حزب العمال الكردستاني وقتلت القوات التركية عشرين مسلحا.",
    # a verb and the verbal noun naming the same attack
    "هاجمت قوات الجيش العراقي مواقع داعش في الأنبار، وأسفر الهجوم عن مقتل عشرين مسلحا.",
    # two mentions of one party without a country are one side
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة، ودمرت إحدى الغارات دبابة تابعة للمتمردين.",
])
def test_repeats_of_one_act_still_merge(text):
    evs = _events(text, "ASSAULT")
    assert len(evs) == 1 and evs[0].mentions


def _ev(trigger_start: int, actors, recipients=(), source="rule:assault.qaSafa") -> Event:
    def mk(spec):
        start, country = spec
        return Actor("x", start, start + 3, "x", "x", country, None)
    return Event("ASSAULT", Span("قصف", trigger_start, trigger_start + 3), Span("", 0, 200),
                 actor=[mk(a) for a in actors], recipient=[mk(r) for r in recipients], source=source)


def test_distinct_in_sentence_rules():
    verb = "rule:assault.qaSafa"
    # different parties named by different mentions
    assert distinct_in_sentence(_ev(10, [(0, "SYR")], source=verb), _ev(80, [(60, "IRQ")], source=verb))
    # the same party named twice (two mentions) is one side
    assert not distinct_in_sentence(_ev(10, [(0, "SYR")], source=verb), _ev(80, [(60, "SYR")], source=verb))
    # one report names no actor: nothing tells them apart
    assert not distinct_in_sentence(_ev(10, [(0, "SYR")], source=verb), _ev(80, [], source=verb))
    # one's actor is the other's recipient (the one attacked strikes back is handled by the roles, not here)
    assert not distinct_in_sentence(_ev(10, [(0, "SYR")], [(60, "IRQ")], source=verb),
                                    _ev(80, [(60, "IRQ")], source=verb))
    # different sentences are the cross-sentence rules' business
    other = _ev(80, [(60, "IRQ")], source=verb)
    other.sentence = Span("", 300, 400)
    assert not distinct_in_sentence(_ev(10, [(0, "SYR")], source=verb), other)


# --- 2. a claim made about an event does not make the event future

@pytest.mark.parametrize("text", [
    "ووصفت وزارة الخارجية الروسية الغارات الأمريكية على سوريا بأنها عدوان سيزيد من تعقيد الأزمة.",
    "ووصف رئيس الوزراء العراقي التفجير في بغداد بأنه عمل إرهابي سيزيد من عزم القوات.",
])
def test_claim_after_wasafa_is_not_future(text):
    evs = hadath.extract(text, date=DATE).events
    assert evs and all(e.aux != "future" for e in evs), [(e.type, e.aux, e.trigger.text) for e in evs]


def test_future_verb_right_after_noun_still_future():
    text = "وأكد المتحدث أن زيارة وزير الخارجية الأمريكي جون كيري إلى القاهرة ستبدأ بلقاء الرئيس المصري."
    evs = _events(text, "CONSULT")
    assert evs and evs[0].aux == "future"


# --- 3. withdrawals: the gold names no recipient for a withdrawal inside the actor's own country

def test_withdrawal_inside_own_country_has_no_recipient():
    evs = _events("انسحبت ميليشيات الحوثي من مدينة عدن اليمنية بعد معارك عنيفة.", "RETREAT")
    assert evs and _countries(evs[0].actor) == {"YEM"} and not evs[0].recipient


def test_withdrawal_from_foreign_country_names_it():
    evs = _events("سحبت روسيا قواتها من سوريا.", "RETREAT")
    assert evs and _countries(evs[0].actor) == {"RUS"} and _countries(evs[0].recipient) == {"SYR"}
