"""Session 28 (atrig): attack frames the trigger lexicon missed (sentences written for these tests, not taken from the
eval sets).

- شن / نفذ ... سلسلة (جديدة) من الغارات: the launcher may stand between the verb and the series of raids.
- Pursuing an armed group (تعقب المتمردين، مطاردة فلول الميليشيات) is fighting it.
- A failed storming (فشل الجيش في اقتحام البلدة) is still an attack.
- Returning fire on its source (ردت القوات على مصدر النيران) is an attack.
"""
from __future__ import annotations

import pytest

from helpers_triggers import pattern_ids, rule_types

FIRES = [  # (sentence, the row that must match, whether the sentence must come out as an ASSAULT)
    ("شنت نحو عشرين طائرة حربية فرنسية مساء الثلاثاء سلسلة جديدة من الغارات على معسكرات المتمردين في شمال مالي.",
     "assault.s28-shanna-silsila", True),
    ("ونفذت المقاتلات الأردنية فجر اليوم سلسلة من الضربات على مخازن السلاح التابعة للتنظيم.",
     "assault.s28-nafadha-silsila", False),
    ("واصلت القوات الحكومية أمس تعقب المتمردين الفارين في الجبال الواقعة شرق المدينة.", "assault.s28-muTarada", True),
    ("فشلت قوات المعارضة المسلحة أمس في اقتحام مطار المدينة العسكري بعد معارك استمرت يومين.",
     "assault.s28-fashila-iqtiHam", True),
    ("ردت المدفعية التركية على مصدر القذائف التي سقطت قرب بلدة حدودية.", "assault.s28-radda-maSdar", True),
]

GUARDS = [  # (a near sentence that is no attack, the row that must not match)
    ("شنت الصحف المحلية سلسلة من الانتقادات على أداء الحكومة الجديدة.", "assault.s28-shanna-silsila"),
    ("تواصل الشرطة ملاحقة المتهربين من دفع الضرائب في العاصمة.", "assault.s28-muTarada"),
    ("فشل البرلمان في إقرار الميزانية العامة للمرة الثالثة.", "assault.s28-fashila-iqtiHam"),
    ("ردت الوزارة على مصادر إعلامية نشرت أخبارا كاذبة عن الحادث.", "assault.s28-radda-maSdar"),
]


@pytest.mark.parametrize("text,row,coded", FIRES)
def test_attack_frame_matches(text, row, coded):
    assert row in pattern_ids(text)
    if coded:
        assert "ASSAULT" in rule_types(text)


@pytest.mark.parametrize("text,row", GUARDS)
def test_near_sentence_is_no_attack_frame(text, row):
    assert row not in pattern_ids(text)
