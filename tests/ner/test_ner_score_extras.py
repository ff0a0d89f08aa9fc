"""The scorer's fast paths give what the plain definitions give: sentence-level attributes position by position in
``extras``' order, and the flat-array Viterbi the textbook one (first best label on ties)."""
import random

import numpy as np
import pytest

from hadath.ner.scorer import BlockScorer, CRFWeights


def _by_position(extras):
    return sorted(extras, key=lambda x: x[0])  # stable: each position's attributes keep their order


@pytest.fixture(scope="module")
def model():
    from hadath.ner.model import ModelMissingError, get_model

    try:
        m = get_model()
    except ModelMissingError:
        pytest.skip("no shipped NER model")
    if m.scorer is None:
        pytest.skip("model weights not readable")
    return m


def test_score_extras_equal_extras_on_random_sentences(model):
    f = model.featurizer
    rng = random.Random(5)
    pairs = sorted(list(f._pair_attrs[0])[:300] + list(f._pair_attrs[1])[:300])  # known (left, right) word pairs
    titles = sorted(w for w, types in list(model.resources.words.items())[:20000] if "TITLE" in types)[:200]
    phrases = [list(k) for entries in list(model.resources.phrases.values())[:300] for k, _ in entries]
    memory = [list(k) for entries in list(model.resources.memory_phrases.values())[:300] for k, _ in entries]
    filler = ["في", "قال", "اليوم", "،", ".", "الرئيس", "و", "مع", "عن", "2020"]
    assert pairs and phrases
    seen = 0
    for _ in range(300):
        words = []
        for _ in range(rng.randint(0, 12)):
            kind = rng.random()
            if kind < 0.3:
                words += rng.choice(pairs)
            elif kind < 0.45 and titles:
                words.append(rng.choice(titles))
            elif kind < 0.6:
                words += rng.choice(phrases)
            elif kind < 0.7 and memory:
                words += rng.choice(memory)
            else:
                words.append(rng.choice(filler))
        tf = [f.type_features(w) for w in words]
        got = f.score_extras(words, tf, [x[5] for x in tf])
        assert _by_position(got) == _by_position(f.extras(words, tf)), words
        seen += len(got) - 2 * bool(words)  # besides BOS and EOS
    assert seen > 300  # the sentences do carry pair, title and phrase attributes


def _plain_viterbi(em, trans, labels):
    n = len(em)
    alpha = em[0].copy()
    back = []
    for t in range(1, n):
        cand = alpha[:, None] + trans  # [from, to]
        best = cand.argmax(axis=0)
        back.append(best)
        alpha = cand[best, np.arange(len(labels))] + em[t]
    path = [int(alpha.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return [labels[i] for i in reversed(path)]


def test_viterbi_equals_the_plain_one_with_ties():
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    rng = np.random.default_rng(3)
    for trial in range(60):
        trans = np.round(rng.normal(size=(5, 5)), 0 if trial % 2 else 3)
        scorer = BlockScorer(CRFWeights(labels, ["b"], np.zeros((1, 5)), trans))
        lengths = [int(x) for x in rng.integers(0, 15, size=rng.integers(1, 8))]
        lengths[0] = max(lengths[0], 1)
        starts, pos = [], 0
        for n in lengths:
            starts.append(pos)
            pos += n + 2
        em = np.round(rng.normal(size=(pos, 5)), 0 if trial % 3 == 0 else 2)
        got = scorer._viterbi(em, starts, lengths)
        assert got == [_plain_viterbi(em[s:s + n], trans, labels) if n else [] for s, n in zip(starts, lengths)]
