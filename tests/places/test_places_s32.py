"""A nationality adjective inside an actor mention of that nationality (الشرطة السويدية) is no place, even where the
gazetteer knows a town of another country by that word (Samandağ, Turkey, is "السويدية"); the same word standing
alone after a preposition still is. Sentences written for the test."""
from __future__ import annotations

import pytest

import hadath


def _places(text: str):
    return [(p.text, p.country) for p in hadath.extract(text).places]


@pytest.mark.parametrize("text", [
    "أفادت الشرطة السويدية بأن رجلين أصيبا في حادث طعن.",
    "قال متحدث باسم الحكومة السويدية إن الوزيرة ستسافر غدا.",
])
def test_adjective_in_actor_is_no_place(text):
    assert ("السويدية", "TUR") not in _places(text)


def test_same_word_alone_is_still_a_place():
    assert ("السويدية", "TUR") in _places("وصلت قافلة المساعدات إلى السويدية صباح أمس.")


def test_country_name_inside_actor_stays_a_place():
    assert ("العراق", "IRQ") in _places("التقى وزير خارجية العراق نظيره الأردني في عمان.")
