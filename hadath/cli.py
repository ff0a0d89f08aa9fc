"""The `hadath` command line: extract, info, demo, plus the commands each concern registers."""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer

from hadath.cli_fast import CLIError, run_jsonl, try_fast
from hadath.cli_groups import eval_app, train_app

app = typer.Typer(
    help="hadath: Arabic news to political event data (PLOVER/CAMEO).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

# Each concern adds its own commands (lexicon check, ingest, events, export, serve, train/eval ...).
COMMAND_MODULES = (
    "hadath.ner.commands",
    "hadath.actors.commands",
    "hadath.places.commands",
    "hadath.events.commands",
    "hadath.store.commands",
    "hadath.api.commands",
)


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"hadath: error: {message}", err=True)
    raise typer.Exit(code)


def _read_input(path: str) -> str:
    from hadath.text.decode import decode_bytes

    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise CLIError(f"{path}: no such file")
        if p.is_dir():
            raise CLIError(f"{path}: is a directory (use `hadath ingest` for folders)")
        data = p.read_bytes()
        name = path
    return decode_bytes(data, name)


def _dump(obj: dict, pretty: bool) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


@app.command()
def extract(
    file: Optional[str] = typer.Argument(None, help="Article file (any common Arabic encoding), or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD (anchors relative dates)."),
    id: Optional[str] = typer.Option(None, "--id", help="Document id (default: sha1 of the text)."),
    jsonl: Optional[str] = typer.Option(None, "--jsonl", help='Batch input: one {"id","text","date"?} per line.'),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Batch output file (default stdout)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for --jsonl (order kept)."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask, for --jsonl."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (else a local cluster)."),
    explain: bool = typer.Option(False, "--explain", help="Print why each event was coded, and why candidates were dropped (stderr)."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON."),
) -> None:
    """Extract entities, actors, dates, places, quantities and events as SCHEMA JSON."""
    from hadath.validate import InputError, check_date

    try:
        date = check_date(date)
        if jsonl:
            _extract_jsonl(jsonl, output, date, jobs, engine, scheduler)
            return
        if file is None:
            raise CLIError("give a FILE, - for stdin, or --jsonl IN")
        text = _read_input(file)
        import hadath
        from hadath.events.drop_log import recording

        with recording(explain):  # --explain also lists the event candidates dropped and why
            doc = hadath.extract(text, date=date, id=id)
    except (CLIError, InputError, ValueError, OSError) as exc:
        fail(str(exc) if not isinstance(exc, OSError) else f"{file}: {exc.strerror or exc}")
        return
    if explain:
        from hadath.events.explain import explain_document

        typer.echo(explain_document(doc), err=True)
    typer.echo(_dump(doc.to_dict(), pretty))


def _extract_jsonl(path: str, output: Optional[str], date: Optional[str], jobs: int, engine: str = "local",
                   scheduler: Optional[str] = None) -> None:
    code = run_jsonl(path, output, date, jobs, engine, scheduler)  # shared with hadath.cli_fast
    if code:
        raise typer.Exit(code)


@app.command()
def info() -> None:
    """List the pipeline's stages, what each requires and assigns, and their versions."""
    from rich.console import Console
    from rich.table import Table

    import hadath
    from hadath.pipeline import Pipeline

    table = Table(title=f"hadath {hadath.__version__} pipeline")
    for col in ("stage", "version", "requires", "assigns"):
        table.add_column(col)
    for s in Pipeline.default().analyze():
        table.add_row(s["name"], s["version"], ", ".join(s["requires"]), ", ".join(s["assigns"]))
    Console().print(table)


@app.command()
def demo(
    db: str = typer.Option("sqlite:///hadath.db", "--db", help="Store URL (default: embedded SQLite file)."),
    examples: Path = typer.Option(Path("examples"), "--examples", help="Folder of example articles."),
) -> None:
    """Run the main job on the bundled examples: ingest them into the store and summarise."""
    from hadath.demo import run_demo

    try:
        run_demo(db, examples)
    except (CLIError, ValueError, OSError) as exc:
        fail(str(exc))


def _register_concerns() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # concern not built yet; its own import errors must surface
                continue
            raise
        module.register(app)


_register_concerns()


def main() -> None:
    """Entry point: no Python traceback reaches the user unless HADATH_DEBUG is set."""
    try_fast(sys.argv[1:])  # a plain `extract --jsonl` runs (and exits) without Typer
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("hadath: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence for a clear one-line error
        if os.environ.get("HADATH_DEBUG"):
            raise
        typer.echo(f"hadath: error: {type(exc).__name__}: {exc} (set HADATH_DEBUG=1 for details)", err=True)
        sys.exit(1)

