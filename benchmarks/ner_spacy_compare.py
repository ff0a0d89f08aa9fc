"""spaCy's trainable NER vs the CRF on the fixed dev split (issue #3; results in docs/ner_spacy.md).

Trains a blank Arabic spaCy pipeline (``spacy.blank("ar")``, no pretrained vectors or models) on ANERcorp train
minus the dev split (``hadath.ner.corpus.anercorp_split``: the last 10% of sentences, 397 sentences, 969
entities), then scores dev with entity-level exact match (``hadath.ner.evaluate.score``, conlleval-style) on
ANERcorp's own tokens, and times tagging on one core (warm). spaCy is not a hadath dependency: run this with
a separate venv that has it, e.g.

    python3.11 -m venv /tmp/spacyenv && /tmp/spacyenv/bin/pip install 'spacy>=3.7,<4'
    taskset -c 0 /tmp/spacyenv/bin/python benchmarks/ner_spacy_compare.py all --preset efficiency

Steps: ``prepare`` (DocBins and config), ``train`` (``spacy train`` in a subprocess on one thread, capped at
``--max-minutes`` of wall time; model-last is scored: the dev split is passed as spaCy's eval set only for its
progress log, patience is off, so dev never chooses the model; ``--model model-best`` scores the dev-chosen
checkpoint as an optimistic bound), ``score`` (P/R/F1, tokens/s, size). ``all`` runs the three; the default is
``score`` alone, so `make bench` never trains.
Without spaCy or ../shared it prints one line and exits 0, so `make bench` never fails on it.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the spaCy venv does not have hadath installed

from hadath.ner.corpus import anercorp_split, entity_spans  # noqa: E402  (stdlib only)
from hadath.ner.evaluate import score  # noqa: E402
from hadath.paths import shared_data  # noqa: E402

TYPES = ("LOC", "MISC", "ORG", "PER")


def to_docs(nlp, sents):
    from spacy.tokens import Doc, Span

    docs = []
    for toks, tags in sents:
        doc = Doc(nlp.vocab, words=toks, spaces=[True] * (len(toks) - 1) + [False])
        doc.ents = [Span(doc, s, e, label=t) for s, e, t in entity_spans(tags)]
        docs.append(doc)
    return docs


def prepare(work: Path, preset: str, seed: int) -> None:
    import spacy
    from spacy.tokens import DocBin

    train, dev = anercorp_split(shared_data("ner", "anercorp", "train.txt"))
    nlp = spacy.blank("ar")
    work.mkdir(parents=True, exist_ok=True)
    for name, sents in (("train", train), ("dev", dev)):
        DocBin(docs=to_docs(nlp, sents)).to_disk(work / f"{name}.spacy")
    n_ent = sum(len(entity_spans(t)) for _, t in dev)
    print(f"train {len(train)} sentences / {sum(len(t) for t, _ in train)} tokens; "
          f"dev {len(dev)} sentences / {n_ent} entities")
    cfg = work / f"{preset}.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(cfg), "--lang", "ar",
                    "--pipeline", "ner", "--optimize", preset, "--force"], check=True)


def train(work: Path, preset: str, seed: int, max_steps: int, max_epochs: int, max_minutes: float) -> float:
    """``spacy train`` on one core; after ``max_minutes`` of wall time it gets SIGINT, on which spaCy saves
    model-last (the weights at that step) before exiting."""
    out = work / f"model-{preset}"
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "spacy", "train", str(work / f"{preset}.cfg"), "--output", str(out),
           "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
           "--system.seed", str(seed), "--training.max_steps", str(max_steps),
           "--training.max_epochs", str(max_epochs), "--training.patience", "0"]
    if preset == "accuracy":  # its config asks for static vectors, which a blank pipeline does not have
        cmd += ["--components.tok2vec.model.embed.include_static_vectors", "false"]
    print(" ".join(cmd), flush=True)
    t0 = time.perf_counter()
    # A job started in the background of a script inherits SIGINT ignored; restore it so the cap can stop spaCy.
    proc = subprocess.Popen(cmd, env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    capped = False
    try:
        proc.wait(timeout=max_minutes * 60 if max_minutes > 0 else None)
    except subprocess.TimeoutExpired:
        capped = True
        proc.send_signal(signal.SIGINT)
        proc.wait()
    secs = time.perf_counter() - t0
    cap = f" (stopped at the {max_minutes:g}-minute cap)" if capped else ""
    print(f"training wall time {secs / 60:.1f} min{cap}")
    (work / f"train-{preset}.json").write_text(json.dumps({"seconds": secs, "capped": capped, "cmd": cmd}))
    return secs


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def score_model(work: Path, preset: str, model: str = "model-last") -> None:
    import spacy
    from spacy.tokens import Doc

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    path = work / f"model-{preset}" / model
    nlp = spacy.load(path)
    _, dev = anercorp_split(shared_data("ner", "anercorp", "train.txt"))

    def docs():
        return [Doc(nlp.vocab, words=t, spaces=[True] * (len(t) - 1) + [False]) for t, _ in dev]

    gold, pred = [], []
    for (toks, tags), doc in zip(dev, nlp.pipe(docs(), batch_size=64)):
        p = ["O"] * len(toks)
        for e in doc.ents:
            p[e.start] = "B-" + e.label_
            for i in range(e.start + 1, e.end):
                p[i] = "I-" + e.label_
        gold.append(tags)
        pred.append(p)
    sc = score(gold, pred)
    print(f"{preset}/{model}: {path}")
    for t in list(TYPES) + ["ALL"]:
        s = sc.get(t)
        if s:
            print(f"  {t:<5} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                  f"gold {s['support']}  predicted {s['predicted']}")
    n_tok = sum(len(t) for t, _ in dev)
    rates = []
    for _ in range(3):  # warm: the model is loaded and has tagged dev once above
        d = docs()
        c0 = time.process_time()
        for _doc in nlp.pipe(d, batch_size=64):
            pass
        rates.append(n_tok / (time.process_time() - c0))
    print(f"  speed: {n_tok} dev tokens, one core, warm, nlp.pipe(batch_size=64) on pre-tokenized Docs: "
          f"{max(rates):,.0f} tokens/s CPU (best of 3; runs {', '.join(f'{r:,.0f}' for r in rates)})")
    print(f"  size on disk: {dir_size(path) / 1e6:.1f} MB ({path.name})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", nargs="?", default="score", choices=("all", "prepare", "train", "score"),
                    help="default: score an already trained model (so `make bench` never trains)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/ner_spacy"))
    ap.add_argument("--preset", default="efficiency", choices=("efficiency", "accuracy"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-steps", type=int, default=20000, help="spaCy's default")
    ap.add_argument("--max-minutes", type=float, default=22.0, help="wall-time cap on training (0: none)")
    ap.add_argument("--max-epochs", type=int, default=0)
    ap.add_argument("--model", default="model-last", help="model-last (default) or model-best (dev-chosen)")
    args = ap.parse_args()
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("benchmark skipped: spaCy is not importable (install it in a separate venv, see the docstring)")
        return
    if not shared_data("ner", "anercorp", "train.txt").exists():
        print(f"benchmark skipped: {shared_data('ner', 'anercorp', 'train.txt')} is absent (../shared not mounted)")
        return
    if args.step in ("all", "prepare"):
        prepare(args.work, args.preset, args.seed)
    if args.step in ("all", "train"):
        train(args.work, args.preset, args.seed, args.max_steps, args.max_epochs, args.max_minutes)
    if args.step == "score" and not (args.work / f"model-{args.preset}" / args.model).exists():
        print(f"benchmark skipped: no trained spaCy model in {args.work} (run with `all` first, ~22 min)")
        return
    if args.step in ("all", "score"):
        score_model(args.work, args.preset, args.model)


if __name__ == "__main__":
    main()
