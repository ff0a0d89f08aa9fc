"""REQUEST recipient inside the demanded act, session 17 (sentences written for these tests, not taken from the eval
sets).

- A call that names no addressee (دعا X إلى ...، طالب X بإنهاء ...) concerns the first party with a country a few
  words into the act it asks for: a named party, or a country named as a place; that party is the recipient.
- A city in the act (عقد مؤتمر في جنيف) is only where it would happen: no recipient.
- After a collective addressee (دعا X المجتمع الدولي إلى إلزام Y) the collective is the one asked: Y is no recipient.
"""
import pytest

from hadath import extract


def _requests(text):
    return [e for e in extract(text, date="2015-08-01").events if e.type == "REQUEST"]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor, recipient", [
    ("طالب الرئيس الفرنسي فرانسوا هولاند الأحد بإنهاء الحرب الدائرة منذ عامين في جنوب السودان.", "FRA", "SSD"),
    ("دعا وزير الخارجية الألماني أمس إلى حوار جديد لحل الأزمة في ليبيا.", "DEU", "LBY"),
])
def test_country_inside_demanded_act_is_recipient(text, actor, recipient):
    evs = _requests(text)
    assert evs and all(actor in _countries(e.actor) and recipient in _countries(e.recipient) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_city_inside_demanded_act_is_no_recipient():
    evs = _requests("دعا وزير الخارجية الألماني أمس إلى عقد مؤتمر دولي في جنيف.")
    assert evs and all(not e.recipient for e in evs), [(e.actor, e.recipient) for e in evs]


def test_party_after_collective_addressee_is_no_recipient():
    evs = _requests("دعا وزير الخارجية الأردني أمس المجتمع الدولي إلى التدخل لإلزام الحكومة الإسرائيلية بوقف الاستيطان.")
    assert evs and all("ISR" not in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]
