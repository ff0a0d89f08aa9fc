"""Trigger lexicon, session 16 round 2 (type confusion): the same words coded as the wrong type. An attack launched
on a person or a stance (شن X هجوما جديدا على زعيم الجماعة، على تصريحات الوزير) is a verbal attack (ACCUSE), whatever
its adjective; an attack on a place, a force or a convoy stays an assault. Sentences written for these tests."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_events as _events, rule_types as _types


# ---------------------------------------------------------------- verbal attacks on a person or a stance
@pytest.mark.parametrize("text", [
    "شن وزير الخارجية القطري هجوما جديدا على زعيم جماعة الحوثيين عبد الملك الحوثي.",
    "وقالت المصادر إن رئيس الوزراء العراقي شن هجوما على نائب الرئيس متهما إياه بالتحريض.",
    "شن الرئيس التركي هجوما قويا على تصريحات وزير الخارجية الإيراني.",
    "شن المرشح الجمهوري هجوما لاذعا على سياسات الرئيس الأمريكي.",
])
def test_attack_on_a_person_or_stance_is_an_accusation(text):
    ids = _pattern_ids(text)
    assert "accuse.hajama-ala-shakhS" in ids
    assert not any(p.startswith("assault.") for p in ids)


def test_verbal_attack_keeps_its_parties():
    assert ("ACCUSE", ["QAT"], ["YEM"]) in _events(
        "شن وزير الخارجية القطري هجوما جديدا على زعيم جماعة الحوثيين عبد الملك الحوثي.")


@pytest.mark.parametrize("text", [
    "شن الجيش السوري هجوما جديدا على مواقع المعارضة في ريف حلب.",
    "شن مسلحون هجوما على موكب رئيس الوزراء الصومالي في مقديشو.",
    "شنت القوات التركية هجوما على حزب العمال الكردستاني في شمال العراق.",
])
def test_attack_on_a_place_or_force_stays_an_assault(text):
    ids = _pattern_ids(text)
    assert "accuse.hajama-ala-shakhS" not in ids
    assert "ASSAULT" in _types(text)
