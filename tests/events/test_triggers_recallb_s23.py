"""Session 23 (recallb): security measures tightened or imposed by a state, a wording of MOBILIZE no pattern
matched when a subject or time phrase stands between the verb and the measures, or the verb was فرض / كثف / رفع من.

Sentences written for these tests; each family has cases that must fire and cases that must not."""
from __future__ import annotations

import pytest

from helpers_precision import types_of
from helpers_triggers import pattern_ids


def _fired(text: str, prefix: str) -> list[str]:
    return [p for p in pattern_ids(text) if p.startswith(prefix)]


@pytest.mark.parametrize("text, pattern", [
    ("وفرضت وحدات الجيش الأردني إجراءات أمن مشددة حول المطار.", "mobilize.s23-shaddada-tadabir"),
    # (review) شدد has its own row without a gap word: its subject and a time stand between it and the measures
    ("وشددت الشرطة المصرية، صباح اليوم، التدابير الأمنية قرب السفارات.", "mobilize.s23-shaddada-tadabir-near"),
    ("وكثفت السلطات المغربية احتياطاتها الأمنية في المدن الكبرى.", "mobilize.s23-shaddada-tadabir"),
    ("ورفعت قوات الأمن الجزائرية، من إجراءاتها الأمنية على الحدود.", "mobilize.s23-rafa3a-min-tadabir"),
])
def test_security_measures_tightened_are_mobilize(text, pattern):
    assert pattern in pattern_ids(text)
    assert "MOBILIZE" in types_of(text)


@pytest.mark.parametrize("text", [
    # lifting the measures (رفع without من) is no mobilization
    "ورفعت السلطات الإجراءات الأمنية عن الطرق بعد انتهاء الزيارة.",
    # measures of another kind: taxes and health rules
    "وفرضت الحكومة إجراءات ضريبية جديدة على الشركات.",
    "وشددت الوزارة التدابير الصحية في المستشفيات.",
])
def test_lifted_or_other_measures_are_no_mobilization(text):
    assert not _fired(text, "mobilize.s23-")


@pytest.mark.parametrize("text", [
    # (review) شدد على "stressed": a statement about the measures, not their tightening
    "شدد وزير الداخلية الفرنسي على أن الإجراءات الأمنية حول السفارات كافية.",
    "وشدد المتحدث على الإجراءات الأمنية التي اتخذتها الحكومة.",
    # (review) lifting part of the measures: the partitive before من makes رفع من a lifting
    "ورفعت السلطات المغربية جزءا من الإجراءات الأمنية المفروضة على الموانئ.",
    "ورفعت الحكومة، أمس، عددا من التدابير الأمنية حول الوزارات.",
])
def test_partitive_lifting_is_no_mobilization(text):
    assert "MOBILIZE" not in types_of(text)
