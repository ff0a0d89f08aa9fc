"""Stages declare requires/assigns; the pipeline checks them and runs stages in order."""
import pytest

from hadath.document import Document
from hadath.pipeline import Pipeline, PipelineError


class Adds:
    def __init__(self, name, requires=(), assigns=()):
        self.name, self.version, self.requires, self.assigns = name, "1", tuple(requires), tuple(assigns)

    def __call__(self, doc):
        doc.meta.setdefault("order", []).append(self.name)
        return doc


def test_requirements_checked():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([Adds("b", requires=["tokens"]), Adds("a", assigns=["tokens"])]).check()


def test_runs_in_order_and_pipes_stream():
    pipe = Pipeline([Adds("a", assigns=["tokens"]), Adds("b", requires=["tokens"])])
    pipe.check()
    docs = list(pipe.pipe(Document(text=t) for t in ("أ", "ب")))
    assert [d.meta["order"] for d in docs] == [["a", "b"], ["a", "b"]]
    assert pipe.analyze()[1]["requires"] == ["tokens"]


def test_default_pipeline_is_consistent():
    pipe = Pipeline.default()
    names = [s["name"] for s in pipe.analyze()]
    assert names[0] == "text" and len(names) == len(set(names))
