"""Actor resolution on sentences written for these tests (not taken from the seed or the GSR data)."""
from __future__ import annotations

import pytest

from helpers_actors import analyse, codes

from hadath.actors.stage import actors_in

# (sentence, date, expected [(text of the actor span, country, sector)] in text order, exactly)
CASES = [
    ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي أنتوني بلينكن.", "2023-01-30",
     [("الرئيس المصري عبد الفتاح السيسي", "EGY", "GOV"), ("وزير الخارجية الأمريكي أنتوني بلينكن", "USA", "GOV")]),
    ("أعلنت وزارة الدفاع التركية مقتل ثلاثة جنود في اشتباك.", None,
     [("وزارة الدفاع التركية", "TUR", "MIL"), ("جنود", None, "MIL")]),
    ("قالت الشرطة العراقية إن مسلحين هاجموا نقطة تفتيش.", None,
     [("الشرطة العراقية", "IRQ", "COP"), ("مسلحين", None, "REB")]),
    ("وتجمع مئات المحتجين في الخرطوم.", None, [("المحتجين", None, "CVL")]),
    ("دعا الاتحاد الأوروبي إلى وقف فوري لإطلاق النار.", None, [("الاتحاد الأوروبي", "IGO", "EEC")]),
    ("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين.", None,
     [("التحالف العربي", None, "MIL"), ("الحوثيين", "YEM", "REB")]),
    ("أكد السفير الفرنسي لدى لبنان أن بلاده تدعم الجيش اللبناني.", None,
     [("السفير الفرنسي لدى لبنان", "FRA", "GOV"), ("بلاده", "FRA", None), ("الجيش اللبناني", "LBN", "MIL")]),
    ("والتقى رئيس الوزراء العراقي مصطفى الكاظمي بالسفير البريطاني.", "2021-03-01",
     [("رئيس الوزراء العراقي مصطفى الكاظمي", "IRQ", "GOV"), ("السفير البريطاني", "GBR", "GOV")]),
    ("قال صالح إن الطقس جميل اليوم.", None, []),
    ("وقال حسين إن الاجتماع تأجل.", None, []),
    ("صرح السفير الياباني لدى القاهرة كينجي تاناكا بأن المحادثات مستمرة.", None,
     [("السفير الياباني لدى القاهرة كينجي تاناكا", "JPN", "GOV")]),
    ("أعلن رئيس وزراء العراق عن خطة جديدة.", None, [("رئيس وزراء العراق", "IRQ", "GOV")]),
    ("وتعهدت حكومة العراق بإجراء إصلاحات.", None, [("حكومة العراق", "IRQ", "GOV")]),
    ("ويعد النفط شريك رئيس في المنطقة.", None, []),
    ("هذا هو المجال الرئيس للتعاون بين الطرفين.", None, []),
    ("وحذرت موسكو من عواقب القرار.", None, [("موسكو", "RUS", "GOV")]),
    ("وقال البيت الأبيض إن الرئيس سيسافر قريبا.", None, [("البيت الأبيض", "USA", "GOV")]),
    ("وأكد البنتاغون إرسال تعزيزات.", None, [("البنتاغون", "USA", "MIL")]),
    ("وصل الوفد إلى واشنطن مساء أمس.", None, []),
    ("وقعت انفجارات بالعراق وفي سوريا.", None, []),
    ("ووجه المتحدث انتقادات للعراق.", None, [("للعراق", "IRQ", None)]),
    ("تبنى تنظيم داعش الهجوم على الحاجز.", None, [("تنظيم داعش", None, "REB")]),
    ("وقال حزب الله اللبناني في بيان إن عناصره تصدت للهجوم.", None, [("حزب الله اللبناني", "LBN", "PTY")]),
    ("وطالب مجلس الأمن الدولي بوقف القتال.", None, [("مجلس الأمن الدولي", "IGO", "UNO")]),
    ("ووافق صندوق النقد الدولي على القرض.", None, [("صندوق النقد الدولي", "IGO", "IMF")]),
    ("وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارة استهدفت مخزنا.", None,
     [("المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي", "ISR", "MIL")]),
    ("وانسحبت القوات الأمريكية من القاعدة.", None, [("القوات الأمريكية", "USA", "MIL")]),
    ("وأطلق الجنود الأتراك النار.", None, [("الجنود الأتراك", "TUR", "MIL")]),
    ("وأصيب عدد من المتظاهرين الفلسطينيين برصاص قوات الاحتلال الإسرائيلي.", None,
     [("المتظاهرين الفلسطينيين", "PSE", "CVL"), ("قوات الاحتلال الإسرائيلي", "ISR", "MIL")]),
    ("ورفضت المعارضة السورية المقترح.", None, [("المعارضة السورية", "SYR", "OPP")]),
    ("وصوت البرلمان العراقي على القانون.", None, [("البرلمان العراقي", "IRQ", "LEG")]),
    ("وقضت المحكمة العليا الإسرائيلية بوقف القرار.", None, [("المحكمة العليا الإسرائيلية", "ISR", "JUD")]),
    ("وتستثمر الشركات الصينية في الموانئ.", None, [("الشركات الصينية", "CHN", "BUS")]),
    ("وقال السفير الصيني لدى الرياض إن بلاده تدعم الحوار.", None,
     [("السفير الصيني لدى الرياض", "CHN", "GOV"), ("بلاده", "CHN", None)]),
    ("وأكد أن بلاده لن تتراجع.", None, []),
    ("وهاجم نظيره المشروع.", None, []),
    ("وقعت روسيا الاتحادية والولايات المتحدة الأمريكية على الاتفاق.", None,
     [("روسيا الاتحادية", "RUS", None), ("الولايات المتحدة الأمريكية", "USA", None)]),
    ("وقال أنصار الله إنهم أسقطوا طائرة.", None, [("أنصار الله", "YEM", "REB")]),
    ("وهبطت الطائرة في القاعدة الجوية الكبرى.", None, []),
    ("وأعلنت الحكومة تقديم الدعم المالي للمزارعين.", None, [("الحكومة", None, "GOV"), ("للمزارعين", None, "AGR")]),
    ("وأرسلت جمهورية مالي قوات إلى الحدود.", None, [("جمهورية مالي", "MLI", None), ("قوات", None, "MIL")]),
    ("وكانت حركة طالبان قد سيطرت على المدينة.", None, [("حركة طالبان", "AFG", "REB")]),
    ("وخرج الطلاب في مسيرة.", None, [("الطلاب", None, "EDU")]),
    ("وقال مسؤولون إن المفاوضات فشلت.", None, [("مسؤولون", None, "GOV")]),
    ("وقال مصدر أمني عراقي إن الهجوم أحبط.", None, [("مصدر أمني عراقي", "IRQ", "COP")]),
    ("والتقى رئيس الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف على هامش القمة.", None,
     [("رئيس الوزراء الهندي ناريندرا مودي", "IND", "GOV"), ("الباكستاني نواز شريف", "PAK", "GOV")]),
    ("وأكد الشعب المصري تمسكه بالدستور.", None, [("الشعب المصري", "EGY", "CVL")]),
    ("وانتقد ترامب قرار المحكمة.", "2018-03-01", [("ترامب", "USA", "GOV"), ("المحكمة", "USA", "JUD")]),
    ("ودانت السلطة الفلسطينية اقتحامات الاحتلال الإسرائيلي.", None,
     [("السلطة الفلسطينية", "PSE", "GOV"), ("الاحتلال الإسرائيلي", "ISR", "MIL")]),
    ("وزير الخارجية الياباني تارو كونو يزور عمان غدا.", None, [("وزير الخارجية الياباني تارو كونو", "JPN", "GOV")]),
    ("قصفت طائرات حربية روسية مواقع للمعارضة.", None, [("طائرات حربية روسية", "RUS", "MIL"), ("للمعارضة", None, "OPP")]),
]


@pytest.mark.parametrize("text,date,expected", CASES, ids=[c[0][:25] for c in CASES])
def test_sentence_actors(text, date, expected):
    assert codes(analyse(text, date)) == expected


def test_unknown_person_gets_arabic_name():
    doc = analyse("صرح السفير الياباني لدى القاهرة كينجي تاناكا بأن المحادثات مستمرة.")
    (a,) = doc.actors
    assert a.kind == "person" and a.name == "كينجي تاناكا" and a.name_ar == "كينجي تاناكا"


def test_role_held_at_article_date_wins():
    text = "وصرح الرئيس الأمريكي بأن المفاوضات ستستمر."
    assert analyse(text, "2019-06-01").actors[0].name == "Donald Trump"
    assert analyse(text, "2022-06-01").actors[0].name == "Joe Biden"
    undated = analyse(text).actors[0]
    assert (undated.country, undated.sector, undated.kind) == ("USA", "GOV", "title")


def test_short_name_after_full_name_is_the_same_person():
    doc = analyse("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره التركي مولود جاويش أوغلو. "
                  "وقال ظريف إن المحادثات كانت مثمرة.", "2019-05-01")
    names = [(a.text, a.name, a.country) for a in doc.actors]
    assert names == [("وزير الخارجية الإيراني محمد جواد ظريف", "Mohammad Javad Zarif", "IRN"),
                     ("نظيره التركي مولود جاويش أوغلو", "Mevlut Cavusoglu", "TUR"),
                     ("ظريف", "Mohammad Javad Zarif", "IRN")]
    assert doc.actors[0].ref == doc.actors[2].ref


def test_possessive_foreign_minister_uses_subject_country_and_date():
    doc = analyse("وأعلنت قطر أن وزير خارجيتها سيزور طهران الأسبوع المقبل.", "2020-01-01")
    assert [(a.text, a.country, a.name) for a in doc.actors] == [
        ("قطر", "QAT", "Qatar"), ("وزير خارجيتها", "QAT", "Mohammed bin Abdulrahman Al Thani"),
        ("طهران", "IRN", "Tehran")]


def test_spokeswoman_frame_and_her_country():
    doc = analyse("وأكدت المتحدثة باسم وزارة الخارجية الأمريكية أن بلادها ستواصل دعم الحلفاء.")
    assert codes(doc) == [("المتحدثة باسم وزارة الخارجية الأمريكية", "USA", "GOV"), ("بلادها", "USA", None)]


def test_dual_title_is_the_two_ministers():
    doc = analyse("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره المصري سامح شكري، وبحث الوزيران العلاقات.",
                  "2021-01-01")
    dual = [a for a in doc.actors if a.text == "الوزيران"]
    assert [(a.country, a.name) for a in dual] == [("SAU", "Faisal bin Farhan"), ("EGY", "Sameh Shoukry")]


def test_bare_minister_title_refers_back():
    doc = analyse("وقال وزير الدفاع البريطاني بن والاس إن القوات جاهزة. وأضاف الوزير أن التدريب سيستمر.",
                  "2021-01-01")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Ben Wallace", "Ben Wallace"]


def test_datelines_are_not_actors():
    for text in ("بيروت - رويترز: قال مسؤولون إن الاجتماع انتهى.", "ايلاف من لندن: عقد الاجتماع أمس."):
        assert all(a.kind not in ("capital", "country") for a in analyse(text).actors)


def test_harakat_offsets_map_back_to_raw_text():
    text = "قَالَ الرَّئِيسُ الفَرَنْسِيُّ إيمانويل ماكرون إنَّ فرنسا مستعدة."
    doc = analyse(text, "2020-05-01")
    a = doc.actors[0]
    assert text[a.start:a.end] == a.text == "الرَّئِيسُ الفَرَنْسِيُّ إيمانويل ماكرون"
    assert (a.country, a.sector, a.name) == ("FRA", "GOV", "Emmanuel Macron")
    for e in doc.entities:
        assert text[e.start:e.end] == e.text


def test_entities_get_labels_and_the_phrase_actor():
    doc = analyse("وبحث الرئيس العراقي برهم صالح مع السفير الروسي الأوضاع.", "2020-11-26")
    labels = {(e.text, e.label) for e in doc.entities}
    # a nationality inside a title phrase joins the TITLE (ANERcorp tags such adjectives O, not MISC)
    assert {("الرئيس العراقي", "TITLE"), ("برهم صالح", "PER"), ("السفير الروسي", "TITLE")} <= labels
    assert not any(label == "NORP" for _, label in labels)
    per = next(e for e in doc.entities if e.label == "PER")
    assert per.actor is not None and per.actor.text == "الرئيس العراقي برهم صالح"


def test_standalone_nationality_is_norp_adjective_of_other_noun_is_not():
    doc = analyse("تظاهر آلاف العراقيين أمام مقر الشركة الصينية.", "2020-11-26")
    labels = {(e.text, e.label) for e in doc.entities}
    assert ("العراقيين", "NORP") in labels
    assert not any(t == "الصينية" for t, _ in labels)


def test_leaders_of_organisations_and_capitals_as_genitives():
    doc = analyse("وقال زعيم حزب الله حسن نصر الله إن الأمين العام لحلف الناتو زار أنقرة. "
                  "وأكد سفير واشنطن لدى بغداد ذلك.", "2019-01-01")
    assert codes(doc) == [("زعيم حزب الله حسن نصر الله", "LBN", "REB"), ("الأمين العام لحلف الناتو", "IGO", "NAT"),
                          ("أنقرة", "TUR", "GOV"), ("سفير واشنطن لدى بغداد", "USA", "GOV")]
    assert doc.actors[1].name == "Jens Stoltenberg"


def test_adjective_title_is_no_entity():
    doc = analyse("هذا هو المجال الرئيس للتعاون بين الطرفين.")
    assert doc.actors == [] and all(e.label != "TITLE" for e in doc.entities)


def test_kurds_use_the_cameo_ethnic_code():
    doc = analyse("وتظاهر آلاف الأكراد في المدينة.")
    assert codes(doc) == [("الأكراد", "KUR", None)]


def test_actors_in_span():
    text = "وقال الجيش الأمريكي إن القوات العراقية شاركت. ثم رد الحوثيون."
    doc = analyse(text)
    first = text.index(".") + 1
    assert [a.text for a in actors_in(doc, 0, first)] == ["الجيش الأمريكي", "القوات العراقية"]
    assert [a.text for a in actors_in(doc, first, len(text))] == ["الحوثيون"]
