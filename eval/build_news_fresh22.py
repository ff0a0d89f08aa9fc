"""Helper for the twenty-second fresh held-out news event set (eval/data/news_events_fresh22.jsonl).

A twenty-third independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder next to fresh20 and fresh21 now that fresh19 is a tuning set. Same line format and conventions
(docs/eval-news.md), with ``"split": "fresh22"``; no article of the dev/test set or of any earlier fresh set is
reused (same zip+index or url), nor a near-copy of one of their sentences.

    python eval/build_news_fresh22.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh22.py finalize DRAFT.jsonl    # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh22.py show                    # the annotated sentences with their gold events
    python eval/events_news.py --split fresh22                # score (never tune on it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import fresh_file, run_cli, sets_before  # noqa: E402

FRESH22 = fresh_file("fresh22")
USED = sets_before("fresh22")  # sets whose articles and sentences this one must not reuse

def main() -> None:
    run_cli(FRESH22, "fresh22", USED, seed=22222)


if __name__ == "__main__":
    main()
