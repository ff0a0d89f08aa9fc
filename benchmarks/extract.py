"""Extract throughput (articles/s, chars/s), peak memory, model load time and 1 -> 2 worker scaling.

Runs `hadath extract --jsonl` as the user would, on SaudiNewsNet articles, and measures the child's peak RSS.
Usage: python benchmarks/extract.py [--n 1000] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import save_result, saudinewsnet, write_jsonl

HADATH = [sys.executable, "-m", "hadath"]


def run(jsonl: Path, jobs: int) -> dict:
    out = jsonl.with_suffix(f".out{jobs}.jsonl")
    t0 = time.perf_counter()
    proc = subprocess.Popen(HADATH + ["extract", "--jsonl", str(jsonl), "-o", str(out), "--jobs", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = tree_peak_rss(proc)
    err = proc.stderr.read()
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"extract failed: {err.strip()[-500:]}")
    lines = sum(1 for _ in open(out, encoding="utf-8"))
    return {"jobs": jobs, "seconds": round(secs, 2), "articles": lines, "articles_per_s": round(lines / secs, 1),
            "peak_rss_mb_tree": round(peak / 2**20, 1)}


def tree_peak_rss(proc: subprocess.Popen) -> int:
    """Peak of the summed RSS of a process and its children, sampled every 50 ms until it exits."""
    import psutil

    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    return peak


def load_time() -> float:
    code = "import time;t=time.perf_counter();from hadath.pipeline import default_pipeline as d;" \
           "import hadath;hadath.extract('بحث الوزير مع نظيره',date='2020-01-01');print(time.perf_counter()-t)"
    return round(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                      check=True).stdout.strip()), 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    arts = saudinewsnet(args.n)
    chars = sum(len(a["text"]) for a in arts)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = write_jsonl(arts, Path(tmp) / "in.jsonl")
        results = [run(jsonl, j) for j in args.jobs]
    for r in results:
        r["chars_per_s"] = round(chars / r["seconds"])
    load = load_time()
    scaling = None
    if len(results) >= 2:
        scaling = round(results[0]["seconds"] / results[-1]["seconds"], 2)
    print(f"articles: {len(arts)}  chars: {chars}  model+pipeline load + first doc: {load}s")
    for r in results:
        print(f"jobs={r['jobs']}: {r['articles_per_s']} articles/s, {r['chars_per_s']} chars/s, "
              f"{r['seconds']}s, peak RSS (process tree) {r['peak_rss_mb_tree']} MB")
    if scaling:
        print(f"scaling {args.jobs[0]} -> {args.jobs[-1]} workers: {scaling}x")
    path = save_result("extract", {"articles": len(arts), "chars": chars, "load_seconds": load,
                                   "runs": results, "scaling": scaling})
    print(f"written {path}")


if __name__ == "__main__":
    main()
