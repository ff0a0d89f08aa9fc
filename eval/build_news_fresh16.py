"""Helper for the sixteenth fresh held-out news event set (eval/data/news_events_fresh16.jsonl).

A seventeenth independent sample of SaudiNewsNet sentences, annotated from the text alone, kept for measuring the
event coder next to fresh14 and fresh15 now that fresh13 is a tuning set. Same line format and conventions
(docs/eval-news.md), with ``"split": "fresh16"``; no article of the dev/test set or of any earlier fresh set is
reused (same zip+index or url), nor a near-copy of one of their sentences.

    python eval/build_news_fresh16.py candidates [--per-kind N] [--seed S] [--lede] [--pattern RX]
    python eval/build_news_fresh16.py finalize DRAFT.jsonl    # check spans, fill url/date/sha1, write the set
    python eval/build_news_fresh16.py show                    # the annotated sentences with their gold events
    python eval/events_news.py --split fresh16                # score (never tune on it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_news_fresh import DEV_TEST, FRESH, run_cli  # noqa: E402
from build_news_fresh2 import FRESH2  # noqa: E402
from build_news_fresh3 import FRESH3  # noqa: E402
from build_news_fresh4 import FRESH4  # noqa: E402
from build_news_fresh5 import FRESH5  # noqa: E402
from build_news_fresh6 import FRESH6  # noqa: E402
from build_news_fresh7 import FRESH7  # noqa: E402
from build_news_fresh8 import FRESH8  # noqa: E402
from build_news_fresh9 import FRESH9  # noqa: E402
from build_news_fresh10 import FRESH10  # noqa: E402
from build_news_fresh11 import FRESH11  # noqa: E402
from build_news_fresh12 import FRESH12  # noqa: E402
from build_news_fresh13 import FRESH13  # noqa: E402
from build_news_fresh14 import FRESH14  # noqa: E402
from build_news_fresh15 import FRESH15  # noqa: E402

FRESH16 = DEV_TEST.parent / "news_events_fresh16.jsonl"
USED = (DEV_TEST, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13,
        FRESH14, FRESH15)  # sets whose articles and sentences this one must not reuse


def main() -> None:
    run_cli(FRESH16, "fresh16", USED, seed=16161)


if __name__ == "__main__":
    main()
