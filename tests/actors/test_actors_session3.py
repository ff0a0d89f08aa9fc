"""Actor names of session 3, on sentences written for these tests: an office followed by the formal state name
after ب (``وزير الداخلية بدولة الإمارات``) and ministers of state for an affairs portfolio (وزير الدولة لشؤون ...)."""
from __future__ import annotations

import pytest

from helpers_actors import analyse


def actors(text: str, date: str = "2015-08-01"):
    return [(a.text, a.country, a.sector) for a in analyse(text, date=date).actors]


@pytest.mark.parametrize("text,country", [
    ("وصل وزير الداخلية بدولة الكويت إلى الرياض أمس.", "KWT"),
    ("استقبل الأمير وزير الصحة بمملكة البحرين في مكتبه.", "BHR"),
    ("أكد وزير الدولة لشؤون الدفاع بسلطنة عمان أن التنسيق مستمر.", "OMN"),
], ids=["kuwait", "bahrain", "oman-state-minister"])
def test_title_then_formal_state_name_after_ba(text, country):
    got = actors(text)
    assert any(c == country and s == "GOV" and "وزير" in t for t, c, s in got), got


def test_plain_ba_object_is_not_the_title_country():
    # "التقى الوزير بنظيره": ب here introduces the one met, not the minister's state
    got = actors("التقى وزير الخارجية بنظيره الأردني في عمان.")
    assert not any(t.startswith("وزير الخارجية") and c == "JOR" for t, c, _ in got), got


@pytest.mark.parametrize("text,country", [
    ("غادر ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية المملكة الأردنية الهاشمية بعد زيارة رسمية.", "JOR"),
    ("ودع رئيس الوزراء وزير المالية جمهورية السودان في ختام جولته.", "SDN"),
], ids=["leaves-jordan", "bids-sudan"])
def test_definite_office_does_not_take_the_object_country(text, country):
    # "... وزير الداخلية [object country]": a definite office takes a country only as a nisba or after في/ب
    got = actors(text)
    assert not any("وزير" in t and c == country for t, c, _ in got), got


@pytest.mark.parametrize("text,expected", [
    ("قالت منظمة الدول الأمريكية إن الانتخابات جرت بهدوء.", ("IGO", "OAS")),
    ("أعلن التحالف الوطني العراقي تأييده للإصلاحات.", ("IRQ", "PTY")),
    ("وقالت قيادة التحالف إن الهدنة انتهت.", (None, "MIL")),
], ids=["oas", "iraqi-national-alliance", "bare-coalition"])
def test_organisations_added(text, expected):
    got = actors(text)
    assert any((c, s) == expected for _, c, s in got), got


def test_coalition_led_by_a_state_keeps_the_leader():
    got = actors("تظاهر مئات ضد قوات التحالف التي تقودها الولايات المتحدة.")
    assert any(c == "USA" and s == "MIL" for _, c, s in got), got


@pytest.mark.parametrize("text,country", [
    ("وقعت وزارة الداخلية في دولة الكويت مذكرة تفاهم مع نظيرتها الأردنية.", "KWT"),
    ("أعلنت وزارة الخارجية الاتحادية في جمهورية النمسا استدعاء السفير.", "AUT"),
], ids=["ministry-in-kuwait", "federal-ministry-in-austria"])
def test_state_body_in_a_country(text, country):
    # "وزارة X (الاتحادية) في [country]": that state's ministry
    got = actors(text)
    assert any(c == country and "وزارة" in t for t, c, _ in got), got


def test_forces_in_a_country_stay_without_it():
    # forces may be posted abroad: "القوات في العراق" names no Iraqi force
    got = actors("انتشرت القوات في العراق بعد الاتفاق.")
    assert not any(c == "IRQ" and t.startswith("القوات") for t, c, _ in got), got
