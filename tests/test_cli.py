"""The CLI: SCHEMA JSON out, one-line errors and non-zero exits for bad input, never a traceback."""
import json
import os
import subprocess
import sys

import pytest

RUN = [sys.executable, "-m", "hadath"]
ARTICLE = "أجرى وزير الخارجية العراقي اتصالا هاتفيا مع نظيره التركي أمس الأربعاء.\nوبحث الجانبان العلاقات الثنائية."


def hadath(*args, stdin=None):
    env = {**os.environ, "HADATH_DEBUG": ""}
    return subprocess.run(RUN + list(args), input=stdin, capture_output=True, env=env)


def assert_clean_error(proc):
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert err.strip().startswith("hadath: error:"), err
    assert len(err.strip().splitlines()) == 1, err


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_file_gives_schema_json_with_true_spans(article):
    proc = hadath("extract", str(article), "--date", "2021-03-04", "--id", "x1")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["id"] == "x1" and doc["date"] == "2021-03-04" and doc["schema_version"] == "1"
    for ent in doc["entities"]:
        assert ARTICLE[ent["start"]:ent["end"]] == ent["text"]
    for ev in doc["events"]:
        assert ARTICLE[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_extract_stdin(article):
    proc = hadath("extract", "-", stdin=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0 and json.loads(proc.stdout)["language"] == "ar"


@pytest.mark.parametrize("content", [b"", b"   \n\t  "])
def test_empty_file_is_a_clear_error(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    proc = hadath("extract", str(p))
    assert_clean_error(proc)
    assert "empty.txt" in proc.stderr.decode()


def test_random_bytes_are_a_clear_error(tmp_path):
    p = tmp_path / "noise.bin"
    p.write_bytes(os.urandom(5 * 1024 * 1024))
    proc = hadath("extract", str(p))
    assert_clean_error(proc)
    assert "noise.bin" in proc.stderr.decode()


def test_windows_1256_and_utf16_articles_decode(tmp_path):
    for enc in ("cp1256", "utf-16"):
        p = tmp_path / f"a-{enc}.txt"
        p.write_bytes(ARTICLE.encode(enc))
        proc = hadath("extract", str(p))
        assert proc.returncode == 0, proc.stderr.decode()
        assert json.loads(proc.stdout)["id"] == json.loads(hadath("extract", "-", stdin=ARTICLE.encode()).stdout)["id"]


@pytest.mark.parametrize("args", [["extract", "/nonexistent/file.txt"], ["extract", "{f}", "--date", "2020-13-45"],
                                  ["extract", "{f}", "--date", "yesterday"], ["extract"]])
def test_bad_arguments(article, args):
    proc = hadath(*[a.format(f=article) for a in args])
    assert_clean_error(proc)


def test_jsonl_batch_skips_bad_lines_and_keeps_order(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE, "date": "2021-03-04"}, ensure_ascii=False),
             "{not json", json.dumps({"id": "b"}), json.dumps({"id": "c", "text": "x", "date": "bad"}),
             json.dumps({"id": "d", "text": "قصفت طائرات حربية مواقع في حلب."}, ensure_ascii=False)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = hadath("extract", "--jsonl", str(src), "-o", str(out))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err
    assert "in.jsonl:2:" in err and "in.jsonl:3:" in err and "in.jsonl:4:" in err
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "d"]


def test_info_lists_stages():
    proc = hadath("info")
    assert proc.returncode == 0 and b"text" in proc.stdout
