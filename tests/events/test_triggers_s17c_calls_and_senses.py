"""Trigger lexicon, session 17 round 3: calls to a crowd act are future protests (دعا أنصاره إلى الاحتشاد، دعا
المواطنين إلى النزول إلى الشوارع), while a call to act (دعا المجتمع الدولي إلى التحرك) stays a request; backing down
(تراجع عن) concedes only from a stance, not falling figures or broken promises; the bare noun توقيع اتفاق is no
signing reported. Sentences written for these tests, positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types

_CALL_TO_PROTEST = {"protest.da3a-tazahur", "protest.da3a-nuzul-shari3"}


# ---------------------------------------------------------------- calls to a crowd act
@pytest.mark.parametrize("text, pattern", [
    ("دعت المعارضة التركية أنصارها إلى الاحتشاد في ساحة تقسيم يوم الجمعة.", "protest.da3a-tazahur"),
    ("دعا الاتحاد العام للشغل العمال إلى اعتصام أمام مقر الحكومة التونسية.", "protest.da3a-tazahur"),
    ("دعا ناشطون المواطنين إلى النزول إلى الشوارع احتجاجا على انقطاع الكهرباء.", "protest.da3a-nuzul-shari3"),
    ("دعت الحركة الشبابية اللبنانيين إلى التحرك نحو مبنى البرلمان مساء السبت.", "protest.da3a-nuzul-shari3"),
])
def test_call_to_a_crowd_act_is_a_protest(text, pattern):
    assert pattern in _pattern_ids(text)


def test_call_to_protest_is_coded_future_protest():
    import hadath
    doc = hadath.extract("دعت المعارضة التركية أنصارها إلى الاحتشاد في أنقرة يوم الجمعة المقبل.", date="2015-08-01")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and protests[0].aux == "future"


@pytest.mark.parametrize("text", [
    "دعا الرئيس الفرنسي المجتمع الدولي إلى التحرك لإنهاء الأزمة في سوريا.",
    "دعا وزير المالية المصري إلى الخروج من الأزمة الاقتصادية بخطة واضحة.",
    "طالبت وزارة الخارجية الفلسطينية الدول العربية بالتحرك العاجل لإنقاذ القدس.",
])
def test_call_to_act_or_leave_is_no_protest(text):
    assert not _CALL_TO_PROTEST & set(_pattern_ids(text))
    assert "PROTEST" not in _types(text)


# ---------------------------------------------------------------- backing down
def test_backing_down_from_a_decision_concedes():
    assert "concede.tarajja3a-an" in _pattern_ids("تراجعت الحكومة المصرية عن قرارها رفع أسعار الوقود.")


@pytest.mark.parametrize("text", [
    "تراجعت أعداد العاطلين عن العمل في إسبانيا إلى أدنى مستوى منذ سنوات.",
    "تراجع التنظيم المسلح عن وعوده بالانسحاب من المدينة.",
    "تراجع رئيس الوزراء الإيطالي عن التلويح بالاستقالة.",
])
def test_falling_figures_or_broken_promises_do_not_concede(text):
    assert "concede.tarajja3a-an" not in _pattern_ids(text)
    assert "CONCEDE" not in _types(text)


# ---------------------------------------------------------------- signing as a topic
@pytest.mark.parametrize("text", [
    "لم يكن من السهل على الدول الأوروبية توقيع اتفاق تجاري مع الصين.",
    "سافر الوزير الأردني إلى القاهرة لتوقيع اتفاقية التعاون.",
])
def test_signing_as_a_topic_is_no_support(text):
    assert "SUPPORT" not in _types(text)


def test_reported_signing_still_codes():
    assert "support.waqqa3a" in _pattern_ids("وقعت السعودية وفرنسا اتفاقية تعاون عسكري في باريس.")


def test_call_to_protest_reaches_past_a_long_caller():
    text = ("دعت حملة شبابية على موقع التواصل الاجتماعي تويتر بعنوان الشعب يريد المواطنين الأردنيين إلى الاعتصام "
            "أمام مجلس النواب.")
    assert "protest.da3a-tazahur" in _pattern_ids(text)
