"""Seed acceptance: every actor of expected.json resolves with the right country and sector."""
from __future__ import annotations

import pytest

from helpers_actors import analyse


def _found(doc, want) -> bool:
    return any(want["text"] in a.text and a.country == want["country"] and a.sector == want["sector"]
               for a in doc.actors)


def test_seed_actors_resolve(seed):
    text, expected = seed
    doc = analyse(text, expected["published"])
    missing = [w["text"] for w in expected["actors"] if not _found(doc, w)]
    assert missing == []


def test_seed_actors_through_default_pipeline(seed):
    """With every stage up to actors (skipped until the NER model is built)."""
    from hadath.document import Document
    from hadath.pipeline import Pipeline

    text, expected = seed
    try:
        pipe = Pipeline.default(upto="actors")
        doc = pipe(Document(text, date=expected["published"]))
    except Exception as exc:  # noqa: BLE001 - a missing model is the only expected failure
        if "model" not in str(exc).lower():
            raise
        pytest.skip(f"default pipeline not runnable yet: {exc}")
    missing = [w["text"] for w in expected["actors"] if not _found(doc, w)]
    assert missing == []


def test_seed_actors_survive_ner_entities(seed):
    """NER spans that overlap or cut across lexicon phrases must not lose any seed actor."""
    from hadath.actors.stage import ActorStage
    from hadath.document import Document, Entity
    from hadath.text.stage import TextStage

    text, expected = seed
    doc = TextStage()(Document(text, date=expected["published"]))
    for surface, label in [("برهم صالح", "PER"), ("السير جون لوريمر", "PER"), ("وزارة الدفاع البريطانية", "ORG"),
                           ("ستيفن هيكي", "PER"), ("بغداد", "LOC"), ("موسكو", "LOC"), ("سيرغي", "PER"),
                           ("فؤاد حسين", "PER"), ("ماريا زاخاروفا", "PER"), ("ماكسيم ماكسيموف", "PER"),
                           ("التحالف الدولي", "ORG"), ("داعش", "ORG")]:
        start = 0
        while (i := text.find(surface, start)) >= 0:
            doc.add_entity(Entity(surface, i, i + len(surface), label, source="model"))
            start = i + len(surface)
    doc = ActorStage()(doc)
    missing = [w["text"] for w in expected["actors"] if not _found(doc, w)]
    assert missing == []
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
