"""The model's load-time tables, built by the faster loaders, hold what the plain definitions give: the CQDB string
table read record by record, each attribute's weights in its (pair, position) cell, and the word-pair tables with
their left words found by splitting every pair attribute at every "|"."""
import struct

import numpy as np
import pytest

from hadath.ner.features import PAIR_PREFIXES, POSITIONS, Featurizer, split_attribute
from hadath.ner.scorer import BlockScorer, CRFWeights, ModelFormatError, cqdb_names


@pytest.fixture(scope="module")
def model_bytes():
    from hadath.ner.model import MODEL_FILE

    if not MODEL_FILE.exists():
        pytest.skip("no shipped NER model")
    return MODEL_FILE.read_bytes()


def _offsets(data: bytes) -> tuple[int, int, int, int]:
    head = struct.unpack_from("<4sI4s9I", data, 0)
    return head[5], head[6], head[8], head[9]  # labels, attributes, their string tables' offsets


def _names_one_by_one(data: bytes, offset: int, count: int) -> list[str]:
    """The CQDB backward array read one record at a time (id, size, bytes ending in NUL)."""
    bwd_size, bwd_off = struct.unpack_from("<II", data, offset + 16)
    assert bwd_size == count
    names = []
    for off in struct.unpack_from(f"<{count}I", data, offset + bwd_off):
        size = struct.unpack_from("<I", data, offset + off + 4)[0]
        names.append(data[offset + off + 8:offset + off + 8 + size - 1].decode("utf-8"))
    return names


def test_cqdb_names_equal_record_by_record_reading(model_bytes):
    n_labels, n_attrs, off_labels, off_attrs = _offsets(model_bytes)
    for offset, count in ((off_labels, n_labels), (off_attrs, n_attrs)):
        assert cqdb_names(model_bytes, offset, count) == _names_one_by_one(model_bytes, offset, count)


def test_cqdb_names_reject_an_offset_outside_the_file(model_bytes):
    n_labels, _, off_labels, _ = _offsets(model_bytes)
    bwd_off = struct.unpack_from("<I", model_bytes, off_labels + 20)[0]
    broken = bytearray(model_bytes)
    struct.pack_into("<I", broken, off_labels + bwd_off, len(model_bytes) + 10)  # first label's record
    with pytest.raises(ModelFormatError):
        cqdb_names(bytes(broken), off_labels, n_labels)


def _tiny_weights() -> CRFWeights:
    attributes = ["b", "w=a", "-1:w=a", "+2:g=CITY", "g=CITY", "-3:st=x", "w-1|w=a|b", "w|w+1=a|b|c", "w=b"]
    rng = np.random.default_rng(3)
    return CRFWeights(["O", "B-LOC"], attributes, rng.normal(size=(len(attributes), 2)), rng.normal(size=(2, 2)))


@pytest.mark.parametrize("weights", ["tiny", "shipped"])
def test_every_attribute_weight_lands_in_its_pair_and_position_cell(weights, model_bytes):
    if weights == "tiny":
        w = _tiny_weights()
    else:
        from hadath.ner.model import MODEL_FILE

        w = CRFWeights.read(MODEL_FILE)
    scorer = BlockScorer(w)
    cells = set()
    for a, i in w.index.items():
        p, fam, value = split_attribute(a)
        row = scorer.rows[fam][value]
        cells.add((row, p))
        assert np.array_equal(scorer.pairs[row, POSITIONS.index(p)], w.state[i])
    assert len(cells) == len(w.index)  # one cell per attribute
    assert len(scorer.pairs) == sum(map(len, scorer.rows.values())) + 1 and not scorer.pairs[-1].any()
    assert sorted(x for values in scorer.rows.values() for x in values.values()) == list(range(len(scorer.pairs) - 1))


def test_pair_tables_and_their_left_words():
    from hadath.ner.features import Resources

    w = _tiny_weights()
    res = Resources()
    f = Featurizer(res, known=frozenset(w.index), attr_ids=w.index, pair_rows=BlockScorer(w).rows)
    # every split at a "|": a word may hold one
    assert f._pair_attrs == ({("a", "b"): w.index["w-1|w=a|b"]},
                             {("a", "b|c"): w.index["w|w+1=a|b|c"], ("a|b", "c"): w.index["w|w+1=a|b|c"]})
    assert f._left_pair_words == frozenset({"a"}) and f._right_pair_words == frozenset({"a", "a|b"})
    assert set(f._pair_left) == set(PAIR_PREFIXES)
    plain = Featurizer(res)  # training: every feature kept, no pair tables
    assert plain._pair_attrs is None and plain._pair_left is None


def test_crfsuite_tagger_opens_only_when_asked_for(model_bytes):
    from hadath.ner.model import MODEL_FILE, NERModel

    model = NERModel(MODEL_FILE)
    words = ["وبحث", "الرئيس", "العراقي", "في", "بغداد", "مع", "وزير", "الخارجية", "الفرنسي", "."]
    tags = model.tag(words)
    assert model.scorer is not None and model._tagger is None  # decoding did not need it
    assert model.tagger is model.tagger  # opened once, then kept
    assert model.tagger.tag(Featurizer(model.resources).sentence(words)) == tags


def test_a_file_that_is_no_model_still_fails_when_loaded(tmp_path):
    from hadath.ner.model import NERModel

    bad = tmp_path / "ner.crfsuite"
    bad.write_bytes(b"not a crfsuite model at all")
    with pytest.raises(Exception):
        NERModel(bad)
