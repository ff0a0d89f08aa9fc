"""Constrained Viterbi over per-token tag log-probabilities: IOB2 forbids I-X after anything but B-X/I-X."""
from __future__ import annotations

from typing import Sequence

import numpy as np

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


def allowed_transitions(labels: Sequence[str] = LABELS) -> np.ndarray:
    """(n, n) additive scores: 0 where label j may follow label i, -inf where IOB2 forbids it."""
    n = len(labels)
    out = np.zeros((n, n))
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            for i, a in enumerate(labels):
                if a[2:] != b[2:]:
                    out[i, j] = -np.inf
    return out


def start_scores(labels: Sequence[str] = LABELS) -> np.ndarray:
    return np.array([-np.inf if x.startswith("I-") else 0.0 for x in labels])


_TRANS = allowed_transitions()
_START = start_scores()


def viterbi_batch(logp: np.ndarray, lengths: np.ndarray, trans: np.ndarray = _TRANS,
                  start: np.ndarray = _START) -> list[list[int]]:
    """Best label ids per sentence for (B, L, n) log-probabilities, all sentences stepped at once.

    Positions past a sentence's end must hold zeros: every label can reach O (label 0) at no cost, so
    stepping through them leaves the best path over the real positions unchanged."""
    B, L, n = logp.shape
    score = logp[:, 0] + start
    back = np.zeros((B, L, n), dtype=np.int64)
    for t in range(1, L):
        cand = score[:, :, None] + trans[None]  # (B, from, to)
        back[:, t] = cand.argmax(axis=1)
        score = cand.max(axis=1) + logp[:, t]
    path = np.zeros((B, L), dtype=np.int64)
    y = score.argmax(axis=1)
    path[:, L - 1] = y
    rows = np.arange(B)
    for t in range(L - 1, 0, -1):
        y = back[rows, t, y]
        path[:, t - 1] = y
    return [path[b, :int(lengths[b])].tolist() for b in range(B)]
