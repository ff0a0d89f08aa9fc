"""The run-time CRF decoder reads crfsuite's weights exactly and decodes as crfsuite's Viterbi does."""
import random

import numpy as np
import pytest

from hadath.ner.scorer import BlockScorer, CRFWeights, ModelFormatError

pycrfsuite = pytest.importorskip("pycrfsuite")

LABELS = ["O", "B-PER", "I-PER", "B-LOC"]


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    """A CRF over window-style attributes ("w=", "-1:w=", "+1:w=") and a few sentence-level ones."""
    rng = random.Random(7)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(60):
        n = rng.randint(1, 9)
        words = [rng.choice("abcdefgh") for _ in range(n)]
        tags = [LABELS[(ord(w) + i) % 4] if w in "abc" else "O" for i, w in enumerate(words)]
        trainer.append(_attrs(words), tags)
    path = tmp_path_factory.mktemp("crf") / "m.crfsuite"
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60})
    trainer.train(str(path))
    return path


def _attrs(words):
    out = []
    for i, w in enumerate(words):
        a = ["b", "w=" + w]
        if i:
            a.append("-1:w=" + words[i - 1])
        if i + 1 < len(words):
            a.append("+1:w=" + words[i + 1])
        if i == 0:
            a.append("BOS")
        out.append(a)
    return out


def test_weights_equal_crfsuite_dump(small_model):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(small_model))
    info = tagger.info()
    w = CRFWeights.read(small_model)
    assert sorted(w.labels) == sorted(info.labels)
    state = {(a, w.labels[j]): w.state[i, j] for a, i in w.index.items() for j in range(len(w.labels))
             if w.state[i, j] != 0}
    assert state == pytest.approx(info.state_features, abs=1e-6)  # the dump prints 6 decimals
    trans = {(w.labels[i], w.labels[j]): w.trans[i, j] for i in range(len(w.labels)) for j in range(len(w.labels))
             if w.trans[i, j] != 0}
    assert trans == pytest.approx(info.transitions, abs=1e-6)


def test_decode_equals_crfsuite_on_random_documents(small_model):
    """Per-word blocks + sentence extras, several sentences per call (lengths 0 to 12), as crfsuite tags."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(small_model))
    weights = CRFWeights.read(small_model)
    scorer = BlockScorer(weights)
    rng = random.Random(11)
    for _ in range(40):
        doc = [[rng.choice("abcdefghij") for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(1, 5))]
        sentences = []
        for words in doc:
            # a word's own pairs: the bias and its word (the scorer adds their -1/+1 forms itself)
            tfs = [([scorer.rows[f][v] for f, v in (("b", ""), ("w", w)) if v in scorer.rows.get(f, {})],)
                   for w in words]
            extras = [(0, weights.index["BOS"])] if words else []
            sentences.append((words, tfs, extras))
        expected = [tagger.tag(_attrs(words)) if words else [] for words in doc]
        assert scorer.decode(sentences) == expected


def test_ties_go_to_the_first_label_as_in_crfsuite():
    """With all scores equal, crfsuite keeps the first label at every step."""
    weights = CRFWeights(LABELS, ["b"], np.zeros((1, 4)), np.zeros((4, 4)))
    scorer = BlockScorer(weights)
    assert scorer._viterbi(np.zeros((3, 4)), [0], [3]) == [["O", "O", "O"]]


def test_unreadable_model_file_is_a_format_error(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"lCRF" + b"\0" * 60)
    with pytest.raises(ModelFormatError):
        CRFWeights.read(bad)
