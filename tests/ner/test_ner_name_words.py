import json

from hadath.ner.gazetteer import read_name_words, write_name_words


def test_name_words_are_normalized_al_less_and_deduplicated(tmp_path):
    src = tmp_path / "pairs.json"
    src.write_text(json.dumps({"ahmad": "أحمد", "ahmed": "احمد", "al-amin": "الأمين", "van basten": "فان باستن",
                               "x": "abc", "bad": ["not", "a", "string"]}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "names.tsv"
    assert write_name_words(src, out) == 4
    assert sorted(read_name_words(out)) == sorted(["احمد", "امين", "فان", "باستن"])  # no Latin-script values


def test_missing_name_list_reads_empty(tmp_path):
    assert read_name_words(tmp_path / "absent.tsv") == []
