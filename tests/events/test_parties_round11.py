"""Event parties, round 11 (issue #5), through the whole pipeline (actors and places included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set). Rules:
- a bare office and its adjectives then a second office joined by و (المبعوث الخاص ورئيس بعثة X) is one holder of
  two offices: the second mention is the verb's subject, not a missing one;
- an office in construct whose body comes after ل, then the holder's name (أمين سر اللجنة التنفيذية لمنظمة X
  الدكتور فلان): the named holder is the subject and X only completes the title, it is no object of the verb;
- a unit "قوة من" before a force (أوقفت قوة من الجيش X) is that force acting;
- members named by a bare noun before a quoted party (ثلاثة من زعماء «حزب الله») are that party.
"""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_tuples

# (sentence, type, actor countries, recipient countries)
PARTIES = [
    # one holder of two coordinated offices
    ("دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة في العراق الحكومة العراقية إلى الحوار.", "REQUEST",
     {"IGO"}, {"IRQ"}),
    ("التقى الممثل الأعلى ونائب رئيس المفوضية الأوروبية وزير الخارجية الإيراني في بروكسل.", "CONSULT",
     {"IGO"}, {"IRN"}),
    ("استقبل المنسق المقيم ومنسق الشؤون الإنسانية للأمم المتحدة في اليمن وفدا سعوديا.", "CONSULT",
     {"IGO"}, {"SAU"}),
    ("التقى المتحدث الرسمي ووزير الإعلام الأردني السفير الأمريكي.", "CONSULT", {"JOR"}, {"USA"}),
    # ... and, after a named subject, the one met
    ("التقى وزير الخارجية المصري المبعوث الخاص ورئيس بعثة الأمم المتحدة في القاهرة.", "CONSULT",
     {"EGY"}, {"IGO"}),
    # the named holder of an office whose body follows ل
    ("طالب نائب رئيس المكتب السياسي لحركة حماس الدكتور موسى أبو مرزوق أمس مصر بفتح معبر رفح.", "REQUEST",
     {"PSE"}, {"EGY"}),
    # a unit of a force
    ("اعتقلت قوة من الشرطة العراقية خمسة مطلوبين في البصرة.", "COERCE", {"IRQ"}, set()),  # unnamed wanted men: no target (session 11)
    ("هاجمت قوة من الجيش السوري مواقع للمعارضة في ريف حلب.", "ASSAULT", {"SYR"}, {"SYR"}),
    # members of a quoted named party
    ("فرضت الحكومة الأميركية عقوبات على ثلاثة من زعماء «حزب الله» اللبناني.", "SANCTION", {"USA"}, {"LBN"}),
    ("التقى وزير الخارجية المصري قادة «حركة حماس» في القاهرة.", "CONSULT", {"EGY"}, {"PSE"}),
]


@pytest.mark.parametrize("sentence,etype,actor,recipient", PARTIES)
def test_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence)
    assert (etype, actor, recipient) in found, found


@pytest.mark.parametrize("sentence,etype,party", [
    # no office before the ل phrase: the one helped stays the recipient, never the subject
    ("أرسل وزير الدفاع مساعدات لليمن.", "AID", "YEM"),
    # an office then a named person after ل, but the ل phrase is the verb's object, not a title's body
    ("وجه رئيس الوزراء العراقي رسالة خطية للرئيس الفرنسي إيمانويل ماكرون.", "CONSULT", "FRA"),
])
def test_not_the_actor(sentence, etype, party):
    found = pipeline_tuples(sentence)
    assert any(t == etype for t, _, _ in found), found
    assert all(party not in actor for t, actor, _ in found if t == etype), found


def test_quoted_word_is_no_party():
    # a quoted common noun after the count is no named party: the arrested stay the arresting state's people
    found = pipeline_tuples("اعتقلت الشرطة العراقية عشرة «مطلوبين» في البصرة.")
    assert ("COERCE", {"IRQ"}, {"IRQ"}) in found, found


def test_office_body_is_not_the_object():
    found = pipeline_tuples("دعا أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية الدكتور صائب عريقات أمس "
                            "المجتمع الدولي إلى التدخل الفوري.")
    assert ("REQUEST", {"PSE"}, set()) in found, found
