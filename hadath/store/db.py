"""Open a store by URL: SQLite (WAL mode) by default, PostgreSQL by ``postgresql+psycopg://`` URL.

The schema is brought up to date with Alembic (``upgrade head``) the first time a URL is opened in a process,
so a fresh file or an empty PostgreSQL database needs no setup step.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///hadath.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_lock = threading.Lock()
_stores: dict[str, "Store"] = {}


class StoreError(Exception):
    """The database cannot be opened or migrated (bad URL, unreachable server, missing driver)."""


@dataclass
class Store:
    url: str
    engine: Engine
    sessionmaker: sessionmaker

    def session(self) -> Session:
        return self.sessionmaker()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"


def normalize_url(url: str | None) -> str:
    """Accept a bare file path as a SQLite database; default to ./hadath.db (or HADATH_DB)."""
    url = url or os.environ.get("HADATH_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at each commit's checkpoint, fast
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    return engine


def upgrade(engine: Engine) -> None:
    """Run Alembic migrations up to head when the database is behind (cheap check first)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite:/// URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///") or url in ("sqlite:///", "sqlite:///:memory:"):
        return None
    return Path(url[len("sqlite:///"):].split("?", 1)[0])


def open_store(url: str | None = None, migrate: bool = True, must_exist: bool = False) -> Store:
    """The store at ``url`` (cached per process); creates/migrates the schema on first use.

    ``must_exist`` (read-only commands): a SQLite file that does not exist is an error, not a new store.
    """
    url = normalize_url(url)
    path = sqlite_path(url)
    if must_exist and path is not None and not path.exists():
        raise StoreError(f"no database at {path} (run `hadath ingest PATH --db {url}` first)")
    with _lock:
        store = _stores.get(url)
        if store is not None:
            return store
        engine = make_engine(url)
        if migrate:
            try:
                upgrade(engine)
            except Exception as exc:
                engine.dispose()
                raise StoreError(f"cannot prepare database {url!r}: {str(exc).splitlines()[0]}") from exc
        store = Store(url, engine, sessionmaker(engine, expire_on_commit=False))
        _stores[url] = store
        return store


def close_all() -> None:
    """Dispose every cached engine (tests, forked workers)."""
    with _lock:
        for store in _stores.values():
            store.engine.dispose()
        _stores.clear()
