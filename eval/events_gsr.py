"""ASSAULT / PROTEST detection and source/target role accuracy on the Arabic event GSR (dev).

    python eval/events_gsr.py [--half held|tune|all] [--shared PATH]

Detection: sentences labelled unanimously (``yes`` vs ``easy no``); a sentence is predicted positive when the
coder finds an event of that type with aux asserted or historical (a specific event that took place).
Roles: on ``*_spans.json``, the majority (country, sector) of the coders' source and target roles is compared
with the actor / recipient of the coder's event of that type (country match, and country + sector match); an
empty side (the coder drops unnamed parties) stands for a gold role with no country, of sector UAF/UNK.
The dev set is split by document id (sha1 of the part before the last ``-``, even -> tune, odd -> held back);
the sentence filter is trained on the tune half only, so figures are reported on the held-back half.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.events.train_filter import analysis_pipeline, half_of  # noqa: E402
from hadath.paths import shared_data  # noqa: E402

TYPES = ("ASSAULT", "PROTEST")
REAL_AUX = ("asserted", "historical")


def load_detection(base: Path, etype: str) -> list[dict]:
    with open(base / f"{etype.lower()}_gsr.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] in ("yes", "easy no")]
    for r in rows:
        r["gold"] = r["label"] == "yes"
        r["half"] = half_of(r["id"])
    return rows


def _role(r):
    if isinstance(r, dict) and "main" in r:
        return (r.get("main"), r.get("role"))
    return None


def load_spans(base: Path, etype: str) -> list[dict]:
    rows = json.loads((base / f"{etype.lower()}_spans.json").read_text("utf-8"))
    out = []
    for r in rows:
        src = Counter(_role(s.get("source_role")) for s in r["spans"] if _role(s.get("source_role")))
        tgt = Counter(_role(s.get("target_role")) for s in r["spans"] if _role(s.get("target_role")))
        out.append({"id": r["source"], "text": r["text"], "half": half_of(r["source"]),
                    "source": src.most_common(1)[0][0] if src else None,
                    "target": tgt.most_common(1)[0][0] if tgt else None})
    return out


def prf(pairs) -> dict:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": len(pairs), "pos": tp + fn, "tp": tp, "fp": fp, "fn": fn, "P": round(p, 3), "R": round(r, 3),
            "F1": round(f, 3)}


def _norm_country(c):
    return None if c in (None, "None", "", "---") else c


# sectors of a participant the coders could not identify: the coder leaves such a side empty (an unnamed
# attacker or target is no Actor, docs/eval-news.md), which is the same coding
UNIDENTIFIED_SECTORS = frozenset(("UAF", "UNK"))


def role_match(actors, gold, unnamed=()) -> tuple[bool, bool]:
    """(country right, country and sector right); a gold role with neither means "no such participant". An empty
    side is the coder's unnamed party: right in country against a gold role with no country, and in sector too
    against an unidentified one (None/UAF, None/UNK) or the sector of the bare term the coder dropped (``unnamed``,
    ``Event.unnamed``: المتظاهرون CVL)."""
    if gold is None:
        return False, False
    gc, gs = _norm_country(gold[0]), _norm_country(gold[1])
    if gc is None and gs is None:
        return (not actors and not unnamed,) * 2
    if not actors:
        return gc is None, gc is None and (gs in UNIDENTIFIED_SECTORS or any(a.sector == gs for a in unnamed))
    country = any(_norm_country(a.country) == gc for a in actors)
    full = any(_norm_country(a.country) == gc and _norm_country(a.sector) == gs for a in actors)
    return country, full


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="held", choices=("held", "tune", "all"))
    ap.add_argument("--no-filter", action="store_true", help="rules only, without the statistical sentence filter")
    ap.add_argument("--errors", action="store_true", help="print misclassified sentences")
    args = ap.parse_args(argv)
    base = shared_data("events", "arabic_event_gsr", "dev")
    if not base.is_dir():
        print(f"GSR not found at {base}", file=sys.stderr)
        return 2
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    run = analysis_pipeline()
    filt = NoFilter() if args.no_filter else None
    t0 = time.perf_counter()
    for etype in TYPES:
        pairs = []
        for r in load_detection(base, etype):
            if args.half != "all" and r["half"] != args.half:
                continue
            doc = run(r["text"])
            events = code_document(doc, sentence_filter=filt)
            pred = any(e.type == etype and e.aux in REAL_AUX for e in events)
            pairs.append((r["gold"], pred))
            if args.errors and pred != r["gold"]:
                why = [(e.type, e.aux, e.trigger.text, e.source) for e in events if e.type == etype]
                print(f"{'FP' if pred else 'FN'} {r['id']} {why} {r['text'][:160]}")
        print(f"{etype} detection ({args.half}, yes vs easy no): {prf(pairs)}")
        src_c = src_f = tgt_c = tgt_f = n = found = 0
        for r in load_spans(base, etype):
            if args.half != "all" and r["half"] != args.half:
                continue
            n += 1
            doc = run(r["text"])
            evs = [e for e in code_document(doc, sentence_filter=filt) if e.type == etype]
            if not evs:
                continue
            found += 1
            ev = evs[0]
            unnamed = ev.unnamed
            c, f = role_match(ev.actor, r["source"], unnamed.get("actor", ()))
            src_c += c
            src_f += f
            c, f = role_match(ev.recipient, r["target"], unnamed.get("recipient", ()))
            tgt_c += c
            tgt_f += f
        if n:
            print(f"{etype} roles ({args.half}, {n} gold sentences, event found in {found}): "
                  f"source country {src_c / n:.3f} country+sector {src_f / n:.3f}; "
                  f"target country {tgt_c / n:.3f} country+sector {tgt_f / n:.3f}")
    print(f"# {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
