"""Load-independent cost: run under callgrind to count the instructions the pipeline spends per article.

    PYTHONHASHSEED=0 N=0  valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/icount.py
    PYTHONHASHSEED=0 N=30 valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/icount.py

Each run loads the pipeline and codes one warm-up article plus N SaudiNewsNet articles (serialised to JSON as
``extract --jsonl`` does); (instructions at N=30 - instructions at N=0) / 30 is the cost per article, and the N=0
run is the start-up. Wall-clock figures on a shared VM move by 10% or more between minutes; instruction counts
do not, so two trees are compared by this. Set PYTHONHASHSEED=0 for every run compared: string hashing changes
dict and set layouts, which moves the counts by up to 1%. NumPy's BLAS threads spin for a varying number of
instructions (+-0.5% per article between two runs of one tree), so this script keeps BLAS to one thread; with
``setarch x86_64 -R`` in front of valgrind as well (no address randomisation), two runs agree to a few instructions.
"""
from __future__ import annotations

import gc
import json
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before NumPy is imported (see above)

from corpus import saudinewsnet  # noqa: E402


def main() -> None:
    n = int(os.environ.get("N", "0"))
    from hadath.document import Document
    from hadath.pipeline import default_pipeline

    pipe = default_pipeline()
    gc.disable()  # as the engines run documents (hadath.scale.collector)
    for a in saudinewsnet(1 + n):
        doc = pipe(Document(text=a["text"], id=a["id"], date=a["date"], url=a["url"], title=a["title"]))
        json.dumps(doc.to_dict(), ensure_ascii=False)


if __name__ == "__main__":
    main()
