"""Store/ingest fixtures: a fresh database per test (SQLite always, PostgreSQL when HADATH_TEST_PG_URL is set).

Shared by tests/store and tests/ingest through their conftest files (a unique module name, so both can
import it)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PG_ENV = "HADATH_TEST_PG_URL"


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    from hadath.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    from hadath.store.db import close_all

    close_all()
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = os.environ.get(PG_ENV)
        if not url:
            pytest.skip(f"PostgreSQL tests need {PG_ENV} (run .ci/postgres.sh)")
        _reset_pg(url)
        yield url
    close_all()


@pytest.fixture(autouse=True)
def fake_pipeline():
    """Every store/ingest test runs the deterministic fake pipeline, never the real models."""
    from hadath.ingest import runner
    from store_fakes import fake_pipeline as pipe

    runner.set_pipeline(pipe)
    yield pipe
    runner.set_pipeline(None)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def populated(request, tmp_path_factory) -> str:
    """A store holding the synthetic corpus plus the feed/HTML fixtures (ingested once per module)."""
    from hadath.ingest import runner
    from hadath.store.db import close_all
    from store_fakes import fake_pipeline as pipe, write_corpus

    close_all()
    tmp = tmp_path_factory.mktemp("populated")
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'store.db'}"
    else:
        url = os.environ.get(PG_ENV)
        if not url:
            pytest.skip(f"PostgreSQL tests need {PG_ENV} (run .ci/postgres.sh)")
        _reset_pg(url)
    write_corpus(tmp / "corpus", 30)
    fixtures = Path(__file__).resolve().parent.parent / "ingest" / "fixtures"
    runner.set_pipeline(pipe)
    stats = runner.ingest([tmp / "corpus", fixtures], db=url)
    assert stats.new > 30 and stats.events > 0
    yield url
    close_all()
