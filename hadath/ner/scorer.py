"""The CRF's own decoding done from cached per-word-type score vectors, a whole document at a time.

A token's state score in a linear-chain CRF is the sum of its attributes' weights, and most of a token's
attributes are its own and its neighbours' word-type attributes (``features.py``). So, per word type, the
weights of its attributes at each window position (own, as -1, as +1, as -2, as +2 neighbour) are summed once
into a (5, labels) block and cached; a token's score is five cached rows plus its few sentence-level
attributes (word pairs, phrase matches, BOS/EOS). Viterbi then runs over every sentence of a document at once.

This replaces crfsuite's tagger at run time (which re-reads ~40 attribute strings per token), reading the
weights straight from the crfsuite model file; the tags are the same (``tests/ner/test_scorer.py`` checks it
against crfsuite), except where two label paths score equally to the last bit, which float sums in another
order may break the other way.
"""
from __future__ import annotations

import struct
from pathlib import Path
from typing import Sequence

import numpy as np

from hadath.ner.features import POSITIONS, split_attribute

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


class ModelFormatError(ValueError):
    """The file is not a crfsuite first-order CRF model this reader understands."""


def cqdb_names(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk, in id order (from its backward array)."""
    chunk, _, _, _, bwd_size, bwd_off = struct.unpack_from("<4s5I", data, offset)
    if chunk != b"CQDB" or bwd_size != count:
        raise ModelFormatError("unexpected string table in the CRF model")
    # Each record is (id, size, bytes with a final NUL); the sizes are gathered in one NumPy pass (a struct call
    # per string made this a tenth of the model's load time).
    starts = np.frombuffer(data, dtype="<u4", count=bwd_size, offset=offset + bwd_off).astype(np.int64) + (offset + 8)
    if bwd_size and (starts.max() > len(data) or starts.min() < 4):
        raise ModelFormatError("string offset outside the CRF model")
    size_bytes = np.frombuffer(data, dtype=np.uint8)[(starts - 4)[:, None] + np.arange(4)].astype(np.int64)
    ends = starts - 1 + (size_bytes << np.array([0, 8, 16, 24])).sum(axis=1)
    return [data[s:e].decode("utf-8") for s, e in zip(starts.tolist(), ends.tolist())]


class CRFWeights:
    """Labels, attribute ids, state weights (attributes x labels) and transitions of a crfsuite model."""

    def __init__(self, labels: list[str], attributes: list[str], state: np.ndarray, trans: np.ndarray):
        self.labels = labels
        self.index = dict(zip(attributes, range(len(attributes))))
        # One extra all-zero row: every block sum starts from it, so empty attribute lists sum to zeros.
        self.state = np.vstack([state, np.zeros((1, len(labels)))])
        self.zero = len(attributes)
        self.trans = trans

    @classmethod
    def read(cls, model_file: Path) -> "CRFWeights":
        data = Path(model_file).read_bytes()
        try:
            head = struct.unpack_from("<4sI4s9I", data, 0)
            magic, n_labels, n_attrs, off_feat, off_labels, off_attrs = (head[0], *head[5:7], *head[7:10])
            chunk, _, n_feat = struct.unpack_from("<4sII", data, off_feat)
            if magic != b"lCRF" or chunk != b"FEAT":
                raise ModelFormatError(f"{model_file} is not a crfsuite CRF model")
            feats = np.frombuffer(data, dtype=_FEATURE, count=n_feat, offset=off_feat + 12)
            labels = cqdb_names(data, off_labels, n_labels)
            attributes = cqdb_names(data, off_attrs, n_attrs)
        except (struct.error, UnicodeDecodeError, ValueError) as e:
            raise ModelFormatError(f"cannot read CRF weights from {model_file}: {e}") from None
        state = np.zeros((n_attrs, n_labels))
        trans = np.zeros((n_labels, n_labels))
        is_state = feats["type"] == 0
        np.add.at(state, (feats["src"][is_state], feats["dst"][is_state]), feats["weight"][is_state])
        np.add.at(trans, (feats["src"][~is_state], feats["dst"][~is_state]), feats["weight"][~is_state])
        return cls(labels, attributes, state, trans)


class BlockScorer:
    """Sums attribute weights into per-type blocks and decodes documents with Viterbi.

    A word type's attributes at the five window positions are the same (family, value) pairs with a position
    prefix ("g=CITY", "-1:g=CITY", ...), and the model only knows a prefixed form where training generated it.
    So each pair's weights at every position are summed once into one row of ``pairs``; the featurizer hands
    over a type's own pair rows (``Featurizer(pair_rows=scorer.rows)``), and its block, the sum of those rows,
    is computed for all of a document's new words in one go and kept in ``_store``."""

    CACHE_LIMIT = 500_000  # word types kept before the store starts afresh

    def __init__(self, weights: CRFWeights):
        self.w = weights
        n_labels = len(weights.labels)
        self.rows: dict[str, dict[str, int]] = {}  # family -> value -> row of ``pairs``
        # each attribute is one cell (pair row, position, attribute id), collected column by column
        pair_of: list[int] = []
        position_of: list[int] = []
        position = {p: k for k, p in enumerate(POSITIONS)}
        rows_of = self.rows.setdefault
        n_pairs = 0
        for a in weights.index:
            p, fam, value = split_attribute(a)
            values = rows_of(fam, {})
            row = values.get(value)
            if row is None:
                row = values[value] = n_pairs
                n_pairs += 1
            pair_of.append(row)
            position_of.append(position[p])
        pairs = np.zeros((n_pairs + 1, len(POSITIONS), n_labels))  # the last row stays zero
        r, k = np.array(pair_of, dtype=np.intp), np.array(position_of, dtype=np.intp)
        i = np.fromiter(weights.index.values(), dtype=np.intp, count=len(weights.index))
        pairs[r, k] = weights.state[i]  # an attribute is one (pair, position) cell: no two write the same
        self.pairs = pairs
        self._pairs2d = pairs.reshape(len(pairs), -1)  # (a view: one row per pair, positions x labels flat)
        self.zero = n_pairs
        self._trans_t = np.ascontiguousarray(weights.trans.T)
        self.clear()

    def clear(self) -> None:
        """Forget every word's block (row 0 of the store is the all-zero padding block)."""
        self._ids: dict[str, int] = {}
        self._store = np.zeros((1024, len(POSITIONS), len(self.w.labels)))

    def _block_ids(self, sentences, pad: int) -> list[int]:
        """Store ids of every token's block, sentences laid out flat with ``pad`` zero blocks around each;
        blocks of words not seen before are summed here, all at once."""
        if len(self._ids) > self.CACHE_LIMIT:
            self.clear()
        ids_of = self._ids
        get = ids_of.get
        new_rows: list[int] = []
        new_starts: list[int] = []
        gap = [0] * pad
        flat = gap[:]
        for words, tfs, _ in sentences:
            ids = list(map(get, words))  # (one C-level pass; new words are few)
            if None in ids:
                for j, i in enumerate(ids):
                    if i is None:
                        w = words[j]
                        i = get(w)  # (the same new word earlier in this sentence)
                        if i is None:
                            i = ids_of[w] = len(ids_of) + 1
                            new_starts.append(len(new_rows))
                            new_rows.append(self.zero)
                            new_rows += tfs[j][0]
                        ids[j] = i
            flat += ids
            flat += gap
        if new_starts:
            first = len(ids_of) + 1 - len(new_starts)
            if len(ids_of) + 1 > len(self._store):
                grown = np.zeros((2 * (len(ids_of) + 1), *self._store.shape[1:]))
                grown[:len(self._store)] = self._store
                self._store = grown
            # rows gathered from the 2-D view of ``pairs`` by an index array (faster than a list index into the 3-D
            # array); the sums are the same, row after row in the listed order
            rows = self._pairs2d.take(np.fromiter(new_rows, dtype=np.intp, count=len(new_rows)), axis=0)
            self._store[first:first + len(new_starts)] = np.add.reduceat(rows, new_starts, axis=0).reshape(
                len(new_starts), *self._store.shape[1:])
        return flat

    def decode(self, sentences: Sequence[tuple[Sequence[str], Sequence[tuple], list]]) -> list[list[str]]:
        """Tags for each sentence, given (its words, their type-feature tuples, its (position, attribute)
        extras)."""
        lengths = [len(tfs) for _, tfs, _ in sentences]
        if not lengths or max(lengths) == 0:
            return [[] for _ in lengths]
        # All sentences in one flat array, two zero blocks between them so that neighbour shifts never cross.
        pad = 2
        flat = self._block_ids(sentences, pad)  # (may grow the store)
        blocks = self._store[flat]
        total = len(blocks) - 2 * pad
        starts = []
        s0 = 0
        extra_rows: list[int] = []
        extra_attrs: list[int] = []
        for n, (_, _, extras) in zip(lengths, sentences):
            starts.append(s0)
            if extras:
                pos, attrs = zip(*extras)
                extra_rows += map(s0.__add__, pos)
                extra_attrs += attrs
            s0 += n + pad
        em = blocks[pad:pad + total, 0].copy()
        em += blocks[pad - 1:pad - 1 + total, 1]
        em += blocks[pad + 1:pad + 1 + total, 2]
        em += blocks[pad - 2:pad - 2 + total, 3]
        em += blocks[pad + 2:pad + 2 + total, 4]
        if extra_rows:
            np.add.at(em, extra_rows, self.w.state[extra_attrs])
        return self._viterbi(em, starts, lengths)

    def _viterbi(self, em: np.ndarray, starts: list[int], lengths: list[int]) -> list[list[str]]:
        """crfsuite's Viterbi (the first best label wins ties), every sentence at once: sentences sorted
        longest first, so the ones still running at step t are a prefix of the batch."""
        order = sorted((k for k in range(len(lengths)) if lengths[k]), key=lambda k: -lengths[k])
        lens = [lengths[k] for k in order]
        longest = lens[0]
        n_labels = len(self.w.labels)
        # scores[k, t]: sentence order[k]'s state scores at t (rows past its end are never read)
        pos = np.minimum(np.arange(longest)[None, :], np.array(lens)[:, None] - 1)
        scores = em[pos + np.array([starts[k] for k in order])[:, None]]
        n_sent = len(lens)
        steps = np.ascontiguousarray(scores.transpose(1, 0, 2))  # steps[t, k]: contiguous per step
        back = np.empty((longest, n_sent, n_labels), dtype=np.intp)
        alpha = steps[0].copy()
        alive = [n_sent] * longest  # sentences still running at step t
        # Each step works on flat arrays, so that every NumPy call runs one long inner loop (a reduction over the
        # last axis of a (sentences, 9, 9) cube runs one short loop per row: most of the step's time). With
        # m = running sentences x labels: cand[(k, to, from)] = alpha[k, from] + trans[from, to] (a gather from
        # alpha, then one add of the transitions tiled per sentence), back = the argmax over "from", and the new
        # alpha is the candidate at that argmax (the same float as the maximum) plus the state scores.
        sq = n_labels * n_labels
        k_, to_, from_ = np.ogrid[:n_sent, :n_labels, :n_labels]
        gather = (k_ * n_labels + from_ + 0 * to_).reshape(-1)  # cand position -> alpha position
        trans = np.broadcast_to(self._trans_t, (n_sent, n_labels, n_labels)).reshape(-1)  # (a copy)
        rows = np.arange(0, n_sent * sq, n_labels)  # each (k, to)'s first cand position
        cand = np.empty(n_sent * sq)
        idx = np.empty(n_sent * n_labels, dtype=np.intp)
        a_flat = alpha.reshape(-1)
        s_flat = steps.reshape(longest, -1)
        b_flat = back.reshape(longest, -1)
        add = np.add
        live = n_sent
        m = live * n_labels
        c, c2, g, tr, r, ix, a = cand, cand.reshape(m, n_labels), gather, trans, rows, idx, a_flat
        for t in range(1, longest):
            if lens[live - 1] <= t:
                while lens[live - 1] <= t:
                    live -= 1
                m = live * n_labels
                c = cand[:m * n_labels]
                c2, g, tr, r, ix, a = c.reshape(m, n_labels), gather[:m * n_labels], trans[:m * n_labels], rows[:m], \
                    idx[:m], a_flat[:m]
            alive[t] = live
            a_flat.take(g, out=c, mode="clip")  # (indices are in range: "clip" spares the copy "raise" makes)
            c += tr
            bt = b_flat[t, :m]
            c2.argmax(axis=1, out=bt)
            add(r, bt, out=ix)
            c.take(ix, out=a, mode="clip")
            a += s_flat[t, :m]
        # Backtrack every sentence at once: a sentence joins when t reaches its last position.
        path = np.empty((longest, n_sent), dtype=np.intp)
        cur = alpha.argmax(axis=1)
        rows = np.arange(n_sent)
        live = 0
        for t in range(longest - 1, 0, -1):
            if alive[t] != live:
                live = alive[t]
                cl, rl = cur[:live], rows[:live]
            path[t, :live] = cl
            cl[...] = back[t, rl, cl]
        path[0] = cur
        labels = self.w.labels
        out: list[list[str]] = [[] for _ in lengths]
        for k, row in enumerate(path.T.tolist()):
            out[order[k]] = [labels[i] for i in row[:lens[k]]]
        return out
