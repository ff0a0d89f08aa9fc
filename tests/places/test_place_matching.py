"""Matching: proclitics, word boundaries, longest match, false positives on ordinary sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import Document
from hadath.places.stage import geocode


def places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in geocode(Document(text))]


@pytest.mark.parametrize("text,expected", [
    ("وصل الوفد إلى بغداد", [("بغداد", "IRQ")]),
    ("وبغداد تستعد", [("بغداد", "IRQ")]),
    ("اجتمعوا بالقاهرة أمس", [("القاهرة", "EGY")]),
    ("رسالة للعراق", [("عراق", "IRQ")]),
    ("فلبنان يرفض", [("لبنان", "LBN")]),
    ("في الضفة الغربية وقطاع غزة", [("الضفة الغربية", "PSE"), ("قطاع غزة", "PSE")]),
    ("الجيش العراقي", []),  # nisba adjective, not a place
    ("القوات السورية والعراقية", []),
    ("الإمارات العربية المتحدة", [("الإمارات العربية المتحدة", "ARE")]),
])
def test_proclitics_boundaries_and_longest_match(text, expected):
    assert places(text) == expected


def test_offsets_point_at_the_raw_text_with_harakat():
    text = "زار الوفدُ عَمّانَ أمس"
    ps = geocode(Document(text))
    assert len(ps) == 1
    p = ps[0]
    assert text[p.start:p.end] == p.text and p.text.startswith("عَمّان")
    assert p.country == "JOR"


def test_no_places_in_ordinary_sentences():
    lines = [ln for ln in (Path(__file__).parent / "data" / "no_places.txt").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) >= 30
    hits = [(ln[:40], places(ln)) for ln in lines if places(ln)]
    assert not hits


@pytest.mark.parametrize("word", ["بين", "ماء", "الخير", "بيان", "التحالف", "كان", "الخميس", "أمان", "العين"])
def test_common_words_are_not_places(word):
    assert places(f"قال إن {word} مهم") == []


def test_common_word_place_after_a_place_noun():
    found = places("وصلوا إلى مدينة العين")
    assert len(found) == 1 and found[0][0].endswith("العين") and found[0][1] == "ARE"
    assert places("وصلوا إلى مدينة الجديدة") == [("الجديدة", "MAR")]


@pytest.mark.parametrize("text,iso3", [
    ("افتتح الملك المؤتمر في عمّان", "JOR"),
    ("وصل الوفد الى عُمان", "OMN"),
    ("عقد اجتماع في عمان بحضور وزير الخارجية الأردني", "JOR"),
    ("زار السلطان هيثم ولاية في عمان", "OMN"),
    ("اشتباكات في طرابلس بين قوات حفتر وحكومة الوفاق", "LBY"),
    ("اشتباكات في طرابلس شمال لبنان", "LBN"),
    ("توجه الى طرابلس", "LBY"),
])
def test_collisions_use_harakat_and_context(text, iso3):
    assert places(text)[0][1] == iso3


def test_document_countries_break_ties():
    text = "أعلن الجيش اللبناني انتشاره. وقالت مصادر في لبنان إن الهدوء عاد إلى طرابلس بعد اشتباكات."
    assert [c for t, c in places(text) if t == "طرابلس"] == ["LBN"]


def test_city_noun_picks_the_city_over_the_country():
    ps = geocode(Document("في مدينة تونس"))
    assert ps[-1].feature == "PPLC" and ps[-1].name == "Tunis"


def test_country_is_pcli_with_coordinates():
    p = geocode(Document("سوريا"))[0]
    assert p.feature == "PCLI" and p.geonameid and p.lat and p.lon and p.country == "SYR"


def test_a_country_in_the_sentence_does_not_move_a_big_capital():
    from hadath.text.stage import TextStage

    doc = TextStage()(Document("قال رئيس الوزراء إن بلاده تدعم الاتفاق. وفي لندن، التقى وزير خارجية كندا بنظيره."))
    assert [p.country for p in geocode(doc) if p.text == "لندن"] == ["GBR"]
