"""Rebuild the shipped NER model from ../shared/data/ner: lookup tables, then a CRF chosen by dev F1.

Training text goes through hadath's own tokenizer (punctuation split off, normalized), the same path as
inference, so features never see a form at run time that training could not produce. The dev split (last
tenth of ANERcorp train) is never trained on, nor used for clusters or word counts.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from hadath.ner import clusters as clusters_mod
from hadath.ner import gazetteer as gazetteer_mod
from hadath.ner import translit as translit_mod
from hadath.ner.bias import shift_o_bias
from hadath.ner.corpus import Sentence, anercorp_split, entity_spans, load_extra
from hadath.ner.features import Featurizer, Resources
from hadath.ner.model import DATA_DIR, load_resources

DEFAULT_C1 = 0.02
DEFAULT_C2 = 0.02
MAX_ITER = 150
FOLDS = 5
TUNING_GRID = ((0.02, 0.02), (0.05, 0.05), (0.1, 0.02), (0.05, 0.2))
# Added to the CRF's weight for (bias, O) after training: negative tags more entities (bias.py); chosen on dev.
DEFAULT_O_SHIFT = -1.0
O_SHIFT_GRID = (0.0, -0.5, -0.75, -1.0, -1.25, -1.5)


@lru_cache(maxsize=300_000)
def pieces_of(token: str) -> tuple[tuple[str, bool], ...]:
    """(normalized text, is_punct) of the pieces hadath's tokenizer makes of one corpus token."""
    from hadath.text.tokens import tokenize

    toks = tokenize(token)
    return tuple((t.norm or t.text, t.is_punct) for t in toks) or ((token, False),)


def to_pieces(sent: Sentence) -> tuple[list[str], list[str], list[int]]:
    """Split corpus tokens into tokenizer pieces: (words, IOB2 tags, index of the corpus token of each).

    Punctuation at the edge of an entity token is tagged O, so predicted entities never start or end on it.
    """
    words: list[str] = []
    tags: list[str] = []
    owner: list[int] = []
    for ti, (tok, tag) in enumerate(zip(*sent)):
        ps = pieces_of(tok)
        if tag == "O" or len(ps) == 1:
            for w, _ in ps:
                words.append(w)
                tags.append(tag)
                owner.append(ti)
            continue
        word_idx = [i for i, (_, p) in enumerate(ps) if not p] or list(range(len(ps)))
        lo, hi = word_idx[0], word_idx[-1]
        typ = tag[2:]
        for i, (w, _) in enumerate(ps):
            if i < lo or i > hi:
                t = "O"
            elif i == lo and tag.startswith("B-"):
                t = "B-" + typ
            else:
                t = "I-" + typ
            words.append(w)
            tags.append(t)
            owner.append(ti)
    # An I- piece after an O edge piece must restart the entity.
    for i, t in enumerate(tags):
        if t.startswith("I-") and (i == 0 or tags[i - 1] == "O"):
            tags[i] = "B-" + t[2:]
    return words, tags, owner


def pieces_to_tokens(pred: Sequence[str], owner: Sequence[int], n_tokens: int) -> list[str]:
    """Project piece tags back onto corpus tokens: a token takes the entity that overlaps it."""
    out = ["O"] * n_tokens
    for s, e, typ in entity_spans(pred):
        toks = sorted({owner[i] for i in range(s, e)})
        for k, ti in enumerate(toks):
            if out[ti] == "O":
                out[ti] = ("B-" if k == 0 else "I-") + typ
    return out


def write_counts(sentences: Sequence[Sequence[str]], path: Path) -> dict[str, int]:
    counts = Counter(w for s in sentences for w in s)
    lines = ["# normalized word<TAB>frequency in the unlabelled training text (drives clitic stripping)"]
    lines += [f"{w}\t{c}" for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= 2]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dict(counts)


def build_resources(train: list[Sentence], extra: dict[str, list[Sentence]], out_dir: Path,
                    actor_dict: Optional[Path], clubs: bool = True) -> dict:
    """Write wordcounts.tsv, clusters.tsv, gazetteer.tsv and translit.tsv into ``out_dir`` from training text
    only. ``clubs``: the sports club list (``data/clubs.tsv``) gives gazetteer types CLUB/CLUBWORD and its
    words are foreign-word positives of the transliteration score (docs/ner.md, rows C1-C2)."""
    unlabelled = [to_pieces(s)[0] for s in train] + [to_pieces(s)[0] for v in extra.values() for s in v]
    counts = write_counts(unlabelled, out_dir / "wordcounts.tsv")
    feat = Featurizer(load_resources(out_dir))
    stems = [[feat.analyse(w)[1] for w in s] for s in unlabelled]
    cl = clusters_mod.build(stems, out=out_dir / "clusters.tsv")
    common = gazetteer_mod.common_words(train + [s for v in extra.values() for s in v])
    gz = gazetteer_mod.build(actor_dict, common, out=out_dir / "gazetteer.tsv", clubs=clubs)
    foreign, names, ordinary = translit_mod.source_words(actor_dict, train)
    if clubs:
        foreign |= gazetteer_mod.club_words() - ordinary
    tl = translit_mod.build(foreign, names, ordinary, out=out_dir / "translit.tsv")
    return {"words": len(counts), **cl, "gazetteer": gz, "translit": tl}


def build_memory(sents: Sequence[Sentence], analyse) -> tuple[dict, dict]:
    """Names seen in labelled text: stem -> types (mostly / sometimes inside an entity), phrase -> type."""
    occ: Counter = Counter()
    inside: dict[str, Counter] = {}
    phrases: dict[tuple[str, ...], Counter] = {}
    for sent in sents:
        words, tags, _ = to_pieces(sent)
        stems = [analyse(w)[1] for w in words]
        occ.update(stems)
        for s, e, t in entity_spans(tags):
            for st in stems[s:e]:
                inside.setdefault(st, Counter())[t] += 1
            if e - s > 1:
                phrases.setdefault(tuple(stems[s:e]), Counter())[t] += 1
    words: dict[str, tuple[str, ...]] = {}
    for st, c in inside.items():
        if not any(ch.isalnum() for ch in st):
            continue
        types = [t if n / occ[st] >= 0.5 else "~" + t for t, n in c.items() if n / occ[st] >= 0.1]
        if types:
            words[st] = tuple(sorted(types))
    return words, {k: c.most_common(1)[0][0] for k, c in phrases.items()}


def write_memory(words: dict, phrases: dict, path: Path) -> None:
    lines = ["# names seen in the labelled training text (built by `hadath train ner`): stems<TAB>types"]
    lines += [f"{w}\t{','.join(t)}" for w, t in sorted(words.items())]
    lines += [f"{' '.join(k)}\t{t}" for k, t in sorted(phrases.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def with_memory(res: Resources, words: dict, phrases: dict) -> Resources:
    by_first: dict[str, list] = {}
    for k, t in phrases.items():
        by_first.setdefault(k[0], []).append((k, t))
    return replace(res, memory=words, memory_phrases=by_first)


def featurize_jackknife(res: Resources, corpus: list[Sentence], folds: int = FOLDS):
    """Training features where each fold's name memory comes from the other folds only, so the CRF learns
    how far to trust memory on names it has not seen, as at run time."""
    analyse = Featurizer(res).analyse
    xs, ys = [None] * len(corpus), [None] * len(corpus)
    for k in range(folds):
        others = [s for i, s in enumerate(corpus) if i % folds != k]
        feat = Featurizer(with_memory(res, *build_memory(others, analyse)))
        idx = [i for i in range(len(corpus)) if i % folds == k]
        fx, fy, _ = featurize(feat, [corpus[i] for i in idx])
        for i, x, y in zip(idx, fx, fy):
            xs[i], ys[i] = x, y
    return xs, ys


def featurize(feat: Featurizer, sents: Sequence[Sentence]):
    xs, ys, meta = [], [], []
    for s in sents:
        words, tags, owner = to_pieces(s)
        xs.append(feat.sentence(words))
        ys.append(tags)
        meta.append((words, owner, len(s[0])))
    return xs, ys, meta


def train_crf(xs, ys, path: Path, c1: float, c2: float, max_iter: int = MAX_ITER, algorithm: str = "lbfgs",
              algo_params: Optional[dict] = None) -> None:
    """A CRF over ``xs``/``ys`` into ``path``; c1/c2 apply to L-BFGS only (crfsuite's other trainers, "ap",
    "pa", "arow", "l2sgd", take their own ``algo_params``; docs/ner.md rows Z1-Z5 compare them)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    params = {"max_iterations": max_iter, "feature.possible_transitions": True}
    if algorithm == "lbfgs":
        params.update(c1=c1, c2=c2)
    trainer.set_params(params | (algo_params or {}))
    trainer.train(str(path))


def dev_scores(model_path: Path, xs, meta, dev: list[Sentence]) -> dict:
    import pycrfsuite

    from hadath.ner.evaluate import score

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    gold, pred = [], []
    for x, (words, owner, n), s in zip(xs, meta, dev):
        pred.append(pieces_to_tokens(tagger.tag(x), owner, n))
        gold.append(s[1])
    tagger.close()
    return score(gold, pred)


@dataclass
class TrainReport:
    dev: Optional[dict]  # None for a build that trained on the dev split too
    params: dict
    seconds: float
    sizes: dict = field(default_factory=dict)
    grid: list = field(default_factory=list)
    shifts: list = field(default_factory=list)


def train(shared: Path, out_dir: Path = DATA_DIR, extra_sets: Sequence[str] = (),
          grid: Sequence[tuple[float, float]] = (), c1: float = DEFAULT_C1, c2: float = DEFAULT_C2,
          max_iter: int = MAX_ITER, holdout_dev: bool = False, o_shift: float = DEFAULT_O_SHIFT,
          algorithm: str = "lbfgs", algo_params: Optional[dict] = None, clubs: bool = True,
          log=print) -> TrainReport:
    """Build lookup tables and the CRF in ``out_dir``.

    ``holdout_dev``: train on ANERcorp train minus the dev split and score dev (the figures in docs/ner.md;
    ``grid`` lists (c1, c2) pairs to choose from, and the O-bias shift is swept on dev and reported).
    Otherwise (the shipped build) train on all of ANERcorp train with the hyper-parameters chosen on dev:
    no dev figure then. ``extra_sets`` ("aqmar", "wojood") adds those corpora as labelled training data; off
    by default because it lowered dev F1. Their text is always used, unlabelled, for clusters and counts.
    ``clubs``: use the sports club list (``build_resources``)."""
    t0 = time.perf_counter()
    ner_dir = shared / "data" / "ner"
    train_sents, dev = anercorp_split(ner_dir / "anercorp" / "train.txt")
    if not holdout_dev:
        train_sents, dev = train_sents + dev, []
    extra_all = load_extra(ner_dir)
    extra = {k: v for k, v in extra_all.items() if k in extra_sets}
    out_dir.mkdir(parents=True, exist_ok=True)
    actor_dict = shared / "data" / "dictionaries" / "oeda-arabic" / "actor_dict_ar_v5.txt"
    sizes = build_resources(train_sents, extra_all, out_dir, actor_dict, clubs)
    log(f"lookup tables built in {time.perf_counter() - t0:.0f}s: {sizes}")
    corpus = train_sents + [s for v in extra.values() for s in v]
    base = load_resources(out_dir)
    xs, ys = featurize_jackknife(base, corpus)
    write_memory(*build_memory(corpus, Featurizer(base).analyse), out_dir / "memory.tsv")
    dxs, _, dmeta = featurize(Featurizer(load_resources(out_dir)), dev)
    log(f"features for {len(xs)} train / {len(dxs)} dev sentences in {time.perf_counter() - t0:.0f}s")
    model_path = out_dir / "ner.crfsuite"
    params = {"c1": c1, "c2": c2, "max_iter": max_iter, "o_shift": o_shift, "extra": list(extra),
              "algorithm": algorithm, **(algo_params or {}), "clubs": clubs,
              "trained_on": "train minus dev" if holdout_dev else "all of ANERcorp train"}
    if not holdout_dev:
        t1 = time.perf_counter()
        train_crf(xs, ys, model_path, c1, c2, max_iter, algorithm, algo_params)
        shift_o_bias(model_path, o_shift)
        log(f"CRF trained in {time.perf_counter() - t1:.0f}s")
        build_prefill(model_path, log)
        sizes["model_bytes"] = model_path.stat().st_size
        return TrainReport(dev=None, params=params, seconds=time.perf_counter() - t0, sizes=sizes)
    results = []
    best = None
    for a, b in (grid or [(c1, c2)]):
        tmp = out_dir / f"ner.{a}-{b}.tmp"
        t1 = time.perf_counter()
        train_crf(xs, ys, tmp, a, b, max_iter, algorithm, algo_params)
        shift_o_bias(tmp, o_shift)
        sc = dev_scores(tmp, dxs, dmeta, dev)
        f1 = sc["ALL"]["f1"]
        results.append({"c1": a, "c2": b, "f1": f1, "seconds": round(time.perf_counter() - t1, 1)})
        log(f"c1={a} c2={b}: dev F1 {f1:.4f} ({time.perf_counter() - t1:.0f}s)")
        if best is None or f1 > best[0]:
            if best:
                best[2].unlink(missing_ok=True)
            best = (f1, (a, b), tmp, sc)
        else:
            tmp.unlink(missing_ok=True)
    best[2].replace(model_path)
    shifts = sweep_o_shift(model_path, dxs, dmeta, dev, o_shift)
    log("O-bias shift on dev: " + ", ".join(f"{d:+.2f}: {f:.4f}" for d, f in shifts))
    build_prefill(model_path, log)
    sizes["model_bytes"] = model_path.stat().st_size
    params.update(c1=best[1][0], c2=best[1][1])
    return TrainReport(dev=best[3], params=params, seconds=time.perf_counter() - t0, sizes=sizes, grid=results,
                       shifts=shifts)


def build_prefill(model_path: Path, log=print) -> None:
    """Rebuild the vocabulary's pre-computed type features next to the new model (``prefill.py``): the old file
    no longer matches it and would be ignored."""
    from hadath.ner import prefill

    t = time.perf_counter()
    out = prefill.build(model_path, prefill.vocabulary())
    log(f"pre-computed type features of the vocabulary: {out.name} in {time.perf_counter() - t:.0f}s")


def sweep_o_shift(model_path: Path, xs, meta, dev, applied: float,
                  shifts: Sequence[float] = O_SHIFT_GRID) -> list[tuple[float, float]]:
    """Dev F1 for each total O-bias shift (the model already carries ``applied``); the model is unchanged."""
    import shutil
    import tempfile

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        for d in shifts:
            shutil.copy(model_path, path)
            shift_o_bias(path, d - applied)
            out.append((d, dev_scores(path, xs, meta, dev)["ALL"]["f1"]))
    return out
