"""SIGKILL a real ingest subprocess mid-batch, re-run it, and compare with an uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from hadath.ingest.runner import CRASH_ENV
from hadath.store.db import close_all, open_store
from hadath.store.schema import Article, Event, EventMention
from hadath.store.writer import store_stats
from store_fakes import write_corpus

HELPER = Path(__file__).resolve().parent / "crash_ingest.py"


def run(db: str, corpus: Path, crash_after: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop(CRASH_ENV, None)
    if crash_after:
        env[CRASH_ENV] = str(crash_after)
    return subprocess.run([sys.executable, str(HELPER), db, "7", str(corpus)], env=env, capture_output=True,
                          text=True, timeout=120)


def snapshot(db: str) -> dict:
    close_all()
    with open_store(db).session() as s:
        return {
            "stats": store_stats(s),
            "articles": sorted((a.key, a.duplicate_kind or "") for a in s.scalars(select(Article))),
            "events": sorted((e.id, e.num_mentions, e.num_articles, e.num_sources) for e in s.scalars(select(Event))),
            "mentions": sorted((m.event.id, m.article.key, m.trigger_start) for m in s.scalars(select(EventMention))),
        }


def test_sigkill_twice_then_rerun_equals_uninterrupted(db_url, tmp_path):
    """Killed inside the second batch's transaction, then again inside a later one; resumed to the end."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 24)
    reference = f"sqlite:///{tmp_path / 'ref.db'}"  # counts do not depend on the backend
    done = run(reference, corpus)
    assert done.returncode == 0, done.stderr
    expected = snapshot(reference)
    killed = run(db_url, corpus, crash_after=10)  # batches of 7: dies with 3 uncommitted articles
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    first = snapshot(db_url)["stats"]["articles"]
    assert first == 7
    killed = run(db_url, corpus, crash_after=9)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert first < snapshot(db_url)["stats"]["articles"] < expected["stats"]["articles"]
    resumed = run(db_url, corpus)
    assert resumed.returncode == 0, resumed.stderr
    assert snapshot(db_url) == expected
