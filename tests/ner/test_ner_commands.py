import pytest
import typer
from typer.testing import CliRunner

from hadath.ner.model import MODEL_FILE


def app():
    from hadath.ner.commands import eval_ner

    a = typer.Typer()
    a.command("ner")(eval_ner)
    a.command("other")(lambda: None)  # keep "ner" a sub-command
    return a


@pytest.mark.skipif(not MODEL_FILE.exists(), reason="shipped NER model missing")
def test_eval_ner_on_a_tiny_file(tmp_path):
    f = tmp_path / "gold.txt"
    # Written for this test: one person, one place, one organisation the model should find.
    f.write_text("قال O\nالرئيس O\nالفرنسي O\nإيمانويل B-PERS\nماكرون I-PERS\nفي O\nباريس B-LOC\n. O\n\n"
                 "وأعلنت O\nالأمم B-ORG\nالمتحدة I-ORG\nذلك O\n. O\n", "utf-8")
    res = CliRunner().invoke(app(), ["ner", str(f)])
    assert res.exit_code == 0, res.output
    rows = {line.split()[0]: line.split() for line in res.output.splitlines()[1:]}
    assert set(rows) >= {"PERS", "LOC", "ORG", "ALL"}
    assert rows["ALL"][4] == "3"  # gold entities counted
    assert float(rows["ALL"][3]) >= 0.5


def test_eval_ner_bad_input_is_one_line_error(tmp_path):
    res = CliRunner().invoke(app(), ["ner", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "no such file" in res.output
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", "utf-8")
    res = CliRunner().invoke(app(), ["ner", str(empty)])
    assert res.exit_code == 2 and "no sentences" in res.output


def test_train_ner_tune_needs_the_holdout_build(tmp_path):
    from hadath.ner.commands import train_ner

    a = typer.Typer()
    a.command("ner")(train_ner)
    a.command("other")(lambda: None)
    res = CliRunner().invoke(a, ["ner", "--all", "--tune", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "--holdout-dev" in res.output
    res = CliRunner().invoke(a, ["ner", "--holdout-dev", "--shared", str(tmp_path), "--out", str(tmp_path)])
    assert res.exit_code == 2 and "ANERcorp train not found" in res.output
