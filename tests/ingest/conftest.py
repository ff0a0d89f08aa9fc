"""Store fixtures: a fresh database per test (SQLite always, PostgreSQL when HADATH_TEST_PG_URL is set)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

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
