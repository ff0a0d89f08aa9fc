"""The coder on Arabic sentences written for the tests (the lexicon was not tuned on them)."""
from __future__ import annotations

from collections import Counter

import pytest

from hadath.events.ontology import PLOVER_TYPES
from hadath.events.stage import code_document
from tests.events.fixtures_events import check_row, load_sentences, marked_document

ROWS = load_sentences()


@pytest.fixture(scope="module")
def results():
    out = []
    for row in ROWS:
        doc = marked_document(row["text"])
        events = code_document(doc)
        out.append((row, events, check_row(row, events)))
    return out


def test_fixture_is_large_and_covers_everything():
    assert len(ROWS) >= 150
    types = {t for r in ROWS for t in r["type"].split("|")}
    assert set(PLOVER_TYPES) <= types
    assert {"asserted", "future", "negated", "hypothetical", "historical"} <= {r["aux"] for r in ROWS}
    frames = {r["frame"] for r in ROWS}
    assert {"vso", "ma3", "bi", "ila", "li", "ala", "didd", "bihaqq", "minqibal", "passive", "recip", "coord",
            "attr"} <= frames


def _type_ok(row, events) -> bool:
    want = row["type"].split("|")
    if want == ["NONE"]:
        return not events
    return any(e.type in want for e in events)


def test_type_detection(results):
    ok = sum(_type_ok(r, ev) for r, ev, _ in results)
    misses = [(r["id"], r["type"], [(e.type, e.trigger.text) for e in ev]) for r, ev, _ in results if not _type_ok(r, ev)]
    assert ok / len(results) >= 0.85, misses


def test_every_type_is_found(results):
    found = Counter()
    for r, ev, _ in results:
        if r["type"] != "NONE" and _type_ok(r, ev):
            found[r["type"].split("|")[0]] += 1
    assert all(found[t] >= 1 for t in PLOVER_TYPES if any(r["type"].split("|")[0] == t for r in ROWS)), found


def test_full_coding(results):
    """Type + aux + actor + recipient countries all right."""
    ok = sum(not p for _, _, p in results)
    bad = [(r["id"], p) for r, _, p in results if p]
    assert ok / len(results) >= 0.85, bad
    print(f"full coding {ok}/{len(results)}")


@pytest.mark.parametrize("aux", ["future", "negated", "hypothetical", "historical"])
def test_aux_values(results, aux):
    rows = [(r, ev) for r, ev, _ in results if r["aux"] == aux and r["type"] != "NONE"]
    right = sum(any(e.aux == aux and e.type in r["type"].split("|") for e in ev) for r, ev in rows)
    assert right / len(rows) >= 0.6, [(r["id"], [(e.type, e.aux) for e in ev]) for r, ev in rows]


def test_background_sentences_give_no_events(results):
    rows = [(r, ev) for r, ev, _ in results if r["type"] == "NONE"]
    assert sum(not ev for _, ev in rows) / len(rows) >= 0.8, [(r["id"], [e.source for e in ev]) for r, ev in rows]
