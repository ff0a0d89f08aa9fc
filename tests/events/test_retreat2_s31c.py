"""Session 31c (retreat2): parties of a withdrawal, flight or surrender at home and of a coalition's truce
(``hadath.events.retreat_parties``; sentences written for these tests, not taken from the eval sets).

- ``home_other_side``: a country's forces or rebels withdrawing at home with an armed other side of the same country
  named in the sentence are coded X -> X; not when no other side is named, when the other party is the actor's
  partner (joined by و) or is named across a reported clause (قالت المقاومة إن ...);
- ``partitive_subject``: a counted partitive subject (ثلاثون من مسلحي X استسلموا، استسلام العشرات من X) names the
  one who surrenders;
- ``coalition_truce``: a truce declared by a countryless coalition concerns the one country the places of its
  sentence, or of the sentences just before it, name; a leader's country (الذي تقوده السعودية) does not count.
"""
from __future__ import annotations

from helpers_triggers import coded


def retreats(text: str) -> list[tuple]:
    return [e for e in coded(text) if e[0] == "RETREAT"]


def test_withdrawal_under_the_other_side_at_home():
    text = "وذكر شهود أن مسلحي جماعة الحوثي انسحبوا من مدينة زنجبار بعد هجوم واسع للمقاومة الشعبية على مواقعهم."
    assert ("RETREAT", ["YEM"], ["YEM"]) in retreats(text)


def test_regime_forces_withdraw_under_rebel_attack():
    text = "انسحبت القوات السورية من بلدة تدمر بعد هجوم شنه مقاتلو الجيش السوري الحر."
    assert ("RETREAT", ["SYR"], ["SYR"]) in retreats(text)


def test_withdrawal_with_no_other_side_stays_one_sided():
    text = "انسحبت ميليشيات الحوثي من مواقعها في المدينة."
    assert retreats(text) and all(e[2] == [] for e in retreats(text))


def test_partner_joined_by_and_is_no_other_side():
    text = "انسحب مسلحو الحوثي وقوات صالح من أحياء المدينة صباح اليوم."
    assert retreats(text) and all("YEM" not in e[2] for e in retreats(text))


def test_speaker_across_a_reported_clause_is_no_other_side():
    text = "قالت المقاومة الشعبية إن ميليشيات الحوثي انسحبت من مواقعها في المدينة."
    assert retreats(text) and all("YEM" not in e[2] for e in retreats(text))


def test_counted_partitive_subject_surrenders():
    text = "أكد مسؤول محلي أن ثلاثين من مسلحي الحوثي استسلموا في مديرية التواهي."
    assert ("RETREAT", ["YEM"], []) in retreats(text)


def test_counted_party_after_a_surrender_noun_is_the_actor():
    text = "وتحدثت مصادر عن استسلام العشرات من ميليشيات الحوثي في محافظة أبين."
    assert ("RETREAT", ["YEM"], []) in retreats(text)


def test_bare_gunmen_surrendering_name_no_party():
    text = "قال ضابط إن مسلحين استسلموا في المنطقة."
    assert all("YEM" not in e[1] for e in retreats(text))


def test_coalition_truce_in_the_country_of_the_text():
    text = "تواصلت المعارك في تعز وعدن أمس. وأعلن التحالف هدنة إنسانية تبدأ الليلة لمدة خمسة أيام."
    assert ("RETREAT", ["-"], ["YEM"]) in retreats(text)


def test_coalition_leader_is_not_where_the_truce_holds():
    text = "وأعلن التحالف الذي تقوده السعودية هدنة إنسانية لمدة خمسة أيام."
    assert retreats(text) and all("SAU" not in e[2] for e in retreats(text))
