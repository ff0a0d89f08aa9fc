"""`hadath extract --jsonl` without Typer: the batch command's fixed costs, cut (issue #9).

Typer builds a Pydantic adapter for every parameter of every command on each call: importing Typer and Pydantic
and building them cost ~0.56 G instructions (0.15-0.3 s) before the first article, about a tenth of the start-up.
A batch call whose arguments are plain (``--jsonl``, ``-o``, ``--jobs``, ``--date``, ``--engine local``) is run
here with the same code and messages as `hadath.cli.extract`; anything else (``--help``, a FILE, a value Typer
would have to check) returns None and Typer runs the command as before.

Ending a finished batch with ``os._exit`` after flushing and running the exit handlers skips the interpreter's
teardown, which only frees memory: with ``--jobs 1`` that is every per-word cache of the run (0.6 s of CPU after
300 articles, 1.1-1.3 s after 1,000).
"""
from __future__ import annotations

import atexit
import os
import re
import sys
import threading
from dataclasses import dataclass
from typing import Callable, Optional

# Options of `extract` this parser knows, by spelling -> field; their values are strings (converted below).
_OPTIONS = {"--jsonl": "jsonl", "-o": "output", "--output": "output", "--jobs": "jobs", "-j": "jobs",
            "--date": "date", "--engine": "engine"}
_JOBS = re.compile(r"[1-9][0-9]{0,5}")  # what Typer's int with min=1 accepts without a message (no sign, spaces)


class CLIError(Exception):
    """An error to print as one line and exit non-zero."""


@dataclass
class JsonlArgs:
    """The arguments of a plain `extract --jsonl` call (defaults as in `hadath.cli.extract`)."""

    jsonl: str
    output: Optional[str] = None
    date: Optional[str] = None
    jobs: int = 1
    engine: str = "local"


def parse_jsonl_call(argv: list[str]) -> Optional[JsonlArgs]:
    """The arguments when ``argv`` is `extract` with --jsonl and only plain options, each given once; else None."""
    if not argv or argv[0] != "extract":
        return None
    values: dict[str, str] = {}
    rest = argv[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        field = _OPTIONS.get(name)
        if field is None or field in values:
            return None  # a FILE, --help, an option for Typer, or one given twice
        if not eq:
            i += 1
            if i == len(rest):
                return None
            value = rest[i]
        if value.startswith("-") and value != "-" or not value:
            return None  # Typer decides whether this is a value or an option
        values[field] = value
        i += 1
    if "jsonl" not in values or values.get("engine", "local") != "local":
        return None
    jobs = values.pop("jobs", "1")
    if not _JOBS.fullmatch(jobs):
        return None
    return JsonlArgs(**values, jobs=int(jobs))


def echo_error(message: str) -> None:
    """One line on stderr, flushed (as ``typer.echo(..., err=True)`` writes it)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def run_jsonl(path: str, output: Optional[str], date: Optional[str], jobs: int, engine: str = "local",
              scheduler: Optional[str] = None) -> int:
    """Extract a JSONL batch to ``output`` (stdout if None); the exit code: 1 if bad lines were skipped, else 0."""
    from pathlib import Path

    from hadath.batch import JsonlError, read_jsonl, run_batch

    if path != "-" and not Path(path).exists():
        raise CLIError(f"{path}: no such file")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    errors = 0

    def report(err: JsonlError) -> None:
        nonlocal errors
        errors += 1
        echo_error(f"hadath: error: {err}")

    try:
        items = read_jsonl(path, default_date=date, on_error=report)
        for result in run_batch(items, jobs=jobs, progress=output is not None, engine=engine, scheduler=scheduler):
            if isinstance(result, JsonlError):
                report(result)
                continue
            out.write(result + "\n")
    finally:
        if output:
            out.close()
    if errors:
        echo_error(f"hadath: {errors} bad line(s) skipped")
        return 1
    return 0


def jsonl_exit_code(args: JsonlArgs) -> int:
    """Run a plain batch call as `hadath.cli.extract` does: bad input is one line on stderr and exit code 2."""
    from hadath.validate import InputError, check_date

    try:
        return run_jsonl(args.jsonl, args.output, check_date(args.date), args.jobs, args.engine)
    except (CLIError, InputError, ValueError, OSError) as exc:
        # extract's message; its FILE argument is always None in a batch call
        echo_error(f"hadath: error: {exc if not isinstance(exc, OSError) else f'None: {exc.strerror or exc}'}")
        return 2


def guarded(run: Callable[[], int]) -> int:
    """``run``'s exit code, with `hadath.cli.main`'s handling: no traceback reaches the user unless HADATH_DEBUG."""
    try:
        return run()
    except KeyboardInterrupt:
        echo_error("hadath: interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence for a clear one-line error
        if os.environ.get("HADATH_DEBUG"):
            raise
        echo_error(f"hadath: error: {type(exc).__name__}: {exc} (set HADATH_DEBUG=1 for details)")
        return 1


def exit_now(code: int) -> None:
    """Leave without the interpreter's teardown (it only frees memory): output flushed, exit handlers run first.

    Falls back to a normal exit when another thread still runs (teardown would wait for it) or a flush fails."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    os._exit(code)


def try_fast(argv: list[str]) -> None:
    """Run ``argv`` here and exit if it is a plain `extract --jsonl` call; return (for Typer) otherwise."""
    args = parse_jsonl_call(argv)
    if args is not None:
        exit_now(guarded(lambda: jsonl_exit_code(args)))
