"""Event parties, round 12 (issue #5, session 9), through the whole pipeline (actors and places included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set). Rules:
- "على أيدي / على يد / بأيدي X" names the agent of a passive act (أعدم ... على أيدي عناصر X);
- a resumptive pronoun after a relative clause's verb (أزمة تتهم فيها X Y) leaves X as the verb's subject;
- a rank or style between an office and its holder's name (قائد شرطة X اللواء فلان) keeps the holder in apposition,
  so the noun after the name is the verb's object;
- two coordinated parties of a reciprocal act (X ونظيره Y اتفقا على ...) split into actor and recipient even when
  an unnamed object follows, and "مع Y" after a border noun (حدود X مع Y) names a neighbour, not a partner;
- the victim after "أدى إلى مقتل" is not the one accused by a condemnation, and the doers named in a "بعدما / عندما"
  clause of the condemned act are;
- an unvocalized verb read as passive but with its subject after a force word (استهدف طيران X مواقع Y) and an object
  after that is active;
- "X، وفي مقدمتها Y" / "X وعلى رأسها Y": Y is a party with X;
- a countryless named subject followed by an office "لـ Y" (فلان الأمين العام المساعد للجامعة العربية) acts for Y, and
  the office's portfolio (لشؤون فلسطين) is no party;
- a capital or country in construct after a meeting, document or water name (مؤتمر القاهرة، بحيرة تشاد) is no party;
- a noun after ب inside a relative clause on the object (قصفت مركبا، الذي كان محملا بمسلحين) is no party;
- "الخضراء" (green: المنطقة الخضراء، المدينة الخضراء) is no place name;
- in a wide frame (هاجم ... واصفا) the party named after the subject and its holder inside the frame is the object;
- a verb after كما / ثم with no subject of its own keeps the clause's subject, not the first verb's object;
- a verb with و right after ؛ whose subject is missing, or is a feminine noun after a masculine perfect verb, keeps
  the subject of the clause before the ؛ (أدان X الهجوم؛ وطالب الحكومة Y ...: the government is the object);
- a partitive subject after the verb (اعتصم عدد من المعلمين X، تظاهر آلاف من الطلاب X) is the verb's subject;
- the holder named right after a titled subject (مبعوث الأمم المتحدة الخاص إلى X فلان) is not a second party.
"""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_tuples

# (sentence, type, actor countries, recipient countries)
PARTIES = [
    # agent after على أيدي / على يد / بأيدي
    ("أعلنت السلطات أن ثلاثين قرويا أعدموا على أيدي عناصر حركة الشباب في جنوب الصومال.", "ASSAULT",
     {"SOM"}, None),
    ("قتل صحفيان على يد مسلحي جماعة بوكو حرام في شمال شرق نيجيريا.", "ASSAULT", {"NGA"}, None),
    # resumptive pronoun after the verb
    ("اندلعت أزمة دبلوماسية بين البلدين تتهم فيها أنقرة الحكومة اليونانية بإيواء معارضين.", "ACCUSE",
     {"TUR"}, {"GRC"}),
    ("اندلعت أزمة جديدة يتهم فيها البيت الأبيض الحكومة الروسية بالتدخل.", "ACCUSE", {"USA"}, {"RUS"}),
    # a rank between an office and its holder: the next noun is the object
    ("انتقد قائد الجيش اللبناني العماد جان قهوجي، الرئيس السوري بشار الأسد، بسبب القصف.", "ACCUSE",
     {"LBN"}, {"SYR"}),
    # reciprocal parties with an unnamed object; a border's neighbour is no partner
    ("أكد مسؤول أن رئيس الوزراء البريطاني ونظيره الفرنسي اتفقا على التصدي لتهريب المهاجرين.", "AGREE",
     {"GBR"}, {"FRA"}),
    ("قال البيان إن الملك الأردني ونظيره المغربي أجريا اتصالا هاتفيا تناول ضبط حدود الأردن مع سوريا.",
     "CONSULT", {"JOR"}, {"MAR"}),
    # the victim is not the accused; the doers of the condemned act are
    ("أدانت فرنسا الاعتداء الذي أدى إلى مقتل ثلاثة أطفال فلسطينيين بعدما هاجم مستوطنون إسرائيليون قريتهم.",
     "ACCUSE", {"FRA"}, {"ISR"}),
    ("استنكرت الخارجية الأردنية التفجير الذي أدى إلى إصابة جنود أتراك عندما فجر مقاتلو حزب العمال الكردستاني "
     "سيارة مفخخة.", "ACCUSE", {"JOR"}, {"TUR"}),
    # passive reading undone by a subject and an object after the verb
    ("واستهدف طيران الجيش الأفغاني أمس مواقع حركة الشباب الصومالية.", "ASSAULT", {"AFG"}, {"SOM"}),
    # the party leading the others
    ("ثمنت الحكومة اليمنية دعم دول التحالف، وفي مقدمتها الإمارات، لجهود إعادة الإعمار.", "SUPPORT",
     {"YEM"}, {"ARE", None}),
    # a countryless holder of an office of a named body
    ("ندد السفير سامي الفرا الأمين العام المساعد لمنظمة التعاون الإسلامي لشؤون اليمن بالاعتداء.", "ACCUSE",
     {"IGO"}, set()),
    # a meeting named after a capital is no party; the body after it is
    ("التقى وزير الخارجية المغربي وفد لجنة متابعة مؤتمر الرياض للمعارضة اليمنية.", "CONSULT", {"MAR"}, {"YEM"}),
    # the object inside a wide frame, behind a quoted body
    ("هاجم قائد الشرطة البحرينية اللواء طارق الحسن، رئيس المكتب السياسي لـ«حركة حماس» خالد مشعل، واصفا إياه "
     "بالمتآمر.", "ACCUSE", {"BHR"}, {"PSE"}),
    # the subject of a second verb after كما
    ("انتقدت بريطانيا الحكومة السودانية بشدة كما فرضت عقوبات جديدة على الخرطوم.", "SANCTION", {"GBR"}, {"SDN"}),
    # the subject goes on after ؛
    ("استنكر رئيس الوزراء الأردني التفجير؛ وطالب الحكومة العراقية بكشف الجناة.", "REQUEST", {"JOR"}, {"IRQ"}),
    ("رحب وزير الخارجية الكويتي بالاتفاق؛ ودعا الحكومة اليمنية إلى الالتزام به.", "REQUEST", {"KWT"}, {"YEM"}),
    # partitive subjects
    ("اعتصم عدد من الأطباء الأردنيين أمام مبنى البرلمان الأردني احتجاجا على تأخر الرواتب.", "PROTEST",
     {"JOR"}, {"JOR"}),
    ("تظاهر مئات من الطلاب الجزائريين في العاصمة ضد قرار الحكومة الجزائرية.", "PROTEST", {"DZA"}, {"DZA"}),
]


@pytest.mark.parametrize("sentence,etype,actor,recipient", PARTIES)
def test_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence)
    if recipient is None:  # only the actor is asserted
        assert any(t == etype and a == actor for t, a, _ in found), found
    else:
        assert (etype, actor, recipient) in found, found


@pytest.mark.parametrize("sentence,etype,party", [
    # the victim after أدى إلى is never the accused
    ("ندد الاتحاد الأوروبي بالهجوم الذي أدى إلى مقتل سائح بريطاني في تونس.", "ACCUSE", "GBR"),
    # the country across a border is no partner of the talks
    ("بحث وزير الداخلية التركي مع نظيره العراقي تأمين الحدود مع سوريا.", "CONSULT", "SYR"),
    # a lake named after a state
    ("قتل مسلحو بوكو حرام عشرين صيادا نيجيريا قرب بحيرة تشاد.", "ASSAULT", "TCD"),
    # the titled subject's own holder after "الخاص إلى X"
    ("أعرب المبعوث الأممي الخاص إلى العراق يان كوبيش عن قلقه إزاء تصاعد العنف في الأنبار.", "ACCUSE", "IGO"),
])
def test_not_a_party(sentence, etype, party):
    found = pipeline_tuples(sentence)
    assert any(t == etype for t, _, _ in found), found
    assert all(party not in rec for t, _, rec in found if t == etype), found


def test_a_speaker_in_a_when_clause_is_not_the_accused():
    # "عندما قالت الشرطة": the one reporting is not the doer of the condemned act
    found = pipeline_tuples("أدانت مصر التفجير الذي أدى إلى مقتل عشرة أشخاص عندما قالت الشرطة الباكستانية إن "
                            "انتحاريا فجر نفسه.")
    assert any(t == "ACCUSE" for t, _, _ in found), found
    assert all("PAK" not in rec for t, _, rec in found if t == "ACCUSE"), found


def test_noun_in_a_relative_clause_is_no_target():
    # the gunmen the boat carried are described by the relative clause; the strike's target is the boat
    found = pipeline_tuples("قصفت طائرة تابعة للجيش المصري زورقا، الذي كان محملا بمهربين مسلحين، قرب العريش.")
    assert any(t == "ASSAULT" and a == {"EGY"} for t, a, _ in found), found
    assert all(None not in rec for t, _, rec in found if t == "ASSAULT"), found


def test_green_is_no_place():
    import hadath

    doc = hadath.extract("انسحب المسلحون من المنطقة الخضراء في بغداد ومن المدينة الخضراء في عدن.", date="2015-08-01")
    assert all(p.country != "ISR" for p in doc.places), [(p.text, p.country) for p in doc.places]


@pytest.mark.parametrize("sentence,actor", [
    # "وطالبت مصر": a feminine verb agreeing with the country after it, which is its own subject
    ("أدان وزير الخارجية التونسي الهجوم؛ وطالبت مصر بملاحقة المنفذين.", {"EGY"}),
    # "ودعت الحكومة اليمنية": the same with a feminine body
    ("رحبت الكويت بالاتفاق؛ ودعت الحكومة اليمنية الأطراف إلى الالتزام به.", {"YEM"}),
])
def test_a_new_subject_agreeing_after_a_semicolon_is_kept(sentence, actor):
    found = pipeline_tuples(sentence)
    assert any(t == "REQUEST" and a == actor for t, a, _ in found), found
