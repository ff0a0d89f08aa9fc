"""Neural NER tagger vs the CRF: tokens/s on one core, on articles of ~350 tokens.

Text: the dev split of ANERcorp train, each sentence's tokens joined by spaces, through hadath's text stage,
grouped into documents of ~350 tokens (the neural tagger runs one batch per document). Times the tagging
only (text stage untimed), CPU time, cold and warm word caches.
Run: .venv/bin/python benchmarks/ner_neural.py
"""
from __future__ import annotations

import os
import time

from hadath.document import Document
from hadath.ner.corpus import anercorp_split
from hadath.paths import shared_data
from hadath.text.stage import TextStage


def documents(size: int = 350) -> list[list[list[str]]]:
    _, dev = anercorp_split(shared_data("ner", "anercorp", "train.txt"))
    stage = TextStage()
    docs, cur, n = [], [], 0
    for toks, _ in dev:
        d = stage(Document(" ".join(toks)))
        for s in d.sentences:
            words = [t.norm or t.text for t in d.tokens[s.token_start:s.token_end]]
            if words:
                cur.append(words)
                n += len(words)
        if n >= size:
            docs.append(cur)
            cur, n = [], 0
    return docs + ([cur] if cur else [])


def timed(label: str, fn, docs, n_tokens: int, clear=None) -> None:
    for name, cold in (("cold", True), ("warm", False)):
        if cold and clear:
            clear()
        c0 = time.process_time()
        for d in docs:
            fn(d)
        print(f"{label:<34} {name}: {n_tokens / (time.process_time() - c0):>8,.0f} tokens/s CPU")


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from hadath.ner.model import get_model
    from hadath.ner.neural.combine import crf_marginals
    from hadath.ner.neural.tagger import NeuralModelMissingError, NeuralTagger

    try:
        nn = NeuralTagger()
    except NeuralModelMissingError as e:  # the experiment's weights are not shipped (docs/ner_neural.md)
        print(f"benchmark skipped: {e}")
        return
    docs = documents()
    n = sum(len(s) for d in docs for s in d)
    print(f"{len(docs)} documents, {n} tokens")
    crf = get_model()
    crf.spans(docs[0][0]), nn.tag_many(docs[0])  # load, untimed

    def clear_nn():
        nn.builder._cache.clear()
        nn._chars.clear()
        nn.builder.featurizer._cache.clear()

    timed("CRF (NERModel.spans per sentence)", lambda d: [crf.spans(s) for s in d], docs, n,
          crf.featurizer._cache.clear)
    timed("neural (tag_many per document)", nn.tag_many, docs, n, clear_nn)
    timed("CRF marginals (for mixing)", lambda d: [crf_marginals(crf, s) for s in d], docs, n,
          crf.featurizer._cache.clear)


if __name__ == "__main__":
    main()
