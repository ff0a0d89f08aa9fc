"""Helper for the fresh held-out news event set (eval/data/news_events_fresh.jsonl).

A second, independent sample of SaudiNewsNet sentences, annotated from the text alone after the coder's
rules were written, so the event coder can be measured on sentences nobody tuned on. Same line format and
annotation conventions as eval/data/news_events.jsonl (docs/eval-news.md), with ``"split": "fresh"``;
no article of the dev/test set is reused (same zip+index or same url), nor a sentence whose text is
almost the same as one there (syndicated agency copy).

    python eval/build_news_fresh.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh.py finalize DRAFT.jsonl      # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh.py show                      # the annotated sentences with their gold events
"""
from __future__ import annotations

import argparse
import json
import re
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_events import DATA as DEV_TEST, corpus_dir, draft_spans, gold_row, load_day, sentences  # noqa: E402
from build_news_events import add_candidates_parser, cmd_candidates as build_candidates, cmd_show as show_gold  # noqa: E402

FRESH = DEV_TEST.parent / "news_events_fresh.jsonl"
LAST_FRESH = 22  # the newest fresh set (fresh, fresh2, ..., fresh22); one more when a set is built
FRESH_SPLITS = ("fresh",) + tuple(f"fresh{n}" for n in range(2, LAST_FRESH + 1))


def fresh_file(split: str) -> Path:
    """eval/data/news_events_<split>.jsonl: where a fresh set's gold lives."""
    return DEV_TEST.with_name(f"news_events_{split}.jsonl")


def sets_before(split: str) -> tuple[Path, ...]:
    """The gold files a new set must not reuse: dev/test and every fresh set built before ``split``."""
    return (DEV_TEST,) + tuple(fresh_file(s) for s in FRESH_SPLITS[:FRESH_SPLITS.index(split)])


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _shingles(text: str, n: int = 4) -> set:
    """4-word shingles of the text with harakat dropped and hamza/alef/ta marbuta folded."""
    text = re.sub(r"[\u064b-\u0652\u0640]", "", text).translate(_FOLD)
    words = re.findall(r"\w+", text)
    return {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}


def _used(sets: tuple[Path, ...] = (DEV_TEST,)) -> tuple[set, set, list[set]]:
    """Articles (zip, index), urls and sentence shingles of the given gold sets (default dev/test): not reused."""
    arts, urls, shingles = set(), set(), []
    for path in sets:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                arts.add((r["zip"], r["index"]))
                urls.add(r["url"])
                text = load_day(r["zip"])[r["index"]]["content"][r["sentence_start"]:r["sentence_end"]]
                shingles.append(_shingles(text))
    return arts, urls, shingles


def near_duplicate(text: str, shingles: list[set], threshold: float = 0.5) -> bool:
    """True when the sentence shares at least ``threshold`` of its 4-word shingles with a dev/test sentence."""
    own = _shingles(text)
    return any(len(own & s) / len(own) >= threshold for s in shingles if s)


def cmd_candidates(per_kind: int, seed: int, lede: bool, pattern: str | None,
                   used: tuple[Path, ...] = (DEV_TEST,)) -> None:
    """The dev/test builder's candidate search, minus articles and near-copies the ``used`` sets hold."""
    arts_used, urls_used, shingles = _used(used)
    build_candidates(per_kind, seed, lede, pattern, sample=400 if lede else 150,
                     skip_article=lambda z, i, art: (z, i) in arts_used or art["url"] in urls_used,
                     skip_sentence=lambda sent: near_duplicate(sent, shingles))


def cmd_finalize(draft: Path, out: Path = FRESH, split: str = "fresh",
                 used: tuple[Path, ...] = (DEV_TEST,)) -> None:
    """Check the draft against the corpus and the ``used`` sets, fill url/date/sha1/split, write ``out``."""
    arts_used, urls_used, shingles = _used(used)
    names = " / ".join(p.name for p in used)
    rows = []
    for where, r, art, text, _ in draft_spans(draft):
        if (r["zip"], r["index"]) in arts_used or art["url"] in urls_used:
            raise SystemExit(f"{where}: article already in {names}")
        if near_duplicate(text, shingles):
            raise SystemExit(f"{where}: near-duplicate of a sentence in {names}")
        for ev in r.get("events", []):
            for field in ("type", "actor", "recipient", "aux"):
                if field not in ev:
                    raise SystemExit(f"{where}: event without {field}")
        rows.append(gold_row(r, art, text, split))
    rows.sort(key=lambda r: (r["zip"], r["index"], r["sentence_start"]))
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences to {out}")


def run_cli(out: Path, split: str, used: tuple[Path, ...], seed: int) -> None:
    """``candidates`` / ``finalize`` / ``show`` for a fresh set written to ``out`` (split label ``split``) that
    reuses nothing from the ``used`` sets; ``seed`` is the default sampling seed."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description=sys.modules["__main__"].__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_candidates_parser(sub, seed=seed)
    f = sub.add_parser("finalize")
    f.add_argument("draft", type=Path)
    sub.add_parser("show")
    a = ap.parse_args()
    if a.cmd == "candidates":
        cmd_candidates(a.per_kind, a.seed, a.lede, a.pattern, used=used)
    elif a.cmd == "finalize":
        cmd_finalize(a.draft, out=out, split=split, used=used)
    else:
        show_gold("all", out)


def main() -> None:
    run_cli(FRESH, "fresh", (DEV_TEST,), seed=2026)


if __name__ == "__main__":
    main()
