"""Parties round 13: a visit or tour to coordinated countries goes to each of them, and a country joined by و to a
destination is a place, not a party of its own (sentences written for these tests, not taken from the eval sets)."""
import pytest

from hadath import extract


def _events(text, type_):
    return [e for e in extract(text, date="2015-08-01").events if e.type == type_]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor, recipients", [
    ("وصل وزير الخارجية الإيراني إلى قطر والعراق في زيارة رسمية.", "IRN", {"QAT", "IRQ"}),
    ("يبدأ رئيس الوزراء الياباني جولة تشمل الهند وباكستان.", "JPN", {"IND", "PAK"}),
    ("توجه الرئيس الفرنسي إلى المغرب وتونس في زيارة تستمر ثلاثة أيام.", "FRA", {"MAR", "TUN"}),
])
def test_visit_to_coordinated_countries_reaches_each(text, actor, recipients):
    evs = _events(text, "CONSULT")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}
    assert _countries(evs[0].recipient) == recipients


def test_single_destination_keeps_one_recipient():
    evs = _events("وصل وزير الخارجية التركي إلى الأردن في زيارة رسمية يلتقي خلالها الملك.", "CONSULT")
    assert evs and _countries(evs[0].recipient) == {"JOR"}


@pytest.mark.parametrize("text, places", [
    ("وصل المبعوث إلى كينيا وإثيوبيا.", {"KEN", "ETH"}),
    ("توجهت السفينة نحو اليونان وإيطاليا.", {"GRC", "ITA"}),
])
def test_country_coordinated_with_destination_is_no_actor(text, places):
    doc = extract(text)
    assert not _countries(doc.actors) & places
    assert places <= {p.country for p in doc.places}


@pytest.mark.parametrize("text, actors", [
    ("اتفقت مصر والسعودية على تعزيز التعاون.", {"EGY", "SAU"}),
    ("وصل الوفد إلى بيروت، وفرنسا ترحب بالخطوة.", {"FRA"}),
])
def test_coordinated_parties_stay_parties(text, actors):
    assert actors <= _countries(extract(text).actors)


@pytest.mark.parametrize("text, actor, recipient", [
    ("أعرب وزير الخارجية الألماني عن تعازيه لأسر ضحايا التفجير الذي وقع في مدينة كراتشي الباكستانية.", "DEU", "PAK"),
    ("أعربت اليابان عن تعازيها لعائلات ضحايا الفيضانات التي اجتاحت ولاية كيرالا في الهند.", "JPN", "IND"),
])
def test_condolences_go_to_the_country_of_the_loss(text, actor, recipient):
    evs = _events(text, "SUPPORT")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}
    assert _countries(evs[0].recipient) == {recipient}


def test_condolences_at_home_take_no_recipient():
    evs = _events("أعرب وزير الداخلية المصري عن تعازيه لأسر ضحايا الحادث الذي وقع في مدينة أسيوط.", "SUPPORT")
    # a home loss names no foreign party: the event keeps no recipient, or (since session 26, backing with no one
    # backed) is dropped
    assert all(not _countries(e.recipient) - {None} for e in evs)


@pytest.mark.parametrize("text, country", [
    ("أعلنت الحكومة التونسية تمديد حالة الطوارئ لمدة شهرين إضافيين.", "TUN"),
    ("أوقفت الحكومة الجزائرية ترخيص قناتين خاصتين بعد بث برامج مثيرة للجدل.", "DZA"),
])
def test_domestic_restriction_hits_the_states_own_country(text, country):
    evs = _events(text, "COERCE")
    assert evs, text
    assert _countries(evs[0].actor) == {country}
    assert _countries(evs[0].recipient) == {country}
