"""Actor matching speed with every lexicon loaded (target >= 1 MB/s of text), plus the full actor stage.

Text: SaudiNewsNet articles (benchmark use only) from ../shared, else the seed article repeated.
Run: ``python benchmarks/actors.py [--mb 2]``.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hadath.actors.stage import ActorStage, default_resolver  # noqa: E402
from hadath.document import Document  # noqa: E402
from hadath.paths import shared_data, shared_dir  # noqa: E402
from hadath.text.normalize import normalize  # noqa: E402


def corpus(mb: float) -> list[str]:
    want = int(mb * 1_000_000)
    texts: list[str] = []
    size = 0
    for path in sorted(glob.glob(str(shared_data("corpora", "saudinewsnet", "*.zip")))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    texts.append(art.get("content") or "")
                    size += len(texts[-1].encode("utf-8"))
                    if size >= want:
                        return texts
    if not texts:  # no shared data: the seed article, repeated
        seed = (shared_dir() / "examples" / "seed" / "article.txt")
        base = seed.read_text("utf-8") if seed.exists() else "قال الرئيس العراقي برهم صالح إن بلاده تدعم الحوار. "
        texts = [base] * max(1, want // len(base.encode("utf-8")))
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0, help="megabytes of text to run over")
    args = ap.parse_args()
    t0 = time.perf_counter()
    resolver = default_resolver()
    print(f"load lexicons + automaton: {time.perf_counter() - t0:.2f} s "
          f"({len(resolver.lex.entries)} entries, {len(resolver.matcher.automaton)} keys)")
    texts = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    norms = [normalize(t).text for t in texts]

    t0 = time.perf_counter()
    hits = sum(len(resolver.matcher.find(n)) for n in norms)
    dt = time.perf_counter() - t0
    print(f"matching:   {mb:.2f} MB, {len(texts)} docs, {hits} hits in {dt:.2f} s = {mb / dt:.2f} MB/s")

    stage = ActorStage()
    t0 = time.perf_counter()
    n_actors = sum(len(stage(Document(t, date="2015-07-21")).actors) for t in texts)
    dt = time.perf_counter() - t0
    print(f"full stage: {mb:.2f} MB, {n_actors} actors in {dt:.2f} s = {mb / dt:.2f} MB/s "
          f"(normalize + match + resolve + entities)")


if __name__ == "__main__":
    main()
