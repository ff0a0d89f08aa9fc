"""The events CLI: lexicon check (ok and a one-line error), pattern listing."""
from __future__ import annotations

import typer
from typer.testing import CliRunner

from hadath.events.commands import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_check_ok():
    r = CliRunner().invoke(_app(), ["triggers", "check"])
    assert r.exit_code == 0 and "OK" in r.output


def test_check_bad_file_one_line_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\ttype\tmode\tcameo\tpattern\troles\tconf\nx.y\tMEET\t\t040\tبحث\t\t0.5\n", encoding="utf-8")
    r = CliRunner().invoke(_app(), ["triggers", "check", str(bad)])
    assert r.exit_code == 1
    assert "bad.tsv:2: unknown PLOVER type 'MEET'" in r.output and "Traceback" not in r.output


def test_patterns_listing():
    r = CliRunner().invoke(_app(), ["triggers", "patterns", "--type", "protest"])
    assert r.exit_code == 0 and all(line.split("\t")[1] == "PROTEST" for line in r.output.strip().splitlines())
