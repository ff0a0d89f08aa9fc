"""Event detection, session 7: whole trigger families and sense rules that keep false triggers out.

Every sentence here was written for these tests (none is taken from an evaluation set). Covered: circumstantial
participles of listed verbs (مشيدا، مستنكرا، محذرا، ملوحا، متوعدا); such a participle hosts its complement
(ملوحا بفرض عقوبات names a threat, no sanction); control of a place extended or retaken (بسط سيطرته، استعاد
السيطرة، استرداد)، fighting waged (خاض قتالا) and wanted men seized (ضبط مطلوبين); a frame gap does not run across
a cause or an earlier act (فرضت ... بسبب العقوبات); those involved in an attack are named by it (اعتقال المتورطين
في التفجير); a condemning party's long title does not hide the attack it condemns; facilities receive but host no
meeting; security forces of another clause are no protest's actor; the outcome of an act only referenced
(بعد عملية ... والتي أسفرت عن) is background; a siege kept up (واصلت حصارها) is COERCE; advice and weather
warnings to the public (حذرت من التعامل مع، من الأمطار) are no threat; clashes that break out are ASSAULT;
condolences are SUPPORT; declining to comment is no REJECT; a frame's gap skips commas and the VSO subject.
"""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import check_detection


# (sentence, a type that must be found or None, a type that must NOT be found)
CASES = [
    # circumstantial participles: the sentence's first party praises, condemns, warns or threatens
    ("وقال [رئيس الوزراء البلجيكي|BEL|GOV] إن المحادثات كانت مثمرة، مشيدا ب[المغرب|MAR|GOV] ودوره في مكافحة "
     "التهريب.", "SUPPORT", None),
    ("أصدرت [الخارجية الأردنية|JOR|GOV] بيانا مستنكرا اقتحام المستوطنين باحات المسجد.", "ACCUSE", None),
    ("وأكد [وزير الدفاع الباكستاني|PAK|GOV] جاهزية قواته، محذرا [الهند|IND|GOV] من أي مغامرة عسكرية.", "THREATEN",
     None),
    ("ألقى [الرئيس الفنزويلي|VEN|GOV] خطابا أمام أنصاره، متوعدا [المعارضة|VEN|OPP] برد حازم.", "THREATEN", None),
    ("وختم [المبعوث الروسي|RUS|GOV] كلمته ملوحا بقطع إمدادات الغاز عن [أوكرانيا|UKR|GOV].", "THREATEN", None),
    # ... and names the content of its act, which did not take place
    ("اختتم [وزير الخارجية الفرنسي|FRA|GOV] زيارته ملوحا بفرض عقوبات جديدة على [مالي|MLI|GOV].", "THREATEN",
     "SANCTION"),
    ("نشرت [الحكومة الكندية|CAN|GOV] بيانا مستنكرا اعتقال الصحفيين في [ميانمار|MMR|GOV].", "ACCUSE", "COERCE"),
    ("وقال [وزير الداخلية التونسي|TUN|GOV] إن الوضع مستقر، محذرا من شن هجمات على الفنادق.", None, "ASSAULT"),
    # control of a place extended or retaken, fighting waged
    ("بسطت [القوات الحكومية الصومالية|SOM|MIL] سيطرتها على بلدة ساحلية جنوب مقديشو.", "ASSAULT", None),
    ("استعادت [القوات الفلبينية|PHL|MIL] السيطرة على الجزيرة بعد اشتباكات مع المسلحين.", "ASSAULT", None),
    ("أعلن [الجيش النيجيري|NGA|MIL] استرداد ثلاث قرى من قبضة المتمردين شمال البلاد.", "ASSAULT", None),
    ("تخوض [القوات الكولومبية|COL|MIL] قتالا عنيفا مع المتمردين قرب الحدود.", "ASSAULT", None),
    # wanted men seized is an arrest; a seized car bomb stays an attack that did not happen
    ("تمكنت [الشرطة المغربية|MAR|COP] من ضبط خمسة مطلوبين في مدينة طنجة.", "COERCE", None),
    ("ضبطت [الشرطة الكويتية|KWT|COP] ثلاثة متسللين قرب المنفذ الحدودي.", "COERCE", None),
    ("ضبطت [الشرطة الكويتية|KWT|COP] سيارة مفخخة قرب المنفذ الحدودي.", None, "ASSAULT"),
    # a frame's gap does not run across a cause (بسبب، جراء) or an earlier act (منذ، إثر)
    ("ارتفعت أسعار القمح التي فرضت على المستوردين بسبب العقوبات الدولية.", None, "SANCTION"),
    ("تراجعت أرباح المصارف التي فرضت عليها جراء العقوبات الأوروبية.", None, "SANCTION"),
    ("فرضت [الولايات المتحدة|USA|GOV] عقوبات جديدة على [كوريا الشمالية|PRK|GOV] أمس.", "SANCTION", None),
    # those involved in or behind an attack are named by it; the arrest is the news
    ("أعلنت [الشرطة الباكستانية|PAK|COP] اعتقال المتورطين في التفجير الذي استهدف سوق المدينة.", "COERCE",
     "ASSAULT"),
    ("تواصل [السلطات التونسية|TUN|GOV] ملاحقة منفذي الهجوم على المتحف.", None, "ASSAULT"),
    ("اعتقلت [قوات الأمن الأفغانية|AFG|COP] اثنين من مرتكبي تفجير السوق.", "COERCE", "ASSAULT"),
    # a long title between a condemnation and the attack it condemns
    ("أدان [رئيس مجلس الشورى في مملكة البحرين معالي الأستاذ علي بن صالح الصالح|BHR|LEG] التفجير الإرهابي الذي "
     "استهدف مسجدا في المدينة.", "ACCUSE", "ASSAULT"),
    ("استنكر [الأمين العام لمنظمة التعاون الإسلامي الدكتور إياد أمين مدني|IGO|IGO] الهجوم الذي استهدف الحجاج.",
     "ACCUSE", "ASSAULT"),
    ("شجب [رئيس البرلمان العربي أحمد بن محمد الجروان|IGO|IGO] العمل الإرهابي الذي استهدف مصلين في الكويت.", "ACCUSE",
     "ASSAULT"),
    # facilities receive flights, patients or goods but host no meeting
    ("استقبل ميناء [جدة|SAU|-] أول سفينة حاويات قادمة من [الهند|IND|-].", None, "CONSULT"),
    ("استقبل مطار [الملك عبدالعزيز|SAU|-] أول رحلة قادمة من [جاكرتا|IDN|-].", None, "CONSULT"),
    ("استقبل مستشفى [الملك فهد|SAU|-] المصابين في حادث [الطائف|SAU|-].", None, "CONSULT"),
    ("وصل [وزير الخارجية الإندونيسي|IDN|GOV] إلى [الرياض|SAU|-] في زيارة رسمية.", "CONSULT", None),
    # the outcome told in a relative clause of an act only referenced (بعد عملية ...، والتي أسفرت عن) is background
    ("سيرت [القوات الكينية|KEN|MIL] دوريات في المدينة بعد عملية احتجاز الرهائن في الفندق والتي أسفرت عن مقتل 9 "
     "أشخاص.", "MOBILIZE", "ASSAULT"),
    ("انتشرت [قوات الأمن التونسية|TUN|COP] في الشوارع عقب عملية الاختطاف التي أسفرت عن مقتل سائح.", "MOBILIZE",
     "ASSAULT"),
    ("قتل 12 شخصا في هجوم انتحاري استهدف سوقا شعبيا وأسفر عن إصابة العشرات.", "ASSAULT", None),
    # a siege kept up or tightened
    ("واصلت [القوات الحكومية السورية|SYR|MIL] حصارها لمدينة داريا لليوم العاشر.", "COERCE", None),
    ("شددت [القوات الإثيوبية|ETH|MIL] الحصار على البلدة الحدودية.", "COERCE", None),
    ("قالت [الحكومة اليمنية|YEM|GOV] إن الحوثيين يواصلون حصار مدينة تعز منذ أشهر.", "COERCE", None),
    # advice or a weather warning to the public is no threat; a warning to a party still is
    ("حذرت [السفارة السعودية في ماليزيا|SAU|GOV] المواطنين من التعامل مع مكاتب السفر غير المرخصة.", None,
     "THREATEN"),
    ("حذرت [الأرصاد الجوية الأردنية|JOR|GOV] من الأمطار الغزيرة المتوقعة غدا.", None, "THREATEN"),
    ("حذرت [وزارة الصحة المصرية|EGY|GOV] من تناول الأسماك المملحة في الأسواق الشعبية.", None, "THREATEN"),
    ("حذر [الرئيس الإيراني|IRN|GOV] [إسرائيل|ISR|GOV] من مغبة أي هجوم على المنشآت النووية.", "THREATEN", None),
    # clashes breaking out are fighting, not a protest; a truce that saw violations; a counted group surrendering
    ("اندلعت اشتباكات عنيفة بين [الجيش الصومالي|SOM|MIL] ومسلحي [حركة الشباب|SOM|REB] قرب مقديشو.", "ASSAULT",
     "PROTEST"),
    ("شهدت الهدنة في [جنوب السودان|SSD|-] خروقات عدة خلال الليل.", "ASSAULT", None),
    ("أعلن [الجيش الكولومبي|COL|MIL] استسلام عشرات المتمردين في إقليم أنتيوكيا.", "RETREAT", None),
    # declining to comment or disclose rejects nobody
    ("رفض متحدث باسم [وزارة الخارجية الهندية|IND|GOV] التعليق على التقارير.", None, "REJECT"),
    ("رفضت [الشرطة الفرنسية|FRA|COP] الكشف عن هوية المعتقلين.", None, "REJECT"),
    ("رفضت [الحكومة الإسبانية|ESP|GOV] الإفصاح عن تفاصيل الصفقة.", None, "REJECT"),
    # condolences offered
    ("عزى [أمير الكويت|KWT|GOV] [الرئيس الفرنسي|FRA|GOV] في ضحايا الهجوم على الصحيفة.", "SUPPORT", None),
    ("بعث [ملك البحرين|BHR|GOV] برقية تعزية إلى [رئيس باكستان|PAK|GOV] في ضحايا الفيضانات.", "SUPPORT", None),
    ("واسى [الرئيس التونسي|TUN|GOV] أسر [الضحايا الجزائريين|DZA|-] في المستشفى.", "SUPPORT", None),
    # a comma around an apposition or a time word does not lengthen a frame's gap, nor does the VSO subject
    ("هدد [الجيش التايلاندي|THA|MIL]، صباح اليوم، بالرد على أي هجوم من [كمبوديا|KHM|MIL].", "THREATEN", None),
    ("فرضت [وزارة الخزانة الأمريكية|USA|GOV]، أمس، عقوبات على ثلاث شركات [إيرانية|IRN|-].", "SANCTION", None),
    ("أجرى [رئيس الوزراء الياباني|JPN|GOV] [شينزو آبي|JPN|GOV] أمس مباحثات مع [الرئيس الفلبيني|PHL|GOV].", "CONSULT",
     None),
    # ... but a prayer stays a prayer: a background phrase keeps its strict gap
    ("دعا [الرئيس الموريتاني|MRT|GOV] الله أن يحفظ البلاد.", None, "REQUEST"),
    # security forces of another clause are not the protest's actor; the protest stands
    ("وفيما أغلقت [الشرطة التركية|TUR|COP] الطرق المؤدية إلى الساحة، خرج مئات الطلاب في مسيرة احتجاجا على "
     "القرار.", "PROTEST", None),
    ("تجمعت [قوات الشرطة|GRC|COP] قرب ساحة سينتاغما منذ الصباح.", None, "PROTEST"),
]


@pytest.mark.parametrize("marked,want,unwanted", CASES, ids=[f"s7-{i:02d}" for i in range(len(CASES))])
def test_detection_session7(marked, want, unwanted):
    check_detection(marked, want, unwanted)
