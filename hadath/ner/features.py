"""CRF features for Arabic NER: clitic-aware word forms, affixes, shape, gazetteers and word clusters.

Arabic glues conjunctions, prepositions and the article onto names (``وللعراق``), so every lookup is done on
the word with its proclitics stripped as well as on the word itself. Features of one word type never depend on
its neighbours, so they are computed once per type and cached; a token's features are its own plus its
neighbours' (windows of +-2), taken from that cache with a position prefix, which keeps tagging fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from hadath.ner import translit as translit_mod
from hadath.text.normalize import strip_al

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[a-z]")

ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")


def word_shape(w: str) -> str:
    if w.isdigit():
        return "num"
    if any(map(str.isdigit, w)):
        return "hasnum"
    if _ARABIC.search(w):
        return "ar"
    if _LATIN.search(w):
        return "lat"
    if not any(map(str.isalnum, w)):
        return "punct"
    return "other"


@dataclass
class Resources:
    """What the features look words up in: gazetteers, clusters, and corpus word counts."""

    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # al-less key -> gazetteer types
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first word -> [(key, type)]
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stem -> cluster ids (coarse..fine)
    counts: dict[str, int] = field(default_factory=dict)  # normalized word -> frequency in unlabelled text
    # Names seen in labelled training text: stem -> types ("PER" mostly a name, "~PER" sometimes), and
    # multi-word entity names by first stem (like ``phrases``).
    memory: dict[str, tuple[str, ...]] = field(default_factory=dict)
    memory_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # Character n-gram log-odds (foreign, name) of translit.py; empty turns the feature off.
    translit: dict[str, tuple[float, float]] = field(default_factory=dict)


def strip_proclitics(w: str, counts: dict[str, int]) -> tuple[str, str]:
    """(proclitics, rest) of a normalized word: conjunction و/ف, preposition ب/ل/ك, article ال.

    A bare conjunction or preposition is only stripped when what remains is a word seen in the corpus more
    often than the whole (``وزير`` stays, ``وبغداد`` -> ``و`` + ``بغداد``).
    """
    pre = ""
    rest = w
    if len(rest) > 3 and rest[0] in "وف":
        tail = rest[1:]
        if tail.startswith(("ال", "لل", "بال", "كال")) or counts.get(tail, 0) > counts.get(rest, 0):
            pre, rest = rest[0], tail
    if len(rest) > 3 and rest.startswith("لل"):
        return pre + "لل", rest[2:]
    if len(rest) > 4 and rest[0] in "بلك" and rest[1:3] == "ال":
        return pre + rest[:3], rest[3:]
    if len(rest) > 3 and rest[0] in "بلك" and counts.get(rest[1:], 0) > counts.get(rest, 0) + 1:
        pre, rest = pre + rest[0], rest[1:]
    if len(rest) > 3 and rest.startswith("ال"):
        return pre + "ال", rest[2:]
    return pre, rest


def strip_enclitic(stem: str) -> str:
    if len(stem) < 4:
        return stem
    for e in ENCLITICS:
        if stem.endswith(e) and len(stem) - len(e) >= 3:
            return stem[: -len(e)]
    return stem


class Featurizer:
    """Turns a sentence of words into CRF feature lists; per-type features are cached."""

    def __init__(self, res: Resources, known: Optional[frozenset] = None):
        """``known``: the attributes a trained model has; features outside it are dropped up front (the CRF
        ignores them anyway), which halves the strings handed to the tagger. None keeps every feature
        (training)."""
        self.res = res
        self.known = known
        self._cache: dict[str, tuple] = {}
        # Words that can start a known word-pair attribute (every split at a "|", so a superset): the pair
        # strings of all other words need not be built.
        self._pair_left = {p: _left_words(known, p) for p in ("w-1|w=", "w|w+1=")} if known is not None else None
        # Known neighbour features by position prefix, without it: a word's own strings are tested before any
        # prefixed copy is built.
        self._known_at = {p: frozenset(a[len(p):] for a in known if a.startswith(p))
                          for p in ("-1:", "+1:", "-2:", "+2:")} if known is not None else None

    def analyse(self, w: str) -> tuple[str, str]:
        return strip_proclitics(w, self.res.counts)

    def _type_features(self, w: str) -> tuple[list[str], ...]:
        """(own, near, far) feature lists for one normalized word type."""
        res = self.res
        pre, st = self.analyse(w)
        base = strip_enclitic(st)
        shape = word_shape(w)
        gaz = set(res.words.get(st, ())) | set(res.words.get(strip_al(w), ()))
        cl = res.clusters.get(st) or res.clusters.get(w) or ()
        own = [
            "b", "w=" + w, "st=" + st, "pre=" + pre, "sh=" + shape,
            "p2=" + st[:2], "p3=" + st[:3], "s1=" + st[-1:], "s2=" + st[-2:], "s3=" + st[-3:],
            "len=" + str(min(len(st), 8)),
        ]
        if base != st:
            own.append("base=" + base)
        if shape == "ar" and st not in res.counts and w not in res.counts:
            own.append("oov")
        if res.translit and shape == "ar":
            fs, ns = translit_mod.scores(st, res.translit)
            tl = ["tf=" + translit_mod.bucket(fs), "tn=" + translit_mod.bucket(ns)]  # own and neighbours'
        else:
            tl = []
        if shape == "ar":  # whole-word letter trigrams, not only prefixes and suffixes
            own += ["ng=" + g for g in translit_mod.trigrams(st)]
        g_feats = ["g=" + g for g in gaz] + tl
        gm_feats = g_feats + ["m=" + m for m in res.memory.get(st, ())] + [f"c{i}=" + c for i, c in enumerate(cl)]
        own += gm_feats
        near = ["w=" + w, "st=" + st, "pre=" + pre, "sh=" + shape] + gm_feats
        far = ["st=" + st] + g_feats
        if cl:
            far.append("c0=" + cl[0])
        return own, near, far

    def type_features(self, w: str) -> tuple[list[str], ...]:
        f = self._cache.get(w)
        if f is None:
            own, near, far = self._type_features(w)
            st, title = st_of(own), "g=TITLE" in own
            known = self.known
            if known is None:
                f = (own, ["-1:" + x for x in near], ["+1:" + x for x in near],
                     ["-2:" + x for x in far], ["+2:" + x for x in far], st, title, True, True, "-3:st=" + st)
            else:
                at = self._known_at
                k1, k2, k3, k4 = at["-1:"], at["+1:"], at["-2:"], at["+2:"]
                st3 = "-3:st=" + st
                f = ([x for x in own if x in known], ["-1:" + x for x in near if x in k1],
                     ["+1:" + x for x in near if x in k2], ["-2:" + x for x in far if x in k3],
                     ["+2:" + x for x in far if x in k4], st, title,
                     w in self._pair_left["w-1|w="], w in self._pair_left["w|w+1="], st3 if st3 in known else None)
            if len(self._cache) < 500_000:
                self._cache[w] = f
        return f

    def phrase_tags(self, stems: Sequence[str], phrases=None) -> list[Optional[str]]:
        """Longest gazetteer phrase matches over al-less stems, as per-position 'B-TYPE'/'I-TYPE'."""
        out: list[Optional[str]] = [None] * len(stems)
        phrases = self.res.phrases if phrases is None else phrases
        covered = 0  # matches do not overlap: positions before this are inside the previous match
        for i in [i for i, st in enumerate(stems) if st in phrases]:
            if i < covered:
                continue
            best = None
            for key, typ in phrases[stems[i]]:
                n = len(key)
                if tuple(stems[i:i + n]) == key and (best is None or n > len(best[0])):
                    best = (key, typ)
            if best:
                n = len(best[0])
                out[i] = "B-" + best[1]
                for j in range(i + 1, i + n):
                    out[j] = "I-" + best[1]
                covered = i + n
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for normalized words of one sentence (only the model's attributes when ``known``)."""
        tf = [self.type_features(w) for w in words]
        return self.sentence_from(words, tf)

    def sentence_from(self, words: Sequence[str], tf: Sequence[tuple]) -> list[list[str]]:
        """``sentence`` given the words' cached type features (callers reuse them for stems)."""
        n = len(words)
        known = self.known
        ok = (lambda x: True) if known is None else known.__contains__
        bos, eos, title3 = ok("BOS"), ok("EOS"), ok("title<=3")
        stems = [f[5] for f in tf]
        ph = self.phrase_tags(stems) if self.res.phrases else [None] * n
        mp = self.phrase_tags(stems, self.res.memory_phrases) if self.res.memory_phrases else [None] * n
        last_title = -10  # index of the latest word with a TITLE gazetteer feature
        out = []
        append = out.append
        for i in range(n):
            f = tf[i]
            feats = list(f[0])
            if i > 0:
                g = tf[i - 1]
                feats += g[1]
                if g[7]:
                    x = "w-1|w=" + words[i - 1] + "|" + words[i]
                    if ok(x):
                        feats.append(x)
            elif bos:
                feats.append("BOS")
            if i + 1 < n:
                feats += tf[i + 1][2]
                if f[8]:
                    x = "w|w+1=" + words[i] + "|" + words[i + 1]
                    if ok(x):
                        feats.append(x)
            elif eos:
                feats.append("EOS")
            if i > 1:
                feats += tf[i - 2][3]
                if i > 2:
                    x = tf[i - 3][9]
                    if x is not None:
                        feats.append(x)
            if i - last_title <= 3 and title3:
                feats.append("title<=3")
            if f[6]:
                last_title = i
            if i + 2 < n:
                feats += tf[i + 2][4]
            p = ph[i]
            if p:
                x = "ph=" + p
                if ok(x):
                    feats.append(x)
                if i > 0 and ph[i - 1]:
                    x = "-1:ph=" + ph[i - 1]
                    if ok(x):
                        feats.append(x)
            if mp[i]:
                x = "mp=" + mp[i]
                if ok(x):
                    feats.append(x)
            append(feats)
        return out


def _left_words(known: frozenset, prefix: str) -> frozenset:
    """Every possible left word of the known pair attributes ``prefix + left|right``."""
    out = set()
    for attr in known:
        if attr.startswith(prefix):
            rest = attr[len(prefix):]
            pos = rest.find("|")
            while pos >= 0:
                out.add(rest[:pos])
                pos = rest.find("|", pos + 1)
    return frozenset(out)


def st_of(own: list[str]) -> str:
    """The al-less stem recorded in a type's own features (used for phrase matching)."""
    return own[2][3:]
