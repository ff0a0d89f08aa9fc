"""A man or title named right after a building's head noun names the building (context.building_names; sentences
written for these tests, not taken from the eval sets)."""
import pytest

from tests.actors.helpers_actors import analyse, codes


def _texts(text):
    return [a for a, _, _ in codes(analyse(text, date="2015-08-05"))]


@pytest.mark.parametrize("text,name", [
    ("نقل الجرحى إلى مستشفى الملك فهد في جازان لتلقي العلاج.", "الملك فهد"),
    ("استهدف الانتحاري المصلين في مسجد الإمام علي بالمدينة.", "الإمام"),
    ("وصل الوفد إلى مطار الملك خالد الدولي مساء أمس.", "الملك خالد"),
    ("شارك طلاب من جامعة الملك سعود في المؤتمر.", "الملك سعود"),
])
def test_a_man_after_a_building_noun_names_the_building(text, name):
    assert not any(name in t for t in _texts(text)), _texts(text)


@pytest.mark.parametrize("text,name", [
    ("استقبل الملك سلمان وزير الخارجية الأمريكي في الرياض.", "الملك سلمان"),  # no building before him
    ("هاجم مسلحون مقر الرئيس هادي في عدن.", "الرئيس هادي"),  # an office: its owner is the target
])
def test_a_man_outside_a_building_name_stays(text, name):
    assert any(name in t for t in _texts(text)), _texts(text)


def test_a_body_after_a_building_noun_stays_its_owner():
    # negative case: a police academy is the police's; an attack on it is an attack on them
    assert any("الشرطة" in t for t in _texts("قتل ثلاثة في هجوم انتحاري على أكاديمية الشرطة في كابول."))


def test_a_definite_building_noun_is_no_name_head():
    # negative case: "في المطار" is where the host met him; only a head without the article is in construct
    assert any("وزير الخارجية" in t for t in _texts("وصل الوفد أمس واستقبله في المطار وزير الخارجية الأردني ناصر جودة."))
