"""Ingest throughput end to end into SQLite, on SaudiNewsNet articles (benchmark only; never shipped).

    .venv/bin/python benchmarks/ingest.py [--n 500] [--jobs 1] [--json OUT.json]

Results also go to benchmarks/results/ingest.json (latest) and ingest.runs.jsonl (every run).

Prints three figures for the same articles, each into a fresh SQLite file:
  pipeline   articles/s of the pipeline alone (no store), in this process
  ingest     articles/s of `hadath ingest` end to end (read JSONL, dedup, pipeline, store)
  store      articles/s of ingest with an empty pipeline: the store's own cost (read, hash, MinHash, write)
and the store overhead as a share of the end-to-end time. While a stage cannot load (e.g. an untrained
model) the longest working prefix of the pipeline is measured, and the report says so.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hadath.paths import shared_data  # noqa: E402


def load_articles(n: int) -> list[dict]:
    """The first n non-empty SaudiNewsNet articles, day files in date order."""
    folder = shared_data("corpora", "saudinewsnet")
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        sys.exit(f"benchmark: no SaudiNewsNet zips in {folder} (set HADATH_SHARED)")
    out: list[dict] = []
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    text = (rec.get("content") or "").strip()
                    if text:
                        out.append({"id": f"{name}:{len(out)}", "text": text, "title": rec.get("title"),
                                    "url": rec.get("url"), "date": (rec.get("date_extracted") or "")[:10] or None,
                                    "source": rec.get("source")})
                    if len(out) >= n:
                        return out
    return out


def working_pipeline(sample: str):
    """The default pipeline, or its longest prefix that runs (reports what was cut)."""
    from hadath.document import Document
    from hadath.pipeline import DEFAULT_STAGES, Pipeline, load_stage

    stages, note = [], "full pipeline"
    for path in DEFAULT_STAGES:
        try:
            stage = load_stage(path)
            Pipeline(stages + [stage])(Document(sample, date="2015-07-21"))
        except Exception as exc:  # noqa: BLE001 - report and measure what works
            note = f"pipeline cut before {path} ({type(exc).__name__}: {str(exc).splitlines()[0][:80]})"
            break
        stages.append(stage)
    return Pipeline(stages), note


def empty_pipeline(doc):
    doc.meta["stages"] = {}
    return doc


def timed_ingest(path: Path, db: str, jobs: int) -> tuple[float, object]:
    from hadath.ingest.runner import ingest
    from hadath.store.db import close_all

    mapper = None
    if jobs > 1:
        from functools import partial

        from hadath.scale.engines import map_items

        mapper = partial(map_items, engine="local", jobs=jobs)
    close_all()
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    stats = ingest([path], db=db, mapper=mapper)
    stats.cpu = time.process_time() - c0  # this process only (workers not included)
    stats.cpu_tree = stats.cpu + _children_cpu() - k0  # plus the pool workers (reaped when the pool closes)
    return time.perf_counter() - t0, stats


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="articles (default 500)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()

    from hadath.document import Document
    from hadath.ingest import runner

    arts = load_articles(args.n)
    chars = sum(len(a["text"]) for a in arts)
    pipe, note = working_pipeline(arts[0]["text"])
    print(f"{len(arts)} SaudiNewsNet articles, {chars / len(arts):.0f} chars on average; {note}; "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")

    t0, c0 = time.perf_counter(), time.process_time()
    for a in arts:
        pipe(Document(a["text"], id=a["id"], date=a["date"]))
    t_pipe, c_pipe = time.perf_counter() - t0, time.process_time() - c0

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        runner.set_pipeline(pipe)
        t_ingest, st = timed_ingest(src, f"sqlite:///{tmp}/full.db", args.jobs)
        runner.set_pipeline(empty_pipeline)
        t_store, st0 = timed_ingest(src, f"sqlite:///{tmp}/store.db", args.jobs)
        runner.set_pipeline(pipe)
        t_again, st_again = timed_ingest(src, f"sqlite:///{tmp}/full.db", args.jobs)

    n = len(arts)
    figures = {
        "articles": n, "pipeline": note, "jobs": args.jobs,
        "pipeline_articles_per_s": round(n / t_pipe, 1),
        "ingest_articles_per_s": round(n / t_ingest, 1),
        "store_only_articles_per_s": round(n / t_store, 1),
        "store_share_of_ingest": round(min(t_store / t_ingest, 1.0), 3),
        "cpu_ms_per_article": {"pipeline": round(1000 * c_pipe / n, 1), "ingest_main_process": round(1000 * st.cpu / n, 1),
                               "ingest_process_tree": round(1000 * st.cpu_tree / n, 1),
                               "store_only": round(1000 * st0.cpu / n, 1)},
        "load_average_1min": round(os.getloadavg()[0], 2),
        "reingest_seconds": round(t_again, 2),
        "stored": {"new": st.new, "duplicates": st.duplicates, "events": st.events, "mentions": st.mentions,
                   "errors": st.errors},
    }
    print(f"pipeline alone : {figures['pipeline_articles_per_s']:8.1f} articles/s")
    print(f"ingest (e2e)   : {figures['ingest_articles_per_s']:8.1f} articles/s  "
          f"(new {st.new}, duplicates {st.duplicates}, events {st.events}, errors {st.errors})")
    print(f"store only     : {figures['store_only_articles_per_s']:8.1f} articles/s  "
          f"(= {100 * figures['store_share_of_ingest']:.0f}% of the end-to-end time)")
    print(f"re-ingest      : {t_again:8.2f} s (nothing new: {st_again.new == 0 and st_again.events == 0})")
    cpu = figures["cpu_ms_per_article"]
    print(f"CPU ms/article : pipeline {cpu['pipeline']}, ingest (this process) {cpu['ingest_main_process']}, "
          f"ingest (with workers) {cpu['ingest_process_tree']}, "
          f"store only {cpu['store_only']}; load average {figures['load_average_1min']} "
          f"(wall-clock figures shrink on an idle machine)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    from corpus import save_result

    print(f"written {save_result('ingest', figures)}")


if __name__ == "__main__":
    main()
