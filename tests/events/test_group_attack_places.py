"""A stateless group's attack with no named victim hits the country the sentence places it in."""
from tests.events.helpers_triggers import coded

import hadath


def _explained(text: str) -> list[str]:
    doc = hadath.extract(text, date="2015-08-01")
    return [line for e in doc.events for line in e.explanation]


def test_a_bombing_in_a_town_qualified_by_its_country_hits_that_country():
    text = "نفذ تنظيم داعش تفجيرين انتحاريين في قريتين قرب بلدة جرابلس الحدودية السورية التي يسيطر عليها الأكراد."
    assert coded(text) == [("ASSAULT", ["-"], ["SYR"])]
    assert any("stateless group's attack" in line for line in _explained(text))


def test_a_fight_keeps_the_place_out_of_the_parties():
    text = ("نفذ تنظيم داعش تفجيرين انتحاريين في قريتين قرب بلدة جرابلس الحدودية السورية التي يسيطر عليها الأكراد "
            "بعد معارك عنيفة.")
    assert ("ASSAULT", ["-"], ["SYR"]) not in coded(text)


def test_an_attack_still_to_come_is_not_placed():
    text = "سينفذ تنظيم داعش تفجيرين انتحاريين في قريتين قرب بلدة جرابلس الحدودية السورية التي يسيطر عليها الأكراد."
    assert coded(text) == [("ASSAULT", ["-"], [])]
