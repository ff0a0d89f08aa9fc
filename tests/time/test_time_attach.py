"""Event dates: the date in the trigger's clause, else the sentence, else the publication date."""
from __future__ import annotations

from hadath.document import Document, Event, Span
from hadath.quantities.attach import event_quantities
from hadath.quantities.stage import QuantityStage
from hadath.text.stage import TextStage
from hadath.time.attach import event_date
from hadath.time.stage import TimeStage


def _doc(text: str, date: str | None = "2021-03-15") -> Document:
    return QuantityStage()(TimeStage()(TextStage()(Document(text, date=date))))


def _event(doc: Document, trigger: str, type_: str = "CONSULT", aux: str = "asserted") -> Event:
    start = doc.text.index(trigger)
    sent = doc.sentence_at(start)
    return Event(type=type_, trigger=doc.span(start, start + len(trigger)),
                 sentence=Span(doc.text[sent.start:sent.end], sent.start, sent.end), aux=aux)


def test_reporting_date_does_not_date_the_future_visit():
    doc = _doc("قالت الخارجية الأحد إن الوزير سيزور القاهرة الخميس المقبل.")
    t, rule = event_date(doc, _event(doc, "سيزور", aux="future"))
    assert (t.text, t.value, rule) == ("الخميس المقبل", "2021-03-18", "same-clause")
    t, rule = event_date(doc, _event(doc, "قالت", type_="REQUEST"))
    assert (t.text, t.value) == ("الأحد", "2021-03-14")


def test_publication_date_fallback_for_present_report():
    doc = _doc("يبحث الرئيس مع السفير الأمريكي تعزيز العلاقات.")
    ev = _event(doc, "يبحث")
    t, rule = event_date(doc, ev)
    assert rule == "publication-date"
    assert (t.text, t.start, t.end, t.value, t.granularity) == ("", ev.trigger.start, ev.trigger.start,
                                                                 "2021-03-15", "day")


def test_no_date_for_undated_future_event():
    doc = _doc("سيزور الرئيس موسكو لبحث التعاون.")
    assert event_date(doc, _event(doc, "سيزور", aux="future")) == (None, "none")


def test_no_publication_date_no_fallback():
    doc = _doc("يبحث الرئيس مع السفير تعزيز العلاقات.", date=None)
    assert event_date(doc, _event(doc, "يبحث")) == (None, "none")


def test_duration_in_the_event_clause_sets_end_value():
    doc = _doc("يبدأ الرئيس جولة خليجية تستمر ثلاثة أيام الأحد المقبل.")
    t, _ = event_date(doc, _event(doc, "جولة"))
    assert (t.value, t.end_value) == ("2021-03-21", "2021-03-23")


def test_nearest_date_in_same_clause_wins():
    doc = _doc("اجتمع الوزير أمس بالسفير، وسيلتقي الرئيس غدا.")
    t, rule = event_date(doc, _event(doc, "اجتمع"))
    assert (t.text, t.value, rule) == ("أمس", "2021-03-14", "same-clause")
    t, _ = event_date(doc, _event(doc, "وسيلتقي", aux="future"))
    assert (t.text, t.value) == ("غدا", "2021-03-16")


def test_event_quantities_follow_the_event_type():
    doc = _doc("أسفر الهجوم عن مقتل 7 أشخاص وإصابة 20 آخرين، وقدمت الحكومة 5 ملايين دولار.")
    assault = _event(doc, "الهجوم", type_="ASSAULT")
    assert [(q.value, q.unit) for q in event_quantities(doc, assault)] == [(7, "killed"), (20, "injured")]
    aid = _event(doc, "وقدمت", type_="AID")
    assert [(q.value, q.unit) for q in event_quantities(doc, aid)] == [(5000000, "USD")]
    consult = _event(doc, "الهجوم", type_="CONSULT")
    assert event_quantities(doc, consult) == []


def test_quantities_stay_in_their_sentence():
    doc = _doc("تظاهر آلاف المحتجين في الساحة. وفي مدينة أخرى اعتقلت الشرطة 30 متظاهرا.")
    ev = _event(doc, "تظاهر", type_="PROTEST")
    assert [(q.value, q.unit) for q in event_quantities(doc, ev)] == [(1000, "protesters")]
