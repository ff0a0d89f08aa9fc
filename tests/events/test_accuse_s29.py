"""Session 29: a state's accusation of one of its own, and announced escalations of attacks (sentences written for
these tests, not taken from the eval sets).

- An accusation or criticism by a state whose object is a person or body named only by its role (صحيفة، المخرج،
  مجموعة) with no country of its own is aimed at one of the state's own (domestic_parties.accused_at_home): X -> X.
  A role noun with a nationality or a party of another country keeps its own country or none.
- Announcing or stating the escalation of one's attacks (أعلن الحزب تصعيد هجماته، قال إنه سيصعد الهجمات) is a threat
  of force, THREATEN 138; with no target named it threatens the one state its sentence names
  (domestic_parties.escalation_at_home). The perfect (صعّد هجماته) reports attacks and is no threat.
"""
from __future__ import annotations

from hadath import extract


def _tuples(text: str, typ: str):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


def test_criticised_newspaper_is_the_states_own():
    text = "انتقدت وزارة الخارجية الهولندية اليوم صحيفة محلية بسبب نشرها صورا مسيئة."
    assert _tuples(text, "ACCUSE") == [(["NLD"], ["NLD"])]


def test_accused_group_of_no_country_is_the_states_own():
    text = "وتتهم السلطات البلجيكية مجموعة متطرفة بتدبير الهجوم على محطة القطارات في العاصمة."
    assert _tuples(text, "ACCUSE") == [(["BEL"], ["BEL"])]


def test_role_noun_with_a_nationality_is_not_the_states_own():
    text = "انتقدت وزارة الخارجية الهولندية اليوم صحيفة بريطانية بسبب نشرها صورا مسيئة."
    assert (["NLD"], ["NLD"]) not in _tuples(text, "ACCUSE")


def test_named_party_keeps_its_country():
    text = "انتقدت وزارة الخارجية الهولندية الحكومة الألمانية بسبب قرارها الأخير."
    assert _tuples(text, "ACCUSE") == [(["NLD"], ["DEU"])]


def test_announced_escalation_of_attacks_threatens_the_home_state():
    text = "وأعلن حزب العمال الكردستاني الأسبوع الماضي تصعيد هجماته ردا على ما وصفه بخروق الدولة التركية."
    assert _tuples(text, "THREATEN") == [(["TUR"], ["TUR"])]


def test_future_escalation_of_attacks_is_a_threat():
    text = "وقال حزب العمال الكردستاني إنه سيصعد هجماته على قوات الأمن التركية في الأيام المقبلة."
    assert [t for t in _tuples(text, "THREATEN") if t[0] == ["TUR"]]


def test_perfect_escalation_reports_attacks_not_a_threat():
    text = "صعد حزب العمال الكردستاني هجماته على مراكز الشرطة التركية خلال الأسبوع الماضي."
    assert _tuples(text, "THREATEN") == []


def test_military_option_is_held_against_the_party_it_is_to_stop():
    text = "أكد وزير الخارجية الفرنسي أن باريس تبقي الخيار العسكري على الطاولة لمنع كوريا الشمالية من تطوير صواريخ جديدة."
    assert _tuples(text, "THREATEN") == [(["FRA"], ["PRK"])]
