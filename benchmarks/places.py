"""Place matching speed and density: gazetteer load time, geocoding throughput, most frequent names.

Run: ``.venv/bin/python benchmarks/places.py [N_ARTICLES]`` (SaudiNewsNet from ../shared: benchmark use only).
The most frequent names are printed so a reviewer can spot ordinary words matched as places.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import saudinewsnet  # noqa: E402

from hadath.document import Document  # noqa: E402
from hadath.text.normalize import normalize  # noqa: E402


def main(n: int = 1000) -> None:
    import psutil

    from hadath.places.stage import geocode

    rss0 = psutil.Process().memory_info().rss
    t0, c0 = time.perf_counter(), time.process_time()
    from hadath.places.match import default_matcher

    matcher = default_matcher()
    load, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = (psutil.Process().memory_info().rss - rss0) / 2**20
    print(f"gazetteer: {len(matcher.gaz.entries)} entries, {len(matcher.gaz.index)} names; "
          f"load {load:.3f} s wall, {cpu:.3f} s CPU, +{rss:.0f} MiB RSS")

    arts = saudinewsnet(n)
    docs = []
    for a in arts:
        d = Document(a["text"])
        d.norm = normalize(a["text"])
        docs.append(d)
    chars = sum(len(d.text) for d in docs)
    words = sum(len(d.text.split()) for d in docs)

    t = time.perf_counter()
    n_match = sum(len(matcher.find(d.norm.text)) for d in docs)
    t_match = time.perf_counter() - t
    t = time.perf_counter()
    places = [p for d in docs for p in geocode(d, matcher)]
    t_geo = time.perf_counter() - t
    print(f"{len(docs)} articles, {chars / 1e6:.2f} M chars, {words} words")
    print(f"match only: {n_match} hits, {chars / t_match / 1e6:.2f} M chars/s, {len(docs) / t_match:.0f} docs/s")
    print(f"geocode:    {len(places)} places ({1000 * len(places) / words:.1f} per 1000 words), "
          f"{len(docs) / t_geo:.0f} docs/s")
    freq = Counter((p.text, p.name, p.country) for p in places)
    print("most frequent:", ", ".join(f"{t}={nm}/{c}:{k}" for (t, nm, c), k in freq.most_common(40)))
    rare = Counter(p.name for p in places if p.feature == "PPL")
    print("towns (PPL) most frequent:", ", ".join(f"{nm}:{k}" for nm, k in rare.most_common(40)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
