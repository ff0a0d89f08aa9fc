"""GSR-style ASSAULT / PROTEST detection, session 4 rules, on sentences written for this test (not from the GSR).

Each background class below is dropped by a rule, not only by the statistical sentence filter: the rule cases run
the coder with ``NoFilter`` so they fail if the rule goes. Classes: an explosive found, seized or defused (no
attack took place); an attack named in a charge, a trial or an inquiry (and the relative clause on it); an attack
named by its act noun under a condemnation (عملية خطف: the noun, not a passive verb); a background phrase that
starts the attack pattern (بعد هجوم انتحاري); a protest announced for later; the peace process (المسيرة السلمية,
not a peaceful march); a frame spanning years (نظمت منذ تأسيسها عشرات المظاهرات). Specific reports stay detected,
with the shipped filter too.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document

REAL_AUX = ("asserted", "historical")

FOUND_EXPLOSIVES = [
    "عثرت الشرطة على سيارة مفخخة جاهزة للتفجير في حي تجاري وسط المدينة.",
    "فككت قوات الأمن عبوة ناسفة زرعت على جانب الطريق المؤدي إلى المطار.",
    "وضبطت دورية للجيش أحزمة ناسفة ومتفجرات في مخبأ بضواحي البلدة.",
    "وتمكن خبراء المتفجرات من إبطال مفعول قنبلة وضعت قرب المدرسة.",
    "وعثر الجنود على عبوتين ناسفتين معدتين للتفجير تحت الجسر.",
]

CHARGED_ACTS = [
    "ووجهت المحكمة إليهم تهما تتراوح بين التعذيب والقتل والاغتصاب.",
    "ومثل المتهمون أمام المحكمة بتهمة التفجير الذي استهدف الفندق قبل عامين.",
    "ويحقق المدعي العام في اتهامات بوقوع تعذيب وقتل في السجن.",
    "وتبدأ غدا محاكمة منفذي تفجير المحطة.",
    "وصدر حكم بسجنه عشرين عاما بعد إدانته بالقتل العمد.",
    "وأفرجت السلطات عن ناشطين اعتقلا بتهمة التظاهر دون ترخيص.",
]

CONDEMNED_ACTS = [
    "أدان الحزب أمس عملية خطف السائحين ودعا إلى إطلاق سراحهما.",
    "استنكرت النقابة محاولة اغتيال رئيسها.",
]

DATED_BY_AN_EARLIER_ATTACK = [
    "واعتقلت الشرطة ثلاثة أشخاص بعد هجوم انتحاري على مركز للشرطة.",
    "وارتفعت أسعار النفط إثر تفجير خط الأنابيب.",
    "وساد هدوء حذر في المدينة بعد هجوم انتحاري على مركز للشرطة.",
]

ANNOUNCED_PROTESTS = [
    "أعلنت النقابة عن تنظيم مسيرة في العاصمة الأسبوع المقبل.",
    "وأعلنت منظمة حقوقية عن تجمع أمام السفارة للتضامن مع المعتقلين.",
]

PEACE_PROCESS = [
    "وتحدث الكاتب عن انخراط الحركة في المسيرة السلمية منذ التسعينات.",
    "ودعا الوزير إلى إحياء المسيرة السلمية بين الجانبين.",
]

YEARS_OF_ACTS = [
    ("ونظمت الحركة منذ تأسيسها عشرات المظاهرات في مناسبات مختلفة.", "PROTEST"),
    ("ونفذت الجماعة منذ سنوات عدة هجمات على مراكز الشرطة.", "ASSAULT"),
]

SPECIFIC_ASSAULT = [
    "انفجرت سيارة مفخخة قرب مركز للشرطة في كركوك أمس ما أدى إلى مقتل أربعة أشخاص.",
    "انفجرت عبوة ناسفة لدى مرور دورية للجيش جنوب بغداد صباح اليوم.",
    "خطف مسلحون صحافيا أجنبيا من فندقه في العاصمة مساء الثلاثاء.",
    "قتل مسلحون شرطيين في هجوم على نقطة تفتيش شمال المدينة.",
    "قتل جندي وأصيب اثنان بنيران قناص في المدينة أمس.",
    "فجر انتحاري نفسه وسط سوق مزدحم في مدينة الحلة أمس مما أسفر عن مقتل عشرين شخصا.",
    "اغتال مسلحون مجهولون قاضيا بارزا أمام منزله في مدينة البصرة مساء الاثنين.",
    "انفجرت سيارتان مفخختان في سوقين شعبيين ببغداد صباح اليوم.",
    "قتل جنديان في انفجار عبوتين ناسفتين قرب كركوك أمس.",
    "قتل خمسة أشخاص اثر انفجار في سوق شعبي بالمدينة أمس.",
    "أصيب عشرة أشخاص إثر انفجار سيارة مفخخة في كركوك.",
]

SPECIFIC_PROTEST = [
    "تظاهر آلاف المواطنين أمام مقر الحكومة اليوم للمطالبة بإسقاط القانون.",
    "اعتصم العمال المسرحون أمام وزارة العمل منذ صباح الاثنين.",
    "نفذ عشرات المعلمين وقفة احتجاجية صباح اليوم أمام مقر المحافظة للمطالبة بصرف رواتبهم المتأخرة.",
    "أضرب سائقو الحافلات في العاصمة عن العمل أمس احتجاجا على ارتفاع أسعار الوقود.",
    "خرج آلاف المواطنين في مسيرة حاشدة جابت شوارع المدينة يوم الجمعة تنديدا بالعدوان.",
    "قطع محتجون غاضبون الطريق الدولي بالإطارات المشتعلة احتجاجا على انقطاع الكهرباء.",
    "انطلقت مسيرة سلمية في شوارع المدينة أمس احتجاجا على الغلاء.",
    "ونظم الطلاب مسيرة سلمية أمام الجامعة صباح اليوم.",
    "ونظم المحتجون منذ الصباح مسيرة جابت شوارع المدينة.",
]


def _real(text: str, etype: str, sentence_filter=None) -> bool:
    doc = hadath.extract(text, date="2024-05-02")
    events = doc.events if sentence_filter is None else code_document(doc, sentence_filter=sentence_filter)
    return any(e.type == etype and e.aux in REAL_AUX for e in events)


BACKGROUND = ([(t, "ASSAULT") for t in FOUND_EXPLOSIVES + CHARGED_ACTS[:5] + CONDEMNED_ACTS
               + DATED_BY_AN_EARLIER_ATTACK] + [(CHARGED_ACTS[5], "PROTEST")]
              + [(t, "PROTEST") for t in ANNOUNCED_PROTESTS + PEACE_PROCESS] + YEARS_OF_ACTS)


@pytest.mark.parametrize("text, etype", BACKGROUND)
def test_background_is_dropped_by_the_rules(text, etype):
    assert not _real(text, etype, NoFilter())


@pytest.mark.parametrize("text, etype", BACKGROUND)
def test_background_is_not_detected(text, etype):
    assert not _real(text, etype)


@pytest.mark.parametrize("text", ANNOUNCED_PROTESTS)
def test_an_announced_protest_is_coded_as_future(text):
    doc = hadath.extract(text, date="2024-05-02")
    assert any(e.type == "PROTEST" and e.aux == "future" for e in doc.events)


SPECIFIC = [(t, "ASSAULT") for t in SPECIFIC_ASSAULT] + [(t, "PROTEST") for t in SPECIFIC_PROTEST]


@pytest.mark.parametrize("text, etype", SPECIFIC)
def test_specific_reports_survive_the_rules(text, etype):
    assert _real(text, etype, NoFilter())


@pytest.mark.parametrize("text, etype", SPECIFIC)
def test_specific_reports_are_detected(text, etype):
    assert _real(text, etype)
