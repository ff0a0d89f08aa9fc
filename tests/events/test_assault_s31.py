"""Session 31 (assault): attacks the coder missed because no trigger fired (sentences written for these tests, not
taken from the eval sets). New rows of ``triggers.tsv`` (ids ``assault.s31-assault-*``):

- a place that saw clashes qualified as violent or between parties (وشهدت المدينة مواجهات دامية بين ...); a
  relative clause on a place's past fighting (الذي شهد أعنف المعارك) is left out;
- the death of fighters in an operation (مقتل 9 مسلحين خلال عملية أمنية);
- keeping up the sending of shells onto a place (واصلت الميليشيات إرسال قذائفها على ...).
"""
from __future__ import annotations

from helpers_triggers import coded, fires, rule_types


SHAHIDA = "assault.s31-assault-shahida-ishtibakat"
MAQTAL = "assault.s31-assault-maqtal-fi-3amaliyya"
IRSAL = "assault.s31-assault-waaSala-irsal-qadha2if"


def test_a_town_saw_violent_clashes_between_parties():
    text = "وشهدت مدينة درنة الليبية أمس مواجهات دامية بين الجيش الليبي ومسلحين متشددين."
    assert fires(SHAHIDA, text)
    assert "ASSAULT" in rule_types(text)


def test_battles_seen_with_the_parties_after_bayna():
    text = "شهدت أطراف مدينة تعز معارك بين القوات الحكومية اليمنية والمتمردين الحوثيين."
    assert fires(SHAHIDA, text)


def test_a_place_that_saw_the_fiercest_battles_is_background():
    text = "وزار الوزير الحي الذي شهد أعنف المعارك العام الماضي والتقى سكانه."
    assert not fires(SHAHIDA, text)


def test_a_festival_seen_is_no_clash():
    assert not fires(SHAHIDA, "شهدت العاصمة المغربية الرباط أمس افتتاح مهرجان موسيقي دولي بمشاركة فرق عربية.")


def test_fighters_killed_in_a_security_operation():
    text = "أعلنت وزارة الداخلية المصرية أمس مقتل تسعة مسلحين خلال عملية أمنية في شمال سيناء."
    assert fires(MAQTAL, text)
    assert "ASSAULT" in rule_types(text)


def test_death_of_a_commander_in_an_operation_of_special_forces():
    text = "أكدت السلطات الباكستانية مصرع قائد ميداني في حركة طالبان في عملية للقوات الخاصة قرب الحدود."
    assert fires(MAQTAL, text)


def test_an_operation_without_a_death_is_not_this_row():
    text = "أعلن الجيش الجزائري اعتقال خمسة مطلوبين في عملية أمنية جنوب العاصمة."
    assert not fires(MAQTAL, text)


def test_a_death_in_surgery_is_no_operation_of_force():
    # مقتل names a killing; a death in hospital (وفاة) is not matched
    assert not fires(MAQTAL, "أعلن المستشفى وفاة المريض خلال عملية جراحية معقدة أمس.")


def test_rebels_keep_sending_shells_onto_a_town():
    text = "واصلت الميليشيات الانفصالية إرسال قذائفها على مدينة دونيتسك الأوكرانية رغم وقف إطلاق النار."
    assert fires(IRSAL, text)
    assert "ASSAULT" in rule_types(text)


def test_the_shelling_party_is_the_subject_of_wasala():
    text = "واصل المتمردون الحوثيون إرسال قذائفهم العشوائية على مدينة جازان السعودية أمس."
    assert fires(IRSAL, text)
    assert ("ASSAULT", ["YEM"], ["SAU"]) in coded(text)


def test_keeping_up_sending_aid_is_no_shelling():
    text = "واصلت المملكة إرسال قوافل المساعدات الإغاثية إلى اليمن."
    assert not fires(IRSAL, text)
