"""Session 31 (verbal): refusals, demands and accusations (sentences written for these tests, not taken from the
eval sets). A new row of ``triggers.tsv`` (id ``request.s31-verbal-DughuT-allati``): pressure exerted on a party,
named in a relative clause (الضغوط التي تمارسها واشنطن على ...), REQUEST; and the verb اتهم as the accusation trigger.
"""
from __future__ import annotations

from helpers_triggers import coded, fires, types






def test_pressure_exerted_on_a_government():
    text = "وتتزايد الضغوط التي تمارسها الولايات المتحدة على الحكومة الأفغانية لإغلاق المعابر الحدودية."
    assert fires("request.s31-verbal-DughuT-allati", text)
    assert ("REQUEST", ["USA"], ["AFG"]) in coded(text)


def test_pressure_suffered_is_no_demand():
    text = "تحدث الوزير عن الضغوط التي يتعرض لها الاقتصاد المصري بسبب تراجع السياحة."
    assert not fires("request.s31-verbal-DughuT-allati", text)
    assert "REQUEST" not in types(text)


def test_pressure_without_its_target_is_no_frame():
    text = "ورغم الضغوط التي مارسها المسؤولون الكنديون، لم يتغير موقف الحكومة."
    assert not fires("request.s31-verbal-DughuT-allati", text)



def test_the_verb_still_accuses():
    text = "اتهم وزير الخارجية الباكستاني الهند بدعم الجماعات المسلحة في إقليم بلوشستان."
    assert ("ACCUSE", ["PAK"], ["IND"]) in coded(text)
