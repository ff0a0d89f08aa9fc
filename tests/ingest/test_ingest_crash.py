"""SIGKILL a real ingest process mid-transaction (twice), resume, and compare with an uninterrupted run.

The killed ingests run in forked child processes (a real OS process that receives SIGKILL, without paying
the interpreter start-up again); the kill point comes from the runner's HADATH_INGEST_CRASH_AFTER hook.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from sqlalchemy import select

from hadath.ingest import runner
from hadath.store import db as store_db
from hadath.store.db import close_all, open_store
from hadath.store.schema import Article, Event, EventMention
from hadath.store.writer import store_stats
from store_fakes import fake_pipeline, write_corpus

BATCH = 7


def _child(url: str, corpus: str, crash_after: int) -> None:
    store_db._stores.clear()  # never reuse the parent's connections in the child
    os.environ[runner.CRASH_ENV] = str(crash_after)
    runner.set_pipeline(fake_pipeline)
    runner.ingest([corpus], db=url, batch_size=BATCH)
    os._exit(0)  # not reached when the hook fires


def killed_run(url: str, corpus: Path, crash_after: int) -> int:
    close_all()
    proc = multiprocessing.get_context("fork").Process(target=_child, args=(url, str(corpus), crash_after))
    proc.start()
    proc.join(120)
    return proc.exitcode


def snapshot(url: str) -> dict:
    close_all()
    with open_store(url).session() as s:
        return {
            "stats": store_stats(s),
            "articles": sorted((a.key, a.duplicate_kind or "") for a in s.scalars(select(Article))),
            "events": sorted((e.id, e.num_mentions, e.num_articles, e.num_sources) for e in s.scalars(select(Event))),
            "mentions": sorted((m.event.id, m.article.key, m.trigger_start) for m in s.scalars(select(EventMention))),
        }


def test_sigkill_twice_then_rerun_equals_uninterrupted(db_url, tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 24)
    reference = f"sqlite:///{tmp_path / 'ref.db'}"  # the counts do not depend on the backend
    runner.ingest([corpus], db=reference, batch_size=BATCH)
    expected = snapshot(reference)

    assert killed_run(db_url, corpus, crash_after=10) == -signal.SIGKILL  # 3 articles into batch 2
    assert snapshot(db_url)["stats"]["articles"] == BATCH  # batch 1 committed, batch 2 rolled back
    assert killed_run(db_url, corpus, crash_after=9) == -signal.SIGKILL
    partial = snapshot(db_url)["stats"]["articles"]
    assert BATCH < partial < expected["stats"]["articles"]

    resumed = runner.ingest([corpus], db=db_url, batch_size=BATCH)
    assert resumed.existing == partial and resumed.errors == 0
    assert snapshot(db_url) == expected
    again = runner.ingest([corpus], db=db_url, batch_size=BATCH)
    assert again.new == again.duplicates == again.events == 0
    assert snapshot(db_url) == expected
