from hadath.ner.corpus import entity_spans, read_conll, read_wojood, repair_iob


def test_read_conll_maps_types_and_repairs(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("قال O\nمحمد B-PERS\nعلي I-PERS\nفي O\nالقاهرة I-LOC\n\nكتاب B-MIS1\nالشفاء I-MIS1\n", "utf-8")
    sents = read_conll(f)
    assert sents[0][1] == ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert sents[1][1] == ["B-MISC", "I-MISC"]


def test_wojood_keeps_outer_mapped_span_and_drops_titles(tmp_path):
    f = tmp_path / "w.txt"
    f.write_text("قال O\nوزير B-OCC\nالخارجية I-OCC B-ORG\nسامح B-PERS\nشكري I-PERS\n$#$ O\n", "utf-8")
    (toks, tags), = read_wojood(f)
    assert toks == ["قال", "وزير", "الخارجية", "سامح", "شكري"]
    assert tags == ["O", "O", "B-ORG", "B-PER", "I-PER"]


def test_entity_spans_conlleval_style():
    assert entity_spans(["B-PER", "I-PER", "I-LOC", "O", "I-ORG"]) == [(0, 2, "PER"), (2, 3, "LOC"), (4, 5, "ORG")]
    assert repair_iob(["O", "I-PER", "I-PER", "B-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]
