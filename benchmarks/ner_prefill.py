"""What the shipped pre-computed type features (hadath/ner/prefill.py) save: the NER stage's CPU time over SaudiNewsNet
articles from cold caches (as a fresh worker starts), with and without them, and what loading them costs.

The two featurizers run alternately on the same documents in one process (a fresh cache each round), so the
machine's load moves both alike; instructions (benchmarks/icount.py) are the load-independent check.
Usage: python benchmarks/ner_prefill.py [--n 500] [--rounds 3]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
from corpus import saudinewsnet

from hadath.document import Document
from hadath.ner import prefill
from hadath.ner.model import DATA_DIR, get_model
from hadath.text.stage import TextStage


def load_seconds(rounds: int = 5) -> float:
    """CPU seconds to check and load the shipped file (what every process pays at model load), best of ``rounds``."""
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        with np.load(DATA_DIR / prefill.PREFILL_NAME, allow_pickle=False) as data:
            assert str(data["digest"]) == prefill.inputs_digest(DATA_DIR)
            prefill.Prefill(data)
        best = min(best, time.process_time() - t)
    return best


def ner_seconds(model, sentences: list[list[list[str]]]) -> float:
    model.clear_caches()
    t = time.process_time()
    for words_of in sentences:
        model.document_spans(words_of)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    text = TextStage()
    sentences = []
    for a in saudinewsnet(args.n):
        doc = text(Document(text=a["text"]))
        sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
        sentences.append([[t.norm or t.text for t in toks] for toks in sents if toks])
    model = get_model()
    shipped = model.featurizer.prefilled
    if shipped is None:
        raise SystemExit(f"{DATA_DIR / prefill.PREFILL_NAME} is missing or stale: python -m hadath.ner.prefill")
    with_, without = [], []
    for _ in range(args.rounds):
        model.featurizer.prefilled = shipped
        with_.append(ner_seconds(model, sentences))
        model.featurizer.prefilled = None
        without.append(ner_seconds(model, sentences))
    model.featurizer.prefilled = shipped
    n = len(sentences)
    print(f"{n} articles, cold caches, NER stage CPU ms per article (best of {args.rounds}): "
          f"without {1000 * min(without) / n:.2f}, with pre-computed entries {1000 * min(with_) / n:.2f} "
          f"(rounds: without {[round(1000 * s / n, 2) for s in without]}, "
          f"with {[round(1000 * s / n, 2) for s in with_]})")
    print(f"loading them: {1000 * load_seconds():.1f} ms CPU; {len(shipped.index)} words")


if __name__ == "__main__":
    main()
