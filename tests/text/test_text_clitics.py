"""Clitic analysis on hand-checked words (tests/text/data/clitic_words.tsv, written for this project)."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.text.tokens import tokenize

FIXTURE = Path(__file__).parent / "data" / "clitic_words.tsv"


def load() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


def analysis(word: str) -> tuple[str, str, str]:
    (tok,) = tokenize(word)
    if tok.stem is None:  # no clitics: the whole token is the stem
        assert not tok.proclitics and not tok.enclitics
        return ("-", tok.text, "-")
    pieces = tok.proclitics + [tok.stem] + tok.enclitics
    assert "".join(m.text for m in pieces) == word
    for m in pieces:
        assert word[m.start:m.end] == m.text
    return ("+".join(m.text for m in tok.proclitics) or "-", tok.stem.text,
            "+".join(m.text for m in tok.enclitics) or "-")


def test_fixture_size():
    rows = load()
    assert len(rows) >= 200
    assert sum(1 for r in rows if r[1] == "-" and r[3] == "-") >= 80  # enough look-alikes that must stay whole


def test_accuracy_on_hand_checked_words():
    rows = load()
    wrong = [(w, (p, s, e), analysis(w)) for w, p, s, e in rows if analysis(w) != (p, s, e)]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= 0.97, f"accuracy {accuracy:.3f}; wrong: {wrong}"


@pytest.mark.parametrize("word", ["وزير", "وزارة", "بغداد", "لندن", "كامل", "فرنسا", "بريطانيا", "ولاية", "فلسطين"])
def test_look_alikes_stay_whole(word):
    assert analysis(word) == ("-", word, "-")


@pytest.mark.parametrize("word,expected", [
    ("وبحث", ("و", "بحث", "-")), ("بزيارة", ("ب", "زيارة", "-")), ("وزيرها", ("-", "وزير", "ها")),
    ("بلاده", ("-", "بلاد", "ه")), ("ولافروف", ("و", "لافروف", "-")), ("للحكومة", ("ل+ل", "حكومة", "-")),
    ("وبالتالي", ("و+ب+ال", "تالي", "-")), ("سيقوم", ("س", "يقوم", "-")), ("فقال", ("ف", "قال", "-")),
    ("كتابهم", ("-", "كتاب", "هم")),
])
def test_brief_examples(word, expected):
    assert analysis(word) == expected


def test_harakat_stay_with_their_letter():
    word = "وَبَحَثَ"
    (tok,) = tokenize(word)
    assert [m.text for m in tok.proclitics] == ["وَ"]
    assert tok.stem.text == "بَحَثَ"
    assert tok.stem_norm == "بحث"


def test_hamza_initial_is_not_the_article():
    assert analysis("ألمانيا") == ("-", "ألمانيا", "-")


@pytest.mark.parametrize("word,key", [("زيارته", "زيارة"), ("وحكومتها", "حكومة"), ("بلاده", "بلاد"),
                                      ("وبَحَثَ", "بحث"), ("الرئيس", "رئيس"), ("كتابهم", "كتاب")])
def test_stem_norm_restores_ta_marbuta(word, key):
    from hadath.text.tokens import stem_norm

    (tok,) = tokenize(word)
    assert stem_norm(tok) == key
