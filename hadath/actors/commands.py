"""CLI for the actor lexicons: `hadath lexicon check` (wired by hadath/cli.py through ``register``)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    lexicon_app = typer.Typer(help="Actor lexicons (countries, nationalities, titles, people...).",
                              no_args_is_help=True)

    @lexicon_app.command("check")
    def check_cmd(
        data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Check another copy of the lexicon folder."),
    ) -> None:
        """Validate the lexicons: malformed lines, duplicates, unknown country/sector codes."""
        from hadath.actors.check import check, summary
        from hadath.actors.lexicon import DATA_DIR

        d = data_dir or DATA_DIR
        if not d.is_dir():
            typer.echo(f"error: lexicon folder not found: {d}", err=True)
            raise typer.Exit(2)
        try:
            problems = check(d)
        except (OSError, UnicodeDecodeError, KeyError) as exc:
            typer.echo(f"error: cannot read lexicons in {d}: {exc}", err=True)
            raise typer.Exit(2)
        for p in problems:
            typer.echo(str(p), err=True)
        if problems:
            typer.echo(f"{len(problems)} problem(s)", err=True)
            raise typer.Exit(1)
        typer.echo(f"lexicons OK: {summary(d)}")

    app.add_typer(lexicon_app, name="lexicon")
