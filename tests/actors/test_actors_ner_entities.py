"""NER entities, when present, are used as names and receive the actor that covers them."""
from __future__ import annotations

from hadath.actors.stage import ActorStage
from hadath.document import Document, Entity
from hadath.text.stage import TextStage


def _with_entities(text: str, spans: list[tuple[str, str]], date=None) -> Document:
    doc = TextStage()(Document(text, date=date))
    for surface, label in spans:
        s = text.index(surface)
        doc.add_entity(Entity(surface, s, s + len(surface), label, source="model"))
    return ActorStage()(doc)


def test_ner_person_gets_the_phrase_actor():
    doc = _with_entities("وبحث الرئيس العراقي برهم صالح الأوضاع.", [("برهم صالح", "PER")], "2020-11-26")
    per = next(e for e in doc.entities if e.label == "PER")
    assert per.source == "model" and per.actor is not None
    assert (per.actor.name, per.actor.country, per.actor.sector) == ("Barham Salih", "IRQ", "GOV")


def test_one_word_unknown_name_needs_ner():
    text = "وقال السفير الروسي ماكسيموف إن العلاقات جيدة."
    without = ActorStage()(TextStage()(Document(text)))
    assert [a.text for a in without.actors] == ["السفير الروسي"]
    doc = _with_entities(text, [("ماكسيموف", "PER")])
    assert [(a.text, a.name, a.country) for a in doc.actors] == [("السفير الروسي ماكسيموف", "ماكسيموف", "RUS")]


def test_ner_location_used_as_actor_gets_it():
    doc = _with_entities("وحذرت موسكو من التصعيد.", [("موسكو", "LOC")])
    loc = next(e for e in doc.entities if e.text == "موسكو")
    assert loc.actor is not None and loc.actor.country == "RUS"
