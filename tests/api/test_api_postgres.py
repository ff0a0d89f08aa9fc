"""The API over PostgreSQL (when HADATH_TEST_PG_URL is set): same rows as the query functions.

Runs in a schema of its own (``hadath_api``) so it never touches the store tests' tables.
"""
from __future__ import annotations

import os
from urllib.parse import quote

import pytest

PG_ENV = "HADATH_TEST_PG_URL"
SCHEMA = "hadath_api"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url():
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (run .ci/postgres.sh)")
    from sqlalchemy import create_engine, text

    from hadath.store.db import close_all, normalize_url

    engine = create_engine(normalize_url(base))
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    engine.dispose()
    sep = "&" if "?" in base else "?"
    url = normalize_url(base) + sep + "options=" + quote(f"-csearch_path={SCHEMA}")
    from api_fixtures import build_store

    close_all()
    build_store(url)
    yield url
    close_all()


def test_api_on_postgresql(pg_url):
    from fastapi.testclient import TestClient

    from hadath.api.app import create_app
    from hadath.store import repository as repo
    from hadath.store.repository import EventFilter

    app = create_app(pg_url)
    c = TestClient(app)
    assert c.get("/api/health").json()["database"] == "postgresql"
    with app.state.store.session() as s:
        for params in ({}, {"actor": "IRQGOV"}, {"country": "IRQ"}, {"text": "العقوبات"}, {"place": "Paris"}):
            want = [repo.event_record(e) for e in repo.query_events(s, EventFilter.from_mapping(params), limit=None)]
            assert c.get("/api/events", params={**params, "_size": 1000}).json()["rows"] == want
            for path in ("/api/actors", "/api/dyads", "/api/timeline", "/api/places"):
                assert c.get(path, params=params).status_code == 200, path
    countries = {x["country"]: x["events"] for x in c.get("/api/places").json()["countries"]}
    assert countries["IRQ"] == 2 and countries["FRA"] == 2
    assert len(c.get("/api/events.csv").text.splitlines()) == 9
    assert c.get("/").status_code == 200
    ev = c.get("/api/events", params={"type": "CONSULT", "aux": "future"}).json()["rows"][0]
    assert "hl-trigger" in c.get(f"/events/{ev['id']}").text
