"""Trigger lexicon, session 17 (gold types the lexicon had no pattern for): arming troops (بتسليح الجنود), police
dogs deployed (تنشر كلابا بوليسية), and flight in battle (لم يجد بدا من الفرار، سارعوا إلى الفرار، دفع ... إلى
الفرار). Sentences written for these tests, positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_types as _types


# ---------------------------------------------------------------- arming troops, police dogs
@pytest.mark.parametrize("text, pattern", [
    ("قال وزير الدفاع الفرنسي إنه سيسمح بتسليح الجنود في الثكنات داخل البلاد.", "mobilize.bi-tasliH"),
    ("قررت الحكومة البلجيكية أن تنشر كلابا بوليسية في محطات القطار.", "mobilize.nashara-kilab"),
])
def test_arming_and_dogs_mobilize(text, pattern):
    assert pattern in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "طالب النواب بوقف تسليح الميليشيات في البلاد.",
    "نشر الكاتب صورا للكلاب الضالة في شوارع المدينة.",
])
def test_halting_arms_or_published_photos_are_no_mobilization(text):
    ids = _pattern_ids(text)
    assert not {"mobilize.bi-tasliH", "mobilize.nashara-kilab", "mobilize.nashr-kilab"} & set(ids)


# ---------------------------------------------------------------- flight in battle
@pytest.mark.parametrize("text", [
    "لم تجد عناصر الميليشيات المتمردة في مدينتي الحوطة والوهط بالمحافظة الجنوبية بدا من الهرب أمام تقدم الجيش.",
    "لم يجد قائد اللواء الموالي للمتمردين بدا من الفرار بعد سقوط المعسكر.",
])
def test_no_way_out_but_flight_is_a_retreat(text):
    assert "retreat.lam-yajid-buddan-firar" in _pattern_ids(text)


@pytest.mark.parametrize("text, pattern", [
    ("وقال مصدر عسكري إن المسلحين سارعوا إلى الفرار بعد ساعة من بدء المعارك مع الجيش اليمني.",
     "retreat.saara3a-ila-al-firar"),
    ("سيطر الجيش على البلدة مما دفع العشرات من عناصر الجماعة المسلحة إلى الفرار نحو الجبال.",
     "retreat.dafa3a-ila-al-firar"),
])
def test_driven_to_flee_is_a_retreat(text, pattern):
    assert pattern in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "أدى القصف إلى فرار آلاف المدنيين من المدينة.",
    "أطلق مجهولون النار على دورية للشرطة ولاذوا بالفرار.",
])
def test_civilians_fleeing_or_gunmen_escaping_are_no_flight_pattern(text):
    ids = _pattern_ids(text)
    assert not any(p.startswith("retreat.") and "firar" in p for p in ids)


def test_forced_to_flee_is_a_retreat():
    assert "retreat.iDtarra-ila-al-firar" in _pattern_ids(
        "اضطر عناصر الميليشيا إلى الفرار من المعسكر بعد قصف عنيف.")


def test_flight_in_battle_is_coded_as_a_retreat():
    assert "RETREAT" in _types("لم يجد مقاتلو الجماعة المسلحة في مدينة درعا بدا من الفرار أمام تقدم الجيش السوري.")
