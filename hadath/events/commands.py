"""CLI for the events concern: ``hadath triggers check|patterns|explain``, ``hadath train events-filter``,
``hadath eval events``. Heavy imports stay inside the commands so ``hadath --help`` stays fast."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

events_app = typer.Typer(help="The event coder: trigger lexicon and explanations.", no_args_is_help=True)


def _fail(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(1)


@events_app.command("check")
def check(path: Optional[Path] = typer.Argument(None, help="trigger lexicon TSV (default: the shipped one)")) -> None:
    """Validate the trigger lexicon (columns, PLOVER types/modes, CAMEO codes, roles, duplicate ids)."""
    from hadath.events.triggers import LEXICON_PATH, LexiconError, load_lexicon

    path = path or LEXICON_PATH
    if not path.is_file():
        _fail(f"{path}: no such file")
    try:
        lex = load_lexicon(path)
    except LexiconError as e:
        _fail(str(e))
    n_block = sum(p.blocks for p in lex.patterns)
    typer.echo(f"{path.name}: {len(lex) - n_block} trigger patterns, {n_block} background blocks, "
               f"{lex.surface_count()} surface forms: OK")


@events_app.command("patterns")
def patterns(type: Optional[str] = typer.Option(None, "--type", help="only this PLOVER type")) -> None:
    """List the trigger patterns (id, type, mode, CAMEO, pattern)."""
    from hadath.events.triggers import load_lexicon

    for p in load_lexicon().patterns:
        if type is None or p.type == type.upper():
            typer.echo(f"{p.id}\t{p.type}\t{p.mode}\t{p.cameo}\t{p.text}")


@events_app.command("explain")
def explain(file: Path = typer.Argument(..., help="article text file ('-' for standard input)"),
            date: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD")) -> None:
    """Code one article and print why each event was coded, then the candidates dropped and why."""
    import sys

    import hadath
    from hadath.events.drop_log import recording
    from hadath.events.explain import explain_document

    try:
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        _fail(f"{file}: cannot read ({e.__class__.__name__})")
    try:
        with recording():
            doc = hadath.extract(text, date=date)
    except ValueError as e:
        _fail(str(e))
    typer.echo(explain_document(doc))


def train_events_filter(shared: Optional[Path] = typer.Option(None, help="the ../shared folder"),
                        choose: bool = typer.Option(False, "--choose", help="re-choose each type's model and "
                                                    "threshold by cross-validation instead of the fixed ones"),
                        out: Optional[Path] = typer.Option(None, help="write here instead of the shipped file")) -> None:
    """Retrain the ASSAULT/PROTEST sentence filter on the tune half of the Arabic event GSR dev set."""
    from hadath.events.train_filter import main

    try:
        path = main(shared, choose_configuration=choose, out=out)
    except FileNotFoundError as e:
        _fail(str(e))
    typer.echo(f"saved {path}")


def eval_events(half: str = typer.Option("held", help="held | tune | all"),
                no_filter: bool = typer.Option(False, "--no-filter", help="rules only")) -> None:
    """ASSAULT/PROTEST detection P/R/F1 and role accuracy on the Arabic event GSR (eval/events_gsr.py)."""
    import runpy

    from hadath.paths import PROJECT_ROOT

    script = PROJECT_ROOT / "eval" / "events_gsr.py"
    if not script.is_file():
        _fail(f"{script} not found (run from a source checkout)")
    main = runpy.run_path(str(script))["main"]
    raise typer.Exit(main(["--half", half] + (["--no-filter"] if no_filter else [])))


def register(app: typer.Typer) -> None:
    """Add ``hadath triggers ...``, ``hadath train events-filter`` and ``hadath eval events``.

    The group is ``triggers`` because ``hadath events`` lists stored events (the store's command)."""
    app.add_typer(events_app, name="triggers")
    try:
        from hadath.cli_groups import eval_app, train_app
    except ImportError:
        return
    train_app.command("events-filter")(train_events_filter)
    eval_app.command("events")(eval_events)
