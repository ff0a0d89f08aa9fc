"""Helper for the twentieth fresh held-out news event set (eval/data/news_events_fresh20.jsonl).

A twenty-first independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder next to fresh18 and fresh19 now that fresh17 is a tuning set. Same line format and conventions
(docs/eval-news.md), with ``"split": "fresh20"``; no article of the dev/test set or of any earlier fresh set is
reused (same zip+index or url), nor a near-copy of one of their sentences.

    python eval/build_news_fresh20.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh20.py finalize DRAFT.jsonl    # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh20.py show                    # the annotated sentences with their gold events
    python eval/events_news.py --split fresh20                # score (never tune on it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import fresh_file, run_cli, sets_before  # noqa: E402

FRESH20 = fresh_file("fresh20")
USED = sets_before("fresh20")  # sets whose articles and sentences this one must not reuse

def main() -> None:
    run_cli(FRESH20, "fresh20", USED, seed=20202)


if __name__ == "__main__":
    main()
