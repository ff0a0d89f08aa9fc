"""Trigger lexicon, session 17 coverage (verbal group): common news wordings of ACCUSE, REJECT, THREATEN, REQUEST,
SUPPORT, CONCEDE, AGREE and CONSULT that no tuning set had shown yet (ألقى باللوم على، أعرب عن استهجانه، اشتكى لدى،
طعن في شرعية، صوت ضد، أنذر، أهاب ب، استغاث، أكد مساندته، أعلن قبوله، جدد التزامه، أعلن عدم اعترافه، وبخ، استعرض مع، قاضى، أبدى تحفظه،
تقدم بالشكر، قدم تنازلات، أعلن عفوا، أعلن استعداده، جمع لقاء). Sentences written for these tests, positives and
near misses of each wording's frequent other sense."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


POSITIVES = [
    # ACCUSE
    ("ألقت الحكومة الأردنية باللوم على إسرائيل في تصاعد التوتر في القدس.", "cov.accuse.alqa-lawm", "ACCUSE"),
    ("ألقت وزارة الخارجية المصرية باللائمة على قطر في دعم الجماعات المتطرفة.", "cov.accuse.alqa-lawm", "ACCUSE"),
    ("أعرب الأمين العام للجامعة العربية عن استهجانه للتصريحات الإيرانية الأخيرة.",
     "cov.accuse.a3raba-istihjan", "ACCUSE"),
    ("عبرت البحرين عن امتعاضها من التدخلات الإيرانية في شؤونها.", "cov.accuse.3abbara-istihjan", "ACCUSE"),
    ("أبدت الخارجية الأمريكية امتعاضها من قرار الحكومة الروسية.", "cov.accuse.abda-imti3aD", "ACCUSE"),
    ("اشتكت الحكومة اللبنانية لدى الأمم المتحدة من الخروقات الإسرائيلية.", "cov.accuse.ishtaka-lada", "ACCUSE"),
    ("طعنت المعارضة السورية في شرعية الانتخابات التي أجراها النظام.", "cov.accuse.Ta3ana-shar3iyya", "ACCUSE"),
    ("اعتبرت وزارة الخارجية الإيرانية الغارات السعودية انتهاكا صارخا للقانون الدولي.",
     "cov.accuse.i3tabara-intihak", "ACCUSE"),
    ("قاضت الحكومة الكندية شركة إيرانية بتهمة خرق العقوبات.", "cov.accuse.qaaDa", "ACCUSE"),
    ("وبخ الرئيس التركي السفير الأمريكي بسبب تصريحاته.", "cov.accuse.wabbakha", "ACCUSE"),
    # REJECT
    ("صوتت الصين ضد مشروع القرار الذي قدمته بريطانيا.", "cov.reject.Sawwata-Didd", "REJECT"),
    ("أحبطت روسيا مشروع قرار أمريكي بشأن سوريا في مجلس الأمن.", "cov.reject.aHbaTa-qarar", "REJECT"),
    ("أبدت الحكومة الأفغانية تحفظها على الاتفاق الأمني مع الولايات المتحدة.", "cov.reject.abda-taHaffuZ", "REJECT"),
    ("ردت الحكومة السودانية بالرفض على مقترح الوساطة الإثيوبية.", "cov.reject.radda-bil-rafD", "REJECT"),
    ("أعلنت الحكومة الليبية عدم اعترافها بالبرلمان الجديد.", "cov.reject.a3lana-3adam", "REJECT"),
    # THREATEN
    ("أنذرت الحكومة العراقية تنظيم داعش بعملية عسكرية واسعة في الأنبار.", "cov.threaten.andhara", "THREATEN"),
    # REQUEST
    ("أهاب مجلس الوزراء السعودي بالمجتمع الدولي التدخل لوقف المجازر في سوريا.", "cov.request.ahaba", "REQUEST"),
    ("يهيب الاتحاد الأوروبي بالحكومة التركية احترام حرية الصحافة.", "cov.request.ahaba", "REQUEST"),
    ("استغاثت الحكومة الليبية بالمجتمع الدولي لمواجهة تنظيم داعش.", "cov.request.istaghatha", "REQUEST"),
    # SUPPORT
    ("أكد الأردن مساندته للسعودية في مواجهة الإرهاب.", "cov.support.akkada-musanada", "SUPPORT"),
    ("أعلنت مصر مساندتها الكاملة للحكومة اليمنية الشرعية.", "cov.support.a3lana-musanada", "SUPPORT"),
    ("جدد الرئيس الفرنسي مساندة بلاده للحكومة العراقية.", "cov.support.jaddada-musanada", "SUPPORT"),
    ("أعرب الملك المغربي عن مساندته للبحرين.", "cov.support.a3raba-musanada", "SUPPORT"),
    ("أبدت الإمارات دعمها للحكومة المصرية في حربها على الإرهاب.", "cov.support.abda-da3m", "SUPPORT"),
    ("تقدم الرئيس اليمني بالشكر إلى خادم الحرمين الشريفين على دعم المملكة.",
     "cov.support.taqaddama-shukr", "SUPPORT"),
    ("توجه رئيس الوزراء العراقي بالشكر إلى إيران على مساعدتها.", "cov.support.tawajjaha-shukr", "SUPPORT"),
    ("قدم الرئيس الفلسطيني الشكر للملك الأردني على مواقفه.", "cov.support.qaddama-shukr", "SUPPORT"),
    ("جدد خادم الحرمين الشريفين وقوف المملكة إلى جانب الشعب اليمني.", "cov.support.jaddada-wuquf", "SUPPORT"),
    # CONCEDE
    ("قدمت الحكومة الكولومبية تنازلات للمتمردين في مفاوضات هافانا.", "cov.concede.qaddama-tanazulat", "CONCEDE"),
    ("أعلن الرئيس السوري عفوا عاما عن المعتقلين.", "cov.concede.a3lana-3afw", "CONCEDE"),
    ("منح العاهل المغربي عفوا لمئات السجناء.", "cov.concede.manaHa-3afw", "CONCEDE"),
    # AGREE
    ("أعلنت حركة حماس قبولها بالمبادرة المصرية للتهدئة.", "cov.agree.a3lana-qabul", "AGREE"),
    ("أبدت الحكومة السودانية قبولها للمقترح الإثيوبي.", "cov.agree.abda-qabul", "AGREE"),
    ("أعلنت الحكومة اليمنية استعدادها للحوار مع الحوثيين.", "cov.agree.a3lana-isti3dad", "AGREE"),
    ("جدد الرئيس الأمريكي التزام بلاده بأمن السعودية.", "cov.agree.jaddada-iltizam", "AGREE"),
    # CONSULT
    # the host named with his country: a meeting with no actor at all is dropped since session 27
    ("استعرض ولي العهد السعودي مع الرئيس الفرنسي العلاقات الثنائية بين البلدين.", "cov.consult.ista3raDa-ma3a",
     "CONSULT"),
    ("يستعرض وزير الخارجية الكويتي مع نظيره العماني تطورات الأزمة اليمنية.",
     "cov.consult.ista3raDa-ma3a", "CONSULT"),
    ("جمع لقاء ثنائي الرئيس المصري بنظيره الفرنسي في باريس.", "cov.consult.jama3a-liqa2", "CONSULT"),
]


@pytest.mark.parametrize("text, pattern, etype", POSITIVES)
def test_common_news_wording_fires_and_codes_its_type(text, pattern, etype):
    assert pattern in _pattern_ids(text)
    assert etype in _types(text)


NEGATIVES = [
    ("ألقى وزير الخارجية السعودي كلمة في الأمم المتحدة.", "cov.accuse.alqa-lawm"),
    # the passive (ألقي باللوم) reads like the masculine perfect: the blamer is unnamed, no accusation coded
    ("قتل عشرون شخصا في تفجير ألقي باللوم فيه على تنظيم داعش.", "cov.accuse.alqa-lawm"),
    ("اشتكى المواطنون من انقطاع الكهرباء في عدن.", "cov.accuse.ishtaka-lada"),
    ("طعن مسلح شرطيا إسرائيليا في القدس.", "cov.accuse.Ta3ana-shar3iyya"),
    ("اعتبر الخبير الاقتصادي أن الأزمة ستستمر طويلا.", "cov.accuse.i3tabara-intihak"),
    ("صوت البرلمان البريطاني على مشروع القانون.", "cov.reject.Sawwata-Didd"),
    ("أحبطت الشرطة المصرية محاولة لتهريب أسلحة.", "cov.reject.aHbaTa-qarar"),
    ("رد وزير الخارجية على أسئلة الصحفيين.", "cov.reject.radda-bil-rafD"),
    ("ينذر الوضع الاقتصادي بكارثة في اليونان.", "cov.threaten.andhara"),
    ("تقدم الجيش العراقي نحو الرمادي.", "cov.support.taqaddama-shukr"),
    ("أكد وزير الخارجية أن بلاده لم تقدم أي امتيازات أو تنازلات خلال المفاوضات.",
     "cov.concede.qaddama-tanazulat"),
    ("استعرض وزير المالية الميزانية العامة للدولة.", "cov.consult.ista3raDa-ma3a"),
    ("جمع المتطوعون التبرعات لضحايا الزلزال.", "cov.consult.jama3a-liqa2"),
]


@pytest.mark.parametrize("text, pattern", NEGATIVES)
def test_other_sense_of_the_wording_does_not_fire(text, pattern):
    assert pattern not in _pattern_ids(text)


def test_declared_non_approval_is_a_rejection_not_an_agreement():
    types = _types("أعلن الرئيس الفلسطيني عدم موافقته على المقترح الأمريكي.")
    assert "REJECT" in types and "AGREE" not in types
