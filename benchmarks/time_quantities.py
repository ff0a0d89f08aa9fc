"""Throughput and a sample of what the time and quantities stages find on SaudiNewsNet (evaluation only).

    .venv/bin/python benchmarks/time_quantities.py [N_ARTICLES] [--sample K]

Prints articles/s and chars/s for each stage, counts per rule and unit, and K random expressions with their
values for eyeballing false positives. Needs ../shared/data/corpora/saudinewsnet (skips otherwise).
"""
from __future__ import annotations

import collections
import glob
import json
import random
import sys
import time
import zipfile

from hadath.document import Document
from hadath.paths import shared_data
from hadath.quantities.stage import QuantityStage
from hadath.text.normalize import normalize
from hadath.time.stage import TimeStage


def articles(n: int):
    out = []
    for path in sorted(glob.glob(str(shared_data("corpora", "saudinewsnet", "*.zip")))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for a in json.loads(z.read(name)):
                    out.append((a["content"], a["date_extracted"][:10]))
                    if len(out) >= n:
                        return out
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1000
    k = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 30
    arts = articles(n)
    if not arts:
        print("SaudiNewsNet not found; nothing to do")
        return
    docs = []
    for text, date in arts:
        d = Document(text, date=date)
        d.norm = normalize(text)
        docs.append(d)
    chars = sum(len(d.text) for d in docs)
    for stage in (TimeStage(), QuantityStage()):
        t0 = time.perf_counter()
        for d in docs:
            stage(d)
        dt = time.perf_counter() - t0
        print(f"{stage.name}: {len(docs)} articles, {chars} chars in {dt:.2f} s = {len(docs) / dt:.0f} art/s, "
              f"{chars / dt / 1000:.0f} k chars/s")
    rules = collections.Counter((t.rule or "").split("+")[0] for d in docs for t in d.times)
    units = collections.Counter(q.unit for d in docs for q in d.quantities)
    print("times per rule:", dict(rules.most_common()))
    print("quantities per unit:", dict(units.most_common()))
    rnd = random.Random(0)
    allt = [(d, t) for d in docs for t in d.times]
    allq = [(d, q) for d in docs for q in d.quantities]
    for d, t in rnd.sample(allt, min(k, len(allt))):
        ctx = d.text[max(0, t.start - 30):t.end + 20].replace("\n", " ")
        print(f"T {d.date} {t.text!r} -> {t.value} {t.end_value} {t.granularity} {t.rule} | {ctx}")
    for d, q in rnd.sample(allq, min(k, len(allq))):
        ctx = d.text[max(0, q.start - 30):q.end + 20].replace("\n", " ")
        print(f"Q {q.text!r} -> {q.value:g} {q.unit} | {ctx}")


if __name__ == "__main__":
    main()
