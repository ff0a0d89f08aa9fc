"""The reference article: its three dates, the two-day visit, and both quantities (runs the text stage)."""
from __future__ import annotations

from hadath.document import Document, Event, Span
from hadath.quantities.attach import event_quantities
from hadath.quantities.stage import QuantityStage
from hadath.text.stage import TextStage
from hadath.time.attach import event_date
from hadath.time.stage import TimeStage


def _run(text: str, date: str) -> Document:
    return QuantityStage()(TimeStage()(TextStage()(Document(text, date=date))))


def test_seed_dates_and_quantities(seed):
    text, gold = seed
    doc = _run(text, gold["published"])
    got = {(t.text, t.value) for t in doc.times}
    for d in gold["dates"]:
        assert (d["text"], d["value"]) in got
    for q in gold["quantities"]:
        assert any(x.text == q["text"] and x.value == q["value"] and x.unit == q["unit"] for x in doc.quantities)


def _event(doc: Document, trigger: str, type_: str = "CONSULT", aux: str = "asserted", nth: int = 0) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(trigger, start + 1)
    sent = doc.sentence_at(start)
    return Event(type=type_, trigger=doc.span(start, start + len(trigger)),
                 sentence=Span(doc.text[sent.start:sent.end], sent.start, sent.end), aux=aux)


def test_seed_visit_gets_its_duration(seed):
    text, gold = seed
    doc = _run(text, gold["published"])
    ev = _event(doc, "زيارة تستغرق", aux="future")
    t, rule = event_date(doc, ev)
    assert (t.text, t.value, t.end_value) == ("الاربعاء المقبل", "2020-12-02", "2020-12-03")
    assert rule == "same-clause"


def test_seed_event_dates_and_troops(seed):
    text, gold = seed
    doc = _run(text, gold["published"])
    talks = _event(doc, "وبحث الرئيس")
    assert event_date(doc, talks)[0].value == "2020-11-26"
    pledge = _event(doc, "أكّد التزام", type_="AGREE")
    t, rule = event_date(doc, pledge)
    assert (t.value, rule) == ("2020-11-26", "publication-date")
    visit = _event(doc, "بزيارة", aux="future")
    assert event_date(doc, visit)[0].value == "2020-12-02"
    troops = _event(doc, "شاركت", type_="MOBILIZE", aux="historical")
    assert [(q.value, q.unit) for q in event_quantities(doc, troops)] == [(1300, "troops")]
