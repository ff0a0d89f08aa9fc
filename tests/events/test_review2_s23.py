"""Review of the session-23 place, attack, meeting and topic rules (sentences written for these tests, not taken
from the eval sets).

- A holiday noun drops a visit only as the trip's purpose (في إجازة خاصة، لقضاء عطلته، للاستجمام): not a time
  (بعد عطلة عيد الفطر) nor لإجازة, to approve (لإجازة الاتفاقية, as Sudanese news writes it).
- A stateless group named in the strike's own clause is the group hit (group_hit_abroad).
- Two organisations need two sides: an IGO actor with no recipient is no pair of organisations.
"""
import pytest

from hadath.document import Actor, Event, Span
from hadath.events.stage import _two_organisations
from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text", [
    "يزور الرئيس الفرنسي الجزائر الأسبوع المقبل بعد عطلة عيد الفطر.",
    "وصل الرئيس الفرنسي إلى الجزائر أمس في زيارة رسمية تستمر يومين بعد انتهاء عطلة البرلمان.",
    "وصل وزير المالية الإثيوبي إلى الخرطوم أمس لإجازة اتفاقية التعاون الاقتصادي مع السودان.",
])
def test_holiday_word_that_is_no_purpose_keeps_the_visit(text):
    evs = _events(text, "CONSULT")
    assert evs, text


@pytest.mark.parametrize("text", [
    "وصل العاهل الأردني إلى فرنسا أمس في إجازة خاصة.",
    "وصل الرئيس اليمني إلى ألمانيا لقضاء عطلته الصيفية.",
    "وصل أمير قطر إلى المغرب أمس للاستجمام.",
])
def test_holiday_trip_is_no_visit(text):
    assert not _events(text, "CONSULT"), _show(_events(text, "CONSULT"))


def test_group_in_the_strike_clause_is_still_hit():
    evs = _events("شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش في سوريا.")
    assert any(_countries(e.recipient) == {None} for e in evs), _show(evs)


def _igo(text: str, sector: str, at: int) -> Actor:
    return Actor(text, at, at + len(text), text, text, "IGO", sector)


def test_two_organisations_need_both_sides():
    s = "التقى الأمين العام المبعوث."
    ev = Event(type="CONSULT", trigger=Span("التقى", 0, 5), sentence=Span(s, 0, len(s)),
               actor=[_igo("الأمين العام", "ARL", 6)])
    assert not _two_organisations(ev)
    ev.recipient = [_igo("المبعوث", "UNO", 19)]
    assert _two_organisations(ev)
