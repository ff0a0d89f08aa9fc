"""Opening a store: migrations on first use, WAL mode, URLs, and a schema that matches its migrations."""
from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from hadath.store.db import StoreError, close_all, normalize_url, open_store


def test_first_use_migrates_to_head(db_url):
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from hadath.store.db import MIGRATIONS_DIR

    store = open_store(db_url)
    tables = set(inspect(store.engine).get_table_names())
    assert {"sources", "articles", "entities", "events", "event_actors", "event_mentions", "places"} <= tables
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == \
            ScriptDirectory.from_config(cfg).get_current_head()


def test_models_match_migrations(db_url):
    """A column added to schema.py without a migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hadath.store.schema import Base

    store = open_store(db_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_is_in_wal_mode_with_foreign_keys(tmp_path):
    close_all()
    store = open_store(str(tmp_path / "plain-path.db"))  # a bare path is a SQLite file
    assert store.url == f"sqlite:///{tmp_path / 'plain-path.db'}"
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    close_all()


def test_default_url(monkeypatch):
    monkeypatch.delenv("HADATH_DB", raising=False)
    assert normalize_url(None) == "sqlite:///hadath.db"
    monkeypatch.setenv("HADATH_DB", "postgresql://u@h/db")
    assert normalize_url(None) == "postgresql+psycopg://u@h/db"


def test_unreachable_server_is_a_one_line_error():
    close_all()
    with pytest.raises(StoreError) as exc:
        open_store("postgresql+psycopg://nobody:x@127.0.0.1:9/none")
    assert "\n" not in str(exc.value) and "cannot" in str(exc.value)
    with pytest.raises(StoreError):
        open_store("nosuchdialect://x")


def test_read_commands_do_not_create_a_missing_file(tmp_path):
    close_all()
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no database"):
        open_store(f"sqlite:///{missing}", must_exist=True)
    assert not missing.exists()
