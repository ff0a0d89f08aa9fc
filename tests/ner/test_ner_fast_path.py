"""The tagging fast path (features the model does not know dropped up front) must not change any tag."""
import pytest

from hadath.document import Document
from hadath.ner.features import Featurizer
from hadath.ner.model import MODEL_FILE, get_model, model_attributes
from hadath.text.stage import TextStage

pycrfsuite = pytest.importorskip("pycrfsuite")

TEXTS = [
    "التقى وزير الخارجية الأردني أيمن الصفدي نظيره التركي في أنقرة يوم الثلاثاء لبحث الأزمة السورية.",
    "وقالت منظمة الصحة العالمية في بيان إن الفريق سيصل إلى صنعاء الأسبوع المقبل، بحسب وكالة رويترز.",
    "أعلنت شركة أرامكو عن أرباح بلغت 20 مليار دولار، فيما انتقد النائب محمد العلي سياسة الحكومة.",
]


def _sentences():
    stage = TextStage()
    for text in TEXTS:
        doc = stage(Document(text))
        for s in doc.sentences:
            words = [t.norm or t.text for t in doc.tokens[s.token_start:s.token_end]]
            if words:
                yield words


def test_model_attributes_match_crfsuite_dump():
    if not MODEL_FILE.exists():
        pytest.skip("no shipped NER model")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_FILE))
    assert model_attributes(MODEL_FILE) == frozenset(tagger.info().attributes)


def test_filtered_features_are_the_known_subset_in_order():
    model = get_model()
    known = model.featurizer.known
    full = Featurizer(model.resources)
    fast = Featurizer(model.resources, known=known)
    for words in _sentences():
        expected = [[f for f in tok if f in known] for tok in full.sentence(words)]
        assert [[f.decode() for f in tok] for tok in fast.sentence(words)] == expected


def test_block_scorer_tags_equal_crfsuite():
    """The run-time decoder (per-type score blocks, Viterbi over a whole document) gives crfsuite's tags, for
    sentences decoded alone and together, on first sight of their words and from the cache."""
    model = get_model()
    full = Featurizer(model.resources)
    sentences = list(_sentences()) + [["بغداد"], ["قال", "إن"]]
    expected = [model.tagger.tag(full.sentence(words)) for words in sentences]
    model.clear_caches()
    assert model._decode(sentences)[0] == expected
    assert [model.tag(words) for words in sentences] == expected
    assert model._decode(sentences + [[]])[0] == expected + [[]]


def test_fast_type_features_equal_the_filtered_reference():
    """The table look-ups of the fast path give, per word type and position, exactly the known subset of the
    training path's strings, in order (also for clitic forms, Latin, digits, punctuation and unseen names)."""
    model = get_model()
    known = model.featurizer.known
    full = Featurizer(model.resources)
    fast = Featurizer(model.resources, known=known)
    words = {w for ws in _sentences() for w in ws}
    words |= {"وللعراق", "بالولايات", "فنيستلروي", "فولكسفاغن", "nasa", "2020", "3.5", "،", "والرئيس", "كالأسد"}
    for w in sorted(words):
        ref, got = full.type_features(w), fast.type_features(w)
        for k in range(5):
            assert [x.decode() for x in got[k]] == [x for x in ref[k] if x in known], (w, k)
        assert got[5:7] == ref[5:7]
        assert (got[9] or b"").decode() == (ref[9] if ref[9] in known else "")


def test_unreadable_model_file_gives_no_filter(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 4)
    assert model_attributes(bad) is None
