"""Repeated reports merge into one event with mentions; ids, codes and explanations are filled."""
from __future__ import annotations

import hadath
from hadath.document import Actor, Event, Span
from hadath.events.explain import explain_document
from hadath.events.merge import can_merge, merge_events
from hadath.events.stage import EventStage, code_document
from tests.events.fixtures_events import marked_document


def _ev(t, start, sent, actor=(), rec=(), aux="asserted"):
    a = [Actor("x", 0, 1, "x", None, c, "GOV") for c in actor]
    r = [Actor("y", 0, 1, "y", None, c, "GOV") for c in rec]
    return Event(type=t, trigger=Span("w", start, start + 1), sentence=Span("", sent, sent + 50), aux=aux,
                 actor=a, recipient=r, source="rule:test", id=str(start))


def test_merge_rules():
    a = _ev("CONSULT", 5, 0, ["IRQ"], ["GBR"])
    assert can_merge(a, _ev("CONSULT", 300, 200, ["IRQ"], []), False)
    assert can_merge(a, _ev("CONSULT", 300, 200, ["GBR"], ["IRQ"]), False)  # host / visitor swapped
    assert not can_merge(a, _ev("CONSULT", 300, 200, ["FRA"], ["DEU"]), False)
    assert not can_merge(a, _ev("ACCUSE", 300, 200, ["IRQ"], ["GBR"]), False)
    assert not can_merge(a, _ev("CONSULT", 300, 200, ["IRQ"], ["GBR"], aux="future"), False)
    merged = merge_events([a, _ev("CONSULT", 300, 200, ["IRQ"], ["GBR"]), _ev("ASSAULT", 400, 350, ["SYR"])])
    assert [e.type for e in merged] == ["CONSULT", "ASSAULT"]
    assert [m.trigger.start for m in merged[0].mentions] == [300]


def test_lede_and_body_become_one_event():
    doc = marked_document(
        "التقى [وزير الخارجية التونسي|TUN|GOV] [نظيره الليبي|LBY|GOV] في طرابلس اليوم. "
        "وقالت الوزارة إن اللقاء تناول الأوضاع الأمنية. "
        "وبحث [الوزير التونسي|TUN|GOV] مع [المسؤول الليبي|LBY|GOV] ملف الحدود.")
    evs = [e for e in code_document(doc) if e.type == "CONSULT"]
    assert len(evs) == 1 and len(evs[0].mentions) >= 1


def test_event_fields_and_explanation():
    doc = marked_document("أدانت [وزارة الخارجية القطرية|QAT|GOV] الهجوم على [السفارة التركية|TUR|GOV].")
    doc = EventStage()(doc)
    ev = [e for e in doc.events if e.type == "ACCUSE"][0]
    assert ev.cameo == "111" and ev.quad_class == 3 and ev.goldstein < 0 and ev.mode == "disapprove"
    assert ev.source.startswith("rule:accuse.") and 0 < ev.confidence <= 1 and len(ev.id) == 40
    assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    d = ev.to_dict()
    assert d["actor"][0]["country"] == "QAT"
    text = explain_document(doc)
    assert "ACCUSE" in text and "pattern accuse." in text and "aux:" in text
    assert explain_document(marked_document("ارتفعت درجات الحرارة.")) == "no events found"


def test_stage_declares_layers():
    st = EventStage()
    assert st.name == "events" and st.requires == ("tokens", "sentences", "actors") and st.assigns == ("events",)


def test_a_state_force_and_an_unnamed_bomber_are_two_attacks():
    # two attacks in one sentence, by a named army and by an unnamed bomber: a countryless party is a party too
    doc = hadath.extract("قتلت القوات الأفغانية عشرة مسلحين في قندهار أمس، فيما فجر انتحاري نفسه قرب مقر للشرطة في كابل.",
                         date="2016-03-02")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 2, [(e.trigger.text, [a.text for a in e.actor]) for e in attacks]
    # the bomber is unnamed: no Actor in the output (session 25), but still the other attack's own party
    assert {tuple(a.country for a in e.actor) for e in attacks} == {("AFG",), ()}
    assert any("انتحاري" in x and "not a party" in x for e in attacks for x in e.explanation)
