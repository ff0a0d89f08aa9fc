"""Session 16 argument rules: the owner of the subject's noun phrase (a body, an office or a statement "of" X with ل,
or "التابع لـ X" right after the subject) is the subject's side, not a recipient; "العالمين العربي والإسلامي" is a
collective addressee. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_commission_of_un_speaks_for_the_un():
    # the commission head is no actor: the UN after ل is the one asking, Greece the one asked
    evs = events_of("طالبت المفوضية السامية للأمم المتحدة اليونان أمس بحماية المهاجرين في الجزر.", "REQUEST")
    assert any(countries(e.actor) == {"IGO"} for e in evs), show(evs)
    assert all("IGO" not in countries(e.recipient) for e in evs), show(evs)


def test_statement_of_group_is_the_groups_criticism():
    # "بيان لـ X": the statement is X's, X criticises
    evs = events_of("انتقد بيان لحركة حماس أمس قرار الحكومة المصرية إغلاق معبر رفح.", "ACCUSE")
    assert any(countries(e.actor) == {"PSE"} for e in evs), show(evs)
    assert all("PSE" not in countries(e.recipient) for e in evs), show(evs)


def test_owner_after_subject_is_no_recipient():
    # "مجلس الأمن التابع للأمم المتحدة": the council's owner, not a second party of the endorsement
    evs = events_of("تبنى مجلس الأمن التابع للأمم المتحدة أمس الاتفاق النووي مع إيران بالإجماع.", "SUPPORT")
    assert evs, "no event coded"
    assert all(countries(e.recipient) != {"IGO"} for e in evs), show(evs)


def test_owner_of_the_object_stays_the_recipient():
    # negative: "مواقع تابعة لـ X" after the object: X owns the target, it is the one struck
    evs = events_of("قصفت الطائرات العراقية أمس مواقع تابعة لتنظيم داعش في الأنبار.", "ASSAULT")
    assert any(e.recipient and countries(e.recipient) == {None} for e in evs), show(evs)


def test_office_after_a_preceding_subject_is_the_recipient():
    # negative: the subject is named before the verb; the envoy of the UN after it is the one met
    evs = events_of("الرئيس المصري يلتقي المبعوث الخاص للأمم المتحدة في القاهرة اليوم.", "CONSULT")
    assert any(countries(e.actor) == {"EGY"} and countries(e.recipient) == {"IGO"} for e in evs), show(evs)


def test_arab_and_islamic_worlds_are_a_collective_addressee():
    # the one asked is "the Arab and Islamic worlds": a party inside the asked act is not asked
    evs = events_of("طالبت وزارة الخارجية الأردنية العالمين العربي والإسلامي بالتحرك العاجل لإلزام الحكومة "
                    "الإسرائيلية بوقف الاستيطان.", "REQUEST")
    assert evs, "no REQUEST coded"
    assert all("ISR" not in countries(e.recipient) for e in evs), show(evs)
