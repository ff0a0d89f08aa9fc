"""`extract --jsonl` without Typer (hadath/cli_fast.py): same output, messages and exit codes as the Typer command,
only for the plain calls it knows, and a quick exit that loses no output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from hadath.cli_fast import _OPTIONS, JsonlArgs, exit_now, parse_jsonl_call

RUN = [sys.executable, "-m", "hadath"]
ARTICLE = "استقبل رئيس الوزراء الأردني في عمان أمس وزير الخارجية الكويتي وبحث معه التعاون بين البلدين."
OTHER = "أعلنت وزارة الداخلية المصرية القبض على خلية إرهابية في محافظة سيناء."


def _hadath(*args):
    env = {**os.environ, "HADATH_DEBUG": ""}
    return subprocess.run(RUN + list(args), capture_output=True, env=env)


@pytest.mark.parametrize("argv, expected", [
    (["extract", "--jsonl", "in.jsonl"], JsonlArgs("in.jsonl")),
    (["extract", "--jsonl=in.jsonl", "-o", "out.jsonl", "--jobs", "2"], JsonlArgs("in.jsonl", "out.jsonl", jobs=2)),
    (["extract", "-j", "3", "--date", "2020-02-03", "--output=o", "--jsonl", "-"],
     JsonlArgs("-", "o", "2020-02-03", 3)),
    (["extract", "--engine", "local", "--jsonl", "x"], JsonlArgs("x")),
])
def test_plain_batch_calls_are_parsed(argv, expected):
    assert parse_jsonl_call(argv) == expected


@pytest.mark.parametrize("argv", [
    [], ["info"], ["extract"], ["extract", "a.txt"], ["extract", "a.txt", "--jsonl", "x"],
    ["extract", "--jsonl", "x", "--help"], ["extract", "--jsonl", "x", "--pretty"],
    ["extract", "--jsonl", "x", "--jobs", "0"], ["extract", "--jsonl", "x", "--jobs", "-1"],
    ["extract", "--jsonl", "x", "--jobs", "two"], ["extract", "--jsonl", "x", "--jobs", "02"],
    ["extract", "--jsonl", "x", "-j2"], ["extract", "--jsonl", "x", "--jsonl", "y"],
    ["extract", "--jsonl", "x", "--engine", "dask"], ["extract", "--jsonl", "x", "--scheduler", "tcp://h:1"],
    ["extract", "--jsonl"], ["extract", "--jsonl", "--jobs", "2"], ["extract", "--jsonl", ""],
    ["extract", "--jsonl", "x", "--", "y"], ["extract", "--date"],
])
def test_anything_else_is_left_to_typer(argv):
    assert parse_jsonl_call(argv) is None


def test_known_options_are_the_typer_commands_with_the_same_defaults():
    """An option renamed or a default changed in hadath.cli.extract must be changed here as well."""
    import typer.main

    from hadath.cli import app

    command = typer.main.get_command(app).commands["extract"]
    by_name = {p.name: p for p in command.params}
    for spelling, field in _OPTIONS.items():
        assert spelling in by_name[field].opts + by_name[field].secondary_opts, spelling
    defaults = JsonlArgs("x")
    for field in ("output", "date", "jobs", "engine"):
        assert by_name[field].default == getattr(defaults, field), field


@pytest.fixture
def batch(tmp_path):
    lines = [json.dumps({"id": "a", "text": ARTICLE, "date": "2021-05-06"}, ensure_ascii=False), "{not json",
             json.dumps({"id": "b", "text": OTHER}, ensure_ascii=False), json.dumps({"id": "c", "text": "x",
                                                                                     "date": "2021-02-30"})]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("extra", [[], ["--jobs", "2"], ["--date", "2019-01-01"], ["--date", "yesterday"]])
def test_same_output_messages_and_code_as_typer(batch, extra):
    fast = _hadath("extract", "--jsonl", str(batch), *extra)
    typer_run = _hadath("extract", "--jsonl", str(batch), "--pretty", *extra)  # --pretty: Typer's path, no effect
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer_run.returncode, typer_run.stdout, typer_run.stderr)
    assert fast.returncode in (1, 2) and b"Traceback" not in fast.stderr


def test_output_file_and_missing_input(batch, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = _hadath("extract", "--jsonl", str(batch), "-o", str(out))
    assert proc.returncode == 1
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]
    missing = _hadath("extract", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and missing.stderr.decode().startswith("hadath: error:")
    assert missing.stderr == _hadath("extract", "--jsonl", str(tmp_path / "nope.jsonl"), "--pretty").stderr


def test_a_plain_batch_imports_neither_typer_nor_pydantic(batch):
    code = ("import sys, io, contextlib\n"
            "from hadath.cli_fast import jsonl_exit_code, parse_jsonl_call\n"
            f"args = parse_jsonl_call(['extract', '--jsonl', {str(batch)!r}])\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            "    jsonl_exit_code(args)\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'click') if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_quick_exit_flushes_a_large_output_and_keeps_the_code():
    code = ("import sys\nfrom hadath.cli_fast import exit_now\n"
            "sys.stdout.write('و' * 3_000_000)\nsys.stderr.write('done')\nexit_now(3)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert proc.returncode == 3 and len(proc.stdout.decode()) == 3_000_000 and proc.stderr == b"done"


def test_quick_exit_runs_exit_handlers():
    code = ("import atexit, sys\nfrom hadath.cli_fast import exit_now\n"
            "atexit.register(lambda: print('handler ran'))\nexit_now(0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "handler ran\n"


def test_quick_exit_waits_the_normal_way_while_another_thread_runs():
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        with pytest.raises(SystemExit) as exc:
            exit_now(4)
        assert exc.value.code == 4
    finally:
        stop.set()
        worker.join()
