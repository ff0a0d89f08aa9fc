"""Trigger lexicon, session 15 round 3: being ready or resolved to cooperate, talk or meet (مستعد للتعاون،
مستعد للقاء، عازمة على الحوار) is AGREE, like استعداده للتعاون. Sentences written for these tests, positives and
near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


# ---------------------------------------------------------------- readiness (مستعد ل / عازم على)
@pytest.mark.parametrize("text, pattern", [
    ("قال الوزير إن بلاده مستعدة للتعاون مع الأمم المتحدة في التحقيق.", "agree.musta3idd-ta3awun"),
    ("وأكد الرئيس أنه مستعد للقاء نظيره الروسي في أي وقت.", "agree.musta3idd-ta3awun"),
    ("قال المتحدث إن الحكومة مستعدون للحوار مع جميع الأطراف.", "agree.musta3idd-ta3awun"),
    ("أعلن الوزير أن بلاده عازمة على التعاون مع مصر في مجال الطاقة.", "agree.3azim-ta3awun"),
])
def test_readiness_to_cooperate_is_agree(text, pattern):
    assert pattern in _pattern_ids(text)


def test_resolve_to_cooperate_codes_agree():
    assert "AGREE" in _types("قال وزير الخارجية الإيطالي إن بلاده عازمة على التعاون مع تونس في مكافحة الإرهاب.")


@pytest.mark.parametrize("text", [
    # readiness for a fight is not an agreement
    "قال القائد إن قواته مستعدة للمواجهة في أي لحظة.",
    # resolve to strike is not cooperation
    "قال الجيش إنه عازم على القضاء على المسلحين.",
])
def test_readiness_near_misses_do_not_fire(text):
    ids = _pattern_ids(text)
    assert "agree.musta3idd-ta3awun" not in ids and "agree.3azim-ta3awun" not in ids
