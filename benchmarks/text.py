"""Speed of the text layer: MB/s of Arabic through decode + normalize + sentences + tokens, on one core.

Input: the seed article repeated, and (when present) SaudiNewsNet articles from ../shared (benchmark use only).
Run: .venv/bin/python benchmarks/text.py [--articles N] [--rounds R]

The machine may be shared, so the corpus is timed in chunks of 50 documents over several rounds: "best" sums,
for each chunk, its fastest round (the least disturbed speed of one core); "median" is the median round.
The first round also warms the per-word clitic cache; "cold" is that round alone.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
import zipfile

from hadath.document import Document
from hadath.paths import shared_data, shared_dir
from hadath.text.decode import decode_bytes
from hadath.text.stage import TextStage

CHUNK = 50


def saudinewsnet(limit: int) -> list[str]:
    out: list[str] = []
    for z in sorted(shared_data("corpora", "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    if (art.get("content") or "").strip():
                        out.append(art["content"])
                        if len(out) >= limit:
                            return out
    return out


def _time_chunk(blobs: list[bytes], stage: TextStage) -> tuple[float, int]:
    n_tokens = 0
    t0 = time.process_time()
    for i, b in enumerate(blobs):
        doc = stage(Document(decode_bytes(b, f"doc{i}")))
        n_tokens += len(doc.tokens)
    return time.process_time() - t0, n_tokens


def run(label: str, texts: list[str], stage: TextStage, rounds: int) -> None:
    blobs = [t.encode("utf-8") for t in texts]
    mb = sum(len(b) for b in blobs) / 1e6
    chunks = [blobs[i:i + CHUNK] for i in range(0, len(blobs), CHUNK)]
    times = []  # times[round][chunk]
    n_tokens = 0
    for _ in range(rounds):
        row = []
        n_tokens = 0
        for c in chunks:
            t, n = _time_chunk(c, stage)
            row.append(t)
            n_tokens += n
        times.append(row)
    cold = sum(times[0])
    best = sum(min(r[i] for r in times[1:] or times) for i in range(len(chunks)))
    median = statistics.median(sum(r) for r in times[1:] or times)
    print(f"{label}: {len(blobs)} docs, {mb:.2f} MB, {n_tokens} tokens (CPU time, one core)")
    for name, t in (("cold", cold), ("median", median), ("best", best)):
        print(f"  {name:>6}: {t:6.2f} s -> {mb / t:5.2f} MB/s, {len(blobs) / t:6.0f} docs/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000, help="SaudiNewsNet articles to use")
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    stage = TextStage()
    seed = shared_dir() / "examples" / "seed" / "article.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        stage(Document(text))
        print(f"first document (loads the vocabulary): {time.perf_counter() - t0:.2f} s")
        run("seed article x100", [text] * 100, stage, args.rounds)
    else:
        print("seed article not found (set HADATH_SHARED); skipping")
    arts = saudinewsnet(args.articles) if shared_data("corpora", "saudinewsnet").is_dir() else []
    if arts:
        run("SaudiNewsNet", arts, stage, args.rounds)
    else:
        print("SaudiNewsNet not found; skipping")


if __name__ == "__main__":
    main()
