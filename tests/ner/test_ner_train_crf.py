"""train_crf: L-BFGS takes c1/c2, crfsuite's other trainers their own parameters (c1 would be rejected)."""
import pytest

from hadath.ner.train import train_crf

pycrfsuite = pytest.importorskip("pycrfsuite")

XS = [[["w=ذهب"], ["w=احمد"], ["w=الى"], ["w=دمشق"]], [["w=قال"], ["w=احمد"]], [["w=زار"], ["w=دمشق"]]]
YS = [["O", "B-PER", "O", "B-LOC"], ["O", "B-PER"], ["O", "B-LOC"]]


@pytest.mark.parametrize("algorithm,params", [("lbfgs", None), ("ap", None), ("pa", {"c": 0.5})])
def test_each_trainer_learns_the_toy_data(tmp_path, algorithm, params):
    path = tmp_path / "m.crfsuite"
    train_crf(XS, YS, path, c1=0.0, c2=0.01, max_iter=30, algorithm=algorithm, algo_params=params)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    assert [tagger.tag(x) for x in XS] == YS
    assert tagger.tag([["w=زار"], ["w=احمد"]]) == ["O", "B-PER"]
