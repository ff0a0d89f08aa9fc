"""The shipped pre-computed type features of the vocabulary (hadath/ner/prefill.py): current with the model and
code, equal to what the featurizer computes, ignored when stale or damaged, and without effect on the tags."""
from collections import Counter

import numpy as np
import pytest

from hadath.ner import prefill
from hadath.ner.model import DATA_DIR, MODEL_FILE, NERModel

SENTENCES = [  # not tuned on: a mix of vocabulary words and words outside it
    "وقال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تدعم المفاوضات".split(),
    "واستقبل الرئيس التونسي في قصر قرطاج وفدا من البنك الدولي برئاسة فريد بلحاج".split(),
    "أعلنت شركة أرامكو السعودية عن ارتفاع أرباحها في الربع الثالث".split(),
]


@pytest.fixture(scope="module")
def models():
    if not MODEL_FILE.exists():
        pytest.skip("no shipped NER model")
    with_prefill = NERModel()
    plain = NERModel()
    plain.featurizer.prefilled = None
    return with_prefill, plain


def test_shipped_file_is_current(models):
    with_prefill, _ = models
    assert with_prefill.featurizer.prefilled is not None, (
        f"{DATA_DIR / prefill.PREFILL_NAME} is missing or stale (the model, its tables or the feature code changed): "
        "rebuild it with `python -m hadath.ner.prefill` (hadath train ner does it too)")
    assert len(with_prefill.featurizer.prefilled.index) > 10_000


def _same_entry(taken: tuple, computed: tuple) -> bool:
    """Equal, except that the gazetteer types' rows come in the order of a set (the hash seed of the process that
    computed them): the same rows, the same prefix up to them."""
    return taken[1:] == computed[1:] and Counter(taken[0]) == Counter(computed[0])


def test_taken_entries_equal_computed_ones(models):
    with_prefill, plain = models
    pre = with_prefill.featurizer.prefilled
    if pre is None:
        pytest.skip("no current shipped file")
    words = list(pre.index)[::37]  # frequent and rare words alike
    plain.featurizer.prepare(words)
    for w in words:
        assert _same_entry(pre.take(w), plain.featurizer._cache[w]), w
        assert _same_entry(pre.take(w), plain.featurizer._type_rows(w)), w
    assert pre.take("كلمةليستفيالمفردات") is None


def test_pack_round_trip_is_exact(models):
    _, plain = models
    feat = plain.featurizer
    words = ["في", "الرياض", "والعراق", "بوتين", "لل", "x1", "٣"]
    entries = {w: feat.type_features(w) for w in words}
    pre = prefill.Prefill(prefill.pack(entries, "digest"))
    for w, e in entries.items():
        assert pre.take(w) == e


def test_tags_unchanged_by_prefill(models):
    with_prefill, plain = models
    assert with_prefill.document_spans(SENTENCES) == plain.document_spans(SENTENCES)


def test_stale_or_damaged_file_is_ignored(models, tmp_path):
    with_prefill, _ = models
    feat = with_prefill.featurizer
    entries = {w: feat.type_features(w) for w in ("في", "الرياض")}
    stale = tmp_path / "stale.npz"
    np.savez(stale, **prefill.pack(entries, "0" * 32))
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(stale.read_bytes()[:300])
    current = tmp_path / "current.npz"
    np.savez(current, **prefill.pack(entries, prefill.inputs_digest(DATA_DIR)))
    keep = feat.prefilled
    try:
        feat.prefilled = None
        for path in (stale, damaged, tmp_path / "absent.npz"):
            assert prefill.load(feat, DATA_DIR, path) == 0
            assert feat.prefilled is None
        assert prefill.load(feat, DATA_DIR, current) == 2
    finally:
        feat.prefilled = keep


def test_digest_follows_the_tables(tmp_path):
    for name in ("ner.crfsuite", "gazetteer.tsv"):
        (tmp_path / name).write_text("a")
    before = prefill.inputs_digest(tmp_path)
    (tmp_path / "gazetteer.tsv").write_text("b")
    assert prefill.inputs_digest(tmp_path) != before


def test_build_writes_a_file_that_loads(models, tmp_path):
    with_prefill, _ = models
    words = prefill.vocabulary()[:50] + ["كلمةجديدة"]
    out = prefill.build(MODEL_FILE, words, out=tmp_path / "rows.npz")
    assert [p.name for p in tmp_path.iterdir()] == ["rows.npz"]  # (no temporary file left)
    feat = with_prefill.featurizer
    keep = feat.prefilled
    try:
        feat.prefilled = None
        assert prefill.load(feat, DATA_DIR, out) == len(words)
        assert _same_entry(feat.prefilled.take("كلمةجديدة"), feat._type_rows("كلمةجديدة"))
    finally:
        feat.prefilled = keep
