"""Trigger lexicon and matcher, session 15 round 2: an arrest told with أوقف and a person (أوقفت الشرطة رجلا،
المدعو), restoring diplomatic ties (إعادة العلاقات الدبلوماسية، أعادتا فتح سفارتيهما), an operation held jointly
with another state (عملية مشتركة مع). Sentences written for these tests, positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_events as _events


# ---------------------------------------------------------------- أوقف + a person
@pytest.mark.parametrize("text", [
    "أوقفت الشرطة الفرنسية رجلا يشتبه في تخطيطه لهجوم على كنيسة.",
    "أوقفت قوات الأمن التونسية المدعو أحمد سالم في مدينة صفاقس.",
    "وأوقفت السلطات الأردنية مواطنا بتهمة الترويج لتنظيم متطرف.",
])
def test_stopping_a_person_is_an_arrest(text):
    assert "coerce.awqafa" in _pattern_ids(text)


def test_stopping_a_person_codes_the_arresting_state():
    got = _events("أوقفت السلطات المغربية المدعو كريم العلمي في مدينة طنجة.")
    assert any(t == "COERCE" and a == ["MAR"] for t, a, _ in got)


@pytest.mark.parametrize("text", [
    "أوقفت الحكومة العمل بالقانون الجديد حتى نهاية العام.",
    "أوقفت شركة الطيران رحلاتها إلى القاهرة بسبب الأحوال الجوية.",
])
def test_stopping_an_activity_is_no_arrest(text):
    assert not any(p.startswith("coerce.") for p in _pattern_ids(text))


# ---------------------------------------------------------------- restoring diplomatic ties
@pytest.mark.parametrize("text, pattern", [
    ("أعادت السعودية والعراق فتح سفارتيهما بعد قطيعة دامت سنوات.", "support.a3ada-fatH-sifara"),
    ("وأعادت بريطانيا افتتاح سفارتها في طهران أمس.", "support.a3ada-fatH-sifara"),
    ("أعلنت الخارجية المصرية استئناف العلاقات الدبلوماسية مع قطر.", "support.i3adat-3alaqat"),
    ("أقيم حفل بمناسبة إعادة العلاقات الدبلوماسية بين البلدين.", "support.i3adat-3alaqat"),
])
def test_restoring_diplomatic_ties_is_support(text, pattern):
    assert pattern in _pattern_ids(text)


def test_reopening_an_embassy_codes_both_states():
    got = _events("أعادت بريطانيا افتتاح سفارتها في طهران أمس.")
    assert any(t == "SUPPORT" and a == ["GBR"] and r == ["IRN"] for t, a, r in got), got


@pytest.mark.parametrize("text", [
    "أعادت البلدية فتح الطريق الرئيسي أمام حركة السيارات.",
    "ناقش المؤتمر إعادة إعمار المدن المتضررة من الحرب.",
])
def test_reopening_a_road_or_rebuilding_is_no_support(text):
    ids = _pattern_ids(text)
    assert "support.a3ada-fatH-sifara" not in ids and "support.i3adat-3alaqat" not in ids


# ---------------------------------------------------------------- a joint operation
@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التركية خمسة أشخاص في عملية مشتركة مع السلطات الألمانية.",
    "ضبطت السلطات شحنة مخدرات خلال عملية أمنية مشتركة بين البلدين.",
    "نفذت القوات حملة مشتركة لملاحقة المهربين.",
])
def test_a_joint_operation_is_cooperation(text):
    assert "cooperate.3amaliyya-mushtaraka" in _pattern_ids(text)


def test_a_joint_operation_with_a_state_codes_both():
    got = _events("ألقت الشرطة الإيطالية القبض على ثلاثة مهربين في إطار عملية مشتركة مع السلطات الألبانية.")
    assert ("COOPERATE", ["ITA"], ["ALB"]) in got


@pytest.mark.parametrize("text", [
    "قالت قيادة العمليات المشتركة العراقية إن القوات تقدمت نحو الرمادي.",
    "قتل جنديان في عملية انتحارية استهدفت نقطة تفتيش.",
])
def test_a_joint_command_or_a_single_attack_is_no_cooperation(text):
    assert "cooperate.3amaliyya-mushtaraka" not in _pattern_ids(text)
