"""Round 14 of event detection: a verbal noun owned by a party after a governing noun is a topic, not an act."""
import pytest

import hadath


def _types(text):
    return [e.type for e in hadath.extract(text, date="2015-08-01").events]


@pytest.mark.parametrize("text", [
    "انتقد الوزير استمرار روسيا دعمها للحكومة السورية.",
    "ندد البيان بمواصلة تركيا دعمها للفصائل المسلحة.",
])
def test_governed_support_is_no_support_event(text):
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize("text", [
    "وأعلنت إيران دعمها للحكومة السورية.",
    "أكدت روسيا دعمها الكامل للحكومة السورية.",
])
def test_declared_support_is_kept(text):
    assert "SUPPORT" in _types(text)
