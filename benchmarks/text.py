"""Speed of the text layer: MB/s of Arabic through decode + normalize + sentences + tokens, on one core.

Input: the seed article repeated, and (when present) SaudiNewsNet articles from ../shared (benchmark use only).
Run: .venv/bin/python benchmarks/text.py [--articles N]
"""
from __future__ import annotations

import argparse
import json
import time
import zipfile

from hadath.document import Document
from hadath.paths import shared_data, shared_dir
from hadath.text.decode import decode_bytes
from hadath.text.stage import TextStage


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


def run(label: str, texts: list[str], stage: TextStage, rounds: int = 3) -> None:
    """First round: cold word-analysis cache; then the best of ``rounds`` warm rounds (the machine is shared,
    so the best round is the least disturbed one)."""
    blobs = [t.encode("utf-8") for t in texts]
    mb = sum(len(b) for b in blobs) / 1e6
    results = []
    for _ in range(1 + rounds):
        n_tokens = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for i, b in enumerate(blobs):
            doc = stage(Document(decode_bytes(b, f"doc{i}"), id=str(i)))
            n_tokens += len(doc.tokens)
        results.append((time.perf_counter() - t0, time.process_time() - c0))
    print(f"{label}: {len(blobs)} docs, {mb:.2f} MB, {n_tokens} tokens")
    for name, (dt, cpu) in (("cold", results[0]), ("warm", min(results[1:], key=lambda r: r[1]))):
        print(f"  {name}: cpu {cpu:.2f} s, wall {dt:.2f} s -> {mb / cpu:.2f} MB/s of CPU time "
              f"({mb / dt:.2f} MB/s wall), {len(blobs) / cpu:.0f} docs/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000, help="SaudiNewsNet articles to use")
    args = ap.parse_args()
    stage = TextStage()
    seed = shared_dir() / "examples" / "seed" / "article.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        stage(Document(text))  # loads the vocabulary
        print(f"first document (loads data): {time.perf_counter() - t0:.2f} s")
        run("seed article x100", [text] * 100, stage)
    else:
        print("seed article not found (set HADATH_SHARED); skipping")
    arts = saudinewsnet(args.articles) if shared_data("corpora", "saudinewsnet").is_dir() else []
    if arts:
        run("SaudiNewsNet", arts, stage)
    else:
        print("SaudiNewsNet not found; skipping")


if __name__ == "__main__":
    main()
