"""Sports club names (ArWikiCats, MIT) as NER knowledge: imported once into data/clubs.tsv, then gazetteer types
CLUB (whole names) and CLUBWORD (distinctive words), and foreign-word positives of the transliteration score."""
import json

import pytest

from hadath.ner import gazetteer as gazetteer_mod
from hadath.ner import translit as translit_mod


def test_club_list_import_keeps_arabic_names_without_qualifiers(tmp_path):
    src = tmp_path / "Clubs_key.json"
    src.write_text(json.dumps({"s.l. benfica": "نادي بنفيكا", "fc dynamo kyiv": "دينامو كييف",
                               "sl benfica (handball)": "نادي بنفيكا (كرة اليد)", "x fc": "X FC", "n": None}),
                   encoding="utf-8")
    out = tmp_path / "clubs.tsv"
    assert gazetteer_mod.write_clubs(src, out) == 2
    assert sorted(gazetteer_mod.read_clubs(out)) == [("دينامو", "كييف"), ("نادي", "بنفيكا")]
    assert gazetteer_mod.read_clubs(tmp_path / "absent.tsv") == []


def test_club_entries_mark_distinctive_words_and_whole_names():
    clubs = [("نادي", "بنفيكا"), ("دينامو", "كييف"), ("نادي", "نجوم", "مستقبل")]
    entries = gazetteer_mod.club_entries(clubs, ordinary=lambda w: w in {"نجوم", "مستقبل"}, stop={"كييف"})
    assert entries[("بنفيكا",)] == {"CLUBWORD"} and entries[("دينامو",)] == {"CLUBWORD"}
    assert ("نادي",) not in entries and ("نجوم",) not in entries and ("كييف",) not in entries
    assert entries[("نادي", "بنفيكا")] == {"CLUB"} and entries[("دينامو", "كييف")] == {"CLUB"}
    assert entries[("نجوم", "مستقبل")] == {"CLUB"}  # the name without "نادي" too


def test_club_words_are_the_distinctive_words(tmp_path):
    out = tmp_path / "clubs.tsv"
    out.write_text("# header\nنادي بنفيكا\nدينامو كييف لكرة سلة\n", encoding="utf-8")
    assert gazetteer_mod.club_words(out) == {"بنفيكا", "دينامو", "كييف"}


def test_shipped_club_list_feeds_the_gazetteer_only_when_asked(tmp_path):
    if not gazetteer_mod.CLUBS.exists():
        pytest.skip("no club list")
    assert len(gazetteer_mod.read_clubs()) > 1000
    stats = gazetteer_mod.build(None, {}, out=tmp_path / "with.tsv", clubs=True)
    words, phrases = gazetteer_mod.load(tmp_path / "with.tsv")
    assert stats["CLUBWORD"] > 1000 and "CLUBWORD" in words["بنفيكا"]
    assert (("دينامو", "كييف"), "CLUB") in phrases["دينامو"]
    assert "CLUBWORD" not in gazetteer_mod.build(None, {}, out=tmp_path / "without.tsv")
    # a word mostly outside names in the training text does not become a club word
    gazetteer_mod.build(None, {"بنفيكا": 0.95}, out=tmp_path / "common.tsv", clubs=True)
    assert "CLUBWORD" not in gazetteer_mod.load(tmp_path / "common.tsv")[0].get("بنفيكا", ())


def test_club_words_raise_the_foreign_score_of_unseen_club_names(tmp_path):
    """A transliteration model given club words as foreign positives scores held-out club names more foreign
    than one without them (the words tested are not in the positives)."""
    words = sorted(gazetteer_mod.club_words())
    if len(words) < 1000:
        pytest.skip("no club list")
    held = set(words[::10])
    train_words = set(words) - held
    ordinary = {"كتاب", "مدرسة", "حكومة", "وزير", "قال", "اعلن", "مدينة", "سيارة", "رئيس", "اجتماع", "مجلس",
                "طريق", "عمل", "سنة", "يوم", "شهر", "قرار", "حرب", "سلام", "اقتصاد", "سوق", "بيت", "ماء"}
    names = {"محمد", "احمد", "علي"}
    translit_mod.build({"باريس"}, names, ordinary, out=tmp_path / "base.tsv")
    translit_mod.build({"باريس"} | train_words, names, ordinary, out=tmp_path / "clubs.tsv")
    base, clubs = translit_mod.load(tmp_path / "base.tsv"), translit_mod.load(tmp_path / "clubs.tsv")
    mean = lambda table: sum(translit_mod.scores(w, table)[0] for w in held) / len(held)
    assert mean(clubs) > mean(base) + 0.5
