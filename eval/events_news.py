"""Event coder on real Arabic news (SaudiNewsNet, 2015): (type, actor countries, recipient countries) P/R/F1.

    python eval/events_news.py [--split dev|test|all|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|
                                        fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22] [--file PATH] [--verbose] [--shared PATH]

Gold: eval/data/news_events.jsonl (references into the evaluation-only corpus, see docs/eval-news.md).
Each article's whole ``content`` is run through ``hadath.extract`` (date = date_extracted[:10]) so context
and coreference work; an event belongs to a gold sentence when its trigger (or one of its mentions'
triggers) starts inside the sentence span. Per sentence, predicted and gold events are compared as
tuples (type, frozenset(actor countries), frozenset(recipient countries)); a gold event may list
``alt_types`` and, when ``symmetric``, also matches with actor and recipient swapped.
Also reported: type-only F1, dyad-level F1 (one tuple per actor-country x recipient-country pair),
per-type counts and the share of no-event sentences where the coder finds nothing.

Roles of the splits (docs/eval-news.md): dev and fresh to fresh19 are tuning sets, test and fresh2 validation
sets (totals only), fresh20, fresh21 and fresh22 held out (the lead scores them; nobody tunes on them).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_events import DATA, corpus_dir, load_day, sha1  # noqa: E402
from build_news_fresh import FRESH_SPLITS, fresh_file  # noqa: E402


def corpus_path(shared: str | None) -> Path:
    return Path(shared) / "data" / "corpora" / "saudinewsnet" if shared else corpus_dir()


def extractor_or_report():
    """``make_extractor()``, or None after a one-line ERROR when the package itself does not import."""
    try:
        return make_extractor()
    except Exception as e:  # noqa: BLE001 - the package itself does not import (work in progress)
        print(f"ERROR: cannot import hadath: {type(e).__name__}: {e}")
        return None


def make_extractor():
    """``hadath.extract``; if the full pipeline cannot run, the stages that can (each failure reported once)."""
    import hadath

    state = {"degraded": None}

    def degraded():
        from hadath.document import Document
        from hadath.pipeline import DEFAULT_STAGES, load_stage
        stages = []
        for path in DEFAULT_STAGES:
            try:
                stages.append(load_stage(path))
            except Exception as e:  # noqa: BLE001 - report and go on without it
                print(f"# skipping stage {path}: {e}", file=sys.stderr)

        def run(text, date, doc_id):
            doc = Document(text, id=doc_id, date=date)
            for st in list(stages):
                try:
                    doc = st(doc)
                except Exception as e:  # noqa: BLE001
                    print(f"# stage {st.name} failed, dropped: {type(e).__name__}: {e}", file=sys.stderr)
                    stages.remove(st)
            return doc
        return run

    def extract(text: str, date: str, doc_id: str):
        if state["degraded"] is None:
            try:
                return hadath.extract(text, date=date, id=doc_id)
            except Exception as e:  # noqa: BLE001 - e.g. an untrained model while the pipeline is being built
                print(f"# hadath.extract failed ({type(e).__name__}: {e}); using the stages that run",
                      file=sys.stderr)
                state["degraded"] = degraded()
        return state["degraded"](text, date, doc_id)

    return extract


def countries(actors) -> frozenset:
    return frozenset(a.get("country") for a in actors)


def pred_events_in(doc, start: int, end: int) -> list[dict]:
    out = []
    for ev in getattr(doc, "events", []) or []:
        d = ev.to_dict() if hasattr(ev, "to_dict") else ev
        starts = [d["trigger"]["start"]] + [m["trigger"]["start"] for m in d.get("mentions", [])]
        if any(start <= s < end for s in starts):
            out.append(d)
    return out


def as_tuple(ev: dict):
    return (ev["type"], countries(ev.get("actor", [])), countries(ev.get("recipient", [])))


def gold_matches(gold: dict, pred) -> bool:
    types = {gold["type"], *gold.get("alt_types", [])}
    a, r = countries(gold["actor"]), countries(gold["recipient"])
    if pred[0] not in types:
        return False
    return (pred[1], pred[2]) == (a, r) or (gold.get("symmetric") and (pred[1], pred[2]) == (r, a))


def match(golds: list[dict], preds: set) -> tuple[list[dict], list, list[dict]]:
    """Greedy one-to-one matching: (matched gold, unmatched predictions, unmatched gold)."""
    left = set(preds)
    hit, miss = [], []
    for g in golds:
        p = next((p for p in sorted(left, key=repr) if gold_matches(g, p)), None)
        if p is None:
            miss.append(g)
        else:
            hit.append(g)
            left.discard(p)
    return hit, sorted(left, key=repr), miss


def dyads(t) -> set:
    typ, a, r = t
    return {(typ, x, y) for x in (a or {"-"}) for y in (r or {"-"})}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(ev_or_tuple) -> str:
    if isinstance(ev_or_tuple, dict):
        t = as_tuple(ev_or_tuple)
    else:
        t = ev_or_tuple
    show = lambda s: ",".join(sorted(str(c) for c in s)) or "-"  # noqa: E731
    return f"{t[0]} {show(t[1])} -> {show(t[2])}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev",
                    choices=("dev", "test", "all") + FRESH_SPLITS)
    ap.add_argument("--file", type=Path, help="gold file (default: eval/data/news_events.jsonl; "
                    "eval/data/news_events_SPLIT.jsonl for --split fresh, fresh2, ..., fresh22)")
    ap.add_argument("--verbose", action="store_true", help="print misses and false positives with the sentence")
    ap.add_argument("--shared", help="path of ../shared (default: HADATH_SHARED or ../shared)")
    a = ap.parse_args()

    gold = a.file or (fresh_file(a.split) if a.split in FRESH_SPLITS else DATA)
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if a.split == "all" or r["split"] == a.split]
    base = corpus_path(a.shared)
    if not base.is_dir() or not any(base.glob("*.zip")):
        print(f"SKIP: SaudiNewsNet corpus not found at {base}; the news event set needs ../shared "
              "(set HADATH_SHARED or --shared).")
        return 0

    extract = extractor_or_report()
    if extract is None:
        return 2
    by_article = defaultdict(list)
    for r in rows:
        by_article[(r["zip"], r["index"])].append(r)

    tp = fp = fn = 0
    ttp = tfp = tfn = 0
    dtp = dfp = dfn = 0
    per_type = defaultdict(Counter)
    none_total = none_ok = ev_sent = ev_found = drift = 0
    t0 = time.perf_counter()
    for (zname, idx), sents in sorted(by_article.items()):
        art = load_day(zname, str(base))[idx]
        text = art["content"]
        live = []
        for r in sents:
            if sha1(text[r["sentence_start"]:r["sentence_end"]]) != r["sha1"]:
                drift += 1
                print(f"# drift: {zname}#{idx} {r['sentence_start']}-{r['sentence_end']} no longer matches; skipped",
                      file=sys.stderr)
            else:
                live.append(r)
        if not live:
            continue
        doc = extract(text, art["date_extracted"][:10], f"{zname}#{idx}")
        for r in live:
            s, e = r["sentence_start"], r["sentence_end"]
            preds = {as_tuple(p) for p in pred_events_in(doc, s, e)}
            golds = r["events"]
            hit, extra, miss = match(golds, preds)
            tp, fp, fn = tp + len(hit), fp + len(extra), fn + len(miss)
            for g in hit:
                per_type[g["type"]]["tp"] += 1
            for g in miss:
                per_type[g["type"]]["fn"] += 1
            for p in extra:
                per_type[p[0]]["fp"] += 1
            # type only
            gtypes = [{g["type"], *g.get("alt_types", [])} for g in golds]
            ptypes = {p[0] for p in preds}
            used = set()
            for allowed in gtypes:
                m = next((t for t in sorted(ptypes - used) if t in allowed), None)
                if m:
                    ttp += 1
                    used.add(m)
                else:
                    tfn += 1
            tfp += len(ptypes - used)
            # dyads
            gd = set().union(*[dyads(as_tuple(g)) for g in golds]) if golds else set()
            pd = set().union(*[dyads(p) for p in preds]) if preds else set()
            dtp, dfp, dfn = dtp + len(gd & pd), dfp + len(pd - gd), dfn + len(gd - pd)
            if golds:
                ev_sent += 1
                ev_found += bool(preds)
            else:
                none_total += 1
                none_ok += not preds
            if a.verbose and (miss or extra):
                print(f"\n[{r['split']}] {zname}#{idx} {s}-{e}: {text[s:e]}")
                for g in miss:
                    print(f"   MISS {fmt(g)} ({g.get('aux')}) | {g.get('note', '')}")
                for p in extra:
                    print(f"   FP   {fmt(p)}")
                for g in hit:
                    print(f"   ok   {fmt(g)}")
    secs = time.perf_counter() - t0
    n = sum(len(v) for v in by_article.values()) - drift
    print(f"\nnews events ({a.split}): {n} sentences ({ev_sent} with events, {none_total} without), "
          f"{len(by_article)} articles, {secs:.1f}s" + (f", {drift} drifted" if drift else ""))
    p, rr, f = prf(tp, fp, fn)
    print(f"event (type, actor countries, recipient countries): P {p:.3f}  R {rr:.3f}  F1 {f:.3f}  "
          f"(tp {tp} fp {fp} fn {fn})")
    p, rr, f = prf(ttp, tfp, tfn)
    print(f"type only:                                          P {p:.3f}  R {rr:.3f}  F1 {f:.3f}  "
          f"(tp {ttp} fp {tfp} fn {tfn})")
    p, rr, f = prf(dtp, dfp, dfn)
    print(f"dyads (type, actor country, recipient country):     P {p:.3f}  R {rr:.3f}  F1 {f:.3f}")
    if none_total:
        print(f"no-event sentences with no predicted event: {none_ok}/{none_total} = {none_ok / none_total:.3f}")
    if ev_sent:
        print(f"event sentences with some predicted event:  {ev_found}/{ev_sent} = {ev_found / ev_sent:.3f}")
    print("\nper type (full tuple)   gold   tp   fp   fn    F1")
    for t in sorted(per_type):
        c = per_type[t]
        print(f"  {t:<20} {c['tp'] + c['fn']:>5} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {prf(c['tp'], c['fp'], c['fn'])[2]:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
