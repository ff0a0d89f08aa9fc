"""Actors round 15: lexicon rows for the bare Korean nisba (South Korea; the North keeps its own longer form),
another spelling of De Mistura, the Saudi ambassador Ahmed Qattan and AIPAC (sentences written for these tests)."""
import pytest

from hadath import extract


def _actors(text, date="2015-08-07"):
    return [(a.text, a.country) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text, country", [
    ("التقى وزير الطاقة السفير الكوري لدى المملكة أمس.", "KOR"),
    ("وقعت الشركة الكورية عقدا لبناء محطة كهرباء.", "KOR"),
    ("حذر السفير الكوري الشمالي لدى الأمم المتحدة من عواقب المناورات.", "PRK"),
])
def test_korean_nisba(text, country):
    countries = {c for _, c in _actors(text)}
    assert country in countries
    assert not ({"KOR", "PRK"} - {country}) & countries


def test_north_korean_is_not_south_korean():
    countries = {c for _, c in _actors("اختبرت كوريا الشمالية صاروخا، وقال مسؤول كوري شمالي إن التجربة نجحت.")}
    assert "KOR" not in countries


@pytest.mark.parametrize("text, country", [
    ("أكد المبعوث الأممي دي مستورا أن المحادثات ستستأنف.", "IGO"),
    ("قال السفير أحمد قطان إن العلاقات بين البلدين متينة.", "SAU"),
    ("انتقد الرئيس الأمريكي منظمة آيباك بسبب حملتها.", "USA"),
])
def test_named_actors(text, country):
    assert country in {c for _, c in _actors(text)}


def test_aipac_is_a_second_party_of_the_president():
    evs = [e for e in extract("واتهم الرئيس أوباما آيباك بنشر مزاعم كاذبة.", date="2015-08-07").events
           if e.type == "ACCUSE"]
    assert evs and {a.country for a in evs[0].recipient} == {"USA"}
