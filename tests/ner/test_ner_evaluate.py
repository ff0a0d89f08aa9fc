from hadath.document import Entity
from hadath.ner.evaluate import score, tags_from_entities


def test_score_exact_match_per_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    s = score(gold, pred)
    assert s["PERS"]["f1"] == 1.0
    assert s["LOC"]["recall"] == 0.0 and s["LOC"]["support"] == 1
    assert s["ORG"]["precision"] == 0.0 and s["ORG"]["predicted"] == 2
    assert abs(s["ALL"]["precision"] - 1 / 3) < 1e-9 and abs(s["ALL"]["recall"] - 1 / 3) < 1e-9


def test_entities_projected_with_maintainers_label_map():
    text = "قال وزير الخارجية سامح شكري في القاهرة"
    offsets, pos = [], 0
    for t in text.split(" "):
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    ents = [Entity("وزير الخارجية", 4, 17, "TITLE"), Entity("سامح شكري", 18, 27, "PER"),
            Entity("القاهرة", 31, 38, "GPE")]
    assert tags_from_entities(offsets, ents) == ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]
