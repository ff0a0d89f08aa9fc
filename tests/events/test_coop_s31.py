"""Session 31 (coop): SUPPORT, COOPERATE, AID and CONCEDE acts the coder missed for want of a trigger (sentences
written for these tests, not taken from the eval sets).

- Congratulations offered (قدم التهنئة), cables sent with أرسل / وجّه, praise with نوّه ب, mourning (نعى), a
  congratulation received as a noun (تلقى تهنئة): SUPPORT.
- Agreeing to lift sanctions or a ban (وافق على رفع العقوبات): CONCEDE, not the bare AGREE of وافق.
- Working on the training of forces, fighting alongside a party: COOPERATE 062.
- Arming and training, arms support, food or medical supplies provided, an allocation announced after a long
  title: AID.
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, rule_types, types


# ---- SUPPORT ----
def test_offering_congratulations_is_support():
    text = "وقدم وزير الخارجية الأردني التهنئة لنظيره الكويتي بمناسبة العيد الوطني لبلاده."
    assert "support.s31-coop-qaddama-tahni2a" in pattern_ids(text)
    assert "SUPPORT" in types(text)


def test_presenting_a_bill_is_no_congratulation():
    text = "قدمت الحكومة مشروع قانون جديد للضرائب إلى البرلمان أمس."
    assert "support.s31-coop-qaddama-tahni2a" not in pattern_ids(text)
    assert "SUPPORT" not in types(text)


def test_sending_a_condolence_cable_is_support():
    text = "أرسل الرئيس التونسي برقية تعزية إلى نظيره الفرنسي في ضحايا الهجوم."
    assert "support.s31-coop-arsala-barqiyya" in pattern_ids(text)
    assert ("SUPPORT", ["TUN"], ["FRA"]) in coded(text)


def test_an_urgent_cable_is_no_condolence():
    text = "أرسلت الوزارة برقية عاجلة إلى السفارات تطلب فيها معلومات عن المواطنين."
    assert "support.s31-coop-arsala-barqiyya" not in pattern_ids(text)
    assert "SUPPORT" not in types(text)


def test_praising_a_role_with_nawwaha_is_support():
    text = "نوه وزير الخارجية البحريني بالدور الكبير الذي تقوم به السعودية في حماية أمن المنطقة."
    assert "support.s31-coop-nawwaha" in pattern_ids(text)
    assert "SUPPORT" in rule_types(text)


def test_nawwaha_noting_that_is_no_praise():
    text = "نوه المتحدث باسم الوزارة إلى أن الاجتماع سيعقد الأسبوع المقبل في عمان."
    assert "support.s31-coop-nawwaha" not in pattern_ids(text)


def test_mourning_a_person_is_support():
    text = "نعت وزارة الخارجية المصرية الدبلوماسي الليبي الذي توفي في حادث سير."
    assert "support.s31-coop-na3a" in pattern_ids(text)
    assert "SUPPORT" in types(text)


def test_a_name_like_naeem_is_no_mourning():
    text = "قال نعيم الكعود إن مقاتلي العشائر سيواصلون القتال في الأنبار."
    assert "support.s31-coop-na3a" not in pattern_ids(text)
    assert "SUPPORT" not in types(text)


def test_receiving_a_congratulation_is_support_by_the_sender():
    text = "وتلقى الرئيس اللبناني تهنئة الملك الأردني بمناسبة العيد."
    assert "support.s31-coop-talaqqa-tahni2a" in pattern_ids(text)
    assert ("SUPPORT", ["JOR"], ["LBN"]) in coded(text)


def test_receiving_reinforcements_is_no_congratulation():
    text = "تلقى الجيش السوري تعزيزات جديدة في ريف حلب."
    assert "support.s31-coop-talaqqa-tahni2a" not in pattern_ids(text)
    assert "SUPPORT" not in types(text)



# ---- CONCEDE ----
def test_agreeing_to_lift_sanctions_is_a_concession():
    text = "وافقت الحكومة الأمريكية على رفع العقوبات المفروضة على كوبا."
    assert "concede.s31-coop-waafaqa-raf3" in pattern_ids(text)
    assert "CONCEDE" in types(text)


def test_agreeing_to_raise_prices_is_no_concession():
    text = "وافق البرلمان على رفع أسعار الوقود ابتداء من الشهر المقبل."
    assert "concede.s31-coop-waafaqa-raf3" not in pattern_ids(text)
    assert "CONCEDE" not in types(text)


# ---- COOPERATE ----
def test_working_on_training_forces_is_cooperation():
    text = "وعملت القوات البريطانية على تدريب عناصر الجيش العراقي في قاعدة الأسد."
    assert "cooperate.s31-coop-3amila-tadrib" in pattern_ids(text)
    assert "COOPERATE" in types(text)


def test_training_staff_with_no_party_is_no_cooperation():
    text = "عمل المدير على تحسين أداء الموظفين الجدد في الشركة."
    assert "cooperate.s31-coop-3amila-tadrib" not in pattern_ids(text)
    assert "COOPERATE" not in types(text)



def test_fighting_alongside_a_party_is_cooperation():
    text = "يقاتل مستشارون إيرانيون إلى جانب القوات السورية في حلب."
    assert "cooperate.s31-coop-qaatala-ila-janib" in pattern_ids(text)
    assert "COOPERATE" in types(text)


def test_standing_by_a_party_is_left_to_support():
    text = "أكد الملك أن الأردن يقف إلى جانب الشعب الفلسطيني."
    assert "cooperate.s31-coop-qaatala-ila-janib" not in pattern_ids(text)
    assert "COOPERATE" not in types(text)


# ---- AID ----
def test_arming_and_training_fighters_is_military_aid():
    text = "واصلت الولايات المتحدة تسليح وتدريب المقاتلين الأكراد في سوريا."
    assert "aid.s31-coop-tasliH-tadrib" in pattern_ids(text)
    assert "AID" in rule_types(text)


def test_arming_ones_own_guards_is_no_aid():
    text = "أمر الحاكم بتسليح أفراد الحرس الوطني في المكاتب الحكومية."
    assert "aid.s31-coop-tasliH-tadrib" not in pattern_ids(text)
    assert "AID" not in types(text)


def test_training_and_arming_forces_is_military_aid():
    text = "خصصت واشنطن مليار دولار لعمليات تدريب وتسليح القوات الأفغانية."
    assert "aid.s31-coop-tadrib-tasliH" in pattern_ids(text)
    assert "AID" in rule_types(text)


def test_military_training_alone_is_no_arming():
    text = "انتهى التدريب العسكري للمجندين الجدد في المعسكر."
    assert "aid.s31-coop-tadrib-tasliH" not in pattern_ids(text)
    assert "AID" not in types(text)


def test_arms_support_is_military_aid():
    text = "قدمت روسيا الدعم التسليحي للجيش السوري خلال العام الماضي."
    assert "aid.s31-coop-da3m-tasliHi" in pattern_ids(text)
    assert "AID" in types(text)


def test_political_support_is_no_arms_support():
    text = "أعلنت روسيا دعمها السياسي للحكومة السورية."
    assert "aid.s31-coop-da3m-tasliHi" not in pattern_ids(text)
    assert "AID" not in types(text)


def test_providing_medical_supplies_is_aid():
    text = "وفرت منظمة الصحة العالمية مواد طبية لمستشفيات غزة."
    assert "aid.s31-coop-waffara-mawad" in pattern_ids(text)
    assert "AID" in types(text)


def test_fleeing_is_no_provision():
    text = "وفرت الميليشيات من المدينة باتجاه الجبال بعد وصول الجيش."
    assert "aid.s31-coop-waffara-mawad" not in pattern_ids(text)
    assert "AID" not in types(text)


def test_an_allocation_announced_after_a_long_title_is_aid():
    text = ("أعلنت سفيرة الاتحاد الأوروبي لدى الأردن في مؤتمر صحفي اليوم عن تخصيص 50 مليون يورو "
            "لدعم اللاجئين السوريين في الأردن.")
    assert "aid.s31-coop-a3lana-takhSiS-far" in pattern_ids(text)
    assert "AID" in types(text)


def test_allocating_land_is_no_aid():
    text = "أعلن وزير الإسكان في مؤتمر صحفي اليوم عن تخصيص قطعة أرض لبناء مدرسة جديدة."
    assert "aid.s31-coop-a3lana-takhSiS-far" not in pattern_ids(text)
    assert "AID" not in types(text)
