"""`make bench`: run every benchmark script in this folder and print their figures (not icount.py, which is
meant to run under callgrind)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["text", "ner", "actors", "places", "extract", "ingest"]


def main() -> int:
    failed = []
    for name in ORDER + sorted(p.stem for p in HERE.glob("*.py") if p.stem not in ORDER + ["run_all", "corpus", "icount"]):
        script = HERE / f"{name}.py"
        if not script.exists():
            continue
        print(f"\n== {name} ==", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
