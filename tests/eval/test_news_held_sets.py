"""eval/data/news_events_fresh{6,...,22}.jsonl: reference-only held-out gold sets that reuse nothing from earlier sets."""
from __future__ import annotations

import hashlib
import json
import re
import zipfile

import pytest

from hadath.events.ontology import PLOVER_TYPES, cameo
from hadath.paths import PROJECT_ROOT

DATA = PROJECT_ROOT / "eval" / "data"
ORDER = ["news_events.jsonl"] + [f"news_events_fresh{s}.jsonl" for s in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22")]
HELD = ["fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22"]
LINE_KEYS = {"zip", "index", "url", "date", "sentence_start", "sentence_end", "sha1", "split", "events"}
AUX = {"asserted", "future", "negated", "hypothetical", "historical"}
COUNTRY = re.compile(r"^([A-Z]{3})$")


def rows(path):
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def held(split: str) -> list[dict]:
    return rows(DATA / f"news_events_{split}.jsonl")


def earlier(split: str) -> list[str]:
    """The sets built before ``split`` (a later set must not reuse their articles)."""
    return ORDER[:ORDER.index(f"news_events_{split}.jsonl")]


@pytest.mark.parametrize("split", HELD)
def test_lines_are_references_without_text(split):
    for r in held(split):
        assert set(r) == LINE_KEYS, r.get("sha1")
        assert r["split"] == split and 0 <= r["sentence_start"] < r["sentence_end"]
        assert re.fullmatch(r"[0-9a-f]{40}", r["sha1"]) and r["date"] == r["zip"][:10]


@pytest.mark.parametrize("split", HELD)
def test_one_sentence_per_article_and_none_reused_from_earlier_sets(split):
    own = held(split)
    assert len({(r["zip"], r["index"]) for r in own}) == len(own) == len({r["url"] for r in own})
    for name in earlier(split):
        other = rows(DATA / name)
        assert not {(r["zip"], r["index"]) for r in own} & {(r["zip"], r["index"]) for r in other}, name
        assert not {r["url"] for r in own} & {r["url"] for r in other}, name


@pytest.mark.parametrize("split", HELD)
def test_events_use_plover_types_aux_and_country_codes(split):
    for r in held(split):
        for ev in r["events"]:
            assert ev["type"] in PLOVER_TYPES and set(ev["alt_types"]) <= set(PLOVER_TYPES) - {ev["type"]}
            assert ev["aux"] in AUX and isinstance(ev["symmetric"], bool) and ev["note"]
            for party in ev["actor"] + ev["recipient"]:
                assert party["country"] is None or COUNTRY.match(party["country"]), party
            if ev.get("cameo"):  # optional, but a real CAMEO code (the types follow the conventions, not CAMEO2PLOVER)
                cameo(ev["cameo"])


@pytest.mark.parametrize("split", HELD)
def test_spans_still_match_the_corpus(shared, split):
    corpus = shared / "data" / "corpora" / "saudinewsnet"
    days: dict[str, list] = {}
    for r in held(split):
        if r["zip"] not in days:
            with zipfile.ZipFile(corpus / r["zip"]) as z:
                days[r["zip"]] = json.loads(z.read(z.namelist()[0]))
        art = days[r["zip"]][r["index"]]
        text = art["content"][r["sentence_start"]:r["sentence_end"]]
        assert art["url"] == r["url"] and hashlib.sha1(text.encode("utf-8")).hexdigest() == r["sha1"]
        assert text == text.strip() and len(text) > 20, r["sha1"]


@pytest.mark.parametrize("split", HELD)
def test_mix_covers_every_type_with_a_quarter_of_sentences_without_events(split):
    own = held(split)
    types = {ev["type"] for r in own for ev in r["events"]}
    assert types == set(PLOVER_TYPES), set(PLOVER_TYPES) - types
    assert 0.2 <= sum(1 for r in own if not r["events"]) / len(own) <= 0.35
