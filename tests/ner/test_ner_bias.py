import pytest

from hadath.ner.bias import o_bias, shift_o_bias


@pytest.fixture
def tiny_model(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(5):
        trainer.append([["b", "w=a"], ["b", "w=x"], ["b", "w=y"]], ["O", "B-PER", "O"])
        trainer.append([["b", "w=a"], ["b", "w=z"], ["b", "w=x"]], ["O", "O", "B-PER"])
    path = tmp_path / "m.crfsuite"
    trainer.set_params({"c2": 1.0, "max_iterations": 50})
    trainer.train(str(path))
    return path


def test_shift_changes_only_the_o_bias(tiny_model):
    before = o_bias(tiny_model)
    assert shift_o_bias(tiny_model, -0.5) == pytest.approx(before - 0.5)
    assert o_bias(tiny_model) == pytest.approx(before - 0.5)


def test_lower_o_bias_tags_more_entities(tiny_model):
    import pycrfsuite

    def n_entities():
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tiny_model))
        tags = tagger.tag([["b", "w=a"], ["b", "w=new"], ["b", "w=other"], ["b", "w=more"]])
        tagger.close()
        return sum(t != "O" for t in tags)

    before = n_entities()
    shift_o_bias(tiny_model, -10.0)
    assert n_entities() > before


def test_not_a_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError, match="CRFsuite"):
        o_bias(bad)
