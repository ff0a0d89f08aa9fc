"""Helper for the second fresh held-out news event set (eval/data/news_events_fresh2.jsonl).

A third independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder once the first fresh set (eval/data/news_events_fresh.jsonl) has become a tuning set. Same line
format and conventions (docs/eval-news.md), with ``"split": "fresh2"``; no article of the dev/test set or of
the first fresh set is reused (same zip+index or url), nor a near-copy of one of their sentences.

    python eval/build_news_fresh2.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh2.py finalize DRAFT.jsonl     # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh2.py show                     # the annotated sentences with their gold events
    python eval/events_news.py --file eval/data/news_events_fresh2.jsonl --split all   # score (never tune on it)
"""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_events import add_candidates_parser, cmd_show as show_gold  # noqa: E402
from build_news_fresh import DEV_TEST, FRESH  # noqa: E402
from build_news_fresh import cmd_candidates as fresh_candidates, cmd_finalize as fresh_finalize  # noqa: E402

FRESH2 = DEV_TEST.parent / "news_events_fresh2.jsonl"
SPLIT = "fresh2"
USED = (DEV_TEST, FRESH)  # sets whose articles and sentences this one must not reuse


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_candidates_parser(sub, seed=4242)
    f = sub.add_parser("finalize")
    f.add_argument("draft", type=Path)
    sub.add_parser("show")
    a = ap.parse_args()
    if a.cmd == "candidates":
        fresh_candidates(a.per_kind, a.seed, a.lede, a.pattern, used=USED)
    elif a.cmd == "finalize":
        fresh_finalize(a.draft, out=FRESH2, split=SPLIT, used=USED)
    else:
        show_gold("all", FRESH2)


if __name__ == "__main__":
    main()
