"""Helper for the twenty-first fresh held-out news event set (eval/data/news_events_fresh21.jsonl).

A twenty-second independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder next to fresh19 and fresh20 now that fresh18 is a tuning set. Same line format and conventions
(docs/eval-news.md), with ``"split": "fresh21"``; no article of the dev/test set or of any earlier fresh set is
reused (same zip+index or url), nor a near-copy of one of their sentences.

    python eval/build_news_fresh21.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh21.py finalize DRAFT.jsonl    # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh21.py show                    # the annotated sentences with their gold events
    python eval/events_news.py --split fresh21                # score (never tune on it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import fresh_file, run_cli, sets_before  # noqa: E402

FRESH21 = fresh_file("fresh21")
USED = sets_before("fresh21")  # sets whose articles and sentences this one must not reuse

def main() -> None:
    run_cli(FRESH21, "fresh21", USED, seed=21212)


if __name__ == "__main__":
    main()
