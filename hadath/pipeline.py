"""Pipeline: ordered stages that declare what they require and assign, run over one Document or a stream.

A stage is any object with ``name``, ``version``, ``requires``, ``assigns`` and ``__call__(doc) -> doc``.
The default pipeline is a list of dotted paths so each concern lives in its own folder and loads lazily.
"""
from __future__ import annotations

import gc
import importlib
import time
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Protocol, runtime_checkable

from hadath.document import Document


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


# Order matters: each stage reads what the ones before it wrote.
DEFAULT_STAGES: tuple[str, ...] = (
    "hadath.text.stage:TextStage",
    "hadath.ner.stage:NERStage",
    "hadath.actors.stage:ActorStage",
    "hadath.places.stage:PlaceStage",
    "hadath.time.stage:TimeStage",
    "hadath.quantities.stage:QuantityStage",
    "hadath.events.stage:EventStage",
)


class PipelineError(Exception):
    """A stage's requirements are not met by the stages before it."""


def load_stage(path: str) -> Stage:
    module, _, attr = path.partition(":")
    return getattr(importlib.import_module(module), attr)()


@dataclass
class Pipeline:
    stages: list

    @classmethod
    def default(cls, upto: Optional[str] = None) -> "Pipeline":
        """The standard pipeline, optionally only up to and including stage ``upto``."""
        stages = []
        for path in DEFAULT_STAGES:
            stage = load_stage(path)
            stages.append(stage)
            if upto and stage.name == upto:
                break
        pipe = cls(stages)
        pipe.check()
        return pipe

    def check(self) -> None:
        """Fail early when a stage requires a layer no earlier stage assigns."""
        have = {"text", "date", "id"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {missing}, assigned by no earlier stage")
            have.update(stage.assigns)

    def analyze(self) -> list[dict]:
        """What each stage reads and writes (like spaCy's analyze_pipes)."""
        return [
            {"name": s.name, "version": s.version, "requires": list(s.requires), "assigns": list(s.assigns)}
            for s in self.stages
        ]

    def __call__(self, doc: Document) -> Document:
        # A document is hundreds of small acyclic objects freed by reference counting; the cyclic collector
        # would walk them again and again while they are built (10-20% of the pipeline's time), so it is paused
        # for the duration of one document and runs as usual between documents.
        timings = doc.meta.setdefault("timings", {})
        paused = gc.isenabled()
        gc.disable()
        try:
            for stage in self.stages:
                t0 = time.perf_counter()
                doc = stage(doc)
                timings[stage.name] = round(time.perf_counter() - t0, 6)
        finally:
            if paused:
                gc.enable()
        doc.meta["stages"] = {s.name: s.version for s in self.stages}
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Process a stream of documents lazily, in order."""
        for doc in docs:
            yield self(doc)


_DEFAULT: Optional[Pipeline] = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built once (models and lexicons load on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT
