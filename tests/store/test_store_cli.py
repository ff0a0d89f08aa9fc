"""The commands: ingest (twice), events with filters and formats, export, codebook, one-line errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hadath.store.commands import register
from store_fakes import write_corpus

FIXTURES = Path(__file__).resolve().parent.parent / "ingest" / "fixtures"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def invoke(app, *args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_ingest_events_export_roundtrip(app, db_url, tmp_path):
    write_corpus(tmp_path / "c", 10)
    r = invoke(app, "ingest", tmp_path / "c", FIXTURES, "--db", db_url, "--json", "-q")
    assert r.exit_code == 0, r.output
    first = json.loads(r.stdout.splitlines()[0])
    assert first["new"] > 10 and first["events"] > 0 and first["errors"] == 1  # the feed entry with no text
    r = invoke(app, "ingest", tmp_path / "c", FIXTURES, "--db", db_url, "--json", "-q")
    again = json.loads(r.stdout.splitlines()[0])
    assert again["new"] == 0 and again["events"] == 0 and again["existing"] == first["read"]

    r = invoke(app, "events", "--db", db_url, "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == first["events"]
    r = invoke(app, "events", "--db", db_url, "--format", "jsonl", "--type", "ASSAULT", "--country", "IRN")
    sub = [json.loads(line) for line in r.stdout.splitlines()]
    assert sub and all(x["type"] == "ASSAULT" for x in sub)
    assert all("IRN" in (x["actor_country"], x["recipient_country"], x["place_country"]) for x in sub)
    r = invoke(app, "events", "--db", db_url, "--format", "csv", "--limit", "3")
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(table) == 3 and table[0]["id"] == rows[0]["id"]
    r = invoke(app, "events", "--db", db_url)
    assert r.exit_code == 0 and "events" in r.stdout

    out = tmp_path / "e.jsonl"
    r = invoke(app, "export", "--db", db_url, "--format", "plover-jsonl", "-o", out, "--since", "2021-03-05")
    assert r.exit_code == 0, r.output
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert exported and all(e["date"] >= "2021-03-05" for e in exported)
    assert len(exported) == sum(1 for x in rows if x["date"] and x["date"] >= "2021-03-05")


def test_codebook_option(app):
    r = invoke(app, "export", "--codebook")
    assert r.exit_code == 0 and "num_sources" in r.stdout and "gdelt-tsv" in r.stdout


@pytest.mark.parametrize("args, message", [
    (("events", "--since", "last week"), "not a date"),
    (("events", "--quad-class", "9"), "quad"),
    (("events", "--format", "xml"), "--format"),
    (("export", "--format", "xlsx", "-o", "x"), "unknown format"),
    (("export", "--format", "csv"), "-o FILE"),
    (("ingest", "/no/such/folder"), "no such file"),
    (("ingest", ".", "--date", "2021-13-45"), "not a date"),
])
def test_errors_are_one_line(app, tmp_path, args, message):
    r = invoke(app, *args, "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert r.exit_code == 2
    assert message in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_real_cli_lists_events(db_url, tmp_path):
    """The real `hadath` app: ingest then `hadath events` with a filter."""
    from hadath.cli import app as hadath_app

    write_corpus(tmp_path / "c", 4, with_dups=False)
    assert invoke(hadath_app, "ingest", tmp_path / "c", "--db", db_url, "-q").exit_code == 0
    r = invoke(hadath_app, "events", "--db", db_url, "--format", "jsonl", "--type", "CONSULT")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert rows and all(x["type"] == "CONSULT" for x in rows)
