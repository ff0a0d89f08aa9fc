"""`hadath demo` / `make demo`: ingest the bundled examples into the embedded store and summarise them.

Re-running adds nothing (ingest is idempotent); the summary reads back from the store, so what it shows is
what the CLI, the exports and the dashboard will see.
"""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table


def _events_table(rows: list[dict]) -> Table:
    table = Table(title="Events in the store (first 25)", show_lines=False)
    for col in ("date", "type", "cameo", "aux", "actor", "recipient", "place", "articles"):
        table.add_column(col, overflow="fold")
    for r in rows[:25]:
        table.add_row(r["date"] or "", r["type"], r["cameo"] or "", r["aux"] or "",
                      f"{r['actor_code'] or ''} {r['actor_name'] or ''}".strip(),
                      f"{r['recipient_code'] or ''} {r['recipient_name'] or ''}".strip(),
                      r["place_name"] or "", str(r["num_articles"] or 1))
    return table


def run_demo(db: str, folder: Path) -> None:
    from hadath.api.commands import dashboard_hint
    from hadath.ingest.runner import ingest
    from hadath.store.commands import print_store_summary
    from hadath.store.db import open_store
    from hadath.store.repository import event_record, iter_events

    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    console = Console()
    console.print(f"[bold]hadath demo[/bold]: ingesting {folder}/ into {db}")
    stats = ingest([str(folder)], db=db, on_error=lambda line: console.print(f"skipped: {line}", markup=False))
    console.print(stats.summary())
    with open_store(db).session() as session:
        rows = [event_record(e) for e in iter_events(session)]
    console.print(_events_table(rows))
    print_store_summary(db)
    console.print("  hadath extract ../shared/examples/seed/article.txt --date 2020-11-26 --explain",
                  markup=False, highlight=False)
    console.print(dashboard_hint(db), markup=False, highlight=False)
