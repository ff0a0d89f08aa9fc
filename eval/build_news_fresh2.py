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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import DEV_TEST, FRESH, run_cli  # noqa: E402

FRESH2 = DEV_TEST.parent / "news_events_fresh2.jsonl"
USED = (DEV_TEST, FRESH)  # sets whose articles and sentences this one must not reuse


def main() -> None:
    run_cli(FRESH2, "fresh2", USED, seed=4242)


if __name__ == "__main__":
    main()
