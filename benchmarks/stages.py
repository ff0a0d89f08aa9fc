"""CPU milliseconds per article for each pipeline stage and for serialisation, one process, as an engine runs it.

    .venv/bin/python benchmarks/stages.py [--n 300]

CPU time (``time.process_time``), not wall-clock: on a shared machine it moves far less with what else runs.
Documents go through ``hadath.scale.engines.map_local`` as with ``extract --jsonl --jobs 1`` (collector off);
the first article loads the models and is not counted. Stages run with the collector paused, as
``Pipeline.__call__`` runs them; whatever collection that defers lands on serialisation.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import time

from corpus import save_result, saudinewsnet


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    from hadath.document import Document
    from hadath.pipeline import default_pipeline
    from hadath.scale.engines import map_local

    arts = saudinewsnet(args.n + 1)
    pipe = default_pipeline()
    clock = time.process_time
    cpu = {s.name: 0.0 for s in pipe.stages} | {"to_dict": 0.0, "json": 0.0}

    def one(a: dict) -> str:
        doc = Document(text=a["text"], id=a["id"], date=a["date"], url=a["url"], title=a["title"])
        paused = gc.isenabled()  # as Pipeline.__call__ does
        gc.disable()
        for stage in pipe.stages:
            t = clock()
            doc = stage(doc)
            cpu[stage.name] += clock() - t
        if paused:
            gc.enable()
        t = clock()
        d = doc.to_dict()
        t2 = clock()
        line = json.dumps(d, ensure_ascii=False)
        cpu["to_dict"] += t2 - t
        cpu["json"] += clock() - t2
        return line

    t = clock()
    list(map_local(one, arts[:1]))
    load = clock() - t
    for k in cpu:
        cpu[k] = 0.0
    t = clock()
    list(map_local(one, arts[1:]))
    total = clock() - t
    n = len(arts) - 1
    per = {k: round(1000 * v / n, 2) for k, v in cpu.items()}
    per["total"] = round(1000 * total / n, 2)
    print(f"{n} articles, CPU ms per article (load + first article {load:.2f} s CPU; "
          f"load average {os.getloadavg()[0]:.2f}):")
    print("  " + ", ".join(f"{k} {v}" for k, v in per.items()))
    path = save_result("stages", {"articles": n, "cpu_ms_per_article": per, "load_cpu_seconds": round(load, 2),
                                  "load_average_1min": round(os.getloadavg()[0], 2)})
    print(f"written {path}")


if __name__ == "__main__":
    main()
