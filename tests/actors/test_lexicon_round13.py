"""Actors round 13: the bare word المملكة after a republic was named is Saudi Arabia when it is the kingdom named
last in the article (its press's standing name for it), not the republic (sentences written for these tests)."""
import pytest

from hadath import extract


def _kingdom_word(text):
    doc = extract(text)
    return [a.country for a in doc.actors if a.text.endswith("مملكة")]


@pytest.mark.parametrize("text, country", [
    ("استقبل خادم الحرمين الشريفين الملك سلمان أمس السفير الإيطالي. وقالت مصادر إن زيارة وزير الخارجية "
     "التونسي للمملكة تأتي لبحث التعاون.", "SAU"),
    ("أعلنت المملكة العربية السعودية دعمها للقرار. ورحب وزير الخارجية اللبناني بموقف المملكة الداعم.", "SAU"),
])
def test_kingdom_after_a_republic_is_the_kingdom_named(text, country):
    assert _kingdom_word(text) == [country]


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية التونسي إن زيارته للمملكة تأتي لبحث التعاون.",
    "استقبل العاهل الأردني الملك عبدالله الثاني أمس السفير الإيطالي. وقالت مصادر إن زيارة وزير الخارجية "
    "التونسي للمملكة تأتي لبحث التعاون.",
])
def test_kingdom_with_no_saudi_kingdom_named_is_no_actor(text):
    assert _kingdom_word(text) == []


def test_kingdom_as_a_place_is_no_actor():
    text = "استقبل العاهل المغربي الملك محمد السادس الرئيس الفرنسي. ووصل الوزير التونسي إلى المملكة أمس."
    assert _kingdom_word(text) == []
