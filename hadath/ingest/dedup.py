"""Duplicate articles: exact (hash of the normalized text) and near (MinHash LSH over character shingles).

The index lives in memory for one run and is rebuilt from the store at start, so decisions are the same
whether a run is fresh, repeated or resumed after a crash. Articles are keyed by their store ``key``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import numpy as np

SHINGLE = 5  # characters per shingle
NUM_PERM = 128
THRESHOLD = 0.8  # estimated Jaccard similarity above which two articles are near-duplicates


def compact(norm_text: str) -> str:
    """Whitespace runs collapsed: layout differences do not make two articles different."""
    return " ".join(norm_text.split())


def norm_hash(compact_text: str) -> str:
    return hashlib.sha1(compact_text.encode("utf-8")).hexdigest()


def shingles(compact_text: str, k: int = SHINGLE) -> set[bytes]:
    if len(compact_text) <= k:
        return {compact_text.encode("utf-8")}
    return {compact_text[i:i + k].encode("utf-8") for i in range(len(compact_text) - k + 1)}


SCHEME = "affine32"  # datasketch >= 2.0 hashing scheme; stored signatures are its uint32 values


def _make(**kw):
    from datasketch import MinHash

    try:
        return MinHash(num_perm=NUM_PERM, scheme=SCHEME, **kw)
    except TypeError:  # datasketch < 2.0 has a single scheme and no parameter for it
        return MinHash(num_perm=NUM_PERM, **kw)


@lru_cache(maxsize=1)
def _permutations():
    """Drawing the permutations costs ~30 ms per MinHash: draw them once (same seed, same values)."""
    return _make().permutations


def _new(**kw):
    return _make(permutations=_permutations(), **kw)


_MIX1, _MIX2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_BASE = np.uint64(1000003)


def shingle_hashes(compact_text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of every distinct k-character shingle, computed with numpy (stable across runs).

    A polynomial hash of the code points, then a murmur3 finalizer to spread the bits: the same set as
    :func:`shingles` would give, without a Python-level hash call per shingle (the ingest hot spot).
    """
    cps = np.frombuffer(compact_text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(cps) < k:
        cps = np.concatenate([cps, np.zeros(k - len(cps), dtype=np.uint64)])
    n = len(cps) - k + 1
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for j in range(k):
            h = h * _BASE + cps[j:j + n]
        h ^= h >> np.uint64(33)
        h *= _MIX1
        h ^= h >> np.uint64(33)
        h *= _MIX2
        h ^= h >> np.uint64(33)
    return np.unique(h & np.uint64(0xFFFFFFFF))


def _prehashed(value):
    return value  # the values are already 32-bit hashes (an int, or a whole numpy array, see below)


@lru_cache(maxsize=1)
def _whole_array_ok() -> bool:
    """datasketch hashes a batch with one Python call per value; handing it the whole array as a single
    value skips that loop. Used only if it gives exactly the element-wise result with this datasketch."""
    sample = shingle_hashes("تجربة قصيرة للتحقق من طريقة التجزئة")
    a, b = _new(hashfunc=_prehashed), _new(hashfunc=_prehashed)
    a.update_batch([int(x) for x in sample])
    try:
        b.update_batch([sample])
    except Exception:
        return False
    return bool(np.array_equal(a.hashvalues, b.hashvalues))


def minhash(compact_text: str):
    """MinHash (datasketch) of the text's character shingles."""
    m = _new(hashfunc=_prehashed)
    hashes = shingle_hashes(compact_text)
    m.update_batch([hashes] if _whole_array_ok() else [int(x) for x in hashes])
    return m


def to_bytes(m) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


@lru_cache(maxsize=1)
def _dtype():
    return _new().hashvalues.dtype


def from_bytes(b: bytes):
    return _new(hashvalues=np.frombuffer(b, dtype=np.uint64).astype(_dtype()))


@dataclass
class Verdict:
    kind: Optional[str]  # None (original) | "exact" | "near"
    of: Optional[str] = None  # key of the article it duplicates


class DedupIndex:
    """Exact-hash map plus a MinHashLSH over the original (non-duplicate) articles seen so far."""

    def __init__(self, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.exact: dict[str, str] = {}  # norm_hash -> key
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, object] = {}

    def load(self, rows: Iterable[tuple[str, str, Optional[bytes]]]) -> None:
        """(key, norm_hash, minhash bytes) of the stored originals."""
        for key, nh, mh in rows:
            self.exact.setdefault(nh, key)
            if mh:
                self._insert(key, from_bytes(mh))

    def _insert(self, key: str, m) -> None:
        if key not in self.sigs:
            self.lsh.insert(key, m)
            self.sigs[key] = m

    def check(self, nh: str, m) -> Verdict:
        if nh in self.exact:
            return Verdict("exact", self.exact[nh])
        best = None
        for cand in self.lsh.query(m):
            sim = m.jaccard(self.sigs[cand])
            if sim >= self.threshold and (best is None or (sim, cand) > best):
                best = (sim, cand)
        return Verdict("near", best[1]) if best else Verdict(None)

    def add(self, key: str, nh: str, m) -> None:
        self.exact.setdefault(nh, key)
        self._insert(key, m)

    def remove(self, key: str, nh: str) -> None:
        if self.exact.get(nh) == key:
            del self.exact[nh]
        if key in self.sigs:
            self.lsh.remove(key)
            del self.sigs[key]
