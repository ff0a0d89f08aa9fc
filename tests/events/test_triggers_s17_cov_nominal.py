"""Trigger lexicon, session 17 coverage (nominal group): light verbs with a verbal noun, the way news often reports an
event (ألقى المسؤولية على، وجه اللوم إلى، كال الاتهامات، رفع شكوى، قدم احتجاجا، أبلغ احتجاجه، تقدم ببلاغ، شن حملة
انتقادات، أصدر قرارا بتجميد/بالإفراج/بإبعاد، قام بإبعاد، أبدى/سجل اعتراضه، وجه الشكر، قام باستهداف/بإعدام، تم توقيع، عقد صفقة).
Sentences written for these tests: positives, and near misses of each wording's frequent other sense."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


POSITIVES = [
    # ACCUSE
    ("ألقت وزارة الداخلية المصرية المسؤولية على جماعة الإخوان في تفجير القاهرة.",
     "cov.accuse.alqa-mas2uliyya", "ACCUSE"),
    ("ألقى وزير الخارجية البحريني المسؤولية على إيران في التفجيرات.", "cov.accuse.alqa-mas2uliyya", "ACCUSE"),
    ("وجه الرئيس الأمريكي اللوم إلى الحكومة العراقية.", "cov.accuse.wajjaha-lawm", "ACCUSE"),
    ("يكيل الإعلام الإيراني الاتهامات للمملكة العربية السعودية.", "cov.accuse.kala-ittihamat", "ACCUSE"),
    ("رفعت قطر شكوى إلى مجلس الأمن الدولي ضد الإمارات.", "cov.accuse.rafa3a-shakwa", "ACCUSE"),
    ("قدمت الكويت احتجاجا رسميا إلى العراق.", "cov.accuse.qaddama-iHtijaj", "ACCUSE"),
    ("أبلغت الخارجية الأردنية السفير الإسرائيلي احتجاجها الشديد.", "cov.accuse.ablagha-iHtijaj", "ACCUSE"),
    ("تقدمت وزارة الأوقاف المصرية ببلاغ إلى النائب العام ضد الداعية.", "cov.accuse.taqaddama-bi-balagh", "ACCUSE"),
    ("شنت الصحف المصرية حملة انتقادات واسعة ضد قطر.", "cov.accuse.shanna-Hamla-intiqadat", "ACCUSE"),
    # SANCTION / RETREAT
    ("أصدرت وزارة الخزانة الأمريكية قرارا بتجميد أصول شركات إيرانية.", "cov.sanction.qarar-tajmid", "SANCTION"),
    ("أصدرت السلطات المصرية قرارا بالإفراج عن صحفيين أتراك.", "cov.retreat.qarar-ifraj", "RETREAT"),
    # REJECT
    ("أبدت الحكومة العراقية اعتراضها على نشر قوات تركية.", "cov.reject.abda-i3tiraD", "REJECT"),
    ("سجلت الجزائر اعتراضها على قرار الجامعة العربية.", "cov.reject.sajjala-i3tiraD", "REJECT"),
    # SUPPORT
    ("وجه رئيس الوزراء العراقي الشكر إلى السعودية على دعمها.", "cov.support.wajjaha-shukr", "SUPPORT"),
    ("وجه الرئيس المصري التحية إلى الشعب الكويتي.", "cov.support.wajjaha-shukr", "SUPPORT"),
    ("تم توقيع اتفاقية تعاون بين السعودية وفرنسا.", "cov.support.tamma-tawqi3", "SUPPORT"),
    ("وتم توقيع الاتفاق بين الحكومة الأفغانية وحركة طالبان في الدوحة.", "cov.support.tamma-tawqi3", "SUPPORT"),
    ("عقدت الحكومة الليبية صفقة مع الحكومة الإيطالية لشراء أسلحة.", "cov.support.3aqada-Safqa", "AGREE"),
    # COERCE
    ("قامت السلطات السعودية بإبعاد مئات المخالفين اليمنيين.", "cov.coerce.qama-bi-ib3ad", "COERCE"),
    ("أصدرت وزارة الداخلية البحرينية قرارا بإبعاد دبلوماسي إيراني.", "cov.coerce.qarar-ib3ad", "COERCE"),
    # ASSAULT
    ("قامت القوات الإسرائيلية باستهداف منزل في غزة.", "cov.assault.qama-bi-istihdaf", "ASSAULT"),
    ("قامت السلطات الإيرانية بإعدام ناشط كردي.", "cov.assault.qama-bi-i3dam", "ASSAULT"),
]


@pytest.mark.parametrize("text, pattern, etype", POSITIVES)
def test_light_verb_wording_fires_and_codes_its_type(text, pattern, etype):
    assert pattern in _pattern_ids(text)
    assert etype in _types(text)


NEGATIVES = [
    # a speech about responsibility (ألقى خطابا) lays blame on no one
    ("ألقى الوزير خطابا حول المسؤولية الاجتماعية للشركات.", "cov.accuse.alqa-mas2uliyya"),
    # أبلغ + protests as news told to reporters is no diplomatic protest
    ("أبلغ الوزير الصحفيين أن الاحتجاجات انتهت في العاصمة.", "cov.accuse.ablagha-iHtijaj"),
    # وجه + an instruction (وجه الحكومة إلى) is no thanks
    ("وجه الرئيس الحكومة إلى تحسين الخدمات.", "cov.support.wajjaha-shukr"),
    # a meeting held to discuss a deal is no deal concluded
    ("عقد الرئيس اجتماعا لبحث صفقة الأسلحة.", "cov.support.3aqada-Safqa"),
    # a decree launching a programme (قرارا بإطلاق) releases no one
    ("أصدرت وزارة الثقافة قرارا بإطلاق مهرجان الجنادرية.", "cov.retreat.qarar-ifraj"),
    # keeping a region away from conflict (إبعاد المنطقة عن) deports no one: only the light verb or a decree fires
    ("دعا الوزير إلى إبعاد المنطقة عن الصراعات.", "cov.coerce.qarar-ib3ad"),
    ("دعا الوزير إلى إبعاد المنطقة عن الصراعات.", "cov.coerce.qama-bi-ib3ad"),
]


@pytest.mark.parametrize("text, pattern", NEGATIVES)
def test_other_sense_of_the_wording_does_not_fire(text, pattern):
    assert pattern not in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "تم توقيع الكشف الطبي على اللاعبين.",  # a medical check is signed by no party
    "سيتم توقيع الاتفاق بين السعودية وفرنسا الأسبوع المقبل.",  # a signing still to come
])
def test_passive_signing_without_parties_or_in_the_future_codes_no_signing(text):
    assert "SUPPORT" not in _types(text)

