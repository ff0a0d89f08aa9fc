"""Recipient frames, session 14 (sentences written for these tests, not taken from the eval sets).

- The party in construct after a death noun (استشهاد طفل فلسطيني، مقتل جنود) was hit by the act a condemnation or a
  demand is about, whatever frame found it (the object, إلى inside a relative clause, على after the demanded act): it
  is neither accused nor addressed. A condemnation then accuses the doer named after an attack noun or "by the hands
  of" further on (إثر استهداف المستوطنين لمنزلهم); else its recipient stays empty.
"""
import pytest

from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text", [
    "أدانت جامعة الدول العربية جريمة استشهاد شاب فلسطيني أمس في الخليل.",
    "أدان الاتحاد الأوروبي الهجوم الذي أدى إلى مصرع ثلاثة جنود لبنانيين قرب الحدود.",
])
def test_victim_of_the_condemned_act_is_not_accused(text):
    evs = _events(text, "ACCUSE")
    assert evs and all(not ({"PSE", "LBN"} & _countries(e.recipient)) for e in evs), _show(evs)


def test_condemnation_accuses_the_doer_after_an_attack_noun():
    evs = _events("أدانت منظمة التعاون الإسلامي جريمة استشهاد شاب فلسطيني إثر استهداف المستوطنين لسيارته قرب "
                  "رام الله.", "ACCUSE")
    assert any(_countries(e.recipient) == {"ISR"} for e in evs), _show(evs)


def test_demand_about_a_killing_names_no_addressee_from_the_victim():
    evs = _events("دعت حركة حماس إلى الرد بقوة على مقتل شاب فلسطيني بأيدي مستوطنين في الخليل.", "REQUEST")
    assert all("PSE" not in _countries(e.recipient) for e in evs), _show(evs)


def test_accused_party_after_a_death_word_elsewhere_is_kept():
    # must NOT fire: the accused is the verb's own object, the death noun comes after it
    evs = _events("اتهمت الحكومة العراقية تنظيم داعش بالمسؤولية عن مقتل عشرات المدنيين في الموصل.", "ACCUSE")
    assert evs and all("IRQ" not in _countries(e.recipient) for e in evs), _show(evs)
    evs = _events("أدانت الحكومة المصرية الهجمات الإسرائيلية على قطاع غزة.", "ACCUSE")
    assert any("ISR" in _countries(e.recipient) for e in evs), _show(evs)


def test_condolence_keeps_the_victims_side():
    # must NOT fire: a condolence (SUPPORT) goes to the side of the one killed
    evs = _events("بعث الرئيس المصري برقية تعزية إلى الرئيس الفرنسي بمقتل جنود فرنسيين في مالي.", "SUPPORT")
    assert any("FRA" in _countries(e.recipient) for e in evs), _show(evs)
