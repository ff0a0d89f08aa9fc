"""Typer sub-groups shared by the concerns' command modules (hadath train ..., hadath eval ...)."""
import typer

train_app = typer.Typer(help="Rebuild the shipped models from ../shared/data.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure hadath on gold data.", no_args_is_help=True)
