"""Ingest on Dask (LocalCluster) stores exactly what the local engine stores, dedup included."""
import shutil
from functools import partial

import pytest

from hadath.ingest.runner import ingest
from hadath.scale.engines import map_items
from hadath.store.db import open_store
from hadath.store.repository import event_record, iter_events


def _snapshot(db):
    from sqlalchemy import select

    from hadath.store.schema import Article

    with open_store(db).session() as s:
        events = sorted((event_record(e) for e in iter_events(s)), key=lambda r: r["id"])
        articles = sorted((str(r) for r in s.execute(select(Article.doc_id, Article.duplicate_of, Article.duplicate_kind))))
    for e in events:
        e.pop("first_article_id", None)
    return events, articles


@pytest.fixture
def corpus(tmp_path, examples_dir):
    folder = tmp_path / "corpus"
    shutil.copytree(examples_dir, folder, ignore=shutil.ignore_patterns("*.md"))
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "copy-of-first.txt")  # an exact duplicate, so dedup is exercised
    return folder


def test_dask_engine_equals_local_engine(tmp_path, corpus):
    pytest.importorskip("dask.distributed")
    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    dask_db = f"sqlite:///{tmp_path / 'dask.db'}"
    local = ingest([str(corpus)], db=local_db)
    dask = ingest([str(corpus)], db=dask_db, mapper=partial(map_items, engine="dask", jobs=2))
    assert (dask.new, dask.duplicates, dask.errors) == (local.new, local.duplicates, local.errors)
    assert local.duplicates >= 1 and local.new >= 10
    assert _snapshot(dask_db) == _snapshot(local_db)
