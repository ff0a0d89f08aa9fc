"""Helper for the fourth fresh held-out news event set (eval/data/news_events_fresh4.jsonl).

A fifth independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder once the first three fresh sets (news_events_fresh.jsonl, _fresh2.jsonl, _fresh3.jsonl) may have
become tuning sets. Same line format and conventions (docs/eval-news.md), with ``"split": "fresh4"``; no article
of the dev/test set or of any earlier fresh set is reused (same zip+index or url), nor a near-copy of one of
their sentences.

    python eval/build_news_fresh4.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh4.py finalize DRAFT.jsonl     # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh4.py show                     # the annotated sentences with their gold events
    python eval/events_news.py --split fresh4                 # score (never tune on it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import DEV_TEST, FRESH, run_cli  # noqa: E402
from build_news_fresh2 import FRESH2  # noqa: E402
from build_news_fresh3 import FRESH3  # noqa: E402

FRESH4 = DEV_TEST.parent / "news_events_fresh4.jsonl"
USED = (DEV_TEST, FRESH, FRESH2, FRESH3)  # sets whose articles and sentences this one must not reuse


def main() -> None:
    run_cli(FRESH4, "fresh4", USED, seed=8888)


if __name__ == "__main__":
    main()
