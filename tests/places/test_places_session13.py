"""Session 13: towns placed by the locator phrase after them (direction word or في/ب + place noun + a larger
place), and ordinary words no longer read as towns. Sentences written for the test."""
from __future__ import annotations

import pytest

from hadath.document import Document
from hadath.places.located import locator_words
from hadath.places.stage import PlaceStage


def _places(text: str):
    doc = PlaceStage()(Document(text))
    for p in doc.places:
        assert doc.text[p.start:p.end] == p.text
    return doc.places


def _place(text: str, span: str):
    found = [p for p in _places(text) if p.text == span]
    assert found, f"{span} not found in {[p.text for p in _places(text)]}"
    return found[0]


def test_locator_words_load():
    words = locator_words()
    assert words["شمال"] == "direction" and words["ريف"] == "container"


@pytest.mark.parametrize("text,span,country", [
    ("داهمت قوات الأمن منزلا في بلدة ميلو بوسط مالي مساء أمس.", "ميلو", "MLI"),
    ("زار المحافظ ولاية يوبي في شمال شرق نيجيريا بعد الهجوم.", "ولاية يوبي", "NGA"),
    ("سقطت قذيفة على بلدة الحضر في ريف القنيطرة جنوبي سورية صباح اليوم.", "الحضر", "SYR"),
    ("انفجرت سيارة في حي اليرموك الجديدة غربي بعقوبة.", "اليرموك", "IRQ"),
])
def test_town_takes_the_country_of_the_place_that_locates_it(text, span, country):
    assert _place(text, span).country == country


def test_located_town_without_homonym_has_no_coordinates():
    p = _place("داهمت قوات الأمن منزلا في بلدة ميلو بوسط مالي مساء أمس.", "ميلو")
    assert p.geonameid is None and p.lat is None and p.feature == "PPL"


def test_located_town_with_homonym_takes_the_homonym():
    p = _place("قتل شخصان في مدينة رفح شمال سيناء أمس.", "رفح")
    assert p.country == "EGY" and p.geonameid is not None


@pytest.mark.parametrize("text,span,country", [
    # no locator: a list of places, a border phrase, a capital "in" another country's affairs
    ("زار الوفد ميلو ومالي الأسبوع الماضي.", "ميلو", None),
    ("قتل جنديان قرب اليرموك على الحدود مع الأردن.", "اليرموك", "SYR"),
    ("قال إن دور طهران في العراق يتزايد.", "طهران", "IRN"),
    ("وصل الوزير إلى بغداد في زيارة قصيرة.", "بغداد", "IRQ"),
    ("داهمت القوات منزلا في بيت حنينا شمال القدس.", "بيت حنينا", "PSE"),  # a capital moves no town
])
def test_no_relocation_without_a_locator_phrase(text, span, country):
    found = [p for p in _places(text) if p.text == span]
    if country is None:
        assert all(p.country != "MLI" for p in found)
    else:
        assert found and found[0].country == country


@pytest.mark.parametrize("text,word", [
    ("رفضت النجمة السينمائية اللقب الذي أطلقه عليها الصحفيون.", "النجمة"),
    ("دمرت القرية تدميرا تاما.", "تاما"),
    ("هبطت الطائرة في مطار المدينة لأول مرة منذ أشهر.", "لأول"),
    ("أعرب عن خالص تعازيه لأسرة الضحية.", "خالص"),
    ("أغلقت السلطات معبر الحدود أمس.", "معبر"),
    ("نفذت القوات المشتركة المجمعة ضربات جوية.", "المجمعة"),
    ("يعد المهرجان فعالية فريدة من نوعها.", "فريدة"),
])
def test_ordinary_words_are_not_towns(text, word):
    assert all(word not in p.text and p.text not in word for p in _places(text))


def test_stoplisted_town_still_found_after_a_place_noun():
    assert _place("وصل الوفد إلى محافظة المجمعة صباحا.", "المجمعة").country == "SAU"

