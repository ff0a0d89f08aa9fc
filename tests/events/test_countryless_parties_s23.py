"""In a text that names some state, an act other than an attack, protest or arrest whose parties are all of no
known country (lawyers, a newspaper, fighters) is no event between states and is dropped; a text naming no state
keeps it, and movements of forces keep such a party (stage._has_participant). Sentences written for these tests."""
import pytest

import hadath
from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from tests.events.helpers_triggers import rule_types as _types


def _events(text):
    """Events coded by the rules alone (the sentence filter off), so the rule is tested by itself."""
    return code_document(hadath.extract(text, date="2015-08-01"), sentence_filter=NoFilter())


@pytest.mark.parametrize("text, dropped", [
    ("زار وزير الخارجية السعودي القاهرة أمس. وطالب المحامون بالإفراج عن موكليهم.", "REQUEST"),
    ("أعلنت الحكومة الأردنية إغلاق المعبر. وبدأت الصحيفة محادثات لبيع حصتها في المجموعة.", "CONSULT"),
])
def test_countryless_act_in_a_text_about_states_is_dropped(text, dropped):
    assert dropped not in _types(text)


def test_the_state_act_beside_it_stays():
    evs = _events("زار وزير الخارجية السعودي القاهرة أمس. وطالب المحامون بالإفراج عن موكليهم.")
    assert [(e.type, [a.country for a in e.actor]) for e in evs] == [("CONSULT", ["SAU"])]


@pytest.mark.parametrize("text, kept", [
    ("طالب المحامون بالإفراج عن موكليهم.", "REQUEST"),  # no state named anywhere: kept
    ("بدأت الصحيفة محادثات لبيع حصتها في المجموعة.", "CONSULT"),
])
def test_text_naming_no_state_keeps_it(text, kept):
    assert kept in _types(text)


def test_withdrawal_keeps_a_countryless_party():
    assert "RETREAT" in _types("زار وزير الخارجية السعودي القاهرة أمس. وانسحب المسلحون من البلدة.")
