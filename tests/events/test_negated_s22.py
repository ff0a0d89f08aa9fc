"""Session 22: hypothetical acts that only spell out the terms of a threat, warning, demand or agreement told
before them in their sentence are no events (``hosted_conditions.py``); other hypothetical acts keep their aux."""
from __future__ import annotations

import pytest

import hadath


def _events(text: str):
    return hadath.extract(text, date="2024-05-01").events


@pytest.mark.parametrize("text,dropped", [
    ("حذرت الحكومة الأردنية الجماعات المسلحة من رد حازم إذا هاجمت المعابر الحدودية مع سوريا.", "ASSAULT"),
    ("هددت فرنسا بفرض عقوبات على إيران إذا انتهكت طهران الاتفاق النووي.", "REJECT"),
    ("اتفقت مصر والسودان على تبادل المعلومات الأمنية إذا هاجم المسلحون المناطق الحدودية.", "ASSAULT"),
])
def test_condition_of_a_threat_or_agreement_is_no_event(text, dropped):
    types = [e.type for e in _events(text)]
    assert dropped not in types, types
    assert types, "the host event itself stays"


@pytest.mark.parametrize("text,typ", [
    ("إذا هاجم المتمردون المدينة فسيرد الجيش.", "ASSAULT"),
    ("قد تفرض اليابان قيودا على صادراتها إلى كوريا.", "COERCE"),
])
def test_hypothetical_act_without_a_host_stays(text, typ):
    evs = [e for e in _events(text) if e.type == typ]
    assert evs and all(e.aux == "hypothetical" for e in evs)


def test_host_must_come_before_the_condition():
    from hadath.document import Event, Span
    from hadath.events.hosted_conditions import hosted_condition

    sent = Span("", 0, 100)
    cond = Event(type="ASSAULT", trigger=Span("", 5, 10), sentence=sent, aux="hypothetical")
    later = Event(type="THREATEN", trigger=Span("", 20, 25), sentence=sent)
    assert not hosted_condition(cond, [cond, later])
    earlier = Event(type="THREATEN", trigger=Span("", 0, 4), sentence=sent)
    assert hosted_condition(cond, [earlier, cond])


def test_negated_or_hypothetical_host_hosts_nothing():
    from hadath.document import Event, Span
    from hadath.events.hosted_conditions import hosted_condition

    sent = Span("", 0, 100)
    cond = Event(type="ASSAULT", trigger=Span("", 30, 35), sentence=sent, aux="hypothetical")
    host = Event(type="THREATEN", trigger=Span("", 0, 4), sentence=sent, aux="negated")
    assert not hosted_condition(cond, [host, cond])
    meeting = Event(type="CONSULT", trigger=Span("", 0, 4), sentence=sent)
    assert not hosted_condition(cond, [meeting, cond])


# --- modality: "في حالة" before a state noun is no condition; "لم يجد بدا من الفرار" is a flight that happened ----

def _aux_of(text: str, typ: str) -> list[str]:
    return [e.aux for e in _events(text) if e.type == typ]


def test_state_after_hala_is_no_condition():
    auxes = _aux_of("وأصيب ثلاثة من رجال الأمن، اثنان منهم في حالة حرجة، عندما هاجم مسلحون نقطة تفتيش في سيناء.",
                    "ASSAULT")
    assert auxes and "hypothetical" not in auxes


def test_in_case_stays_a_condition():
    assert "hypothetical" in _aux_of("في حالة هاجم المتمردون المدينة فسيرد الجيش.", "ASSAULT")


def test_state_frame_words():
    from hadath.events.modality import _state_frame
    from hadath.text.normalize import normalize_word

    assert _state_frame([normalize_word(w) for w in "وضعت القوات في حالة تأهب".split()])
    assert not _state_frame([normalize_word(w) for w in "في حالة فشلت الجهود".split()])


def test_no_way_out_but_flight_is_asserted():
    auxes = _aux_of("لم تجد ميليشيات الحوثي في مدينة زنجبار بدا من الهرب في وجه المقاومة الشعبية.", "RETREAT")
    assert auxes and all(a == "asserted" for a in auxes)


def test_plain_negated_flight_stays_negated():
    auxes = _aux_of("لم تنسحب القوات التركية من شمال العراق حتى الآن.", "RETREAT")
    assert auxes and all(a == "negated" for a in auxes)
