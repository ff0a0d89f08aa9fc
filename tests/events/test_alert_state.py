"""An alert state is a MOBILIZE frame (triggers.tsv ``mobilize.Halat-ta2ahhub``; sentences written for these tests)."""
import pytest

from tests.events.helpers_triggers import pattern_ids

ALERT_ROW = "mobilize.Halat-ta2ahhub"


@pytest.mark.parametrize("text", [
    "أعلنت الشرطة الفرنسية حالة تأهب في مطارات البلاد.",
    "وتعيش القوات الأردنية حالة من الاستنفار على الحدود الشمالية.",
    "وأعلنت السلطات التونسية حالة الجاهزية في المطارات بعد الهجوم على المتحف.",
])
def test_alert_state_is_mobilize(text):
    assert ALERT_ROW in pattern_ids(text), pattern_ids(text)


@pytest.mark.parametrize("text", [
    "قالت الشركة إن المستثمرين في حالة ترقب لقرار البنك المركزي.",
    "وقال الصندوق إنه يقف على أهبة الاستعداد لمساعدة اليونان.",
])
def test_no_alert_state_no_alert_frame(text):
    assert ALERT_ROW not in pattern_ids(text), pattern_ids(text)
