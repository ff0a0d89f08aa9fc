"""CRF features for Arabic NER: clitic-aware word forms, affixes, shape, gazetteers and word clusters.

Arabic glues conjunctions, prepositions and the article onto names (``وللعراق``), so every lookup is done on
the word with its proclitics stripped as well as on the word itself. Features of one word type never depend on
its neighbours, so they are computed once per type and cached; a token's features are its own plus its
neighbours' (windows of +-2), taken from that cache with a position prefix, which keeps tagging fast.
"""
from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

from hadath.ner import translit as translit_mod
from hadath.text.normalize import strip_al

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[a-z]")
_ALL_ARABIC = re.compile(r"[\u0621-\u064a]+").fullmatch  # a word of Arabic letters only: shape "ar"
_NO_TYPES: frozenset = frozenset()

ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")


def word_shape(w: str) -> str:
    if _ALL_ARABIC(w):
        return "ar"  # most words: Arabic letters only (no digit to look for)
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
    if len(stem) < 4 or not stem.endswith(ENCLITICS):  # (one test for the words that end in none)
        return stem
    for e in ENCLITICS:
        if stem.endswith(e) and len(stem) - len(e) >= 3:
            return stem[: -len(e)]
    return stem


class Featurizer:
    """Turns a sentence of words into CRF feature lists; per-type features are cached."""

    def __init__(self, res: Resources, known: Optional[frozenset] = None,
                 attr_ids: Optional[dict[str, int]] = None, pair_rows: Optional[dict[str, dict[str, int]]] = None):
        """``known``: the attributes a trained model has; features outside it are dropped up front (the CRF
        ignores them anyway), which halves the strings handed to the tagger. None keeps every feature
        (training). ``attr_ids``: the model's attribute ids; given, the kept attributes are those ids, else
        UTF-8 bytes (what crfsuite's tagger takes). ``pair_rows`` (family -> value -> row): given, a word type's
        five position lists are replaced by the rows of its own (family, value) pairs, which
        ``scorer.BlockScorer`` sums over every position at once."""
        self.res = res
        self.known = known
        self.pair_rows = pair_rows
        # value -> row look-ups of the families ``_type_rows`` reads (None for a value the model never saw)
        self._row_get = None if pair_rows is None else {fam: pair_rows.get(fam, {}).get for fam in ROW_FAMILIES}
        levels = max(map(len, res.clusters.values()), default=0)  # cluster levels c0, c1, ...
        self._cluster_get = [] if pair_rows is None else [pair_rows.get(f"c{i}", {}).get for i in range(levels)]
        self._bias_row = None if pair_rows is None else self._row_get["b"]("")
        self._head_getters = None if pair_rows is None else tuple(
            self._row_get[f] for f in ("w", "st", "pre", "sh", "p2", "p3", "s1", "s2", "s3", "len"))
        self._oov_row = None if pair_rows is None else self._row_get["oov"]("")
        self._cache: dict = {}  # word -> type features; (stem,) -> translit features
        self.prefilled = None  # shipped entries of the vocabulary (prefill.Prefill), taken into the cache when met
        self.encode = attr_ids.__getitem__ if attr_ids is not None else str.encode
        self._pair_attrs = self._pair_left = None
        if known is not None:
            # The known pair attributes by (left word, right word), encoded, one table per prefix; their left words
            # are the words that can start one (every split at a "|", so a superset): the pair strings of all
            # other words need not be built.
            pair_attrs = [a for a in known if a.startswith(PAIR_PREFIXES)]
            self._pair_attrs = tuple(_pair_attributes([a for a in pair_attrs if a.startswith(p)], p, self.encode)
                                     for p in PAIR_PREFIXES)
            self._pair_left = {p: frozenset(left for left, _ in pairs) for p, pairs in zip(PAIR_PREFIXES,
                                                                                          self._pair_attrs)}
            self._left_pair_words, self._right_pair_words = self._pair_left["w-1|w="], self._pair_left["w|w+1="]
        # Known attributes by position prefix ("" = the word's own), family and value: "-1:g=CITY" is
        # tables["-1:"]["g"]["CITY"] = b"-1:g=CITY" (or its id); "b" is tables[""]["b"][""].
        # With ``pair_rows`` only the "-3:st" family is read here (the scorer sums the rest by pairs).
        self._tables: dict[str, dict[str, dict[str, object]]] = {p: {} for p in POSITIONS}
        tabled = known or ()
        if pair_rows is not None:
            tabled = [a for a in tabled if a.startswith("-3:st=")]
        for a in tabled:
            p, fam, value = split_attribute(a)
            self._tables[p].setdefault(fam, {})[value] = self.encode(a)
        self._st3 = self._tables[""].get("-3:st")  # the model's "-3:st=" attributes by stem (None: no such family)
        # the transliteration table laid out for scoring a document's new stems at once (``prepare``)
        self._ngram_index = None
        if pair_rows is not None and res.translit:
            index = translit_mod.NgramIndex(res.translit)
            if index.usable:
                self._ngram_index = index
                # the model's letter-trigram rows laid out for the same pass (characters it cannot hold: per word)
                self._ng_table, self._ng_outside = index.trigram_table(pair_rows.get("ng", {}))

    def analyse(self, w: str) -> tuple[str, str]:
        return strip_proclitics(w, self.res.counts)

    def _type_features(self, w: str) -> tuple[list[str], ...]:
        """(own, near, far) feature lists for one normalized word type."""
        res = self.res
        pre, st, base, shape, _, gaz, cl = self._word_parts(w)
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
            fb, nb = self.translit_levels(st)
            tl = ["tf=" + fb, "tn=" + nb]  # own and neighbours'
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

    def translit_levels(self, st: str, marked: Optional[str] = None) -> tuple[str, str]:
        """(foreign, name) score buckets of a stem (``marked``: the stem between boundary marks, if the caller
        has it). Many word types share a stem (و-, ب-, ال- forms), so they are cached per stem, in the type cache
        under a tuple key so that clearing it clears them too."""
        tl = self._cache.get((st,))
        if tl is None:
            fs, ns = translit_mod.scores(st, self.res.translit, marked)
            tl = (translit_mod.bucket(fs), translit_mod.bucket(ns))
            if len(self._cache) < 500_000:
                self._cache[(st,)] = tl
        return tl

    def _word_parts(self, w: str) -> tuple:
        """(proclitics, stem, enclitic-less base, shape, is Arabic, gazetteer types, clusters) of a word type: what
        every feature family of ``_known_type_features`` and ``_type_rows`` is read from."""
        res = self.res
        pre, st = strip_proclitics(w, res.counts)  # (``analyse``, without a call more: this runs for every new word)
        shape = word_shape(w)
        words = res.words
        in_gaz, in_gaz_bare = words.get(st), words.get(w[2:] if len(w) > 3 and w.startswith("ال") else w)  # strip_al
        # (most words are in no list: no sets built for them)
        gaz = set(in_gaz or ()) | set(in_gaz_bare or ()) if in_gaz or in_gaz_bare else _NO_TYPES
        cl = res.clusters.get(st) or res.clusters.get(w) or ()
        return pre, st, strip_enclitic(st), shape, shape == "ar", gaz, cl

    def _known_type_features(self, w: str) -> tuple:
        """``type_features`` with ``known``: the known attributes of ``_type_features``' lists, in the same
        order, looked up as (family, value) in prebuilt tables instead of building every string and then
        testing it (most of a rare word's strings are unknown to the model)."""
        res = self.res
        tables = self._tables
        own_t = tables[""]
        pre, st, base, shape, ar, gaz, cl = self._word_parts(w)
        head = [("w", w), ("st", st), ("pre", pre), ("sh", shape)]
        g_pairs = [("g", g) for g in gaz]
        if res.translit and ar:
            fb, nb = self.translit_levels(st)
            g_pairs += [("tf", fb), ("tn", nb)]
        gm_pairs = g_pairs + [("m", m) for m in res.memory.get(st, ())] + [(f"c{i}", c) for i, c in enumerate(cl)]
        own_pairs = [("b", "")] + head + [("p2", st[:2]), ("p3", st[:3]), ("s1", st[-1:]), ("s2", st[-2:]),
                                          ("s3", st[-3:]), ("len", str(min(len(st), 8)))]
        if base != st:
            own_pairs.append(("base", base))
        if ar:
            if st not in res.counts and w not in res.counts:
                own_pairs.append(("oov", ""))
            own_pairs += [("ng", g) for g in translit_mod.trigrams(st)]
        own_pairs += gm_pairs
        st3 = own_t.get("-3:st")
        meta = (st, "TITLE" in gaz, w in self._pair_left["w-1|w="], w in self._pair_left["w|w+1="],
                st3.get(st) if st3 else None)
        near = head + gm_pairs
        far = [("st", st)] + g_pairs
        if cl:
            far.append(("c0", cl[0]))
        return (_pick(own_t, own_pairs), _pick(tables["-1:"], near), _pick(tables["+1:"], near),
                _pick(tables["-2:"], far), _pick(tables["+2:"], far)) + meta

    def prepare(self, words: Iterable[str]) -> bool:
        """Compute the cached type features of the new words among ``words`` (a document's) together: their
        stems' transliteration scores in one NumPy pass (``translit.NgramIndex``) instead of word by word, the
        largest part of a new word's cost. Only for the scorer's rows; other featurizers compute per word.
        True when every word of ``words`` is then in the cache."""
        index = self._ngram_index
        cache = self._cache
        if index is None or len(cache) >= 400_000:  # (near the cache's limit: word by word, as type_features)
            return False
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new and self.prefilled is not None:
            new = self._take_prefilled(new)
        if not new:
            return True
        parts = [self._word_parts(w) for w in new]
        stems = list(dict.fromkeys([p[1] for p in parts if p[4]]))  # the Arabic words' (translit and trigrams)
        if stems:
            scored = [st for st in stems if (st,) not in cache]
            if scored:
                bucket = translit_mod.bucket
                for st, (fs, ns) in zip(scored, index.scores(scored)):
                    cache[(st,)] = (bucket(fs), bucket(ns))
            outside = self._ng_outside
            if outside:
                stems = [st for st in stems if outside.isdisjoint(st)]
            ng = dict(zip(stems, index.trigram_rows(stems, self._ng_table)))
        else:
            ng = {}
        for w, p in zip(new, parts):
            cache[w] = self._type_rows(w, p, ng.get(p[1]))
        return True

    def _take_prefilled(self, words: list[str]) -> list[str]:
        """Cache the shipped entries of ``words``; the words that have none (to compute)."""
        take = self.prefilled.take
        cache = self._cache
        rest = []
        for w in words:
            f = take(w)
            if f is None:
                rest.append(w)
            else:
                cache[w] = f
        return rest

    def _type_rows(self, w: str, parts: Optional[tuple] = None, trigram_rows: Optional[list] = None) -> tuple:
        """``_known_type_features`` for the scorer: the rows of the word's own (family, value) pairs, in the same
        order as ``_type_features``' own list, each looked up by its family's getter (no pair tuples are built:
        this runs for every word type a worker meets for the first time, about a sixth of a worker's time)."""
        res = self.res
        get = self._row_get
        pre, st, base, shape, ar, gaz, cl = parts or self._word_parts(w)
        g_w, g_st, g_pre, g_sh, g_p2, g_p3, g_s1, g_s2, g_s3, g_len = self._head_getters
        rows = [self._bias_row, g_w(w), g_st(st), g_pre(pre), g_sh(shape), g_p2(st[:2]), g_p3(st[:3]), g_s1(st[-1:]),
                g_s2(st[-2:]), g_s3(st[-3:]), g_len(_LENGTHS[len(st)] if len(st) < 8 else "8")]
        if base != st:
            rows.append(get["base"](base))
        if ar:
            if st not in res.counts and w not in res.counts:
                rows.append(self._oov_row)
            marked = "<" + st + ">"  # the letter trigrams are also the transliteration score's 3-grams
            if trigram_rows is None:
                rows += map(get["ng"], map(marked.__getitem__, translit_mod._slices(len(marked), (3,))))
            else:
                rows += trigram_rows  # (``prepare``: the same rows, those of unknown trigrams left out)
            if gaz:
                rows += map(get["g"], gaz)
            if res.translit:
                tl = self._cache.get((st,))  # (``prepare`` has scored the stem: no call for it)
                fb, nb = tl if tl is not None else self.translit_levels(st, marked)
                rows += (get["tf"](fb), get["tn"](nb))
        elif gaz:
            rows += map(get["g"], gaz)
        memory = res.memory.get(st)
        if memory:
            rows += map(get["m"], memory)
        if cl:
            rows += [g(c) for g, c in zip(self._cluster_get, cl)]
        st3 = self._st3
        return ([r for r in rows if r is not None], None, None, None, None, st, "TITLE" in gaz,
                w in self._left_pair_words, w in self._right_pair_words, st3.get(st) if st3 else None)

    def type_features(self, w: str) -> tuple:
        """Cached (own, -1:near, +1:near, -2:far, +2:far, stem, is_title, can_pair_left, can_pair_right, -3:st)
        of one word type. With ``known`` the feature lists hold only the model's attributes, as UTF-8 bytes
        (crfsuite takes bytes as they are, where it would encode every string of every token again) or ids;
        with ``pair_rows``, the first item is the word's pair rows and the next four are None."""
        f = self._cache.get(w)
        if f is None:
            if self.known is None:
                own, near, far = self._type_features(w)
                st = st_of(own)
                f = (own, ["-1:" + x for x in near], ["+1:" + x for x in near],
                     ["-2:" + x for x in far], ["+2:" + x for x in far], st, "g=TITLE" in own, True, True,
                     "-3:st=" + st)
            elif self._row_get is not None:
                f = (self.prefilled and self.prefilled.take(w)) or self._type_rows(w)
            else:
                f = self._known_type_features(w)
            if len(self._cache) < 500_000:
                self._cache[w] = f
        return f

    def phrase_tags(self, stems: Sequence[str], phrases=None) -> list[Optional[str]]:
        """Longest gazetteer phrase matches over al-less stems, as per-position 'B-TYPE'/'I-TYPE'."""
        out: list[Optional[str]] = [None] * len(stems)
        for s, e, typ in self.phrase_matches(stems, phrases):
            out[s] = "B-" + typ
            for j in range(s + 1, e):
                out[j] = "I-" + typ
        return out

    def phrase_matches(self, stems: Sequence[str], phrases=None) -> list[tuple[int, int, str]]:
        """(start, end, type) of the longest phrase matches, left to right, never overlapping. Phrases are
        looked up by their first two words: most words that start some phrase are not followed by a word that
        continues one, and a pair test per position is one look-up where each candidate length built a tuple."""
        phrases = self.res.phrases if phrases is None else phrases
        if not phrases:
            return []
        index = self._phrase_index(phrases)
        n = len(stems)
        found: list[tuple[int, int, str]] = []
        covered = 0  # matches do not overlap: positions before this are inside the previous match
        if index[0] is None:  # a one-word phrase is listed: look up by first word
            first = index[1]
            starts = compress(range(n), map(first.__contains__, stems))
            groups = map(first.__getitem__, compress(stems, map(first.__contains__, stems)))
        else:
            pairs = index[0]
            hits = list(map(pairs.__contains__, zip(stems, stems[1:])))
            if True not in hits:
                return found
            starts = compress(range(n), hits)
            groups = map(pairs.__getitem__, compress(zip(stems, stems[1:]), hits))
        for i, (lengths, types) in zip(starts, groups):
            if i < covered:
                continue
            for k in lengths:  # longest first
                typ = types.get(tuple(stems[i:i + k])) if i + k <= n else None
                if typ is not None:
                    found.append((i, i + k, typ))
                    covered = i + k
                    break
        return found

    def _phrase_index(self, phrases: dict) -> tuple:
        """(by first two words, by first word) of a phrase table: for each, the phrase lengths, longest first,
        and phrase -> type (the first listed type of a phrase wins, as in a scan of the list); built once per
        table. The pair index is None when a one-word phrase is listed (it has no second word)."""
        key = ("phrases", id(phrases))
        got = self._cache.get(key)
        if got is None or got[0] is not phrases:
            by_pair: dict[tuple, dict[tuple, str]] = {}
            pairs: Optional[dict] = None
            index = None
            if all(len(k) >= 2 for entries in phrases.values() for k, _ in entries):
                for first, entries in phrases.items():
                    for k, typ in entries:
                        if k[0] == first:  # (a phrase filed under another word can never match)
                            by_pair.setdefault(k[:2], {}).setdefault(k, typ)
                pairs = {p: (sorted({len(k) for k in types}, reverse=True), types) for p, types in by_pair.items()}
            else:  # a one-word phrase: by first word
                index = {}
                for first, entries in phrases.items():
                    types: dict[tuple, str] = {}
                    for k, typ in entries:
                        types.setdefault(k, typ)
                    index[first] = (sorted({len(k) for k in types}, reverse=True), types)
            got = self._cache[key] = (phrases, (pairs, index))
        return got[1]

    def sentence(self, words: Sequence[str]) -> list[list]:
        """Feature lists for normalized words of one sentence: strings, or with ``known`` only the model's
        attributes, as UTF-8 bytes (what the tagger takes) or ids."""
        tf = [self.type_features(w) for w in words]
        return self.sentence_from(words, tf)

    def sentence_from(self, words: Sequence[str], tf: Sequence[tuple]) -> list[list]:
        """``sentence`` given the words' cached type features (callers reuse them for stems): each token's own
        attributes, its neighbours' (+-1 near, +-2 far), then its sentence-level ``extras``."""
        n = len(words)
        out = []
        for i in range(n):
            feats = tf[i][0][:]
            if i > 0:
                feats += tf[i - 1][1]
            if i + 1 < n:
                feats += tf[i + 1][2]
            if i > 1:
                feats += tf[i - 2][3]
            if i + 2 < n:
                feats += tf[i + 2][4]
            out.append(feats)
        for i, attr in self.extras(words, tf):
            out[i].append(attr)
        return out

    def score_extras(self, words: Sequence[str], tf: Sequence[tuple], stems: Sequence[str]) -> list[tuple[int, object]]:
        """``extras`` for the scorer (``pair_rows`` given), built family by family with C-level passes instead of
        one Python step per token. The list's order differs, but each position's attributes come in ``extras``'
        order (BOS, EOS, left pair, -3:st, title, right pair, phrases), and the scorer adds a position's weights in
        list order, so the sums are the same to the last bit. ``stems``: the tokens' ``tf[i][5]``."""
        n = len(words)
        if self._pair_attrs is None or n == 0:
            return self.extras(words, tf)
        known = self.known
        enc = self.encode
        out: list[tuple[int, object]] = []
        if "BOS" in known:
            out.append((0, enc("BOS")))
        if "EOS" in known:
            out.append((n - 1, enc("EOS")))
        if n > 1:
            pair_left, pair_right = self._pair_attrs
            firsts = list(compress(range(n - 1), map(_CAN_LEFT, tf)))  # f[7]: may start a "w-1|w" pair
            if firsts:
                get = pair_left.get
                for j in firsts:
                    x = get((words[j], words[j + 1]))
                    if x is not None:
                        out.append((j + 1, x))
            if n > 3:
                st3 = list(map(_ST3, tf[:n - 3]))  # f[9]: the word's -3:st attribute, three words on
                if st3.count(None) != n - 3:
                    out += [(i + 3, x) for i, x in enumerate(st3) if x is not None]
            if "title<=3" in known:
                titles = list(compress(range(n), map(_IS_TITLE, tf)))
                if titles:
                    title3 = enc("title<=3")
                    marked = sorted({i for t in titles for i in (t + 1, t + 2, t + 3) if i < n})
                    out += [(i, title3) for i in marked]
            firsts = list(compress(range(n - 1), map(_CAN_RIGHT, tf)))  # f[8]: may start a "w|w+1" pair
            if firsts:
                get = pair_right.get
                for j in firsts:
                    x = get((words[j], words[j + 1]))
                    if x is not None:
                        out.append((j, x))
        res = self.res
        if res.phrases:
            self._phrase_extras(out, stems, n, known.__contains__, self.encode)
        if res.memory_phrases:
            ok = known.__contains__
            for s, e, typ in self.phrase_matches(stems, res.memory_phrases):
                for i in range(s, e):
                    x = ("mp=B-" if i == s else "mp=I-") + typ
                    if ok(x):
                        out.append((i, enc(x)))
        return out

    def _phrase_extras(self, out: list, stems: Sequence[str], n: int, ok: Callable, enc: Callable) -> None:
        """The gazetteer phrase attributes of ``extras`` ("ph=", "-1:ph="), appended to ``out``."""
        matches = self.phrase_matches(stems)
        if not matches:
            return
        ph: list[Optional[str]] = [None] * n
        for s, e, typ in matches:
            ph[s] = "B-" + typ
            for j in range(s + 1, e):
                ph[j] = "I-" + typ
        for s, e, _ in matches:  # the tagged positions, in order
            for i in range(s, e):
                x = "ph=" + ph[i]
                if ok(x):
                    out.append((i, enc(x)))
                if i > 0 and ph[i - 1]:
                    x = "-1:ph=" + ph[i - 1]
                    if ok(x):
                        out.append((i, enc(x)))

    def extras(self, words: Sequence[str], tf: Sequence[tuple]) -> list[tuple[int, object]]:
        """(position, attribute) of the attributes that depend on more than one word type: BOS/EOS, word
        pairs, the stem three words back, a title within three words before, gazetteer and name-memory
        phrase matches. With ``known``, only the model's attributes, as bytes or ids."""
        n = len(words)
        known = self.known
        if known is None:
            ok, enc = (lambda x: True), str
        else:
            ok, enc = known.__contains__, self.encode
        out: list[tuple[int, object]] = []
        append = out.append
        if n and ok("BOS"):
            append((0, enc("BOS")))
        if n and ok("EOS"):
            append((n - 1, enc("EOS")))
        title3 = enc("title<=3") if ok("title<=3") else None
        last_title = -10  # index of the latest word with a TITLE gazetteer feature
        prev = None
        pair_left, pair_right = self._pair_attrs or (None, None)
        for i, f in enumerate(tf):  # f[6]: a title word, f[7]/f[8]: may start a pair, f[9]: its -3:st attribute
            if prev is not None:
                if pair_left is not None:  # known pairs: looked up by (left, right), no string built
                    if prev[7]:
                        x = pair_left.get((words[i - 1], words[i]))
                        if x is not None:
                            append((i, x))
                    if prev[8]:
                        x = pair_right.get((words[i - 1], words[i]))
                        if x is not None:
                            append((i - 1, x))
                else:
                    if prev[7]:
                        x = "w-1|w=" + words[i - 1] + "|" + words[i]
                        if ok(x):
                            append((i, enc(x)))
                    if prev[8]:
                        x = "w|w+1=" + words[i - 1] + "|" + words[i]
                        if ok(x):
                            append((i - 1, enc(x)))
                if i > 2:
                    x = tf[i - 3][9]
                    if x is not None:
                        append((i, x))
            if title3 is not None:
                if i - last_title <= 3:
                    append((i, title3))
                if f[6]:
                    last_title = i
            prev = f
        res = self.res
        stems = [f[5] for f in tf]
        if res.phrases:
            self._phrase_extras(out, stems, n, ok, enc)
        if res.memory_phrases:
            for s, e, typ in self.phrase_matches(stems, res.memory_phrases):
                for i in range(s, e):
                    x = ("mp=B-" if i == s else "mp=I-") + typ
                    if ok(x):
                        append((i, enc(x)))
        return out


# items of a type-feature tuple: a title word, may start a left / right word pair, its -3:st attribute
_IS_TITLE, _CAN_LEFT, _CAN_RIGHT, _ST3 = itemgetter(6), itemgetter(7), itemgetter(8), itemgetter(9)
_LENGTHS = tuple(map(str, range(8)))  # the "len" feature's values below its cap of 8
PAIR_PREFIXES = ("w-1|w=", "w|w+1=")  # word-pair attributes: (previous word, this one), (this one, next word)
POSITIONS = ("", "-1:", "+1:", "-2:", "+2:")  # a word type's own attributes, then its neighbours' prefixes
# the attribute families of a word type's own features (``_type_features``), besides its clusters c0, c1, ...
ROW_FAMILIES = ("b", "w", "st", "pre", "sh", "p2", "p3", "s1", "s2", "s3", "len", "base", "oov", "ng", "g", "tf", "tn",
                "m")


def split_attribute(a: str) -> tuple[str, str, str]:
    """(position prefix, family, value) of an attribute name: "-1:g=CITY" -> ("-1:", "g", "CITY"),
    "b" -> ("", "b", ""); other prefixes ("-3:st=...") stay part of the family."""
    p = a[:3] if a[:3] in POSITIONS else ""
    fam, _, value = a[len(p):].partition("=")
    return p, fam, value


def _pick(table: dict[str, dict[str, object]], pairs: list[tuple[str, str]]) -> list:
    """The known attributes among (family, value) pairs, in order."""
    out = []
    for fam, value in pairs:
        values = table.get(fam)
        if values is not None:
            x = values.get(value)
            if x is not None:
                out.append(x)
    return out


def _pair_attributes(known: Iterable[str], prefix: str, encode) -> dict[tuple[str, str], object]:
    """(left, right) -> encoded attribute, for the known attributes ``prefix + left|right``: every split at a
    "|" (a word may hold one), so a pair is found exactly when ``prefix + left + "|" + right`` is known."""
    out: dict[tuple[str, str], object] = {}
    for attr in known:
        if attr.startswith(prefix):
            rest = attr[len(prefix):]
            pos = rest.find("|")
            while pos >= 0:
                out[(rest[:pos], rest[pos + 1:])] = encode(attr)
                pos = rest.find("|", pos + 1)
    return out


def st_of(own: list[str]) -> str:
    """The al-less stem recorded in a type's own features (used for phrase matching)."""
    return own[2][3:]
