"""Network inputs for one sentence, from the CRF featurizer's per-word-type analysis (NumPy only).

Each word gives: a stem id (frequent stems only), the characters of the normalized word, and a small bag of
discrete "knowledge" features the CRF also uses (shape, proclitics, word clusters, gazetteer types, name
memory, out-of-vocabulary flag, gazetteer and memory phrase matches as B/I tags). Neighbour context is left
to the convolutions, so none of the CRF's window features are needed here.
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from hadath.ner.features import Featurizer

# Prefixes of the featurizer's own-word strings kept as bag features (pinned: other prefixes are ignored,
# so features added to the CRF later do not change this network's inputs).
BAG_PREFIXES = ("sh=", "pre=", "c0=", "c1=", "g=", "m=")
MAX_CHARS = 16  # a word's characters beyond this are dropped (head 10 + tail 6 kept)
PAD, UNK = 0, 1


def char_key(w: str) -> str:
    return w if len(w) <= MAX_CHARS else w[:10] + w[-6:]


class Vocab:
    """String -> id, with 0 = padding and 1 = unknown."""

    def __init__(self, items: Sequence[str] = ()):
        self.items = ["<pad>", "<unk>"] + [x for x in items if x not in ("<pad>", "<unk>")]
        self.index = {x: i for i, x in enumerate(self.items)}

    def __len__(self) -> int:
        return len(self.items)

    def get(self, x: str) -> int:
        return self.index.get(x, UNK)

    def add(self, x: str) -> int:
        i = self.index.get(x)
        if i is None:
            i = self.index[x] = len(self.items)
            self.items.append(x)
        return i


def word_bag(own: Sequence[str]) -> list[str]:
    """The bag features of one word type from the featurizer's own-word strings."""
    bag = [x for x in own if x.startswith(BAG_PREFIXES)]
    if "oov" in own:
        bag.append("oov")
    return bag


class InputBuilder:
    """Turns sentences of normalized words into padded id arrays; per-word-type work is cached."""

    def __init__(self, featurizer: Featurizer, words: Vocab, chars: Vocab, bags: Vocab, grow: bool = False):
        """``grow``: add unseen bag features to ``bags`` (training) instead of dropping them."""
        self.featurizer = featurizer
        self.words, self.chars, self.bags = words, chars, bags
        self.grow = grow
        self._cache: dict[str, tuple[int, list[int], str]] = {}

    def _type(self, w: str) -> tuple[int, list[int], str]:
        got = self._cache.get(w)
        if got is None:
            tf = self.featurizer.type_features(w)
            st = tf[5]
            if self.grow:
                bag = [self.bags.add(x) for x in word_bag(tf[0])]
            else:
                bag = [self.bags.index[x] for x in word_bag(tf[0]) if x in self.bags.index]
            got = (self.words.get(st), bag, st)
            if len(self._cache) < 300_000:
                self._cache[w] = got
        return got

    def sentence_bags(self, words: Sequence[str]) -> tuple[list[int], list[list[int]], list[str]]:
        """(word ids, bag ids per token, stems) of one sentence, phrase-match tags included."""
        types = [self._type(w) for w in words]
        stems = [t[2] for t in types]
        feat = self.featurizer
        ph = feat.phrase_tags(stems) if feat.res.phrases else [None] * len(words)
        mp = feat.phrase_tags(stems, feat.res.memory_phrases) if feat.res.memory_phrases else [None] * len(words)
        bags = []
        index = self.bags.index
        for t, p, m in zip(types, ph, mp):
            b = list(t[1])
            for x in ("ph=" + p if p else None, "mp=" + m if m else None):
                if x is None:
                    continue
                if self.grow:
                    b.append(self.bags.add(x))
                elif x in index:
                    b.append(index[x])
            bags.append(b)
        return [t[0] for t in types], bags, stems

    def batch(self, sentences: Sequence[Sequence[str]], max_bag: Optional[int] = None):
        """Padded arrays for sentences: word ids (B, L), bag ids (B, L, K), unique words and their index
        (B, L) into them (characters are encoded once per unique word), lengths (B,)."""
        n = len(sentences)
        L = max((len(s) for s in sentences), default=0) or 1
        wid = np.zeros((n, L), dtype=np.int64)
        uniq: dict[str, int] = {}
        uid = np.zeros((n, L), dtype=np.int64)
        all_bags = []
        for i, s in enumerate(sentences):
            ids, bags, _ = self.sentence_bags(s)
            wid[i, :len(s)] = ids
            all_bags.append(bags)
            for j, w in enumerate(s):
                uid[i, j] = uniq.setdefault(w, len(uniq))
        K = max_bag or max((len(b) for bags in all_bags for b in bags), default=1) or 1
        bag = np.zeros((n, L, K), dtype=np.int64)
        for i, bags in enumerate(all_bags):
            for j, b in enumerate(bags):
                b = b[:K]
                bag[i, j, :len(b)] = b
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        return wid, bag, list(uniq), uid, lengths

    def flat(self, sentences: Sequence[Sequence[str]], gap: int):
        """All sentences in one row, ``gap`` empty positions between them (so convolutions with dilation
        <= gap never mix sentences, and nothing is padded to the longest sentence): word ids (T,), bag ids
        (T, K), unique words and each position's index into them (T,), and a mask of real positions (T,)."""
        wids: list[int] = []
        bags: list[list[int]] = []
        uid: list[int] = []
        mask: list[bool] = []
        uniq: dict[str, int] = {}
        for k, s in enumerate(sentences):
            if k:
                wids += [PAD] * gap
                bags += [[]] * gap
                uid += [0] * gap
                mask += [False] * gap
            ids, b, _ = self.sentence_bags(s)
            wids += ids
            bags += b
            uid += [uniq.setdefault(w, len(uniq)) for w in s]
            mask += [True] * len(s)
        K = max(map(len, bags), default=1) or 1
        bag = np.zeros((len(bags), K), dtype=np.int64)
        for j, b in enumerate(bags):
            if b:
                bag[j, :len(b)] = b
        return (np.array(wids, dtype=np.int64), bag, list(uniq), np.array(uid, dtype=np.int64),
                np.array(mask, dtype=bool))

    def char_ids(self, words: Sequence[str]) -> np.ndarray:
        return char_ids(words, self.chars)


def char_ids(words: Sequence[str], chars: Vocab) -> np.ndarray:
    """(U, MAX_CHARS + 2) character ids of words, with begin/end marks, right-padded."""
    out = np.zeros((len(words), MAX_CHARS + 2), dtype=np.int64)
    get = chars.get
    for i, w in enumerate(words):
        ids = [2] + [get(c) for c in char_key(w)] + [3]
        out[i, :len(ids)] = ids
    return out


def char_vocab(words: Sequence[str]) -> Vocab:
    from collections import Counter

    c = Counter(ch for w in words for ch in w)
    return Vocab(["<bow>", "<eow>"] + [ch for ch, n in sorted(c.items(), key=lambda x: (-x[1], x[0])) if n >= 2])
