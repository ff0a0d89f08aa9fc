"""Event coder on Arabic UN-document sentences labelled by QuadClass: detection and quad-class accuracy.

    python eval/events_quadclass.py [--half all|tune|held] [--limit N] [--json OUT] [--errors]
                                    [--file PATH] [--shared PATH]

Gold: ``../shared/data/events/un_quadclass/dev.tsv`` (MIT; header ``ar`` / ``QuadClass``; see
docs/eval-quadclass.md). Its labels are NOT GDELT's numbering: 0 irrelevant, 1 material conflict,
2 material cooperation, 3 verbal conflict, 4 verbal cooperation. hadath's events carry GDELT's QuadClass
(1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict), so gold labels are mapped with
``UN_TO_GDELT`` and every figure below is in GDELT numbering.

Each sentence is its own document, run through the full pipeline (``hadath.extract``) with no publication
date: the UN sentences are undated and span many years, and a fixed date would turn every explicit year
before or after it into a "historical" or "future" aux (which changes the quad of future AID / COOPERATE /
SUPPORT, coded as AGREE intents). The events counted are those the pipeline outputs (confidence >= the
coder's floor). The split is fixed by the parity of sha1(sentence text): even -> tune, odd -> held.
Tune on ``tune`` only; ``--errors`` (false positives and wrong quads) is refused on any other half.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_news import extractor_or_report, prf  # noqa: E402

# UN QuadClass label -> GDELT QuadClass (None = irrelevant, no event)
UN_TO_GDELT: dict[int, Optional[int]] = {0: None, 1: 4, 2: 2, 3: 3, 4: 1}
QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}
MATERIAL_CONFLICT = 4
NAMED_CONFLICT_TYPES = frozenset(("ASSAULT", "COERCE"))
HALVES = ("all", "tune", "held")


class QuadDataError(ValueError):
    """The QuadClass file is not the expected two-column TSV with labels 0-4."""


@dataclass(frozen=True)
class Item:
    text: str
    label: int  # the file's own (UN) label, 0-4

    @property
    def gold(self) -> Optional[int]:
        """GDELT QuadClass of the gold label, None for irrelevant sentences."""
        return gdelt_quad(self.label)


@dataclass
class Record:
    """One scored sentence: its gold GDELT quad (None = irrelevant) and the predicted events."""
    gold: Optional[int]
    events: list[dict] = field(default_factory=list)
    text: str = ""


def gdelt_quad(un_label: int) -> Optional[int]:
    try:
        return UN_TO_GDELT[int(un_label)]
    except (KeyError, ValueError):
        raise QuadDataError(f"unknown QuadClass label {un_label!r}; expected 0-4") from None


def load_items(path: Path) -> list[Item]:
    """Read the TSV (quoted fields, header ``ar``/``QuadClass``); a bad header or label is a QuadDataError."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    if not rows or [c.strip() for c in rows[0][:2]] != ["ar", "QuadClass"]:
        raise QuadDataError(f"{path}: expected a header 'ar<TAB>QuadClass', got {rows[0] if rows else 'nothing'}")
    items = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            raise QuadDataError(f"{path}:{n}: expected 2 columns, got {len(row)}")
        gdelt_quad(row[1])  # validates the label
        items.append(Item(row[0].strip(), int(row[1])))
    return items


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def half_of(text: str) -> str:
    """``tune`` when sha1(text) is even, else ``held``: fixed, and the same for duplicate sentences."""
    return "tune" if int(_sha1(text), 16) % 2 == 0 else "held"


def select(items: list[Item], half: str, limit: Optional[int] = None) -> list[Item]:
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {', '.join(HALVES)}")
    out = [it for it in items if half == "all" or half_of(it.text) == half]
    if limit:  # a spread sample (the file is grouped by label): the N smallest sha1s, in file order
        keep = set(sorted(range(len(out)), key=lambda i: _sha1(out[i].text))[:limit])
        out = [it for i, it in enumerate(out) if i in keep]
    return out


def event_quad(ev: dict) -> Optional[int]:
    """The event's GDELT quad class (from its CAMEO code, as the coder sets it), else its PLOVER type's."""
    if ev.get("quad_class") is not None:
        return int(ev["quad_class"])
    from hadath.events import ontology
    t = ontology.plover_types().get(ev.get("type"))
    return t.quad_class if t else None


def top_event(events: list[dict]) -> Optional[dict]:
    """The highest-confidence event; ties go to the earliest trigger."""
    if not events:
        return None
    return min(events, key=lambda e: (-e["confidence"], e.get("start", 0)))


def doc_events(doc, min_conf: float = 0.0) -> list[dict]:
    out = []
    for ev in getattr(doc, "events", []) or []:
        if ev.confidence < min_conf:
            continue
        out.append({"type": ev.type, "quad_class": ev.quad_class, "cameo": ev.cameo, "aux": ev.aux,
                    "confidence": float(ev.confidence), "source": ev.source, "start": ev.trigger.start,
                    "trigger": doc.text[ev.trigger.start:ev.trigger.end]})
    return out


def _prf_dict(tp: int, fp: int, fn: int) -> dict:
    p, r, f = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f}


def _qkey(q: Optional[int]) -> str:
    return "none" if q is None else str(q)


def score(records: list[Record]) -> dict:
    """All figures for a list of scored sentences (quads in GDELT numbering)."""
    relevant = [r for r in records if r.gold is not None]
    irrelevant = [r for r in records if r.gold is None]
    tp = sum(1 for r in relevant if r.events)
    fp = sum(1 for r in irrelevant if r.events)
    detection = _prf_dict(tp, fp, len(relevant) - tp)
    detection["irrelevant_with_event"] = fp
    detection["irrelevant_with_event_share"] = fp / len(irrelevant) if irrelevant else 0.0

    found = [r for r in relevant if r.events]
    top_ok = sum(1 for r in found if event_quad(top_event(r.events)) == r.gold)
    any_ok = sum(1 for r in found if any(event_quad(e) == r.gold for e in r.events))
    # coop (1, 2) vs conflict (3, 4), and verbal (1, 3) vs material (2, 4), of the top event
    polar_ok = sum(1 for r in found if (event_quad(top_event(r.events)) in (1, 2)) == (r.gold in (1, 2)))
    verbal_ok = sum(1 for r in found if (event_quad(top_event(r.events)) in (1, 3)) == (r.gold in (1, 3)))
    gold_counts = Counter(r.gold for r in found)
    majority = max(gold_counts.values()) if gold_counts else 0
    n = len(found)
    quad = {"n": n, "top_correct": top_ok, "top_acc": top_ok / n if n else 0.0,
            "any_correct": any_ok, "any_acc": any_ok / n if n else 0.0,
            "coop_vs_conflict_acc": polar_ok / n if n else 0.0,
            "verbal_vs_material_acc": verbal_ok / n if n else 0.0,
            "majority_baseline_acc": majority / n if n else 0.0}

    material = {}
    for name, hit in (("any event of quad 4", lambda e: event_quad(e) == MATERIAL_CONFLICT),
                      ("ASSAULT/COERCE", lambda e: e["type"] in NAMED_CONFLICT_TYPES)):
        pred = [any(hit(e) for e in r.events) for r in records]
        gold = [r.gold == MATERIAL_CONFLICT for r in records]
        m_tp = sum(p and g for p, g in zip(pred, gold))
        m_fp = sum(p and not g for p, g in zip(pred, gold))
        m_fn = sum(g and not p for p, g in zip(pred, gold))
        material[name] = _prf_dict(m_tp, m_fp, m_fn)

    confusion: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        top = top_event(r.events)
        confusion[_qkey(r.gold)][_qkey(event_quad(top) if top else None)] += 1

    per_type: dict[str, dict] = defaultdict(lambda: {"fp_events": 0, "fp_sentences": 0, "sentences_by_gold": Counter()})
    for r in records:
        types = Counter(e["type"] for e in r.events)
        for t, k in types.items():
            row = per_type[t]
            row["sentences_by_gold"][_qkey(r.gold)] += 1
            if r.gold is None:
                row["fp_events"] += k
                row["fp_sentences"] += 1
    return {"n": len(records), "relevant": len(relevant), "irrelevant": len(irrelevant),
            "detection": detection, "quad": quad, "material_conflict": material,
            "confusion": {g: dict(c) for g, c in confusion.items()},
            "per_type": {t: {**v, "sentences_by_gold": dict(v["sentences_by_gold"])} for t, v in per_type.items()}}


def report(s: dict) -> list[str]:
    d, q = s["detection"], s["quad"]
    lines = [f"sentences {s['n']}: {s['relevant']} with an event label, {s['irrelevant']} irrelevant",
             f"detection (>=1 event vs gold != 0): P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f1']:.3f}  "
             f"(tp {d['tp']} fp {d['fp']} fn {d['fn']})",
             f"irrelevant sentences with a predicted event: {d['irrelevant_with_event']}/{s['irrelevant']} = "
             f"{d['irrelevant_with_event_share']:.3f}",
             f"quad of the top event, on {q['n']} labelled sentences with an event: acc {q['top_acc']:.3f} "
             f"({q['top_correct']}); any event matches {q['any_acc']:.3f} ({q['any_correct']}); "
             f"majority-class baseline {q['majority_baseline_acc']:.3f}",
             f"  top event coop-vs-conflict acc {q['coop_vs_conflict_acc']:.3f}, "
             f"verbal-vs-material acc {q['verbal_vs_material_acc']:.3f}"]
    lines.append("material conflict (gold UN 1 = GDELT 4) detection:")
    for name, m in s["material_conflict"].items():
        lines.append(f"  {name:<20} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}  "
                     f"(tp {m['tp']} fp {m['fp']} fn {m['fn']})")
    keys = ["none", "1", "2", "3", "4"]
    label = {"none": "irrelevant/none", **{str(k): f"{k} {v}" for k, v in QUAD_NAMES.items()}}
    lines.append("confusion, gold quad (rows, GDELT numbering) x quad of the top predicted event (columns):")
    lines.append(f"  {'':<22}" + "".join(f"{k:>7}" for k in keys))
    for g in keys:
        row = s["confusion"].get(g, {})
        lines.append(f"  {label[g]:<22}" + "".join(f"{row.get(k, 0):>7}" for k in keys))
    lines.append("per PLOVER type (most false events first): on irrelevant sentences events / sentences; "
                 "sentences with the type by gold quad")
    lines.append(f"  {'type':<10} {'events':>6} / {'sents':<5}" + "".join(f"{k:>6}" for k in keys))
    for t, v in sorted(s["per_type"].items(), key=lambda kv: (-kv[1]["fp_events"], kv[0])):
        byg = v["sentences_by_gold"]
        lines.append(f"  {t:<10} {v['fp_events']:>6} / {v['fp_sentences']:<5}"
                     + "".join(f"{byg.get(k, 0):>6}" for k in keys))
    return lines


def print_errors(records: list[Record]) -> None:
    """False positives and wrong top quads (tune half only): sentence, then each event."""
    for r in records:
        top = top_event(r.events)
        if r.gold is None and r.events:
            kind = "FP"
        elif r.gold is not None and top and event_quad(top) != r.gold:
            kind = f"QUAD gold {r.gold}"
        else:
            continue
        print(f"\n[{kind}] {r.text}")
        for e in sorted(r.events, key=lambda e: -e["confidence"]):
            print(f"   {e['type']:<10} q{event_quad(e)} {e['cameo']} {e['aux']:<9} {e['confidence']:.2f} "
                  f"{e['source']}  «{e['trigger']}»")


def default_file(shared: Optional[str]) -> Path:
    if shared:
        base = Path(shared)
    else:
        from hadath.paths import shared_dir
        base = shared_dir()
    return base / "data" / "events" / "un_quadclass" / "dev.tsv"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, default="all", help="tune | held (sha1 parity of the text) | all")
    ap.add_argument("--limit", type=int, help="score only N sentences of the half (the N smallest sha1s)")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--errors", action="store_true", help="print false positives and wrong quads (tune only)")
    ap.add_argument("--file", type=Path, help="QuadClass TSV (default: <shared>/data/events/un_quadclass/dev.tsv)")
    ap.add_argument("--shared", help="path of ../shared (default: HADATH_SHARED or ../shared)")
    a = ap.parse_args(argv)
    if a.errors and a.half != "tune":
        print("ERROR: --errors reads individual sentences: only with --half tune (never tune on held)")
        return 2
    if a.limit is not None and a.limit < 1:
        print("ERROR: --limit must be a positive number")
        return 2
    if a.file and not a.file.is_file():
        print(f"ERROR: no such file: {a.file}")
        return 2
    path = a.file or default_file(a.shared)
    if not path.is_file():
        print(f"SKIP: QuadClass data not found at {path}; it needs ../shared (set HADATH_SHARED or --shared).")
        return 0
    try:
        items = select(load_items(path), a.half, a.limit)
    except QuadDataError as e:
        print(f"ERROR: {e}")
        return 2
    extract = extractor_or_report()
    if extract is None:
        return 2
    try:
        from hadath.events.stage import MIN_CONFIDENCE
    except Exception:  # noqa: BLE001 - degraded pipeline: count what it outputs
        MIN_CONFIDENCE = 0.0

    t0 = time.perf_counter()
    records = []
    for i, it in enumerate(items):
        doc = extract(it.text, None, f"un_quadclass#{i}")
        records.append(Record(it.gold, doc_events(doc, MIN_CONFIDENCE), it.text))
    secs = time.perf_counter() - t0
    result = score(records)
    print(f"\nUN QuadClass ({a.half}{f', sample of {a.limit}' if a.limit else ''}): {path}, no publication date, "
          f"confidence >= {MIN_CONFIDENCE}, {secs:.1f}s")
    print("\n".join(report(result)))
    if a.errors:
        print_errors(records)
    if a.json:
        a.json.write_text(json.dumps({"half": a.half, "limit": a.limit, "file": str(path), "date": None,
                                      "min_confidence": MIN_CONFIDENCE, "seconds": round(secs, 1), **result},
                                     ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
