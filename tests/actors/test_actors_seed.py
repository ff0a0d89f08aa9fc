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
