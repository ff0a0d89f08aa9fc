"""Seed acceptance: R1-R4 of ../shared/examples/seed/expected.json with type, actor / recipient countries and
sectors, aux and date; at most 2 events that match nothing in the gold (required or optional).

Runs the real pipeline (text, NER when its model is trained, actors, places, time, quantities, events); it is
skipped only while the actors or time concerns are not installed.
"""
from __future__ import annotations

import pytest

from hadath.document import Document


def _pipeline_doc(text: str, date: str) -> Document:
    from hadath.pipeline import DEFAULT_STAGES, load_stage

    doc = Document(text, date=date)
    for path in DEFAULT_STAGES:
        concern = path.split(".")[1]
        try:
            stage = load_stage(path)
        except ImportError as e:
            if concern in ("actors", "time", "events", "text"):
                pytest.skip(f"{concern} concern not available yet: {e}")
            continue
        try:
            doc = stage(doc)
        except Exception as e:  # noqa: BLE001 - an untrained optional model (NER) is skipped, others fail
            if concern in ("ner", "places", "quantities"):
                continue
            raise
    return doc


def _sector_ok(actor, want) -> bool:
    if want.get("country", "x") != "x" and actor.country != want.get("country"):
        return False
    sectors = want.get("sector")
    return not sectors or actor.sector in sectors


def _parties_ok(got, wants) -> bool:
    return all(any(_sector_ok(a, w) for a in got) for w in wants)


def _matches(ev, gold, strict: bool) -> bool:
    if ev.type not in gold["type"]:
        return False
    if not strict:
        countries = {w.get("country") for w in gold.get("actor", []) if w.get("country")}
        return not countries or bool(countries & {a.country for a in ev.actor})
    aux = gold.get("aux")
    if aux and ev.aux not in (aux if isinstance(aux, list) else [aux]):
        return False
    if not _parties_ok(ev.actor, gold.get("actor", [])) or not _parties_ok(ev.recipient, gold.get("recipient", [])):
        return False
    if gold.get("date") and (ev.date is None or ev.date.value != gold["date"]):
        return False
    return True


@pytest.fixture(scope="module")
def seed_doc(seed):
    text, gold = seed
    return _pipeline_doc(text, gold["published"]), gold


@pytest.mark.parametrize("rid", ["R1", "R2", "R3", "R4"])
def test_required_event(seed_doc, rid):
    doc, gold = seed_doc
    want = next(g for g in gold["required_events"] if g["id"] == rid)
    found = [e for e in doc.events if _matches(e, want, strict=True)]
    assert found, f"{rid} not found; events: {[(e.type, e.aux, [a.code for a in e.actor], [a.code for a in e.recipient], e.date and e.date.value) for e in doc.events]}"


def test_at_most_two_unmatched_events(seed_doc):
    doc, gold = seed_doc
    golds = gold["required_events"] + gold["optional_events"]
    extra = [e for e in doc.events if not any(_matches(e, g, strict=False) for g in golds)]
    assert len(extra) <= 2, [(e.type, e.trigger.text, e.source) for e in extra]


def test_visit_is_one_event_with_mentions(seed_doc):
    doc, _ = seed_doc
    visits = [e for e in doc.events if e.type == "CONSULT" and e.aux == "future"]
    assert len(visits) == 1 and len(visits[0].mentions) >= 2
