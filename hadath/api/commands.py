"""``hadath serve``: the HTTP API and the dashboard over a store."""
from __future__ import annotations

import os
import secrets
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def dashboard_hint(db: str, port: int = 8000) -> str:
    """The lines that tell a newcomer how to open the dashboard on ``db`` (for `hadath demo`)."""
    return (f"Open the dashboard:  hadath serve --db {db}\n"
            f"                     then http://127.0.0.1:{port}/  (API docs: http://127.0.0.1:{port}/docs)")


def serve(
    db: Optional[str] = typer.Option(None, "--db", help="store URL (sqlite:///hadath.db, postgresql+psycopg://...); "
                                     "default $HADATH_DB or sqlite:///hadath.db"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on; off loopback, writes need a token"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="HADATH_API_TOKEN",
                                        help="API token for writes (POST /api/extract); generated when the host "
                                             "is not loopback and none is given"),
    max_body: int = typer.Option(1_000_000, "--max-body", min=1024, help="largest request body in bytes (413 beyond)"),
) -> None:
    """Serve the dashboard (/) and the JSON API (/api, docs at /docs)."""
    import uvicorn

    from hadath.api.app import create_app
    from hadath.api.security import is_loopback
    from hadath.store.db import StoreError, normalize_url

    url = normalize_url(db)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = url[len("sqlite:///"):]
        if not os.path.exists(path):
            typer.echo(f"error: no database at {path} (run `hadath ingest PATH --db {url}` or `make demo` first)",
                       err=True)
            raise typer.Exit(2)
    if not is_loopback(host) and not token:
        token = secrets.token_urlsafe(24)
        typer.echo(f"listening on {host}: writes need the token {token} (Authorization: Bearer ...)", err=True)
    try:
        application = create_app(url, token=token, host=host, max_body=max_body)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"hadath dashboard: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
