"""Event detection, round 4: word senses, missing frames, and aims joined by و.

Sentences written for these tests (not taken from any evaluation set): the imperfect of لقي is spelt like تلقى
(received) and يلقي (delivers a speech), which are no meeting; an arrest announced as a verbal noun (أعلنت القبض
على); credentials presented or received; a declared truce (but not its end); protesters named before their verb
even when the police act on them; a verbal noun joined by و to an aim (بهدف استعادة المدينة وطرد المسلحين) is a
second aim, not an act that took place; a foreign envoy summoned or a protest note handed over is a formal
complaint (ACCUSE 114); a chain of coordinated imperfects (تدعم وترعى وتستقبل) describes a role, not an act.
"""
from __future__ import annotations

import pytest

from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from tests.events.fixtures_events import check_detection, detected_types, marked_document


_types = detected_types


# (sentence, a type that must be found or None, a type that must NOT be found); a row with no unwanted type is a
# control that held before the change too
CASES = [
    # تلقى / يلقي are no meeting; the perfect لقي still is
    ("تلقى [الجيش اللبناني|LBN|MIL] شحنة ذخائر جديدة من [فرنسا|FRA|GOV].", None, "CONSULT"),
    ("يلقي [الرئيس البرازيلي|BRA|GOV] كلمة أمام [الجمعية العامة|IGO|IGO] بعد ظهر اليوم.", None, "CONSULT"),
    ("تلقت [الحكومة الماليزية|MYS|GOV] دفعة ثانية من اللقاحات.", None, "CONSULT"),
    ("لقي [الرئيس الكيني|KEN|GOV] [نظيره الأوغندي|UGA|GOV] على هامش القمة الأفريقية.", "CONSULT", None),
    # an arrest announced as a verbal noun
    ("أعلنت [الشرطة الأردنية|JOR|COP] القبض على ثلاثة مهربين قرب الحدود الشمالية.", "COERCE", None),
    ("تمكنت [قوات الأمن العراقية|IRQ|COP] من القبض على مطلوب خطير في الموصل.", "COERCE", None),
    # credentials presented to, or received by, a head of state
    ("قدم [سفير اليابان الجديد|JPN|GOV] أوراق اعتماده إلى [الرئيس اللبناني|LBN|GOV] في قصر بعبدا.", "CONSULT", None),
    ("تسلم [العاهل المغربي|MAR|GOV] أوراق اعتماد [السفير الهندي|IND|GOV] الجديد.", "CONSULT", None),
    # a truce declared is a ceasefire; its end is not
    ("أعلن [الجيش الروسي|RUS|MIL] هدنة إنسانية لمدة يومين في المدينة المحاصرة.", "RETREAT", None),
    ("أعلن [الجيش الروسي|RUS|MIL] انتهاء الهدنة في المدينة المحاصرة.", None, "RETREAT"),
    # protesters named before their verb; police acting on them do not cancel the protest
    ("أطلقت [الشرطة الكينية|KEN|COP] الغاز المسيل للدموع على مئات المحتجين احتشدوا أمام البرلمان.", "PROTEST",
     None),
    ("وقالت [الشرطة اليونانية|GRC|COP] إن آلاف المتظاهرين تجمعوا في ساحة سينتاغما.", "PROTEST", None),
    # police gathering on their own still stage no protest
    ("تجمعت [قوات الشرطة|GRC|COP] قرب ساحة سينتاغما منذ الصباح.", None, "PROTEST"),
    # a verbal noun joined by و to an aim or a demand is a second aim
    ("شنت [الطائرات الفرنسية|FRA|MIL] غارات بهدف استعادة المدينة وطرد المسلحين منها.", "ASSAULT", "COERCE"),
    ("اعتصم [الصحافيون|EGY|-] أمام النقابة للمطالبة بإلغاء الحكم وإطلاق سراح المدونين.", "PROTEST", "RETREAT"),
    # ... but a perfect verb after the aim reports an act of its own
    # a foreign envoy summoned, or a protest note handed over, is a formal complaint; one's own envoy recalled is not
    ("استدعت [وزارة الخارجية الهولندية|NLD|GOV] السفير التركي في لاهاي.", "ACCUSE", None),
    ("سلمت [الخارجية الكويتية|KWT|GOV] [القائم بالأعمال العراقي|IRQ|GOV] مذكرة احتجاج على خرق الحدود.", "ACCUSE",
     None),
    ("استدعت [الحكومة النيوزيلندية|NZL|GOV] سفيرها لدى [فيجي|FJI|GOV] للتشاور.", "SANCTION", "ACCUSE"),
    # discussing a topic with a counterpart
    ("تناول [رئيس الوزراء الإثيوبي|ETH|GOV] مع [الرئيس الصومالي|SOM|GOV] ملف الأمن على الحدود.", "CONSULT", None),
    # a list of what an office does in general is no act that took place
    ("وأوضح المتحدث أن [وزارة الثقافة الأردنية|JOR|GOV] تدعم وترعى وتستقبل الفرق المسرحية [العربية|-|-].", None,
     "SUPPORT"),
    ("وأوضح المتحدث أن [وزارة الثقافة الأردنية|JOR|GOV] تدعم وترعى وتستقبل الفرق المسرحية [العربية|-|-].", None,
     "CONSULT"),
    # ... a single imperfect stays (one visit announced)
    ("يستقبل [الرئيس الجزائري|DZA|GOV] [رئيس الوزراء الإيطالي|ITA|GOV] في قصر المرادية.", "CONSULT", None),
    # a relative clause telling the visit named just before (زيارة ... التي استقبله خلالها) reports it; one
    # describing a thing by a political act stays background
    ("وجاءت الخطوة خلال الزيارة التي استقبل خلالها [الملك التايلاندي|THA|GOV] [رئيس الوزراء الماليزي|MYS|GOV].",
     "CONSULT", None),
    ("ناقش [البرلمان الأردني|JOR|LEG] المذكرة التي رفضت [الحكومة|JOR|GOV] بنودها أمس.", None, "REJECT"),
    # a circumstantial participle after a clause is the act of the sentence's first party
    ("وقال [وزير الخارجية النرويجي|NOR|GOV] إن الوضع الإنساني صعب، داعيا [الحكومة الإثيوبية|ETH|GOV] إلى فتح "
     "الطرق.", "REQUEST", None),
    ("أصدرت [الخارجية الإماراتية|ARE|GOV] بيانا منددا بالاعتداء على ناقلة النفط.", "ACCUSE", None),
    # ... a prayer is no demand
    ("وهنأ [الملك الأردني|JOR|GOV] [الشعب الأردني|JOR|-] بالعيد، داعيا المولى أن يعيده بالخير.", None, "REQUEST"),
    # a group named for the support it gives is a body, not an act
    ("أعلن [الاتحاد الأفريقي|IGO|IGO] إنشاء مجموعة دعم دولية لعملية السلام في [السودان|SDN|-].", None, "SUPPORT"),
    ("أعلنت [اليابان|JPN|GOV] دعمها ل[السودان|SDN|GOV] في عملية السلام.", "SUPPORT", None),
    # troops deployed in force
    ("شهدت العاصمة [الكينية|KEN|-] انتشارا واسعا لقوات [الشرطة الكينية|KEN|COP] قبل الانتخابات.", "MOBILIZE", None),
    ("زار [وزير الدفاع الأمريكي|USA|GOV] [بغداد|IRQ|-] بهدف دعم القوات العراقية، واعتقلت [الشرطة|IRQ|COP] "
     "مسلحين قرب المطار.", "COERCE", None),
]


@pytest.mark.parametrize("marked,want,unwanted", CASES, ids=[f"c{i:02d}" for i in range(len(CASES))])
def test_detection(marked, want, unwanted):
    check_detection(marked, want, unwanted)


# a derived verb after an aim (والتقى) is a verb, not a verbal noun: the meeting stays its own report
def test_derived_verb_after_an_aim_is_kept():
    doc = marked_document("وصل [وزير الخارجية الإيراني|IRN|GOV] إلى [الدوحة|QAT|-] بهدف بحث الأزمة، والتقى "
                          "[أمير قطر|QAT|GOV].")
    sources = {e.source for e in code_document(doc, sentence_filter=NoFilter())}
    assert "rule:consult.iltaqa" in sources, sources


# the protesters named in the trigger are not the police who fired at them
def test_police_are_not_the_protesters():
    doc = marked_document("أطلقت [الشرطة الكينية|KEN|COP] الغاز المسيل للدموع على مئات المحتجين احتشدوا أمام "
                          "البرلمان.")
    protests = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "PROTEST"]
    assert protests and all(a.sector != "COP" for e in protests for a in e.actor)


# the participle's actor is the speaker, and the party after it is the one addressed
def test_circumstantial_participle_arguments():
    doc = marked_document("وقال [وزير الخارجية النرويجي|NOR|GOV] إن الوضع الإنساني صعب، مطالبا "
                          "[الحكومة الإثيوبية|ETH|GOV] بفتح الطرق أمام القوافل.")
    reqs = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "REQUEST"]
    assert reqs, reqs
    assert {a.country for a in reqs[0].actor} == {"NOR"}
    assert {a.country for a in reqs[0].recipient} == {"ETH"}


# an act named after an obligation word in someone's statement is what the speaker demands (REQUEST), not an act
@pytest.mark.parametrize("marked,cameo", [
    ("وقال [رئيس الوزراء الكندي|CAN|GOV] إنه ينبغي إطلاق سراح المواطنين المحتجزين لدى [الصين|CHN|GOV].", "1053"),
    ("وأكد [وزير الخارجية التشيلي|CHL|GOV] أنه يجب الإفراج عن جميع المعتقلين السياسيين.", "1053"),
], ids=["yanbaghi-itlaq", "yajib-ifraj"])
def test_obligation_in_a_statement_is_a_demand(marked, cameo):
    events = code_document(marked_document(marked), sentence_filter=NoFilter())
    assert "RETREAT" not in {e.type for e in events}
    reqs = [e for e in events if e.type == "REQUEST"]
    assert reqs and reqs[0].cameo == cameo and reqs[0].actor, [(e.type, e.cameo) for e in events]


# with no speaker the obligation stays no event
def test_obligation_without_speaker_is_no_event():
    events = code_document(marked_document("يجب الإفراج عن جميع المعتقلين السياسيين فورا."),
                           sentence_filter=NoFilter())
    assert not {e.type for e in events} & {"RETREAT", "REQUEST"}


# a letter or a cable received is contact (CONSULT 040) from its sender, not a telephone call (041)
def test_received_letter_is_no_phone_call():
    doc = marked_document("تلقى [الرئيس الموريتاني|MRT|GOV] رسالة خطية من [الرئيس السنغالي|SEN|GOV] تتعلق بالصيد.")
    evs = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "CONSULT"]
    assert evs and evs[0].cameo == "040" and evs[0].mode != "phone", [(e.cameo, e.mode) for e in evs]
    assert {a.country for a in evs[0].actor} == {"SEN"}
    doc = marked_document("تلقى [الرئيس الموريتاني|MRT|GOV] اتصالا هاتفيا من [الرئيس السنغالي|SEN|GOV].")
    evs = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "CONSULT"]
    assert evs and evs[0].cameo == "041"
