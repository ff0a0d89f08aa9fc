"""Detection round 12 (session 9): trigger rows and non-event rules for families of misses and false types on new
news. Every sentence was written for these tests (other names, places and wording than any evaluation set); each
family has positives and near-miss negatives. Rules alone, no sentence filter (``check_detection``)."""
from __future__ import annotations

import pytest

from fixtures_events import check_detection, detected_types

CASES = [
    # "stealing the show" is no abduction; abducting people is
    ("خطف المغني [اللبناني|LBN|-] الأنظار في حفل ختام المهرجان أمس.", None, "ASSAULT"),
    ("خطفت المرشحة الجديدة، في أول ظهور لها، الأضواء من منافسيها.", None, "ASSAULT"),
    ("خطف مسلحون مجهولون [مهندسين أتراكا|TUR|BUS] قرب مدينة [سرت|LBY|-] أمس.", "ASSAULT", None),
    # a rank in a table is no occupation; seizing a place is
    ("تحتل [ماليزيا|MYS|GOV] المرتبة الثالثة في آسيا من حيث عدد السياح.", None, "COERCE"),
    ("احتل [المنتخب البرازيلي|BRA|-] الصدارة بعد فوزه الكبير.", None, "COERCE"),
    # session 28: the positive case for occupation went with coerce.ihtilal (0 of 3 fires right on the tuning sets)
    # lifting sanctions as a prospect or a term is no lifting; a lifting that happened is
    ("قد ترتفع صادرات [فنزويلا|VEN|GOV] النفطية حال رفع العقوبات عنها.", None, "RETREAT"),
    ("تتوقع الشركات أرباحا كبيرة عند رفع العقوبات عن [بيلاروسيا|BLR|GOV] العام المقبل.", None, "RETREAT"),
    # session 31d (concede2): the news gold codes lifting sanctions CONCEDE, not RETREAT
    ("رفعت [الحكومة اليابانية|JPN|GOV] العقوبات المفروضة على [ميانمار|MMR|GOV] أمس.", "CONCEDE", "RETREAT"),
    # a decision that organizes or paves the way for lifting sanctions declares a concession
    ("أقر [مجلس الأمن|IGO|GOV] قرارا ينظم رفع العقوبات عن [ليبيا|LBY|GOV] على مراحل.", "CONCEDE", "RETREAT"),
    ("وافق [البرلمان الأوروبي|IGO|GOV] على الاتفاق، ما يمهد الطريق أمام رفع العقوبات عن [كوبا|CUB|GOV].",
     "CONCEDE", "RETREAT"),
    # a truce that starts or is kept is a ceasefire
    ("تبدأ منتصف الليلة الهدنة التي أعلنها [الجيش السوداني|SDN|MIL] في دارفور.", "RETREAT", None),
    ("أعلن [الجيش الكولومبي|COL|MIL] الالتزام بهدنة لمدة أسبوع في المناطق الجنوبية.", "RETREAT", None),
    ("انتهت الهدنة بين [الجيش الكولومبي|COL|MIL] و[المتمردين|COL|REB] الليلة الماضية.", None, "RETREAT"),
    # تحالف is a noun in "قوات تحالف ..."; allying with someone is the verb
    ("قالت قيادة قوات تحالف [دعم الشرعية|-|MIL] إن عملياتها مستمرة في المحافظة.", None, "AGREE"),
    ("تحالف [حزب الوفد|EGY|PTY] مع [حزب النور|EGY|PTY] لخوض الانتخابات البرلمانية.", "AGREE", None),
    # security forces raised to alert
    ("رفعت [السلطات الفرنسية|FRA|GOV] من وتيرة تأهبها الأمني قبل انطلاق القمة.", "MOBILIZE", None),
    ("رفعت [شركة الطيران الوطنية|QAT|BUS] من وتيرة رحلاتها إلى أوروبا هذا الصيف.", None, "MOBILIZE"),
    # a state of emergency extended is martial law, like declaring it
    ("قرر [مجلس الوزراء التونسي|TUN|GOV] تمديد حالة الطوارئ في البلاد شهرا آخر.", "COERCE", None),
    ("مددت [الحكومة الإثيوبية|ETH|GOV] حالة الطوارئ في إقليم أمهرة ثلاثة أشهر.", "COERCE", None),
    ("قررت [وزارة التعليم|JOR|GOV] تمديد مهلة تقديم الطلبات أسبوعا آخر.", None, "COERCE"),
    # a congratulation or condolence cable received is praise from its sender; another letter is a contact
    ("تلقى [أمير الكويت|KWT|GOV] برقية تهنئة من [الرئيس التونسي|TUN|GOV] بمناسبة العيد الوطني.", "SUPPORT",
     "CONSULT"),
    ("تلقى [رئيس الوزراء الأردني|JOR|GOV] برقية تعزية من [نظيره المغربي|MAR|GOV] في ضحايا الحادث.", "SUPPORT",
     None),
    ("تلقى [الرئيس اللبناني|LBN|GOV] رسالة من [الرئيس الفرنسي|FRA|GOV] تناولت العلاقات الثنائية.", "CONSULT",
     "SUPPORT"),
    # surviving an attempt on one's life, after a long subject
    ("نجا [محافظ عدن|YEM|GOV] الجديد، صباح اليوم الثلاثاء، من محاولة اغتيال في حي التواهي.", "ASSAULT", None),
    ("نجا [نادي الرجاء|MAR|-]، في الجولة الأخيرة من الموسم، من الهبوط إلى الدرجة الثانية.", None, "ASSAULT"),
    # claiming an attack
    ("أعلنت [حركة طالبان|AFG|REB] مسؤوليتها عن الهجوم على قاعدة عسكرية قرب قندهار.", "ASSAULT", None),
    ("أعلن [الاتحاد المحلي|ESP|-] مسؤوليته عن تنظيم المعرض السنوي للكتاب.", None, "ASSAULT"),
    # an explosion that happened
    ("وقع انفجار قوي قرب مقر [الشرطة الصومالية|SOM|POL] في حي هودان ظهر اليوم.", "ASSAULT", None),
    # parties stated to agree
    ("قال مسؤول إن [اليابان|JPN|GOV] و[الهند|IND|GOV] متفقتان على توسيع التعاون البحري.", "AGREE", None),
    # signing a protest letter is a protest; signing a letter of thanks is not
    ("وقع عشرات [الأكاديميين البريطانيين|GBR|EDU] خطابا احتجاجيا موجها إلى [الحكومة البريطانية|GBR|GOV].",
     "PROTEST", None),
    ("وقع [السفير الكندي|CAN|GOV] رسالة شكر موجهة إلى [بلدية المدينة|LBN|GOV].", None, "PROTEST"),
    # holding a party responsible, as a circumstantial participle; a truck loaded with goods is no accusation
    ("وقال [المتحدث باسم الخارجية التركية|TUR|GOV] إن الوضع خطير، محملا [الحكومة السورية|SYR|GOV] مسؤولية التصعيد.",
     "ACCUSE", None),
    ("وصلت إلى الميناء سفينة محملة بالقمح قادمة من [أوكرانيا|UKR|GOV].", None, "ACCUSE"),
    # cutting an enemy's supply lines is a blockade, not a road-block protest
    ("قطعت [القوات الحكومية|SYR|MIL] طرق الإمداد عن [المسلحين|SYR|REB] في الريف الشمالي.", "COERCE",
     "PROTEST"),
    ("قطع [المحتجون|LBN|CVL] الطرق الرئيسية بالإطارات المشتعلة احتجاجا على الغلاء.", "PROTEST", None),
    # a warning with no party warned is no threat; warning a party is
    ("دعا [رئيس البرلمان العراقي|IRQ|GOV] إلى الحوار، محذرا من تداعيات الأزمة الاقتصادية.", "REQUEST",
     "THREATEN"),
    ("طالبت [الحكومة النرويجية|NOR|GOV] بوقف القتال، محذرة في الوقت ذاته من تدهور الأوضاع الإنسانية.", None,
     "THREATEN"),
    ("وأكد [قائد الجيش الباكستاني|PAK|MIL] جاهزية قواته، محذرا [طالبان|AFG|REB] من أي تصعيد.", "THREATEN", None),
    # the act a protest or condemnation is against is its content, not a report
    ("تظاهر مئات [الطلاب الأردنيين|JOR|EDU] أمام الجامعة احتجاجا على اعتقال زملائهم.", "PROTEST", "COERCE"),
    ("نظم [عمال الموانئ اليونانيين|GRC|LAB] وقفة احتجاجية تنديدا بمقتل زميلهم.", "PROTEST", "ASSAULT"),
    ("اعتقلت [الشرطة الكينية|KEN|POL] عشرين متظاهرا في نيروبي أمس.", "COERCE", None),
    # "بعدما" is "بعد أن" in one word: the act after it only dates the news
    ("دخل القانون حيز التنفيذ بعدما صادق عليه [البرلمان الكيني|KEN|GOV] الشهر الماضي.", None, "SUPPORT"),
    ("صادق [البرلمان الكيني|KEN|GOV] على اتفاقية التجارة مع [تنزانيا|TZA|GOV] أمس.", "SUPPORT", None),
    # an attack only plotted has not happened; one carried out has
    ("اعتقلت [الشرطة البلجيكية|BEL|POL] ثلاثة أشخاص يشتبه في أنهم كانوا يخططون لتنفيذ هجمات في بروكسل.", "COERCE",
     "ASSAULT"),
    ("نفذ [المتمردون|COD|REB] هجوما على قاعدة للجيش قرب غوما فجر اليوم.", "ASSAULT", None),
    # تعاون / دعم / رفض governed by a noun or a condition word are the verbal noun; the verb opening a clause is an act
    ("تحدث الوزير عن وجود تعاون كبير مع [الشرطة الإيطالية|ITA|POL] في التحقيق.", None, "COOPERATE"),
    ("هدد [الاتحاد الأوروبي|IGO|GOV] بفرض عقوبات على [صربيا|SRB|GOV] في حال رفضها الخطة.", "THREATEN", "REJECT"),
    ("تعاون [الجيش اللبناني|LBN|MIL] مع [القوات الدولية|IGO|MIL] في إخلاء الجرحى.", "COOPERATE", None),
    ("رفضت [صربيا|SRB|GOV] الخطة الأوروبية أمس.", "REJECT", None),
    ("تراجعت حدة الخطاب حيال تمسكهم بالحكومة السابقة في [الكونغو|COD|GOV].", None, "REJECT"),
    ("تمسكت [إثيوبيا|ETH|GOV] بموقفها الرافض لأي وساطة خارجية.", "REJECT", None),
    # "issued" is no confiscation; seizing goods is
    ("وجاء في بيان صادر عن [وزارة الداخلية الكويتية|KWT|GOV] أن التحقيقات مستمرة.", None, "COERCE"),
    ("صادرت [السلطات التركية|TUR|GOV] أموال الشركة ومقارها في إسطنبول.", "COERCE", None),
    # admitting losses is no recognition; recognising a state is
    ("اعترف [الجيش الأمريكي|USA|MIL] بمقتل ثلاثة من جنوده في الهجوم.", None, "SUPPORT"),
    ("اعترفت [السويد|SWE|GOV] رسميا بدولة [فلسطين|PSE|GOV] أمس.", "SUPPORT", None),
    # an attack named as what a condemnation is about, past the condemner's name and a comma
    ("أدان [الرئيس الفرنسي|FRA|GOV]، حادث التفجير الإرهابي الذي استهدف كنيسة في المدينة.", "ACCUSE", "ASSAULT"),
    # the show stolen after a long subject
    ("خطف رئيس الوزراء [الكندي|CAN|GOV]، الذي يزور العاصمة الفرنسية للمرة الأولى بعد توليه منصبه في الخريف "
     "الماضي، الأضواء في افتتاح المعرض.", None, "ASSAULT"),
]


@pytest.mark.parametrize("marked,want,unwanted", CASES, ids=[f"r12-{i:02d}" for i in range(len(CASES))])
def test_mentioned_and_new_triggers(marked, want, unwanted):
    check_detection(marked, want, unwanted)


def test_round12_cases_have_a_claim():
    """Every case asks for a type or forbids one (no test that cannot fail)."""
    assert all(want or unwanted for _, want, unwanted in CASES)


def test_received_cable_goes_from_sender_to_receiver():
    """تلقى X برقية تهنئة من Y: Y praises X."""
    from fixtures_events import marked_document
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = marked_document("تلقى [ملك البحرين|BHR|GOV] برقية تهنئة من [الرئيس القبرصي|CYP|GOV] بمناسبة عيد الاستقلال.")
    events = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "SUPPORT"]
    assert events
    assert {a.country for a in events[0].actor} == {"CYP"}
    assert {a.country for a in events[0].recipient} == {"BHR"}


def test_unaddressed_warning_keeps_hosting_its_content():
    """The warning is left out, and what it warns of (شن هجمات) is still no event of its own."""
    types = detected_types("وقال [وزير الداخلية المغربي|MAR|GOV] إن الوضع هادئ، محذرا من شن هجمات على الحدود.")
    assert "THREATEN" not in types and "ASSAULT" not in types


def test_relative_ma_before_an_imperfect_is_no_negation():
    """"، ما يمهد الطريق": ما is the relative "which" before an imperfect; before a perfect it negates."""
    from fixtures_events import marked_document
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = marked_document("وافق [البرلمان الأوروبي|IGO|GOV] على الاتفاق، ما يمهد الطريق أمام رفع العقوبات عن "
                          "[كوبا|CUB|GOV].")
    concede = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "CONCEDE"]
    assert concede and concede[0].aux != "negated"
    doc = marked_document("ما قصفت [القوات الروسية|RUS|MIL] أي هدف في [إدلب|SYR|-] أمس.")
    assault = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "ASSAULT"]
    assert assault and assault[0].aux == "negated"
