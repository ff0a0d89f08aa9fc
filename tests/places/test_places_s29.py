"""A capital behind the proclitic ب is the city (اعتصموا أمام البرلمان بإسلام آباد), while a tiny capital's name glued to
ب stays an ordinary word (بنوك "banks", not ب + Nuuk). Sentences written for the test."""
from __future__ import annotations

import pytest

from hadath.document import Document
from hadath.places.stage import PlaceStage


def _places(text: str):
    doc = PlaceStage()(Document(text))
    return [(p.text, p.country) for p in doc.places]


@pytest.mark.parametrize("text, expected", [
    ("اعتصم مئات الطلاب أمام البرلمان بإسلام آباد أمس.", ("إسلام آباد", "PAK")),
    ("وعقد الوفدان جولة ثالثة من المشاورات ببرن يوم الخميس.", ("برن", "CHE")),
    ("قال سفير سابق إن اللقاء بكابول كان صريحا.", ("كابول", "AFG")),
])
def test_capital_behind_bi(text, expected):
    assert expected in _places(text)


def test_small_capital_glued_to_bi_is_a_word():
    assert _places("أودعت الشركة أرباحها في بنوك محلية هذا العام.") == []


def test_small_foreign_town_glued_to_bi_still_refused():
    # a foreign town that is no capital needs a million people behind ب (unchanged)
    assert all(c != "FRA" for _, c in _places("وقال إنه ملتزم بليون دولار."))


@pytest.mark.parametrize("text, span, country", [
    ("تظاهر مزارعون في بلدة فيلدكيرخن النمساوية احتجاجا على أسعار الحليب.", "فيلدكيرخن", "AUT"),
    ("أصيب ثلاثة أشخاص في انفجار بمدينة تورشهافن الدنماركية مساء الأحد.", "تورشهافن", "DNK"),
    ("وقعت الحادثة في قرية كاستيل نوفو الإيطالية قرب الحدود.", "كاستيل نوفو", "ITA"),
])
def test_unknown_town_placed_by_its_nationality(text, span, country):
    assert (span, country) in _places(text)


def test_a_known_town_keeps_its_gazetteer_entry():
    doc = PlaceStage()(Document("اجتمع الوفد في مدينة سان مالو الفرنسية أمس."))
    (p,) = doc.places
    assert p.country == "FRA" and p.geonameid is not None


@pytest.mark.parametrize("text", [
    "انتشرت القوات في منطقة الحدود السورية منذ أسبوع.",  # a common noun with ال, no town
    "تعمل في مدينة الملك عبدالله الاقتصادية.",  # no country's adjective
    "وصلت إلى مدينة من المدن التركية.",  # a preposition is no name
])
def test_no_town_without_a_plain_name_and_a_country_adjective(text):
    doc = PlaceStage()(Document(text))
    assert all(p.geonameid is not None or " (" in p.name for p in doc.places)
