"""NER throughput on one core: tokens/s of the NER stage alone (text stage run beforehand, not timed).

Text: the dev split of ANERcorp train (../shared/data/ner), each sentence's tokens joined by spaces, as the
maintainers feed it; falls back to a built-in paragraph when the shared folder is absent.
CPU time is reported beside wall time because the machine is shared.
Run: .venv/bin/python benchmarks/ner.py
"""
from __future__ import annotations

import os
import time

from hadath.document import Document
from hadath.ner.stage import NERStage
from hadath.paths import shared_data
from hadath.text.stage import TextStage

FALLBACK = ("وبحث الرئيس العراقي برهم صالح في بغداد اليوم مع السفير الفرنسي لدى العراق علاقات البلدين، "
            "فيما قالت وزارة الخارجية المصرية إن الوزير سامح شكري سيزور موسكو الأسبوع المقبل.")


def texts() -> list[str]:
    path = shared_data("ner", "anercorp", "train.txt")
    if not path.exists():
        return [FALLBACK] * 500
    from hadath.ner.corpus import anercorp_split

    _, dev = anercorp_split(path)
    return [" ".join(toks) for toks, _ in dev]


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    text_stage, ner = TextStage(), NERStage()
    docs = [text_stage(Document(t)) for t in texts()]
    ner(text_stage(Document(FALLBACK)))  # load the model, untimed
    n_tokens = sum(len(d.tokens) for d in docs)
    for label, cold in (("cold cache", True), ("warm cache", False)):
        if cold:
            ner.model.clear_caches()
        for d in docs:
            d.entities = []
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            ner(d)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        print(f"NER stage, {label}: {n_tokens} tokens, {n_tokens / dt:,.0f} tokens/s wall, "
              f"{n_tokens / dc:,.0f} tokens/s CPU (1 core)")
    raw = texts()
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for t in raw:
        n += len(ner(text_stage(Document(t))).tokens)
    print(f"text+NER stages: {n / (time.perf_counter() - t0):,.0f} tokens/s wall, "
          f"{n / (time.process_time() - c0):,.0f} tokens/s CPU (1 core)")


if __name__ == "__main__":
    main()
