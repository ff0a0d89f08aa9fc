"""How often the gold source/target spans of the Arabic event GSR resolve to the gold country + sector.

Data: ../shared/data/events/arabic_event_gsr/dev/{assault,protest}_spans.json. For each sentence with a
consensus span (``source_gold`` / ``target_gold``), the gold code is the most common ``*_role`` among the
coders' spans that contain the consensus tokens ("None" = null; on a tie every top code counts); the
report also gives how often the prediction agrees with at least one coder. hadath runs on the sentence alone,
dated by the Gigaword document id; the prediction is the actor overlapping the gold span most (none =
null/null). The gold has no slot for CAMEO organisation codes (NATO is coded IGO + null), so an org code in
hadath's sector slot (IGO + NAT) is compared as null.

Split: sentences are assigned to ``tune`` or ``report`` by a hash of their id, so the half the lexicons were
tuned on is fixed and the other half is an honest estimate (look at it only through ``--categories``, the
count of misses per error class). Run: ``python eval/actors_gsr.py [--show N] [--categories]``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hadath.actors.stage import ActorStage  # noqa: E402
from hadath.document import Document  # noqa: E402
from hadath.paths import shared_data  # noqa: E402
from hadath.text.stage import TextStage  # noqa: E402


def org_codes() -> frozenset[str]:
    """CAMEO organisation codes (codes.tsv kind ``org``): hadath puts them in the sector slot, the gold does not."""
    from hadath.actors.lexicon import DATA_DIR
    rows = (line.split("\t") for line in (DATA_DIR / "codes.tsv").read_text(encoding="utf-8").splitlines())
    return frozenset(r[0] for r in rows if len(r) == 3 and r[1] == "org")


def split_of(rec_id: str) -> str:
    return "tune" if int(hashlib.sha1(rec_id.encode()).hexdigest(), 16) % 2 == 0 else "report"


def _none(v) -> Optional[str]:
    return None if v in (None, "None", "") else v


def gold_items(path: Path) -> list[dict]:
    """One item per (sentence, role) with a consensus span and a usable gold code."""
    items = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        for role in ("source", "target"):
            gold = rec.get(f"{role}_gold") or ""
            toks = gold.split()
            if not toks:
                continue
            codes = Counter()
            for sp in rec["spans"]:
                r = sp.get(f"{role}_role")
                if isinstance(r, dict) and set(toks) <= set(sp.get(f"{role}_actor") or []):
                    codes[(_none(r.get("main")), _none(r.get("role")))] += 1
            if not codes:
                continue
            span = locate(rec["text"], toks)
            if span is None:
                continue
            m = re.search(r"_(\d{4})(\d{2})(\d{2})\.", rec.get("source", ""))
            date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
            top = max(codes.values())
            items.append({"id": rec["_id"], "role": role, "text": rec["text"], "span": span, "date": date,
                          "gold": {c for c, k in codes.items() if k == top}, "any": set(codes),
                          "gold_text": gold, "file": path.stem})
    return items


def locate(text: str, toks: list[str]) -> Optional[tuple[int, int]]:
    """Character span covering the gold tokens (each at its first whole-word occurrence)."""
    occ = []
    for tok in toks:
        spans = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text)]
        if not spans:
            return None
        occ.append(spans)
    best = None
    for anchor in occ[0]:  # the tightest cluster containing one occurrence of every token
        s, e = anchor
        for spans in occ[1:]:
            near = min(spans, key=lambda sp: abs(sp[0] - anchor[0]))
            s, e = min(s, near[0]), max(e, near[1])
        if best is None or e - s < best[1] - best[0]:
            best = (s, e)
    return best


def predict(doc: Document, span: tuple[int, int]):
    best, best_ov = None, 0
    for a in doc.actors:
        ov = min(a.end, span[1]) - max(a.start, span[0])
        if ov > best_ov:
            best, best_ov = a, ov
    return best


def category(pred: tuple, gold: set) -> str:
    """Coarse error class of a miss against the closest gold code (for aggregate counts, not for patching)."""
    if pred == (None, None):
        return "no actor"
    if (None, None) in gold:
        return "spurious actor"
    def part(p, g, what):
        return f"{what} missing" if p is None else f"{what} extra" if g is None else f"{what} wrong"
    best = []
    for g in gold:
        diffs = [part(p, q, w) for p, q, w in zip(pred, g, ("country", "sector")) if p != q]
        best.append(diffs)
    best.sort(key=len)
    return " + ".join(best[0])


def run(show: int = 0, categories: Optional[Counter] = None) -> dict[str, dict[str, float]]:
    base = shared_data("events", "arabic_event_gsr", "dev")
    items = gold_items(base / "assault_spans.json") + gold_items(base / "protest_spans.json")
    text_stage, actor_stage = TextStage(), ActorStage()
    orgs = org_codes()
    cache: dict[tuple[str, str], Document] = {}
    scores: dict[str, Counter] = {}
    misses = []
    for it in items:
        key = (it["id"], it["text"])
        if key not in cache:
            cache[key] = actor_stage(text_stage(Document(it["text"], date=it["date"])))
        a = predict(cache[key], it["span"])
        pred = (a.country, None if a.sector in orgs else a.sector) if a else (None, None)
        ok = pred in it["gold"]
        for bucket in (split_of(it["id"]), "all", f"{split_of(it['id'])}:{it['role']}"):
            c = scores.setdefault(bucket, Counter())
            c["n"] += 1
            c["ok"] += ok
            c["any"] += pred in it["any"]
        if not ok and categories is not None:
            categories[(split_of(it["id"]), category(pred, it["gold"]))] += 1
        if not ok and split_of(it["id"]) == "tune":
            misses.append((it, pred, a.text if a else None))
    for it, pred, atext in misses[:show]:
        print(f"[{it['role']}] gold={sorted(it['gold'], key=str)} pred={pred} span={it['gold_text']!r} actor={atext!r}\n   {it['text'][:200]}")
    return {k: {"n": c["n"], "accuracy": round(c["ok"] / c["n"], 3), "any_coder": round(c["any"] / c["n"], 3)}
            for k, c in sorted(scores.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print this many misses from the tune half")
    ap.add_argument("--categories", action="store_true", help="count misses per error class and half")
    args = ap.parse_args()
    cats: Optional[Counter] = Counter() if args.categories else None
    for k, v in run(args.show, cats).items():
        print(f"{k:16s} n={v['n']:4d} accuracy={v['accuracy']:.3f}  (agrees with any coder: {v['any_coder']:.3f})")
    if cats:
        for (half, cat), n in sorted(cats.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print(f"  miss {half:7s} {cat:28s} {n}")


if __name__ == "__main__":
    main()
