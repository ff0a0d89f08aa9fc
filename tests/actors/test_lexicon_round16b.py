"""Lexicon round 16b (sentences written for these tests): political parties named only with a nationality, which
agrees with a plural of things in the feminine singular (أحزاب كورية جنوبية، الأحزاب السياسية الأردنية)."""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors]


@pytest.mark.parametrize("text, country", [
    ("انتقدت أحزاب سياسية رئيسية كورية جنوبية رئيس الوزراء الياباني.", "KOR"),
    ("انتقدت الأحزاب السياسية الأردنية قرار الحكومة.", "JOR"),
    ("رحبت الأحزاب الكبرى التونسية بالاتفاق.", "TUN"),
    ("دعت أحزاب مغربية إلى الحوار.", "MAR"),
])
def test_parties_with_a_nationality_are_that_countrys(text, country):
    assert any(c == country and s == "PTY" for _, c, s in _actors(text)), _actors(text)


@pytest.mark.parametrize("text", [
    "قاطعت الأحزاب الانتخابات.",                 # no nationality: no actor
    "اجتمع ممثلو الأحزاب في القاعة.",
])
def test_parties_without_a_nationality_are_no_actor(text):
    assert not any(s == "PTY" for _, _, s in _actors(text)), _actors(text)


@pytest.mark.parametrize("text", [
    "فرضت روسيا حظرا على المنتجات الزراعية كرد فعل على العقوبات الأوروبية.",
    "وجاء القرار كرد فعل طبيعي على الهجوم.",
])
def test_as_a_reaction_is_no_kurds(text):
    assert not any(c == "KUR" for _, c, _ in _actors(text)), _actors(text)


def test_kurdish_gunmen_stay_kurds():
    assert any(c == "KUR" for _, c, _ in _actors("هاجم مسلحون كرد مركزا للشرطة في ديار بكر.")), \
        _actors("هاجم مسلحون كرد مركزا للشرطة في ديار بكر.")
