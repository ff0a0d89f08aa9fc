"""Actors, session 12 (issue #5; sentences written for these tests, not taken from the eval sets).

A bare service noun with a nationality adjective is that state's force: "الأمن المغربي" (police), "الطيران
الروسي" (air force); a strike named with a nationality ("ضربة أمريكية") is that state's forces. Alone, or with
an adjective that is no nationality (مجلس الأمن الدولي، الأمن القومي، الطيران المدني), they are no state actor,
and an airline (شركة الطيران الأردنية) stays a business.
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors]


@pytest.mark.parametrize("text, span, country, sector", [
    ("اعتقل الأمن المغربي ثلاثة أشخاص في مدينة طنجة.", "الأمن المغربي", "MAR", "COP"),
    ("أوقف الأمن الجزائري مهربين قرب الحدود.", "الأمن الجزائري", "DZA", "COP"),
    ("واصل الطيران الروسي غاراته على ريف حماة.", "الطيران الروسي", "RUS", "MIL"),
    ("شن الطيران السوري غارات على مدينة دوما أمس.", "الطيران السوري", "SYR", "MIL"),
    ("قتلت ضربة أمريكية ثلاثة مسلحين في اليمن.", "ضربة أمريكية", "USA", "MIL"),
])
def test_service_noun_or_strike_with_a_nationality_is_that_states_force(text, span, country, sector):
    assert (span, country, sector) in _actors(text), _actors(text)


@pytest.mark.parametrize("text", [
    "بحث مجلس الأمن الدولي الوضع في ليبيا.",
    "أكد مستشار الأمن القومي أهمية الحوار.",
    "أعلنت هيئة الطيران المدني تعليق الرحلات بسبب العاصفة.",
    "تعزز الأمن في المدينة بعد الهجوم.",
])
def test_bare_service_noun_is_no_state_force(text):
    forces = [a for a in _actors(text) if a[2] in ("COP", "MIL") and a[1]]
    assert not forces, forces


def test_an_airline_with_a_nationality_stays_a_business():
    acts = _actors("قالت شركة الطيران الأردنية إنها علقت رحلاتها إلى بيروت.")
    assert ("شركة الطيران الأردنية", "JOR", "BUS") in acts, acts
    assert not any(s == "MIL" for _, _, s in acts), acts


def test_the_strike_names_the_attacker():
    evs = extract("قتلت ضربة إسرائيلية جوية اثنين من عناصر حزب الله قرب الحدود.", date="2015-08-01").events
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert assault and {a.country for a in assault[0].actor} == {"ISR"}, [(e.type, e.actor) for e in evs]


def test_owned_businesses_joins_a_company_and_a_service_with_a_nationality():
    from hadath.actors.context import owned_businesses
    from hadath.actors.resolve import Resolved
    t = "قالت شركة الطيران الأردنية إنها"
    company = Resolved(5, 9, None, "BUS", "business", None, "body", "term:body:business|None", [])
    service = Resolved(10, 26, "JOR", "MIL", "JOR", None, "nationality", "country:JOR", [])
    out = owned_businesses(t, [company, service])
    assert [(t[r.start:r.end], r.country, r.sector) for r in out] == [("شركة الطيران الأردنية", "JOR", "BUS")]


def test_owned_businesses_leaves_a_force_that_is_not_in_construct():
    from hadath.actors.context import owned_businesses
    from hadath.actors.resolve import Resolved
    t = "قالت الشركة، الطيران الأردني قصف"
    company = Resolved(5, 11, None, "BUS", "business", None, "body", "term:body:business|None", [])
    service = Resolved(13, 28, "JOR", "MIL", "JOR", None, "nationality", "country:JOR", [])
    out = owned_businesses(t, [company, service])
    assert [(r.country, r.sector) for r in out] == [(None, "BUS"), ("JOR", "MIL")]
