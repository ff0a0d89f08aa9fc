"""Actors, session 14 round 2 (sentences written for these tests): pro-Russian separatists in Ukraine are a
Ukrainian rebel group (the news gold codes them UKR), not Russia."""
import pytest

from hadath import extract


@pytest.mark.parametrize("text", [
    "قصف الانفصاليون الموالون لروسيا مواقع الجيش في شرق البلاد.",
    "اتهمت كييف الانفصاليين الموالين للروس بخرق الهدنة في دونيتسك.",
    "تفاوض الوسطاء مع المتمردين الموالين لروسيا على تبادل الأسرى.",
])
def test_pro_russian_separatists_are_ukrainian_rebels(text):
    actors = [a for a in extract(text, date="2015-08-01").actors if "الموال" in a.text]
    assert actors, text
    assert actors[0].country == "UKR" and actors[0].sector == "REB", [(a.text, a.country) for a in actors]


def test_russia_alone_stays_russia():
    actors = extract("اتهمت أوكرانيا روسيا بدعم المتمردين في الشرق.", date="2015-08-01").actors
    assert any(a.country == "RUS" for a in actors), [(a.text, a.country) for a in actors]


def test_security_units_are_police():
    actors = extract("داهمت الوحدات الأمنية التونسية منزلا في مدينة صفاقس.", date="2015-08-01").actors
    units = [a for a in actors if "الوحدات" in a.text]
    assert units and units[0].country == "TUN" and units[0].sector == "COP", [(a.text, a.country) for a in actors]
