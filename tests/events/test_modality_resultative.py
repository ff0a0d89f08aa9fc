"""A relative ما before a verb of outcome (، ما أسفر عن مقتل) is "which led to", not a negation."""
from __future__ import annotations

import pytest

from hadath.events.modality import _resultative
from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from tests.events.fixtures_events import marked_document


def _aux(marked: str, etype: str, date: str = "2024-05-01") -> list[str]:
    return [e.aux for e in code_document(marked_document(marked, date), sentence_filter=NoFilter()) if e.type == etype]


@pytest.mark.parametrize("marked", [
    "قصفت [الطائرات الحربية|MMR|MIL] قرية في الشمال أمس، ما أسفر عن مقتل سبعة مدنيين.",
    "فجر [مسلحون|NGA|UAF] سيارة مفخخة في السوق، ما أسفر عن سقوط قتلى وجرحى.",
    "اندلعت اشتباكات بين [الجيش|SOM|MIL] و[مسلحين|SOM|REB] في القرية، ما أسفرت عن مقتل عشرة.",
])
def test_relative_ma_before_an_outcome_verb_is_no_negation(marked):
    auxes = _aux(marked, "ASSAULT")
    assert auxes and "negated" not in auxes
    assert len(auxes) == 1  # the casualties merge with the attack of their clause once both are asserted


def test_ma_before_another_perfect_still_negates():
    assert "negated" in _aux("ما اعتقلت [الشرطة|KEN|COP] أحدا من المتظاهرين.", "COERCE")


@pytest.mark.parametrize("word,expected", [("اسفر", True), ("وادت", True), ("اعتقلت", False), ("قال", False)])
def test_resultative_words(word, expected):
    assert _resultative(word) is expected
