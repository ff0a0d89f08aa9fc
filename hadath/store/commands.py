"""CLI: `hadath ingest`, `hadath reprocess`, `hadath events`, `hadath export` (registered by hadath.cli)."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

DB_HELP = "Store URL: sqlite:///FILE (default sqlite:///hadath.db, or $HADATH_DB) or postgresql+psycopg://..."
DEFAULT_DB = "sqlite:///hadath.db"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"hadath: error: {message}", err=True)
    raise typer.Exit(code)


def _mapper(jobs: int, engine: str, scheduler: Optional[str]):
    """map (this process) unless --jobs > 1 or --engine dask asks for hadath.scale's engines."""
    if jobs <= 1 and engine == "local":
        return None
    from functools import partial

    from hadath.scale.engines import map_items

    return partial(map_items, engine=engine, jobs=jobs, scheduler=scheduler)


def _run_with_progress(run, quiet: bool):
    """Run ``run(on_error, on_progress)`` under a Rich progress line; errors print one line each."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)

    def on_error(line: str) -> None:
        err.print(f"hadath: skipped: {line}", markup=False, highlight=False, soft_wrap=True)

    if quiet or not err.is_terminal:
        return run(on_error, None)
    with Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=None),
                  TextColumn("{task.fields[line]}"), TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None, line="starting")

        def on_progress(st) -> None:
            progress.update(task, line=f"read {st.read} new {st.new} dup {st.duplicates} "
                                       f"stored {st.existing} errors {st.errors}")

        return run(on_error, on_progress)


def _summary(stats, db: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    if console.is_terminal:
        table = Table(title="ingest summary", show_header=False)
        for k, v in stats.as_dict().items():
            table.add_row(k, str(v))
        rate = (stats.new + stats.reprocessed) / stats.seconds if stats.seconds else 0
        table.add_row("articles/s", f"{rate:.1f}")
        console.print(table)
    typer.echo(f"hadath: {stats.summary()} -> {db}", err=True)


def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="Files or folders: .txt, .jsonl, .json, .html, RSS/Atom (.xml "
                                                ".rss .atom), WARC (.warc .warc.gz); folders recursively."),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for items whose "
                                                            "metadata has none."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Re-run the pipeline on inputs already stored "
                                                              "(after a model update)."),
    batch_size: int = typer.Option(50, "--batch-size", min=1, help="Articles per transaction."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (or Dask workers)."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Ingest articles into the store: dedup, extract events, merge them across articles."""
    from hadath.ingest.runner import IngestAborted, ingest
    from hadath.store.db import StoreError

    if date:
        from hadath.ingest.sources import check_date

        if not check_date(date, "--date") or len(date) != 10:
            _fail(f"--date: {date!r} is not a date (YYYY-MM-DD)")
    missing = [p for p in paths if not __import__("os").path.exists(p)]
    if missing:
        _fail(f"{missing[0]}: no such file or directory")
    try:
        mapper = _mapper(jobs, engine, scheduler)
        stats = _run_with_progress(
            lambda on_error, on_progress: ingest(paths, db=db, date=date, reprocess=reprocess, mapper=mapper,
                                                 batch_size=batch_size, on_error=on_error,
                                                 on_progress=on_progress), quiet)
    except (StoreError, ValueError, IngestAborted) as exc:
        _fail(str(exc))
        return
    if as_json:
        typer.echo(json.dumps(stats.as_dict()))
    _summary(stats, db)


def reprocess_cmd(
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    only_failed: bool = typer.Option(False, "--only-failed", help="Only articles the pipeline failed on."),
    outdated: bool = typer.Option(False, "--outdated", help="Only articles processed by other stage versions "
                                                            "than the current pipeline's."),
    batch_size: int = typer.Option(50, "--batch-size", min=1),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1),
    engine: str = typer.Option("local", "--engine"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Re-run the pipeline over every stored article (after a model update); event ids stay stable."""
    from hadath.ingest.runner import IngestAborted, reprocess
    from hadath.store.db import StoreError

    try:
        mapper = _mapper(jobs, engine, scheduler)
        stats = _run_with_progress(
            lambda on_error, on_progress: reprocess(db=db, mapper=mapper, batch_size=batch_size,
                                                    on_error=on_error, on_progress=on_progress,
                                                    only_failed=only_failed, only_outdated=outdated), quiet)
    except (StoreError, ValueError, IngestAborted) as exc:
        _fail(str(exc))
        return
    _summary(stats, db)


def _filters(**kw):
    from hadath.store.repository import EventFilter, FilterError

    try:
        return EventFilter(**kw)
    except FilterError as exc:
        _fail(str(exc))


FILTER_HELP = {
    "since": "Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).",
    "until": "Events on or before this date.",
    "actor": "Actor or recipient: code (IRQGOV) or name (English or Arabic, normalized substring).",
    "country": "ISO alpha-3 country of an actor, a recipient or the place.",
    "sector": "Sector of an actor or recipient (GOV MIL COP REB ...).",
    "type": "PLOVER event type(s), comma-separated.",
    "cameo": "CAMEO code prefix(es), comma-separated (04 = every consultation).",
    "quad_class": "GDELT quad class 1-4.",
    "place": "Place name (English or Arabic substring).",
    "text": "Arabic text in the evidence sentence (normalized: hamza/alef forms, harakat ignored).",
    "aux": "Modality: asserted, future, negated, hypothetical, historical (comma-separated).",
}


# The filter options shared by `hadath events` and `hadath export` (same names, same help).
SinceFilter = Annotated[Optional[str], typer.Option("--since", help=FILTER_HELP["since"])]
UntilFilter = Annotated[Optional[str], typer.Option("--until", help=FILTER_HELP["until"])]
ActorFilter = Annotated[Optional[str], typer.Option("--actor", help=FILTER_HELP["actor"])]
CountryFilter = Annotated[Optional[str], typer.Option("--country", help=FILTER_HELP["country"])]
SectorFilter = Annotated[Optional[str], typer.Option("--sector", help=FILTER_HELP["sector"])]
TypeFilter = Annotated[Optional[str], typer.Option("--type", help=FILTER_HELP["type"])]
CameoFilter = Annotated[Optional[str], typer.Option("--cameo", help=FILTER_HELP["cameo"])]
QuadClassFilter = Annotated[Optional[int], typer.Option("--quad-class", help=FILTER_HELP["quad_class"])]
PlaceFilter = Annotated[Optional[str], typer.Option("--place", help=FILTER_HELP["place"])]
TextFilter = Annotated[Optional[str], typer.Option("--text", help=FILTER_HELP["text"])]
AuxFilter = Annotated[Optional[str], typer.Option("--aux", help=FILTER_HELP["aux"])]


def events_cmd(
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or jsonl."),
    since: SinceFilter = None,
    until: UntilFilter = None,
    actor: ActorFilter = None,
    country: CountryFilter = None,
    sector: SectorFilter = None,
    type_: TypeFilter = None,
    cameo: CameoFilter = None,
    quad_class: QuadClassFilter = None,
    place: PlaceFilter = None,
    text: TextFilter = None,
    aux: AuxFilter = None,
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most N events (table default 50; "
                                                                      "0 = all)."),
) -> None:
    """List stored events, one per row (table) or line (csv, jsonl), with filters."""
    import csv

    from hadath.store.db import StoreError, open_store
    from hadath.store.repository import EVENT_COLUMNS, event_record, iter_events

    if fmt not in ("table", "csv", "jsonl"):
        _fail(f"--format: {fmt!r} is not table, csv or jsonl")
    filters = _filters(since=since, until=until, actor=actor, country=country, sector=sector, type=type_,
                       cameo=cameo, quad_class=quad_class, place=place, text=text, aux=aux)
    if limit is None:
        limit = 50 if fmt == "table" else 0
    try:
        store = open_store(db, must_exist=True)
    except StoreError as exc:
        _fail(str(exc))
        return
    with store.session() as s:
        rows = (event_record(ev) for ev in iter_events(s, filters, limit=limit or None))
        if fmt == "jsonl":
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            w = csv.writer(sys.stdout)
            w.writerow(EVENT_COLUMNS)
            for r in rows:
                w.writerow(["" if r[c] is None else r[c] for c in EVENT_COLUMNS])
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table(title="events", caption="m/s/a = mentions / sources / articles")
            for col in ("id", "date", "type", "cameo", "aux", "actor", "recipient", "place", "m/s/a"):
                table.add_column(col, no_wrap=col in ("id", "date", "type", "cameo", "m/s/a"), overflow="ellipsis")
            n = 0
            for r in rows:
                table.add_row(r["id"], r["date"] or "", r["type"], r["cameo"] or "", r["aux"],
                              r["actor_code"] or r["actor_name"] or "", r["recipient_code"] or r["recipient_name"] or "",
                              r["place_name"] or "", f"{r['num_mentions']}/{r['num_sources']}/{r['num_articles']}")
                n += 1
            Console().print(table)
            typer.echo(f"{n} event(s) shown" + (f" (--limit {limit})" if limit and n >= limit else ""), err=True)


def export_cmd(
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="plover-jsonl, gdelt-tsv, acled-csv, csv, parquet or geojson."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Output file (- = stdout, text formats)."),
    codebook: bool = typer.Option(False, "--codebook", help="Print the codebook of the columns and formats."),
    since: SinceFilter = None,
    until: UntilFilter = None,
    actor: ActorFilter = None,
    country: CountryFilter = None,
    sector: SectorFilter = None,
    type_: TypeFilter = None,
    cameo: CameoFilter = None,
    quad_class: QuadClassFilter = None,
    place: PlaceFilter = None,
    text: TextFilter = None,
    aux: AuxFilter = None,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most N events."),
) -> None:
    """Export events (streaming) as PLOVER JSONL, GDELT TSV, ACLED CSV, CSV, Parquet or GeoJSON."""
    from hadath.store.export import FORMATS, ExportError, codebook_markdown, export_events

    if codebook:
        typer.echo(codebook_markdown())
        return
    if fmt not in FORMATS:
        _fail(f"--format: {'unknown format ' + repr(fmt) if fmt else 'required'} (use one of: {', '.join(FORMATS)})")
    if not output:
        _fail("-o FILE is required (- for stdout)")
    from hadath.store.db import StoreError, open_store

    filters = _filters(since=since, until=until, actor=actor, country=country, sector=sector, type=type_,
                       cameo=cameo, quad_class=quad_class, place=place, text=text, aux=aux)
    try:
        store = open_store(db, must_exist=True)
        with store.session() as s:
            n = export_events(s, fmt, output, filters, limit=limit)
    except (ExportError, StoreError) as exc:
        _fail(str(exc))
        return
    typer.echo(f"hadath: exported {n} event(s) as {fmt} to {output}", err=True)


def print_store_summary(db: str = DEFAULT_DB) -> None:
    """What the store holds (articles, duplicates, events by type) and the commands to go further (demo)."""
    from rich.console import Console
    from rich.table import Table
    from sqlalchemy import func, select

    from hadath.store.db import open_store
    from hadath.store.schema import Event
    from hadath.store.writer import store_stats

    console = Console()
    with open_store(db).session() as s:
        st = store_stats(s)
        n = func.count(Event.seq)
        by_type = s.execute(select(Event.type, n).group_by(Event.type).order_by(n.desc(), Event.type)).all()
    table = Table(title=f"store {db}", show_header=False)
    for k in ("articles", "duplicates", "events", "mentions", "entities", "places", "sources"):
        table.add_row(k, str(st[k]))
    table.add_row("events by type", ", ".join(f"{t} {c}" for t, c in by_type) or "-")
    console.print(table)
    console.print("Next:\n"
                  f"  hadath events --db {db}\n"
                  f"  hadath events --db {db} --country IRQ --format jsonl\n"
                  f"  hadath export --db {db} --format csv -o events.csv\n"
                  f"  hadath serve --db {db}", markup=False, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("reprocess")(reprocess_cmd)
    app.command("events")(events_cmd)
    app.command("export")(export_cmd)
