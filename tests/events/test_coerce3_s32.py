"""Session 32 (coerce3): COERCE / THREATEN rows (sentences written for these tests, not taken from the eval sets).
Rows at the end of data/triggers.tsv, header ``session 32 (coerce3)``, and one row moved:

- "X threatens to cause Y" with an impersonal consequence is a background phrase
  (``block.s32-coerce3-yuhaddid-bi-natija``);
- dispersing a sit-in or demonstration is COERCE 175 (``coerce.s32-coerce3-faDDa-i3tiSam``; the ASSAULT row
  ``assault.Daraba-mutazahirin`` is gone: PLOVER keeps crowd-control for an explicit weapon);
- a ban on publishing / broadcasting / watching (``coerce.s32-coerce3-mana3a-nashr``, ``-Hazara-nashr``), on the
  call to prayer (``-mana3a-adhan``), on a religious dress (``-man3-niqab``);
- an execution in the Saudi formula حكم القتل
  (``coerce.s32-coerce3-nafadha-qatl``).
"""
from __future__ import annotations

from helpers_triggers import pattern_ids, rule_types


# ---- impersonal threats ----

def test_impersonal_threat_is_blocked():
    text = "عرض الوسيط القطري حل خلاف داخلي يهدد بإحداث انشقاق في الحركة الصومالية."
    assert "THREATEN" not in rule_types(text)


def test_party_threat_still_fires():
    text = "هددت الحكومة الإثيوبية المتمردين بشن هجوم واسع على معاقلهم."
    assert "THREATEN" in rule_types(text)


# ---- dispersal ----

def test_dispersing_a_sit_in():
    text = "فضت الشرطة الأردنية اعتصاما للمعلمين أمام مقر رئاسة الوزراء في عمان."
    assert "coerce.s32-coerce3-faDDa-i3tiSam" in pattern_ids(text)
    assert "COERCE" in rule_types(text)
    assert "ASSAULT" not in rule_types(text)


def test_settling_a_dispute_is_no_dispersal():
    text = "فض الوسطاء النزاع بين القبيلتين بعد جلسة طويلة."
    assert "coerce.s32-coerce3-faDDa-i3tiSam" not in pattern_ids(text)


# ---- bans ----

def test_ban_on_publishing_news():
    text = "منعت السلطات الإثيوبية نشر أي أخبار عن الاحتجاجات في إقليم أوروميا."
    assert "coerce.s32-coerce3-mana3a-nashr" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_preventing_deployment_is_no_censorship():
    text = "يمنع الاتفاق نشر صواريخ متوسطة المدى في أوروبا."
    assert "coerce.s32-coerce3-mana3a-nashr" not in pattern_ids(text)


def test_ban_on_watching_television():
    text = "ذكر سكان أن حركة الشباب حظرت على أهالي البلدة مشاهدة التلفزيون."
    assert "coerce.s32-coerce3-Hazara-nashr" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_banning_exports_is_no_censorship():
    text = "حظرت الحكومة الهندية تصدير القمح حتى نهاية العام."
    assert "coerce.s32-coerce3-Hazara-nashr" not in pattern_ids(text)


def test_ban_on_the_call_to_prayer():
    text = "قال مدير الأوقاف إن قوات الاحتلال منعت رفع الأذان في المسجد عشرين مرة خلال الشهر."
    assert "coerce.s32-coerce3-mana3a-adhan" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_preventing_a_price_rise_is_no_ban():
    text = "منعت وزارة التجارة المصرية رفع أسعار الخبز في المخابز."
    assert "coerce.s32-coerce3-mana3a-adhan" not in pattern_ids(text)


def test_niqab_ban_noun():
    text = "أعلنت الحكومة التشادية حظر ارتداء النقاب في الأماكن العامة بعد هجومين انتحاريين."
    assert "coerce.s32-coerce3-man3-niqab" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_wearing_a_uniform_is_no_ban():
    text = "ظهر الجنود وهم يرتدون الزي العسكري خلال ارتداء النقاب من قبل الممثلة في الفيلم."
    assert "coerce.s32-coerce3-man3-niqab" not in pattern_ids(text)


# ---- executions ----

def test_execution_formula():
    text = "نفذت وزارة الداخلية السعودية حكم القتل قصاصا بمواطن أدين بقتل آخر."
    assert "coerce.s32-coerce3-nafadha-qatl" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_carrying_out_a_plan_is_no_execution():
    text = "نفذت الحكومة الأردنية خطة القتل الرحيم للكلاب الضالة في الأحياء."
    assert "coerce.s32-coerce3-nafadha-qatl" not in pattern_ids(text)

