"""Session 28 (aid): a relief agency as the subject of a delivering verb is AID (triggers.tsv
aid.s28-relief-agency-verb), the agency in the frame gives it (aid_parties.relief_agency_giver), and reported aid
with no beneficiary phrase goes to the one foreign country its sentence names (aid_parties.aid_place_recipient).
Sentences written for these tests."""
import pytest

import hadath


def _aid(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("وزعت المفوضية السامية لشؤون اللاجئين خياما وأغطية لآلاف الأسر في مدينة الموصل العراقية.", None, {"IRQ"}),
    ("وزع مركز الملك سلمان للإغاثة أمس أدوية ومستلزمات طبية على مستشفيات مدينة تعز اليمنية.", {"SAU"}, {"YEM"}),
])
def test_relief_agency_delivering(text, actor, recipient):
    got = _aid(text)
    assert got and got[0][1] == recipient and (actor is None or got[0][0] == actor), got


def test_agency_after_verb_with_object_pronoun_is_the_giver():
    got = _aid("عاد مئة طالب إلى الأردن على متن طائرة سيّرها مركز الملك سلمان للإغاثة والأعمال الإنسانية.")
    assert got and got[0] == ({"SAU"}, {"JOR"}), got


def test_aid_goes_to_the_one_foreign_country_named():
    got = _aid("أرسلت الكويت فريقا طبيا متخصصا لإجراء عمليات جراحية في مستشفيات مدينة صنعاء.")
    assert got and got[0] == ({"KWT"}, {"YEM"}), got


def test_no_recipient_when_two_foreign_countries_are_named():
    # Sudan and Qatar are named for a call, neither as where the team goes: the one-sided act stays dropped
    got = _aid("أرسلت الكويت فريقا طبيا متخصصا بعد مكالمة بين رئيس السودان وأمير قطر.")
    assert not got, got


def test_a_non_relief_body_is_no_relief_agency():
    # a business centre handing over a prize: no relief mark after its name
    got = _aid("سلم مركز دبي التجاري جوائز المسابقة للفائزين من مصر.")
    assert not got, got
