"""The convolutional NER tagger: NumPy inference matches the torch network, decoding is valid IOB2,
sentences batched together do not influence each other."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.ner.corpus import entity_spans
from hadath.ner.features import Featurizer, Resources
from hadath.ner.neural.decode import LABELS, viterbi_batch
from hadath.ner.neural.inputs import InputBuilder, Vocab, char_vocab, word_bag
from hadath.ner.neural.tagger import MODEL_FILE, NeuralModelMissingError, NeuralTagger

RES = Resources(words={"بغداد": ("BIGCITY",), "محمد": ("FIRST",)}, counts={"بغداد": 20, "قال": 30},
                clusters={"بغداد": ("c3", "c3.1"), "قال": ("c1", "c1.4")})
WORDS = ["قال", "محمد", "في", "بغداد", "وبغداد", "امس", "،", "lula"]
DIMS = dict(wdim=6, cdim=4, cfilt=5, bdim=6, hid=8)


def _random_weights(path: Path, dilations=(1, 2), crf_in=0, seed=0) -> None:
    """A tiny random model in the exported layout (what train.export writes)."""
    rng = np.random.default_rng(seed)
    words = Vocab(["قال", "محمد", "بغداد"])
    chars = char_vocab(WORDS * 2)
    bags = Vocab(["sh=ar", "g=BIGCITY", "g=FIRST", "c0=c3", "pre=و", "ph=B-BIGCITY"])
    d = DIMS
    h = d["hid"]
    arrays = {
        "word_emb.weight": rng.normal(size=(len(words), d["wdim"])), "char_emb.weight": rng.normal(size=(len(chars), d["cdim"])),
        "char_conv.weight": rng.normal(size=(d["cfilt"], 3 * d["cdim"])), "char_conv.bias": rng.normal(size=d["cfilt"]),
        "bag_emb.weight": rng.normal(size=(len(bags), d["bdim"])),
        "inp.weight": rng.normal(size=(h, d["wdim"] + d["cfilt"] + d["bdim"] + crf_in)), "inp.bias": rng.normal(size=h),
        "out.weight": rng.normal(size=(len(LABELS), h)), "out.bias": rng.normal(size=len(LABELS)),
    }
    for a in ("word_emb.weight", "char_emb.weight", "bag_emb.weight"):
        arrays[a][0] = 0  # padding rows, as torch's padding_idx keeps them
    for i in range(len(dilations)):
        arrays[f"convs.{i}.weight"] = rng.normal(size=(h, 3 * h)) * 0.3
        arrays[f"convs.{i}.bias"] = rng.normal(size=h)
    arrays = {k: v.astype(np.float16) for k, v in arrays.items()}
    np.savez(path, **arrays, vocab_words=np.array(words.items[2:]), vocab_chars=np.array(chars.items[2:]),
             vocab_bags=np.array(bags.items[2:]), labels=np.array(LABELS), dilations=np.array(dilations),
             crf_in=np.array(crf_in))


@pytest.fixture
def tiny(tmp_path) -> NeuralTagger:
    _random_weights(tmp_path / "m.npz")
    return NeuralTagger(tmp_path / "m.npz", Featurizer(RES))


def test_word_bag_keeps_only_the_pinned_knowledge_features():
    own = Featurizer(RES).type_features("وبغداد")[0]
    bag = word_bag(own)
    assert "g=BIGCITY" in bag and "pre=و" in bag and "c0=c3" in bag
    assert not any(x.startswith(("w=", "st=", "p2=", "s3=")) for x in bag)


def test_missing_weights_give_a_clear_error(tmp_path):
    with pytest.raises(NeuralModelMissingError, match="hadath.ner.neural.train"):
        NeuralTagger(tmp_path / "absent.npz", Featurizer(RES))


def test_sentences_tagged_together_equal_sentences_tagged_alone(tiny):
    sents = [WORDS, ["بغداد"], WORDS[::-1] + WORDS, ["لندن", "قال"]]
    together, _ = tiny.log_probs(sents)
    for i, s in enumerate(sents):
        alone, _ = tiny.log_probs([s])
        np.testing.assert_allclose(together[i, :len(s)], alone[0], rtol=1e-5, atol=1e-4)
    assert tiny.tag_many(sents) == [tiny.tag(s) for s in sents]


def test_numpy_inference_matches_the_torch_network(tmp_path):
    torch = pytest.importorskip("torch")
    from hadath.ner.neural.network import ConvTagger

    _random_weights(tmp_path / "m.npz", dilations=(1, 2, 1))
    tagger = NeuralTagger(tmp_path / "m.npz", Featurizer(RES))
    z = np.load(tmp_path / "m.npz")
    b = tagger.builder
    net = ConvTagger(len(b.words), len(b.chars), len(b.bags), len(LABELS), dilations=(1, 2, 1), dropout=0.0, **DIMS)
    net.load_state_dict({k: torch.from_numpy(z[k].astype(np.float32)) for k in net.state_dict()})
    net.eval()
    sents = [WORDS, WORDS[:3]]
    wid, bag, uniq, uid, lengths = b.batch(sents)
    mask = torch.from_numpy(np.arange(wid.shape[1])[None] < lengths[:, None])
    with torch.no_grad():
        ref = torch.log_softmax(net(*map(torch.from_numpy, (wid, bag, b.char_ids(uniq), uid)), mask), -1).numpy()
    got, _ = tagger.log_probs(sents)
    for i, s in enumerate(sents):
        np.testing.assert_allclose(got[i, :len(s)], ref[i, :len(s)], atol=1e-4)


def _valid_iob(tags) -> bool:
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        prev = t
    return True


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 12), min_size=1, max_size=4), st.integers(0, 10_000))
def test_viterbi_gives_valid_iob2_and_the_best_valid_path(lengths, seed):
    rng = np.random.default_rng(seed)
    L = max(lengths)
    logp = np.zeros((len(lengths), L, len(LABELS)))
    for i, n in enumerate(lengths):
        logp[i, :n] = np.log(rng.dirichlet(np.ones(len(LABELS)), size=n))
    paths = viterbi_batch(logp, np.array(lengths))
    for i, (p, n) in enumerate(zip(paths, lengths)):
        tags = [LABELS[k] for k in p]
        assert len(tags) == n and _valid_iob(tags)
        if n <= 3:  # brute force over all valid paths
            import itertools

            best = max((sum(logp[i, t, k] for t, k in enumerate(c)), c)
                       for c in itertools.product(range(len(LABELS)), repeat=n)
                       if _valid_iob([LABELS[k] for k in c]))
            assert np.isclose(sum(logp[i, t, k] for t, k in enumerate(p)), best[0])
