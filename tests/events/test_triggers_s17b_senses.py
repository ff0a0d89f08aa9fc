"""Trigger lexicon, session 17 round 2: two readings the news does not use. حقق + في is 'achieved ... in' (حققت
القوات تقدما في، حققوا ميداليات في), not an investigation; regret (أعرب عن أسفه) deplores or condoles, it is no
apology: remorse (ندمه) still concedes. Field gains (حققت القوات تقدما ميدانيا) are fighting. Sentences written for these
tests."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


# ---------------------------------------------------------------- حقق is 'achieved'
@pytest.mark.parametrize("text", [
    "حققت القوات الحكومية أمس تقدما كبيرا في ريف المدينة الشرقي.",
    "حقق الجيش مكاسب جديدة في الجبهة الشمالية خلال الأسبوع الماضي.",
    "حقق اللاعبون خمس ميداليات في البطولة الإقليمية.",
])
def test_achieved_progress_is_no_investigation(text):
    assert "ACCUSE" not in _types(text)


def test_opened_investigation_still_accuses():
    assert "accuse.fataHa-taHqiq" in _pattern_ids("فتحت النيابة العامة المصرية تحقيقا في حادث انهيار المبنى.")


# ---------------------------------------------------------------- regret is no apology
@pytest.mark.parametrize("text", [
    "أعرب الاتحاد الأوروبي عن أسفه بعد أن استخدمت روسيا حق النقض ضد مشروع القرار.",
    "أعرب رئيس الوزراء الكندي عن أسفه بشأن قرار المحكمة وقف المشروع.",
])
def test_regret_is_no_concession(text):
    ids = _pattern_ids(text)
    assert "concede.abda-nadam" not in ids
    assert "accuse.a3raba-qalaq" in ids


def test_remorse_still_concedes():
    assert "concede.abda-nadam" in _pattern_ids("أعرب الوزير السابق عن ندمه على قرار الحرب.")


# ---------------------------------------------------------------- field gains are fighting
@pytest.mark.parametrize("text", [
    "حققت القوات الحكومية أمس تقدما ميدانيا في ريف المدينة الشرقي.",
    "حقق الجيش مكاسب عسكرية في محيط القاعدة الجوية.",
])
def test_field_gains_are_an_assault(text):
    assert "assault.Haqqaqa-taqaddum" in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "حققت الأسهم الأوروبية مكاسب جديدة في تعاملات أمس.",
    "حققت المحادثات تقدما كبيرا في الملفات العالقة.",
])
def test_market_or_talks_gains_are_no_assault(text):
    assert "assault.Haqqaqa-taqaddum" not in _pattern_ids(text)
