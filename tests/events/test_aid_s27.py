"""Session 27: aid "from" a UN or relief body named right after the aid noun (مساعدات طبية من منظمة الصحة
العالمية) comes from that body; the body behind "تابعة لـ" owns the aid ship or convoy and sends it, it does not
receive it; a state's plane or ship right before "تحمل" sends the aid over a null-country party read from another
clause; a relative verb after the aid (أرسلتها X) names its sender over a subject read before the trigger; aid read
as going to its own giver goes to the destination instead.

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_sides


def _aid(text):
    return pipeline_sides(text, "AID")


@pytest.mark.parametrize("text", [
    "وصلت إلى ميناء الحديدة أمس شحنة مساعدات طبية من منظمة الصحة العالمية.",
    "رست في ميناء عدن سفينة تحمل مساعدات غذائية من برنامج الأغذية العالمي.",
])
def test_aid_from_a_body(text):
    assert ({"IGO"}, {"YEM"}) in _aid(text), _aid(text)


def test_owner_of_aid_ship_sends_it():
    text = "أكد مسؤول يمني وصول سفينة مساعدات تابعة للأمم المتحدة إلى ميناء الحديدة."
    assert ({"IGO"}, {"YEM"}) in _aid(text), _aid(text)
    assert all("IGO" not in r for _, r in _aid(text)), _aid(text)


def test_from_without_aid_noun_is_no_giver():
    # "من" names where the refugees come from, far from any aid noun: no giver from it
    text = "وزعت الجمعية مساعدات غذائية في الحديدة على نازحين قدموا من مناطق القتال."
    assert all("IGO" not in a for a, _ in _aid(text)), _aid(text)


def test_aid_owner_needs_owner_word():
    # the UN behind plain ل after the aid noun stays a recipient reading, no owner rule
    text = "قدمت اليابان مساعدات مالية للأمم المتحدة لدعم اللاجئين."
    assert all("IGO" not in a for a, _ in _aid(text)), _aid(text)


def test_carrier_before_carrying_verb():
    text = "في إطار دعم التحالف العربي للشرعية، وصلت إلى مطار عدن طائرة كويتية تحمل مساعدات طبية."
    assert ({"KWT"}, {"YEM"}) in _aid(text), _aid(text)


def test_carrier_far_from_verb_gives_nothing():
    # the trucks, not the plane, stand before the carrying verb: the aid keeps no Kuwaiti giver
    text = "ضمن المساعدات التي يقدمها التحالف العربي لليمن، وصلت إلى مطار عدن أمس طائرة كويتية، وشاحنات تحمل مساعدات طبية."
    assert all("KWT" not in a for a, _ in _aid(text)), _aid(text)


def test_relative_verb_names_sender():
    text = ("وزعت الأمم المتحدة أمس مساعدات غذائية في الحديدة، فيما وصلت سفينة محملة بالمساعدات الطبية أرسلتها "
            "الكويت إلى ميناء عدن.")
    assert ({"KWT"}, {"YEM"}) in _aid(text), _aid(text)


def test_aid_to_own_giver_goes_to_destination():
    text = "سلمت منظمة الصحة العالمية شحنة أدوية إلى عدن، هي الثانية للمنظمة منذ بدء الحرب."
    assert all(not (a and a == r) for a, r in _aid(text)), _aid(text)
