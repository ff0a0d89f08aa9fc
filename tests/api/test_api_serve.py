"""`hadath serve`: clear errors, a generated token off loopback, and an empty store that still renders."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from hadath.cli import app as cli_app


@pytest.fixture()
def captured(monkeypatch):
    """Replace uvicorn.run: keep the app and the address instead of serving."""
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, host, port, **kw: seen.update(
        app=application, host=host, port=port))
    return seen


def test_missing_database_is_one_line_error(tmp_path):
    r = CliRunner().invoke(cli_app, ["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert r.exit_code == 2 and "no database at" in r.output and "Traceback" not in r.output


def test_loopback_serve(api_db, captured):
    r = CliRunner().invoke(cli_app, ["serve", "--db", api_db, "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert captured["host"] == "127.0.0.1" and captured["port"] == 8123
    assert "http://127.0.0.1:8123/" in r.output
    assert captured["app"].state.guard.required is False


def test_exposed_serve_generates_a_token(api_db, captured, no_pipeline):
    from fastapi.testclient import TestClient

    r = CliRunner().invoke(cli_app, ["serve", "--db", api_db, "--host", "0.0.0.0"])
    assert r.exit_code == 0, r.output
    token = r.output.split("writes need the token ", 1)[1].split()[0]
    c = TestClient(captured["app"])
    assert c.post("/api/extract", json={"text": "نص"}).status_code == 401
    assert c.post("/api/extract", json={"text": "نص"}, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_empty_store_renders(tmp_path):
    from fastapi.testclient import TestClient

    from hadath.api.app import create_app

    c = TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}"))
    page = c.get("/")
    assert page.status_code == 200 and 'id="no-events"' in page.text
    for path in ("/api/events", "/api/actors", "/api/dyads", "/api/timeline", "/api/places"):
        assert c.get(path).json()["rows"] == []
    assert c.get("/api/health").json()["events"] == 0
