"""CLI: `hadath train ner` rebuilds the shipped model; `hadath eval ner FILE` scores an ANERcorp-format file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def train_ner(
    shared: Optional[Path] = typer.Option(None, help="The shared folder (default: ../shared or HADATH_SHARED)."),
    out: Optional[Path] = typer.Option(None, help="Where to write the model (default: the package's data folder)."),
    holdout_dev: bool = typer.Option(False, "--holdout-dev/--all",
                                     help="Train without the dev split and score it (--holdout-dev), or train on "
                                          "all of ANERcorp train with the settings chosen on dev (--all, shipped)."),
    tune: bool = typer.Option(False, help="With --holdout-dev: choose c1/c2 on a small grid by dev F1 (slower)."),
) -> None:
    """Rebuild the NER model and its lookup tables from ../shared/data/ner; prints time (and dev F1 with
    --holdout-dev)."""
    from hadath.ner.evaluate import format_scores
    from hadath.ner.model import DATA_DIR
    from hadath.ner.train import TUNING_GRID, train
    from hadath.paths import shared_dir

    if tune and not holdout_dev:
        typer.echo("error: --tune needs --holdout-dev (settings are chosen on the dev split)", err=True)
        raise typer.Exit(2)
    shared = shared or shared_dir()
    if not (shared / "data" / "ner" / "anercorp" / "train.txt").exists():
        typer.echo(f"error: ANERcorp train not found under {shared}/data/ner (use --shared)", err=True)
        raise typer.Exit(2)
    out = out or DATA_DIR
    if out != DATA_DIR and not (out / "keywords.tsv").exists():
        import shutil

        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA_DIR / "keywords.tsv", out / "keywords.tsv")
    report = train(shared, out, grid=TUNING_GRID if tune else (), holdout_dev=holdout_dev, log=typer.echo)
    dev = "dev F1 n/a (dev split trained on; use --holdout-dev)"
    if report.dev is not None:
        typer.echo(format_scores(report.dev))
        dev = f"dev F1 {report.dev['ALL']['f1']:.4f}"
    typer.echo(f"{dev}  params {report.params}  "
               f"model {report.sizes['model_bytes'] / 1e6:.1f} MB  time {report.seconds:.0f}s  -> {out}")


def eval_ner(
    file: Path = typer.Argument(..., help="A file in ANERcorp's format: `token TAG` per line, blank line between sentences."),
    upto: str = typer.Option("ner", help="Score entities after this pipeline stage (e.g. 'events' = all)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N sentences."),
) -> None:
    """Print precision/recall/F1 per type, running hadath on the file's tokens joined by spaces."""
    from hadath.ner.corpus import CorpusFormatError
    from hadath.ner.evaluate import evaluate_file, format_scores

    if not file.is_file():
        typer.echo(f"error: no such file: {file}", err=True)
        raise typer.Exit(2)
    try:
        scores = evaluate_file(file, upto=upto, limit=limit)
    except (CorpusFormatError, UnicodeDecodeError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    typer.echo(format_scores(scores))


def register(app: typer.Typer) -> None:
    """Add `train ner` and `eval ner` to the shared train/eval groups (``app`` is the root app, unused)."""
    from hadath.cli_groups import eval_app, train_app

    train_app.command("ner")(train_ner)
    eval_app.command("ner")(eval_ner)
