"""`hadath lexicon check` passes on the shipped lexicons and reports broken copies line by line."""
from __future__ import annotations

import shutil

import typer
from typer.testing import CliRunner

from hadath.actors.check import check
from hadath.actors.commands import register
from hadath.actors.lexicon import DATA_DIR, LexiconError, load


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        pass

    return app


def test_shipped_lexicons_pass():
    assert [str(p) for p in check()] == []
    result = CliRunner().invoke(_app(), ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    assert "lexicons OK" in result.output


def test_broken_copy_fails_with_line_numbers(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    with (d / "groups.tsv").open("a", encoding="utf-8") as f:
        f.write("جماعة وهمية\tXYZ\tREB\tFake group\n")        # unknown country
        f.write("جماعة اخرى\t-\tFOO\tOther group\n")          # unknown sector
        f.write("سطر ناقص\t-\n")                              # malformed
        f.write("داعش\t-\tREB\tDuplicate of ISIS\n")          # duplicate form, other target
    problems = [str(p) for p in check(d)]
    n = sum(1 for _ in (d / "groups.tsv").open(encoding="utf-8"))
    assert any(f"groups.tsv:{n - 3}: unknown country code 'XYZ'" in p for p in problems)
    assert any(f"groups.tsv:{n - 2}: unknown sector code 'FOO'" in p for p in problems)
    assert any(f"groups.tsv:{n - 1}: expected 4 tab-separated fields" in p for p in problems)
    assert any(f"groups.tsv:{n}: duplicate form 'داعش'" in p for p in problems)
    result = CliRunner().invoke(_app(), ["lexicon", "check", "--data-dir", str(d)])
    assert result.exit_code == 1
    assert "4 problem(s)" in result.output


def test_load_raises_on_bad_dates(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    with (d / "people.tsv").open("a", encoding="utf-8") as f:
        f.write("someone\tSomeone\tشخص ما\t-\tIRQ\tGOV\tminister\t2020-13\t-\n")
    try:
        load(d)
    except LexiconError as exc:
        assert "people.tsv" in str(exc) and "malformed date" in str(exc)
    else:
        raise AssertionError("a malformed date must be rejected")


def test_missing_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(_app(), ["lexicon", "check", "--data-dir", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "not found" in result.output
