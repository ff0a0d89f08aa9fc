"""`python -m hadath` is the `hadath` command."""
import sys

from hadath.cli_fast import try_fast

try_fast(sys.argv[1:])  # a plain `extract --jsonl` runs (and exits) here, without importing Typer

from hadath.cli import main  # noqa: E402

main()
