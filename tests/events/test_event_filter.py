"""The statistical sentence filter: training direction, save/load round trip, shipped model loads."""
from __future__ import annotations

from hadath.events.sentence_filter import LinearFilter, NoFilter, default_filter, fit_logistic, train
from hadath.events.stage import code_document
from tests.events.fixtures_events import marked_document


def test_logistic_learns_the_separating_feature():
    rows = [["bias", "good"]] * 10 + [["bias", "bad"]] * 10
    w = fit_logistic(rows, [1] * 10 + [0] * 10, l2=0.1, epochs=200)
    assert w["good"] > 0 > w["bad"]


def test_train_save_load(tmp_path):
    real = marked_document("هاجم [مسلحون|IRQ|UAF] [نقطة تفتيش|IRQ|COP] أمس وقتلوا جنديين.")
    bg = marked_document("منذ الهجوم على المدينة لم يعد السكان إلى منازلهم.")
    ex = []
    for doc, label in ((real, True), (bg, False)):
        for ev in code_document(doc, sentence_filter=NoFilter()):
            ex.append((doc, ev, label))
    model = train(ex * 5, l2=0.1)
    path = tmp_path / "f.json"
    model.save(path)
    again = LinearFilter.load(path)
    for doc, ev, label in ex:
        if ev.type in again.weights:
            assert (again.score(doc, ev) >= 0.5) == label


def test_shipped_filter_loads():
    f = default_filter()
    assert isinstance(f, (LinearFilter, NoFilter))
    if isinstance(f, LinearFilter):
        assert set(f.weights) <= {"ASSAULT", "PROTEST"} and all(0 < t < 1 for t in f.thresholds.values())


def test_score_features_matches_score_and_cached_featurize():
    from hadath.events.sentence_filter import features

    real = marked_document("تظاهر آلاف العمال أمس أمام مقر الحكومة احتجاجا على تأخر الرواتب.")
    bg = marked_document("ويكفل الدستور للمواطنين حرية التعبير والاحتجاج السلمي في كل الأوقات.")
    ex = [(d, ev, lab) for d, lab in ((real, True), (bg, False))
          for ev in code_document(d, sentence_filter=NoFilter()) if ev.type == "PROTEST"]
    calls = []

    def featurize(doc, ev, lexical):
        calls.append(ev)
        return features(doc, ev, lexical)

    model = train(ex * 3, l2=0.1, featurize=featurize)
    assert len(calls) == 3 * len(ex)
    for doc, ev, _ in ex:
        assert model.score(doc, ev) == model.score_features(ev.type, features(doc, ev, True))
    assert model.score_features("CONSULT", ["bias"]) is None


def test_training_uses_the_fixed_configuration_and_writes_where_asked(shared, tmp_path):
    """`hadath train events-filter --out F` builds from the GSR tune half with train_filter.CONFIGURATION and
    leaves the shipped file alone."""
    from hadath.events.sentence_filter import MODEL_PATH
    from hadath.events.train_filter import CONFIGURATION, main

    before = MODEL_PATH.read_bytes()
    model = LinearFilter.load(main(shared, out=tmp_path / "f.json"))
    assert MODEL_PATH.read_bytes() == before
    assert model.thresholds == {t: thr for t, (_, thr, _) in CONFIGURATION.items()}
    assert set(model.weights) == {"ASSAULT", "PROTEST"}
    assert all(model.uses_words(t) == CONFIGURATION[t][0][1] for t in CONFIGURATION)
