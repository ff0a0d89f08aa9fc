"""Extract throughput (articles/s, chars/s), peak memory, model load time and 1 -> 2 worker scaling.

Runs `hadath extract --jsonl` as the user would, on SaudiNewsNet articles, and measures the child's peak RSS
and the CPU seconds of its whole process tree (a load-independent figure: wall-clock throughput on a shared
machine varies with what else runs, so the 1-minute load average is recorded before and after each run).
Usage: python benchmarks/extract.py [--n 1000] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import save_result, saudinewsnet, write_jsonl

HADATH = [sys.executable, "-m", "hadath"]


def _children_cpu() -> float:
    """User + system CPU seconds of every waited-for child process (and theirs: the pool workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(jsonl: Path, jobs: int) -> dict:
    out = jsonl.with_suffix(f".out{jobs}.jsonl")
    load0 = os.getloadavg()[0]
    c0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(HADATH + ["extract", "--jsonl", str(jsonl), "-o", str(out), "--jobs", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = tree_peak_rss(proc)
    err = proc.stderr.read()
    secs = time.perf_counter() - t0
    cpu = _children_cpu() - c0
    if proc.returncode not in (0, 1):
        sys.exit(f"extract failed: {err.strip()[-500:]}")
    lines = sum(1 for _ in open(out, encoding="utf-8"))
    return {"jobs": jobs, "seconds": round(secs, 2), "articles": lines, "articles_per_s": round(lines / secs, 1),
            "peak_rss_mb_tree": round(peak / 2**20, 1), "cpu_seconds_tree": round(cpu, 2),
            "cpu_ms_per_article": round(1000 * cpu / max(lines, 1), 1),
            "load_average_1min": [round(load0, 2), round(os.getloadavg()[0], 2)]}


def tree_peak_rss(proc: subprocess.Popen) -> int:
    """Peak of the summed RSS of a process and its children, sampled every 200 ms until it exits (each sample
    walks /proc; at 50 ms this benchmark itself took ~9% of a core from the two it measures)."""
    import psutil

    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
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
              f"{r['seconds']}s, peak RSS (process tree) {r['peak_rss_mb_tree']} MB, "
              f"CPU {r['cpu_ms_per_article']} ms/article (whole tree, user+sys), "
              f"load average {r['load_average_1min'][0]} -> {r['load_average_1min'][1]}")
    if scaling:
        print(f"scaling {args.jobs[0]} -> {args.jobs[-1]} workers: {scaling}x")
    path = save_result("extract", {"articles": len(arts), "chars": chars, "load_seconds": load,
                                   "runs": results, "scaling": scaling})
    print(f"written {path}")


if __name__ == "__main__":
    main()
