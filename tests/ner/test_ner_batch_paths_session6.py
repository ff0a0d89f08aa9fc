"""The batched NER paths (session 6) give exactly what the word-by-word paths give."""
from __future__ import annotations

import itertools
import random

import pytest

from hadath.ner import translit
from hadath.ner.corpus import entity_spans
from hadath.ner.features import Featurizer, Resources
from hadath.ner.model import DATA_DIR

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةئؤ"


def _words(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["".join(rnd.choice(LETTERS) for _ in range(rnd.randint(1, 12))) for _ in range(n)]
    return out + ["ab", "x", "بc", "ا\U0001F600ب", "<>", "ﻻ"]  # characters outside the table's alphabet


@pytest.mark.parametrize("seed", [1, 2])
def test_ngram_index_scores_equal_the_word_by_word_scores(seed):
    table = translit.load(DATA_DIR / "translit.tsv")
    index = translit.NgramIndex(table)
    assert index.usable
    words = _words(400, seed)
    assert index.scores(words) == [translit.scores(w, table) for w in words]


def test_ngram_index_trigram_rows_equal_the_lookups():
    table = translit.load(DATA_DIR / "translit.tsv")
    index = translit.NgramIndex(table)
    words = _words(300, 3)
    grams = sorted({g for w in words for g in translit.trigrams(w)})
    rows = {g: i for i, g in enumerate(grams) if i % 3}  # a third of the trigrams unknown
    dense, outside = index.trigram_table(rows)
    usable = [w for w in words if outside.isdisjoint(w)]
    expected = [[rows[g] for g in translit.trigrams(w) if g in rows] for w in usable]
    assert index.trigram_rows(usable, dense) == expected


def test_ngram_index_refuses_a_table_it_cannot_hold():
    assert not translit.NgramIndex({"abcde": 1j}).usable
    assert not translit.NgramIndex({}).usable


def _reference_phrase_tags(stems, phrases):
    out = [None] * len(stems)
    index = {}
    for first, entries in phrases.items():
        types = {}
        for k, typ in entries:
            types.setdefault(k, typ)
        index[first] = (sorted({len(k) for k in types}, reverse=True), types)
    covered = 0
    for i, st in enumerate(stems):
        if st not in phrases or i < covered:
            continue
        lengths, types = index[st]
        for n in lengths:
            typ = types.get(tuple(stems[i:i + n])) if i + n <= len(stems) else None
            if typ is not None:
                out[i] = "B-" + typ
                for j in range(i + 1, i + n):
                    out[j] = "I-" + typ
                covered = i + n
                break
    return out


@pytest.mark.parametrize("one_word", [False, True])
def test_phrase_matches_by_word_pairs_equal_a_scan_by_first_word(one_word):
    rnd = random.Random(7)
    vocab = "abcde"
    for _ in range(600):
        phrases: dict = {}
        for _ in range(rnd.randint(1, 8)):
            key = tuple(rnd.choice(vocab) for _ in range(rnd.randint(1 if one_word else 2, 4)))
            first = key[0] if rnd.random() < 0.9 else rnd.choice(vocab)  # sometimes filed under another word
            phrases.setdefault(first, []).append((key, rnd.choice("XYZ")))
        feat = Featurizer(Resources(phrases=phrases))
        for _ in range(4):
            stems = [rnd.choice(vocab) for _ in range(rnd.randint(0, 12))]
            assert feat.phrase_tags(stems) == _reference_phrase_tags(stems, phrases)


def _reference_entity_spans(tags):
    spans, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        p, _, ty = t.partition("-")
        if start is not None and (p != "I" or ty != typ):
            spans.append((start, i, typ))
            start = None
        if p == "B" or (p == "I" and start is None):
            start, typ = i, ty
    return spans


def test_entity_spans_visiting_only_tags_other_than_o_are_the_same():
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "X", ""]
    for n in range(6):
        for tags in itertools.product(labels, repeat=n):
            assert entity_spans(tags) == _reference_entity_spans(tags)


def test_prepared_type_features_equal_the_word_by_word_ones():
    from hadath.ner.model import NERModel

    model = NERModel()
    feat = model.featurizer
    words = _words(300, 4) + ["وبغداد", "الرئيس", "لندن", "3", "Obama", "في"]
    feat.prepare(words)
    batched = {w: feat._cache[w] for w in words}
    model.clear_caches()
    assert {w: feat.type_features(w) for w in words} == batched
