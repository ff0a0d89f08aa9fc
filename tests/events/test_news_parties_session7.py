"""Event parties on unseen news, session 7 (issue #5), through the whole pipeline (actors and places included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- a name set in quotation marks («حماس»، "جبهة النصرة") stands where the quoted phrase stands: the VSO subject
  right after the verb, the object after the subject, the agent after a relative verb (الهجوم الذي شنه «X»);
- the nationality adjective on the object of a praise, welcome, demand, meeting or agreement (أشاد بالدور السعودي،
  رحب بالمبادرة الفرنسية، استقبل الفريق الفني الإماراتي) names the other party when no other one is named, as
  for a condemnation (أدان الاعتداءات الإسرائيلية); for aid and attacks the nationality on the phrase stays the
  doer's, and an adjective behind a preposition (على السفارة الأردنية) describes a place, not the party.
"""
from __future__ import annotations

import pytest

import hadath
from tests.events.fixtures_events import pipeline_tuples

# (sentence, type, actor countries, recipient countries); None = a party with no country (ISIS)
PARTIES = [
    # quoted names
    ("اتهمت «حماس» إسرائيل بخرق التهدئة في قطاع غزة.", "ACCUSE", {"PSE"}, {"ISR"}),
    ("انتقدت «الجامعة العربية» الحكومة الإسرائيلية بشدة.", "ACCUSE", {"IGO"}, {"ISR"}),
    ("اتهمت «وحدات حماية الشعب» الكردية تركيا بقصف مواقعها.", "ACCUSE", {"SYR"}, {"TUR"}),
    ("دعت «حماس» «السلطة الفلسطينية» إلى وقف التنسيق الأمني.", "REQUEST", {"PSE"}, {"PSE"}),
    ("أدانت مصر الهجوم الذي شنه «داعش» على الجيش العراقي.", "ACCUSE", {"EGY"}, {None}),
    ("استنكرت الأردن التفجير الذي نفذه \"تنظيم داعش\" في الكويت.", "ACCUSE", {"JOR"}, {None}),
    # the nationality of the object names the other party
    ("رحب الرئيس اللبناني بالمبادرة الفرنسية لحل الأزمة.", "SUPPORT", {"LBN"}, {"FRA"}),
    ("أشاد وزير الخارجية البحريني بالدور السعودي في دعم الاستقرار.", "SUPPORT", {"BHR"}, {"SAU"}),
    ("ثمن الرئيس اليمني الجهود الإماراتية لإعادة الإعمار.", "SUPPORT", {"YEM"}, {"ARE"}),
    ("استقبل وزير الخارجية الأردني الفريق الفني الإماراتي في عمان.", "CONSULT", {"JOR"}, {"ARE"}),
    # the nationality on aid or strikes is the doer's; after على it is the target place's
    ("وصلت مساعدات سعودية جديدة إلى مدينة عدن.", "AID", {"SAU"}, {"YEM"}),
    ("أدانت منظمة التعاون الإسلامي الهجوم على السفارة الأردنية.", "ACCUSE", {"IGO"}, set()),
]


@pytest.mark.parametrize("sentence,etype,actor,recipient", PARTIES)
def test_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence)
    assert (etype, actor, recipient) in found, found


def test_quoted_party_keeps_its_own_span():
    """The party is given back without the quotation marks, its text still the document's span."""
    text = "اتهمت «حماس» إسرائيل بخرق التهدئة."
    doc = hadath.extract(text, date="2015-08-01")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    for a in ev.actor + ev.recipient:
        assert text[a.start:a.end] == a.text
        assert not any(q in a.text for q in "«»\"")
