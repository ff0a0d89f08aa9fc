"""GSR-style detection on sentences written for this test (not from the GSR, never tuned on).

The Arabic event GSR counts a sentence as an ASSAULT / PROTEST only when it reports a specific attack or protest
taking place; background mentions (the war on terror, a wave of protests, the right to demonstrate, fears of new
attacks, calls to strike next week) are negatives. This runs the whole default pipeline with the shipped sentence
filter and applies the GSR decision: some event of the type with aux asserted or historical.
"""
from __future__ import annotations

import pytest

import hadath

REAL_AUX = ("asserted", "historical")

SPECIFIC_ASSAULT = [
    "قتل خمسة جنود وأصيب ثلاثة آخرون أمس في هجوم بسيارة مفخخة استهدف دورية للجيش جنوب بغداد.",
    "فجر انتحاري نفسه صباح اليوم في سوق مزدحم بمدينة كويتا، ما أسفر عن مقتل 12 شخصا.",
    "أطلق مسلحون مجهولون النار على حافلة تقل عمالا في ضواحي كراتشي مساء الثلاثاء فقتلوا سبعة منهم.",
    "اغتال مسلحون مسؤولا محليا أمام منزله في مدينة الموصل فجر اليوم.",
    "شنت طائرات حربية غارات على مواقع للمسلحين في شمال وزيرستان أمس، وقالت مصادر محلية إن 20 شخصا قتلوا.",
    "اختطف مسلحون مهندسين أجنبيين من موقع عملهما في دلتا النيجر يوم الأحد.",
    "انفجرت عبوة ناسفة بجانب الطريق لدى مرور قافلة عسكرية قرب قندهار، مما أدى إلى إصابة أربعة جنود.",
    "هاجم عشرات المسلحين مركزا للشرطة في بلدة حدودية ليل الإثنين وقتلوا ثلاثة من عناصره.",
    "قصفت المدفعية أحياء سكنية في المدينة أمس ما أدى إلى سقوط قتلى وجرحى بين المدنيين.",
    "أصيب ستة أشخاص بجروح عندما ألقى مجهولون قنبلة يدوية على مقهى في وسط المدينة.",
]

BACKGROUND_ASSAULT = [
    "وأكد الوزير أن بلاده ماضية في الحرب على الإرهاب بالتعاون مع شركائها الدوليين.",
    "وتناقش اللجنة سبل مكافحة الإرهاب وتجفيف مصادر تمويله.",
    "وقال المحلل إن عمليات الاغتيال السياسي أصبحت ظاهرة مقلقة في المنطقة خلال السنوات الأخيرة.",
    "وتخشى السلطات من وقوع هجمات جديدة خلال فترة الأعياد.",
    "وطالبت المنظمة بمحاكمة المسؤولين عن جرائم التعذيب في السجون.",
    "ويستعد الجيش لشن هجوم واسع على معاقل المتمردين خلال الأسابيع المقبلة.",
    "وتحدث الكتاب عن تاريخ الاغتيالات في الشرق الأوسط منذ الحرب العالمية الأولى.",
    "ودانت الحكومة بشدة كل أشكال العنف والإرهاب التي تستهدف المدنيين.",
    "وأعربت الوزارة عن قلقها من تزايد حوادث الخطف في العاصمة.",
    "ولم يعد السكان إلى منازلهم منذ الهجوم على القرية.",
    "وتأتي الخطوة بعد احتجاجات اجتاحت العاصمة وعدة مدن أخرى الشهر الماضي.",
]

SPECIFIC_PROTEST = [
    "تظاهر آلاف الطلاب أمس في وسط العاصمة احتجاجا على رفع الرسوم الجامعية.",
    "خرج مئات العمال في مسيرة إلى مقر الحكومة صباح اليوم للمطالبة بصرف رواتبهم المتأخرة.",
    "نظم أهالي المعتقلين وقفة احتجاجية أمام مبنى وزارة العدل يوم الخميس.",
    "احتشد الآلاف في الساحة الرئيسية بالمدينة مساء الجمعة تنديدا بقرار الحكومة.",
    "أضرب المعلمون في المدارس الحكومية عن العمل أمس احتجاجا على تدني الأجور.",
    "قطع محتجون غاضبون الطريق الرئيسي بين المدينتين بالإطارات المشتعلة صباح اليوم.",
    "اعتصم عشرات الصحافيين أمام مقر النقابة للمطالبة بالإفراج عن زملائهم.",
    "اندلعت مظاهرات في عدة مدن أمس بعد إعلان نتائج الانتخابات.",
    "قام نحو ألفي شخص من سكان الحي بالتظاهر أمام مبنى البلدية احتجاجا على انقطاع المياه.",
    "دخل مئات الأسرى في إضراب مفتوح عن الطعام صباح الأحد.",
]

BACKGROUND_PROTEST = [
    "وقال المحلل إن موجة الاحتجاجات قد تمتد إلى دول أخرى في المنطقة.",
    "ويكفل الدستور حق التظاهر السلمي لجميع المواطنين.",
    "ودعت النقابة أعضاءها إلى الإضراب عن العمل يوم الأحد المقبل.",
    "وتخشى الحكومة من اندلاع احتجاجات جديدة إذا ارتفعت الأسعار.",
    "وناقش البرلمان مشروع قانون ينظم حق الإضراب في القطاع العام.",
    "ولم تشهد العاصمة أي مظاهرات منذ إعلان حالة الطوارئ.",
    "وحذر الوزير من استغلال المظاهرات لأغراض سياسية.",
    "وتقول الشرطة إنها لن تسمح بتنظيم أي مسيرة دون ترخيص مسبق.",
]


def _detected(text: str, etype: str) -> bool:
    doc = hadath.extract(text, date="2024-05-02")
    return any(e.type == etype and e.aux in REAL_AUX for e in doc.events)


@pytest.mark.parametrize("text", SPECIFIC_ASSAULT)
def test_specific_assault_is_detected(text):
    assert _detected(text, "ASSAULT")


@pytest.mark.parametrize("text", BACKGROUND_ASSAULT)
def test_background_assault_is_not_detected(text):
    assert not _detected(text, "ASSAULT")


@pytest.mark.parametrize("text", SPECIFIC_PROTEST)
def test_specific_protest_is_detected(text):
    assert _detected(text, "PROTEST")


@pytest.mark.parametrize("text", BACKGROUND_PROTEST)
def test_background_protest_is_not_detected(text):
    assert not _detected(text, "PROTEST")


def test_sentence_counts():
    assert len(SPECIFIC_ASSAULT + BACKGROUND_ASSAULT + SPECIFIC_PROTEST + BACKGROUND_PROTEST) >= 30
