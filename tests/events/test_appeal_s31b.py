"""Session 31b (appeal): the one asked in an appeal (``hadath/events/addressees.py``; sentences written for these
tests, not taken from the eval sets).

- ``nationality_addressee``: the accusative object right before what is asked, a definite phrase closed by a
  nationality adjective the actors layer does not read (النخب الفكرية التونسية إلى), is the one asked;
- ``object_taken_for_subject``: after an unknown subject (العائلات المنكوبة، المنظمة الطلابية), the first state body
  closed by what is asked is the one asked, not the speaker, and the speaker is of its own people (X -> X), also
  when a frame trigger (دعا ... إلى) swallowed the body and no party was read at all.
"""
from __future__ import annotations

import hadath
from helpers_triggers import coded

from hadath.events.addressees import _addressee, _first_party_after


def _doc(text: str):
    return hadath.extract(text, date="2015-08-01")


# --- nationality_addressee

def test_unread_object_with_nationality_is_the_one_asked():
    assert ("REQUEST", ["JOR"], ["TUN"]) in coded("دعا وزير الخارجية الأردني التيارات السياسية التونسية إلى الحوار.")


def test_unread_object_after_a_set_off_adverbial():
    text = "دعا وزير الخارجية الأردني، في كلمة ألقاها أمس، النخب الفكرية التونسية إلى الحوار."
    assert ("REQUEST", ["JOR"], ["TUN"]) in coded(text)


def test_urging_with_ala():
    assert ("REQUEST", ["CAN"], ["LBN"]) in coded("حث رئيس الوزراء الكندي النخب الفكرية اللبنانية على نبذ الطائفية.")


def test_object_with_a_place_is_not_read_as_nationality():
    # the country is named by a place after في, not by an adjective: the rule leaves it alone
    assert ("REQUEST", ["JOR"], []) in coded("دعا وزير الخارجية الأردني النخب الفكرية في تونس إلى الحوار.")


def test_nationality_inside_what_is_asked_is_no_object():
    doc = _doc("دعا وزير الخارجية الأردني إلى دعم النخب الفكرية التونسية على نحو عاجل.")
    assert _addressee(doc, doc.events[0], 0, len(doc.tokens)) is None


def test_subject_nationality_is_no_object():
    doc = _doc("دعا وزير الخارجية الأردني إلى وقف القتال فورا.")
    assert _addressee(doc, doc.events[0], 0, len(doc.tokens)) is None


# --- object_taken_for_subject

def test_state_body_after_unknown_subject_is_the_one_asked():
    assert ("REQUEST", ["FRA"], ["FRA"]) in coded("ناشدت العائلات المنكوبة السفارة الفرنسية بتسريع إجراءات الإجلاء.")


def test_state_body_as_subject_keeps_its_role():
    # the embassy is the subject here: it asks, the families are asked (no country)
    assert ("REQUEST", ["FRA"], []) in coded("ناشدت السفارة الفرنسية العائلات المنكوبة بالتزام الهدوء.")


def test_frame_that_swallowed_its_object():
    assert ("REQUEST", ["TUN"], ["TUN"]) in coded("دعت المنظمة الطلابية الحكومة التونسية إلى فتح الجامعات.")


def test_genitive_of_a_title_is_no_object():
    # رئيس governs الحكومة العراقية: the head of government speaks, no one of his country is asked
    doc = _doc("دعا رئيس الحكومة العراقية إلى الحوار.")
    assert _first_party_after(doc, 0, len(doc.tokens)) is None
    assert ("REQUEST", ["IRQ"], ["IRQ"]) not in coded("دعا رئيس الحكومة العراقية إلى الحوار.")


def test_body_not_closed_by_what_is_asked():
    # the embassy is followed by a place, not by what is asked: no appeal to it is read
    assert ("REQUEST", ["FRA"], ["FRA"]) not in coded("ناشدت العائلات المنكوبة السفارة الفرنسية في الجزائر.")
