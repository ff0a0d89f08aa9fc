"""Light clitic analysis: proclitics + stem + enclitic pronoun, for one normalized Arabic word.

Proclitics: conjunction و/ف, then preposition ب/ل/ك or future س (before ي/ت/ن), then the article ال (ل + ال is
written لل). Enclitics: the pronouns ه ها هم هما هن كم نا (ني and ك only on function words: انني، منك).

A word is split only when the stem that remains is itself a word: it occurs in ``data/vocab.tsv`` (word counts
built by :mod:`hadath.text.build_vocab` from redistributable corpora) bare or with the article, and its
"family" (the stem with any proclitics, not counting forms of the word itself) is frequent enough that
``prior(clitics) * family(stem)`` beats ``1 + 0.02 * count(word)``. So وبحث is و + بحث and بلاده is بلاد + ه,
while وزير, بغداد, لندن, كامل, فرنسا stay whole: زير, غداد, ندن, امل-as-remainder and رنسا are no words, or too
rare against the whole word. The article is split whenever a stem of two letters or more remains, unless the
word has the shape of a verbal noun whose ال is radical (التزام، الغاء) and the stem is unknown. Words in
``data/protected.txt`` (curated) and ``data/protected_names.txt`` (place names) are never split. Results
are cached per word, so the cost is paid once per word type.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
PROTECTED_FILES = ["protected.txt", "protected_names.txt"]

# Prior weight of each clitic: roughly how often the clitic reading is right when the rest is a word.
_CONJ = {"و": 0.6, "ف": 0.15}
_PREP = {"ب": 0.3, "ل": 0.3, "ك": 0.08}
_FUTURE = 0.6  # س before an imperfect verb (ي ت ن)
_ENCLITIC = {
    "ه": 0.6, "ها": 0.6, "هم": 0.6, "هما": 0.6, "هن": 0.2, "كم": 0.3, "نا": 0.4, "ني": 0.3, "ك": 0.3,
}
# No bare ي (nearly always a nisba ending: عراقي) and no كما/كن (rare in news, common word endings: تمكن).
# ني and ك attach only to function words here (انني، لكنني، منك، عليك): elsewhere they are word endings
# (لبناني، مالك).
_FUNCTION_ONLY = {
    "ني": frozenset("ان لكن من عن لدي علي الي مع عند".split()),
    "ك": frozenset("ان لكن من عن لدي علي الي مع عند في ل".split()),
}
# Prepositions that stand as the stem before a pronoun (له، بها، لنا).
_PREP_STEM = {"ل": ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك"), "ب": ("ه", "ها", "هم", "هما", "هن", "كم", "نا")}
_MIN_STEM = 2
_WHOLE_WEIGHT = 0.02  # a frequent whole word resists splitting

_ENCLITIC_BY_LAST = {c: tuple(e for e in _ENCLITIC if e[-1] == c) for c in {e[-1] for e in _ENCLITIC}}
_CLITIC_INITIALS = frozenset("وفبلكسا")
_CLITIC_FINALS = frozenset("هاكمني")
Analysis = tuple[tuple[str, ...], tuple[str, ...]]  # (proclitics, enclitics) as normalized strings


@lru_cache(maxsize=1)
def vocab() -> dict[str, int]:
    counts: dict[str, int] = {}
    path = DATA_DIR / "vocab.tsv"
    if path.exists():
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines[-1] == "":
            lines.pop()  # the final newline
        rows = [line for line in lines if not line.startswith("#")]
        cells = "\t".join(rows).split("\t")
        if len(cells) == 2 * len(rows) and all("\t" in line for line in rows):
            return dict(zip(cells[::2], map(int, cells[1::2])))  # one tab a line: one split for the whole file
        for line in rows:
            w, _, c = line.partition("\t")
            counts[w] = int(c)  # raises on the malformed line
    return counts


# Analyses of the vocabulary's words, precomputed by build_vocab (``data/analyses.tsv``: the words that split;
# the others stay whole), so a process does not re-derive them for every new word type it meets (38% of the
# analyses over 500 SaudiNewsNet articles). A test checks the file against the rules; False recomputes.
USE_PRECOMPUTED = True
ANALYSES_FILE = "analyses.tsv"


@lru_cache(maxsize=1)
def precomputed() -> dict[str, "Analysis"]:
    """Vocabulary word -> analysis, for the words that split (empty if the file is absent)."""
    out: dict[str, Analysis] = {}
    path = DATA_DIR / ANALYSES_FILE
    if not path.exists():
        return out
    pieces: dict[str, tuple[str, ...]] = {"": ()}  # one tuple per distinct clitic sequence
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, p, e = line.rstrip("\n").split("\t")
            procs = pieces.get(p)
            if procs is None:
                procs = pieces[p] = tuple(p.split(" "))
            encs = pieces.get(e)
            if encs is None:
                encs = pieces[e] = tuple(e.split(" "))
            out[w] = (procs, encs)
    return out


@lru_cache(maxsize=1)
def protected() -> frozenset[str]:
    """Words never split: the curated list plus place names (``protected_names.txt``, see build_vocab)."""
    words = set()
    for name in PROTECTED_FILES:
        if not (DATA_DIR / name).exists():
            continue
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    return frozenset(words)


def _proclitic_options(w: str) -> list[tuple[tuple[str, ...], float, bool]]:
    """Possible proclitic sequences at the start of ``w``: (pieces, prior, has_article)."""
    out: list[tuple[tuple[str, ...], float, bool]] = [((), 1.0, False)]
    conj_opts = [((), 1.0)]
    if w[:1] in _CONJ:
        conj_opts.append(((w[0],), _CONJ[w[0]]))
    for conj, cp in conj_opts:
        i = len(conj)
        rest = w[i:]
        if conj:
            out.append((conj, cp, False))
        # preposition
        if rest[:1] in _PREP:
            p = rest[0]
            pp = cp * _PREP[p]
            out.append((conj + (p,), pp, False))
            if p == "ل" and rest[1:2] == "ل":
                out.append((conj + ("ل", "ل"), cp * _PREP["ل"] * 1.5, True))  # لل = ل + ال
            elif rest[1:3] == "ال":
                out.append((conj + (p, "ال"), pp * 1.5, True))
        elif rest[:1] == "س" and rest[1:2] in ("ي", "ت", "ن"):
            out.append((conj + ("س",), cp * _FUTURE, False))
        if rest[:2] == "ال":
            out.append((conj + ("ال",), cp * 1.5, True))
    return out


# Proclitic prefixes whose attested forms count as evidence that a stem is a word ("family" counts).
_FAMILY_PREFIXES = ("", "ال", "و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "لل", "كال", "وب", "ول", "فب", "فل",
                    "وبال", "ولل", "س", "وس")
# Closed-class words that take no preposition proclitic (ب + لدي is not a word, بلدي is).
_NO_PREP = frozenset("في من علي الي عن لدي عند مع منذ حتي بين".split())
# Two-letter stems that take enclitics freely (منه، عنها، انه، فيه).
_SHORT_STEMS = frozenset("من عن ان في لدي علي الي مع يد دم فم عند هو هي هم هن ما لا لم لن قد كل".split())
_SHORT_PENALTY = 0.1
_MIN_EVIDENCE = 2  # a stem seen once elsewhere is too thin to split on
_ARTICLE_PREFIXES = frozenset(("ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل"))
_NOT_ARTICLE = re.compile(r"^الت.ا.$|^الت..$|^ال.اء$|^ال.ا.$|^ال..$")  # افتعال/افعال/إفعال shapes


@lru_cache(maxsize=1)
def _families() -> dict[str, int]:
    """Stem -> how often it occurs bare or after any proclitic sequence (one pass over the vocabulary)."""
    counts = vocab()
    # the prefixes by first letter, shortest first (a word's stems are then met in the order of a k = 1..4 scan)
    by_first: dict[str, list[tuple[str, int, bool, bool]]] = {}
    for p in sorted(set(_FAMILY_PREFIXES) - {""}, key=len):
        if len(p) <= 4 and p[0] in _CLITIC_INITIALS:
            by_first.setdefault(p[0], []).append((p, len(p), p[-1] == "س", p in _ARTICLE_PREFIXES))
    fam: dict[str, int] = dict(counts)  # the bare form
    get = fam.get
    not_article = _NOT_ARTICLE.match
    for w, c in counts.items():
        options = by_first.get(w[0])
        if options is None:
            continue
        room = len(w) - _MIN_STEM
        for p, k, future, article in options:
            if k > room:
                break
            if not w.startswith(p):
                continue
            stem = w[k:]
            if future and stem[0] not in "يتن":
                continue
            if article and not_article("ال" + stem):
                continue  # القاء is إلقاء, no evidence for a stem قاء
            fam[stem] = get(stem, 0) + c
    return fam


_PREFIXES_ENDING = {c: tuple(p for p in _FAMILY_PREFIXES if p.endswith(c)) for c in _FAMILY_PREFIXES if c}


def _family(stem: str, counts: dict[str, int], exclude: str) -> int:
    """How often ``stem`` occurs with any proclitics, not counting forms of the word being analysed
    (وبريطانيا is no evidence that بريطانيا is ب + ريطانيا)."""
    total = _families().get(stem, 0)
    if total and len(exclude) > len(stem) and exclude.endswith(stem):
        clitic = exclude[: len(exclude) - len(stem)]
        future_ok = stem[:1] in ("ي", "ت", "ن")
        for p in _PREFIXES_ENDING.get(clitic, ()):
            if p.endswith("س") and not future_ok:
                continue
            total -= counts.get(p + stem, 0)
    return total


def stem_forms(stem: str, before_enclitic: bool) -> tuple[str, ...]:
    """Dictionary forms of a stem: before an enclitic ة is written ت (حكومته), ى is written ا (مستواه) and
    a final hamza sits on a seat (أبنائه، أبناؤه)."""
    if before_enclitic and len(stem) > 2:
        last = stem[-1]
        if last == "ت":
            return stem, stem[:-1] + "ة"
        if last == "ا":
            return stem, stem[:-1] + "ي"
        if last in ("ئ", "ؤ"):
            return stem, stem[:-1] + "ء"
    return (stem,)


def _evidence(stem: str, counts: dict[str, int], exclude: str, before_enclitic: bool) -> int:
    """Family count of the stem; 0 unless some form of it also occurs bare or with only the article (a
    remainder like يلة in ليلة is counted in the family of فيلة but never stands alone)."""
    forms = stem_forms(stem, before_enclitic)
    get = counts.get
    for f in forms:  # (a loop, not any() over a generator: this runs for every candidate split of a new word)
        if get(f, 0) or (get("ال" + f, 0) and not _NOT_ARTICLE.match("ال" + f)):
            break
    else:
        return 0
    if len(forms) == 1:
        return _family(stem, counts, exclude)
    return sum(_family(f, counts, exclude) for f in forms)


@lru_cache(maxsize=100_000)
def analyze(w: str, hamza_initial: bool = False) -> Analysis:
    """Proclitics and enclitics of normalized word ``w`` (both empty when it stays whole).

    ``hamza_initial`` says the raw word starts with أ/إ/آ, so a leading ال is not the article (ألمانيا).
    """
    if USE_PRECOMPUTED and not hamza_initial and w in vocab():
        known = precomputed()
        if known:
            return known.get(w, _WHOLE)
    return _analyze(w, hamza_initial)


def analyze_uncached(w: str, hamza_initial: bool = False) -> Analysis:
    """``analyze`` for a caller that memoizes its results itself (the tokenizer, per word type): a vocabulary
    word's analysis is then one look-up, without a pass through ``analyze``'s cache (which it would only fill
    with entries nobody reads again); any other word goes through ``analyze``, as before."""
    if USE_PRECOMPUTED and not hamza_initial:
        known = precomputed()
        if known and w in vocab():
            return known.get(w, _WHOLE)
    return analyze(w, hamza_initial)


_WHOLE: Analysis = ((), ())


def _analyze(w: str, hamza_initial: bool) -> Analysis:
    prot = protected()
    if len(w) < _MIN_STEM or w in prot:
        return (), ()
    if w[0] not in _CLITIC_INITIALS and w[-1] not in _CLITIC_FINALS:
        return (), ()
    counts = vocab()
    fw = counts.get(w, 0)
    whole_score = 1.0 + _WHOLE_WEIGHT * fw
    best: Analysis = ((), ())
    best_score = whole_score
    for procs, pprior, article in _proclitic_options(w):
        if hamza_initial and procs and procs[0] == "ال":
            continue
        plen = len("".join(procs))
        rest = w[plen:]
        if article and procs[-1] == "ال" and w[plen - 2:] in prot:
            continue  # و + الذي, not و + ال + ذي
        enc_opts: list[tuple[str, ...]] = [()] if procs else []
        if not article and rest not in prot:
            enc_opts += [(e,) for e in _ENCLITIC_BY_LAST.get(rest[-1:], ()) if rest.endswith(e)]
        for encs in enc_opts:
            elen = len(encs[0]) if encs else 0
            stem = rest[: len(rest) - elen] if elen else rest
            prior = pprior * (_ENCLITIC[encs[0]] if encs else 1.0)
            if procs and procs[-1] in _PREP and stem in _NO_PREP:
                continue
            if encs and encs[0] in _FUNCTION_ONLY and stem not in _FUNCTION_ONLY[encs[0]]:
                continue
            if len(stem) < _MIN_STEM:
                if encs and stem in _PREP_STEM and encs[0] in _PREP_STEM[stem] and all(p in _CONJ for p in procs):
                    score = prior * 1000
                    if score > best_score:
                        best, best_score = (procs, encs), score
                continue
            if encs and stem.startswith("ال") and stem != "الي":
                continue  # the article takes no enclitic (except إلى + pronoun: اليه)
            if procs and procs[-1] == "ك" and stem[0] in "يتن" and not counts.get("ال" + stem):
                continue  # ك attaches to nouns, not to verbs (كيري is a name, not ك + يري)
            ev = _evidence(stem, counts, w, bool(encs))
            if article:
                if ev == 0 and _NOT_ARTICLE.match(w[plen - 2:]):
                    continue  # ال is part of the word (التزام، الغاء، الغام) unless the stem occurs elsewhere
                score = max(prior * (ev + 1), whole_score + 1e-6)
            else:
                if ev < _MIN_EVIDENCE:
                    continue
                if len(stem) == 2 and stem not in _SHORT_STEMS:
                    if not procs:
                        continue  # ساهم، اتهم: a two-letter stem + هم is rarely right
                    prior *= _SHORT_PENALTY
                score = prior * ev
            if score > best_score:
                best, best_score = (procs, encs), score
    return _refine(w, best)


def _refine(w: str, best: Analysis) -> Analysis:
    """Let the stem shed further proclitics: و + لمنع is و + ل + منع when لمنع alone is ل + منع."""
    procs, encs = best
    if (not procs and not encs) or (procs and procs[-1] not in _CONJ):
        return best
    plen = sum(len(p) for p in procs)
    elen = sum(len(e) for e in encs)
    stem = w[plen: len(w) - elen]
    if len(stem) <= _MIN_STEM + 1 or stem in protected():
        return best
    sub_procs, sub_encs = analyze(stem)
    if not sub_procs or sub_encs or (procs and sub_procs[0] in _CONJ):
        return best
    if encs and (sub_procs[-1] == "ال" or sub_procs[-2:] == ("ل", "ل")):
        return best  # the article takes no enclitic
    return procs + sub_procs, encs


def stem_evidence(stem: str) -> int:
    """How often a normalized stem occurs in the vocabulary, bare or with proclitics."""
    return _families().get(stem, 0)
