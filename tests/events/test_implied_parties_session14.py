"""Implied parties, session 14 (sentences written for these tests, not taken from the eval sets).

A source that reports an attack (حسب مصدر عسكري مالي، أفاد المرصد السوري بمقتل) is no party of it.

An attack with no named attacker whose fire came "من (داخل) الأراضي <nationality>" is that country's, wherever the
phrase stands in the sentence (the arguments layer reads it only right after the trigger).
"""
from hadath import extract


def _assaults(text):
    doc = extract(text, date="2015-08-01")
    return [({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events if e.type == "ASSAULT"]


def test_fire_from_territory_far_from_the_trigger():
    evs = _assaults("استشهد أحد رجال حرس الحدود بمحافظة الحرث، وأصيب زميل له من جراء سقوط قذائف هاون من داخل "
                    "الأراضي اليمنية على مركز حدودي بالمحافظة.")
    assert ({"YEM"}, {"SAU"}) in evs, evs


def test_fire_from_territory_after_the_target():
    evs = _assaults("لقي مقيم مصرعه في قرية حدودية بمنطقة نجران، بعد سقوط مقذوف عسكري على منزله أطلق من الأراضي "
                    "اليمنية.")
    assert ({"YEM"}, {"SAU"}) in evs, evs


def test_named_attacker_is_kept():
    evs = _assaults("قصف الجيش التركي مواقع للمسلحين قرب الحدود بعد سقوط قذائف من الأراضي السورية على بلدة تركية.")
    assert not any(a == {"SYR"} for a, _ in evs if "TUR" in a), evs


def test_no_territory_phrase_no_actor_added():
    evs = _assaults("قتل مواطن في محافظة الطوال، وأصيب اثنان آخران جراء سقوط قذائف عسكرية على منازلهم بالمحافظة.")
    assert not any("YEM" in a for a, _ in evs), evs


def test_named_countryless_attacker_is_kept():
    evs = _assaults("أطلق تنظيم داعش عدة قذائف من الأراضي السورية على بلدة حدودية، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert not any("SYR" in a for a, _ in evs), evs


def _parties(text):
    doc = extract(text, date="2015-08-01")
    return [([a.text for a in e.actor], [a.text for a in e.recipient]) for e in doc.events if e.type == "ASSAULT"]


def test_military_source_is_not_the_attacker():
    evs = _parties("قتل أربعة أشخاص بينهم عسكريان في هجوم استهدف فندقا في مدينة موبتي في وسط مالي، حسب مصدر عسكري مالي.")
    assert evs and not any(t.startswith("مصدر") for a, _ in evs for t in a), evs


def test_observatory_is_not_the_attacker():
    evs = _parties("أفاد المرصد السوري لحقوق الإنسان اليوم بمقتل ضابطين في انفجار عبوة ناسفة في ريف حماة.")
    assert evs and not any("المرصد" in t for a, _ in evs for t in a), evs


def test_named_force_kept_beside_a_source():
    evs = _parties("قتلت قوات الأمن العراقية خمسة مسلحين في الرمادي، بحسب مصادر أمنية.")
    assert any("قوات الأمن العراقية" in a for a, _ in evs), evs
