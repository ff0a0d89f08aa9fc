"""Session 27: a state named right after بين with a conjunct after it (العلاقات بين مصر والسعودية) is a party like
the second one, not a place; a verb with its own subject keeps it when the بين phrase qualifies its object
(احتجت X على محادثات بين Y و Z), and a preposition between a noun trigger and the بين / relations phrase hangs
that phrase on another noun (الزيارة دليل على متانة العلاقات بين X و Y).

Sentences written for these tests, not taken from any evaluation set."""
from __future__ import annotations

import pytest

import hadath

from tests.events.fixtures_events import pipeline_sides


def _events(text, typ):
    return pipeline_sides(text, typ)


def _actor_countries(text):
    return {a.country for a in hadath.extract(text, date="2015-08-01").actors}


@pytest.mark.parametrize("text,both", [
    ("وبحث الوزيران العلاقات بين قطر والمغرب.", {"QAT", "MAR"}),
    ("وتقع البلدة على الطريق بين الأردن والعراق.", {"JOR", "IRQ"}),
])
def test_first_side_after_bayna_is_an_actor(text, both):
    assert both <= _actor_countries(text), _actor_countries(text)


def test_bayna_with_no_conjunct_stays_a_place():
    assert "QAT" not in _actor_countries("وتنقل اللاعب بين قطر، ثم الإمارات.")


@pytest.mark.parametrize("text,typ,pair", [
    ("ووقعت اتفاقية التعاون العسكري بين الأردن واليونان أمس.", "AGREE", {"JOR", "GRC"}),
    ("وجرت محادثات بين إسرائيل وتركيا أمس في أنقرة.", "CONSULT", {"ISR", "TUR"}),
])
def test_both_sides_of_bayna_are_parties(text, typ, pair):
    evs = _events(text, typ)
    assert any(a | r == pair and a and r for a, r in evs), evs


def test_verb_subject_keeps_it_before_a_bayna_object():
    evs = _events("واحتجت مصر على محادثات بين إسرائيل وتركيا.", "ACCUSE")
    assert ({"EGY"}, {"ISR", "TUR"}) in evs, evs


def test_noun_trigger_relations_behind_a_preposition_name_no_partner():
    evs = _events("وعدت الصحف المصرية الزيارة دليلا على متانة العلاقات بين مصر والأردن.", "CONSULT")
    assert all(r != {"JOR"} for _, r in evs), evs


def test_relations_right_after_the_trigger_still_name_the_partner():
    evs = _events("وأشاد الوزير الأردني بالعلاقات بين بلاده ومصر.", "SUPPORT")
    assert ({"JOR"}, {"EGY"}) in evs, evs
