"""Combining the CRF with the neural tagger: mix their per-token label distributions, then decode.

The CRF's marginals come from crfsuite (``Tagger.marginal``); the mixture is decoded with the same
constrained Viterbi as the network alone. Measured on dev it gains less than the 0.015 F1 that would justify
running two taggers (docs/ner_neural.md), so nothing wires it in.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from hadath.ner.neural.decode import LABELS


def crf_marginals(model, words: Sequence[str]) -> np.ndarray:
    """(n, len(LABELS)) marginal probabilities of the shipped CRF (an ``NERModel``) for one sentence."""
    x = model.featurizer.sentence(words)
    with model._lock:
        tagger = model.tagger
        tagger.set(x)
        known = set(tagger.labels())
        return np.array([[tagger.marginal(y, t) if y in known else 0.0 for y in LABELS] for t in range(len(x))])


def mix(crf_probs: np.ndarray, nn_logp: np.ndarray, w_crf: float = 0.5) -> np.ndarray:
    """Log of the weighted average of the two distributions (same shape)."""
    return np.log(w_crf * crf_probs + (1 - w_crf) * np.exp(nn_logp) + 1e-12)
