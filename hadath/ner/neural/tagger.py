"""NumPy inference for the convolutional NER tagger exported by ``train.py`` (no torch at run time).

All sentences of a document go through the network at once (padded to the longest), so the cost is a few
matrix products per document; character encodings are cached per word type.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from hadath.ner.corpus import entity_spans
from hadath.ner.features import Featurizer
from hadath.ner.neural.decode import viterbi_batch
from hadath.ner.neural.inputs import InputBuilder, Vocab, char_ids

MODEL_FILE = Path(__file__).resolve().parent / "data" / "ner_cnn.npz"


class NeuralModelMissingError(RuntimeError):
    """The exported weights are absent (rebuild them with `python -m hadath.ner.neural.train`)."""


def _shift_cat(x: np.ndarray, d: int) -> np.ndarray:
    """(B, L, H) -> (B, L, 3H): left (t-d), own, right (t+d) vectors, zeros outside (as network.shift_cat)."""
    B, L, H = x.shape
    out = np.zeros((B, L, 3 * H), dtype=x.dtype)
    out[:, d:, :H] = x[:, :L - d] if L > d else 0
    out[:, :, H:2 * H] = x
    out[:, :L - d, 2 * H:] = x[:, d:] if L > d else 0
    return out


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, out=x)


class NeuralTagger:
    """Tags sentences of normalized words with the exported ConvTagger weights."""

    def __init__(self, model_file: Path = MODEL_FILE, featurizer: Optional[Featurizer] = None):
        if not Path(model_file).exists():
            raise NeuralModelMissingError(f"neural NER weights not found at {model_file}; "
                                          "run `python -m hadath.ner.neural.train`")
        z = np.load(model_file)
        # Weights as float32; matrices of linear layers pre-transposed (contiguous (in, out) is faster in BLAS).
        self.w = {k: np.ascontiguousarray(z[k].astype(np.float32).T if k.endswith(".weight") and "emb" not in k
                                          else z[k].astype(np.float32))
                  for k in z.files if not k.startswith(("vocab_", "labels", "dilations", "crf_in"))}
        self.labels = [str(x) for x in z["labels"]]
        self.dilations = [int(d) for d in z["dilations"]]
        if featurizer is None:
            from hadath.ner.model import load_resources

            featurizer = Featurizer(load_resources())
        vocab = {k: Vocab([str(x) for x in z["vocab_" + k]]) for k in ("words", "chars", "bags")}
        self.builder = InputBuilder(featurizer, vocab["words"], vocab["chars"], vocab["bags"])
        self.crf_in = int(z["crf_in"]) if "crf_in" in z.files else 0  # width of the CRF-marginal input
        self._chars: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def _char_vectors(self, words: Sequence[str]) -> np.ndarray:
        cache = self._chars
        new = [w for w in words if w not in cache]
        if new:
            e = self.w["char_emb.weight"][char_ids(new, self.builder.chars)]  # (U, C, cdim)
            c = _relu(_shift_cat(e, 1) @ self.w["char_conv.weight"] + self.w["char_conv.bias"]).max(axis=1)
            if len(cache) > 200_000:
                cache.clear()
            for w, v in zip(new, c):
                cache[w] = v
        return np.stack([cache[w] for w in words])

    def log_probs(self, sentences: Sequence[Sequence[str]], crf: Optional[np.ndarray] = None):
        """((B, L, n_labels) log-probabilities padded with zeros, lengths) for sentences of normalized words.

        ``crf``: the CRF's marginals of all sentences' words, concatenated (T_words, n_labels), for a model
        trained with them as input."""
        w = self.w
        gap = max(self.dilations)
        wid, bag, uniq, uid, real = self.builder.flat(sentences, gap)
        with self._lock:
            cv = self._char_vectors(uniq)
        parts = [w["word_emb.weight"][wid], cv[uid], w["bag_emb.weight"][bag].sum(axis=1)]
        if self.crf_in:
            c = np.zeros((len(wid), self.crf_in), dtype=np.float32)
            c[real] = crf
            parts.append(c)
        mask = real[None, :, None].astype(np.float32)
        h = _relu(np.concatenate(parts, axis=-1)[None] @ w["inp.weight"] + w["inp.bias"]) * mask
        for i, d in enumerate(self.dilations):
            h = (h + _relu(_shift_cat(h, d) @ w[f"convs.{i}.weight"] + w[f"convs.{i}.bias"])) * mask
        logits = h[0, real] @ w["out.weight"] + w["out.bias"]
        logits -= logits.max(axis=-1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=-1, keepdims=True))
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        out = np.zeros((len(sentences), int(lengths.max()), logp.shape[1]), dtype=np.float32)
        out[np.arange(out.shape[1])[None] < lengths[:, None]] = logp
        return out, lengths

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 tags per sentence (constrained Viterbi over the network's log-probabilities)."""
        sentences = [list(s) for s in sentences]
        if not any(sentences):
            return [[] for _ in sentences]
        logp, lengths = self.log_probs(sentences)
        return [[self.labels[k] for k in y] for y in viterbi_batch(logp, lengths)]

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0] if words else []

    def spans_many(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        return [entity_spans(t) for t in self.tag_many(sentences)]
