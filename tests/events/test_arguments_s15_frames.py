"""Session 15 argument frames: a request to a collective addressee that is no actor, and the owner of an attack noun
after a death verb. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_request_to_international_community_names_no_party_inside_asked_act():
    # the one asked is "the international community"; Israel is inside the asked act, not asked
    evs = events_of("دعا وزير الخارجية الأردني أمس المجتمع الدولي إلى التحرك العاجل لإلزام الحكومة الإسرائيلية "
                    "بوقف الاستيطان.", "REQUEST")
    assert evs, "no REQUEST coded"
    assert all(not e.recipient for e in evs), show(evs)
    assert any(countries(e.actor) == {"JOR"} for e in evs), show(evs)


def test_request_to_collective_after_name_and_comma():
    # the speaker's unrecognised name, a comma, then the collective: the Syrians are in the asked act
    evs = events_of("طالب رئيس اللجنة الدولية للصليب الأحمر جون سميث، الدول المانحة بالاهتمام بأوضاع السوريين "
                    "في المخيمات.", "REQUEST")
    assert evs, "no REQUEST coded"
    assert all("SYR" not in countries(e.recipient) for e in evs), show(evs)


def test_request_to_states_qualified_by_relative_clause():
    # "دول المنطقة التي تحارب X": X is in a relative clause on the addressee
    evs = events_of("دعا الرئيس الفرنسي أمس دول المنطقة التي تحارب حركة الشباب الصومالية إلى مواصلة الضغط على "
                    "المتمردين.", "REQUEST")
    assert evs, "no REQUEST coded"
    assert all("SOM" not in countries(e.recipient) for e in evs), show(evs)


def test_request_to_named_state_keeps_it_as_recipient():
    # negative: the addressee is a state, an actor, so it stays the recipient
    evs = events_of("دعا وزير الخارجية الأردني أمس إيران إلى وقف تدخلها في شؤون المنطقة.", "REQUEST")
    assert any(countries(e.recipient) == {"IRN"} for e in evs), show(evs)


def test_request_object_without_collective_is_unchanged():
    # negative: an actor right after the subject is the addressee, even with a ب-complement after it
    evs = events_of("طالب الرئيس اليمني الأمم المتحدة بالضغط على الحوثيين.", "REQUEST")
    assert any(countries(e.recipient) == {"IGO"} for e in evs), show(evs)


def test_owner_of_attack_noun_after_death_verb_is_the_actor():
    # "قتل N شخصا ... خلال هجوم لجماعة X": the attack was X's, X is the actor
    evs = events_of("قتل عشرون شخصا أمس في قرية باغا التي تبعد نحو ثلاثين كيلومترا عن مدينة مايدوغوري، كبرى مدن "
                    "الشمال، خلال هجوم انتقامي لجماعة بوكو حرام، حسب مصادر محلية.", "ASSAULT")
    assert any(countries(e.actor) == {"NGA"} for e in evs), show(evs)


def test_owner_of_strike_aircraft_after_death_verb_is_the_actor():
    # "في غارات لطيران X": the aircraft are X's, X struck
    evs = events_of("قتل وأصيب عشرات من عناصر تنظيم داعش في غارات لطيران التحالف الدولي قرب الموصل.", "ASSAULT")
    assert any(e.actor and all(a.country is None for a in e.actor) and
               any("التحالف" in a.text for a in e.actor) for e in evs), show(evs)


def test_named_attacker_is_kept_over_owner_of_attack_noun():
    # negative: the verb names its subject (the army); "هجوم لجماعة X" after it does not replace it
    evs = events_of("قتلت القوات النيجيرية عشرين مسلحا خلال هجوم لجماعة بوكو حرام على ثكنة عسكرية.", "ASSAULT")
    assert any(any(a.text == "القوات النيجيرية" for a in e.actor) for e in evs), show(evs)


def test_party_of_a_building_is_no_owner_of_attack():
    # negative: "انفجار قرب مقر لحركة X": ل follows a building, not an attack noun; X is not made the attacker
    evs = events_of("قتل عشرون شخصا في انفجار قرب مقر لحركة حماس في غزة.", "ASSAULT")
    assert all("PSE" not in countries(e.actor) for e in evs), show(evs)
