"""SaudiNewsNet articles for benchmarks (CC BY-NC-SA: benchmark use only, never shipped)."""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hadath.paths import shared_data  # noqa: E402


def saudinewsnet(limit: int = 1000, min_chars: int = 200) -> list[dict]:
    """Up to ``limit`` articles as {"id","text","date","url","title"}; exits with a message if data is absent."""
    folder = shared_data("corpora", "saudinewsnet")
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        sys.exit(f"benchmark skipped: no SaudiNewsNet zips in {folder} (set HADATH_SHARED)")
    out: list[dict] = []
    for item in _iter_articles(zips):
        if len(item["text"]) >= min_chars:
            out.append(item)
            if len(out) >= limit:
                break
    return out


def _iter_articles(zips: list[Path]) -> Iterator[dict]:
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for i, art in enumerate(json.loads(zf.read(name))):
                    yield {"id": f"{z.stem}-{i}", "text": art.get("content") or "",
                           "date": (art.get("date_extracted") or "")[:10] or None,
                           "url": art.get("url"), "title": art.get("title")}


def write_jsonl(articles: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def machine() -> dict:
    import os
    import platform

    import psutil

    return {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": platform.python_version()}


def save_result(name: str, result: dict) -> Path:
    """Write ``results/<name>.json`` (the latest run) and append the run to ``results/<name>.runs.jsonl``:
    wall-clock figures on a shared machine vary from run to run, so every run is kept with its time."""
    import time

    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    path = out / f"{name}.json"
    record = {"machine": machine(), "utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **result}
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False))
    with open(out / f"{name}.runs.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
