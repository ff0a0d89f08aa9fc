"""Session 28 (atrig): attack frames the trigger lexicon missed (sentences written for these tests, not taken from the
eval sets).

- شن / نفذ ... سلسلة (جديدة) من الغارات: the launcher may stand between the verb and the series of raids.
- Pursuing an armed group (تعقب المتمردين، مطاردة فلول الميليشيات) is fighting it.
- A failed storming (فشل الجيش في اقتحام البلدة) is still an attack.
- Returning fire on its source (ردت القوات على مصدر النيران) is an attack.
"""
from __future__ import annotations

from helpers_triggers import pattern_ids, rule_types


def test_series_of_raids_with_launcher_between():
    text = "شنت نحو عشرين طائرة حربية فرنسية مساء الثلاثاء سلسلة جديدة من الغارات على معسكرات المتمردين في شمال مالي."
    assert "assault.s28-shanna-silsila" in pattern_ids(text)
    assert "ASSAULT" in rule_types(text)


def test_series_carried_out():
    text = "ونفذت المقاتلات الأردنية فجر اليوم سلسلة من الضربات على مخازن السلاح التابعة للتنظيم."
    assert "assault.s28-nafadha-silsila" in pattern_ids(text)


def test_series_guard_no_raid_noun():
    text = "شنت الصحف المحلية سلسلة من الانتقادات على أداء الحكومة الجديدة."
    assert "assault.s28-shanna-silsila" not in pattern_ids(text)


def test_pursuing_armed_group():
    text = "واصلت القوات الحكومية أمس تعقب المتمردين الفارين في الجبال الواقعة شرق المدينة."
    assert "assault.s28-muTarada" in pattern_ids(text)
    assert "ASSAULT" in rule_types(text)


def test_pursuit_guard_not_an_armed_group():
    text = "تواصل الشرطة ملاحقة المتهربين من دفع الضرائب في العاصمة."
    assert "assault.s28-muTarada" not in pattern_ids(text)


def test_failed_storming():
    text = "فشلت قوات المعارضة المسلحة أمس في اقتحام مطار المدينة العسكري بعد معارك استمرت يومين."
    assert "assault.s28-fashila-iqtiHam" in pattern_ids(text)
    assert "ASSAULT" in rule_types(text)


def test_failed_storming_guard_other_failure():
    text = "فشل البرلمان في إقرار الميزانية العامة للمرة الثالثة."
    assert "assault.s28-fashila-iqtiHam" not in pattern_ids(text)


def test_return_fire_on_source():
    text = "ردت المدفعية التركية على مصدر القذائف التي سقطت قرب بلدة حدودية."
    assert "assault.s28-radda-maSdar" in pattern_ids(text)
    assert "ASSAULT" in rule_types(text)


def test_reply_guard_statement():
    text = "ردت الوزارة على مصادر إعلامية نشرت أخبارا كاذبة عن الحادث."
    assert "assault.s28-radda-maSdar" not in pattern_ids(text)
