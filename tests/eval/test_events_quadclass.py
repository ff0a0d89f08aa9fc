"""eval/events_quadclass.py: UN->GDELT label mapping, the fixed tune/held split and the scoring functions."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys

import pytest

from hadath.events import ontology
from hadath.paths import PROJECT_ROOT

_PATH = PROJECT_ROOT / "eval" / "events_quadclass.py"
_spec = importlib.util.spec_from_file_location("events_quadclass", _PATH)
qc = importlib.util.module_from_spec(_spec)
sys.modules["events_quadclass"] = qc
_spec.loader.exec_module(qc)

Record = qc.Record


def ev(type_: str, quad: int | None, conf: float = 0.8, start: int = 0) -> dict:
    return {"type": type_, "quad_class": quad, "confidence": conf, "start": start}


# --- label mapping -------------------------------------------------------------------------------------------

def test_un_labels_map_to_gdelt_numbering():
    assert [qc.Item("x", k).gold for k in range(5)] == [None, 4, 2, 3, 1]


def test_mapping_agrees_with_hadath_quad_names():
    names = {"material conflict": 1, "material cooperation": 2, "verbal conflict": 3, "verbal cooperation": 4}
    for gdelt, name in ontology.QUAD_CLASSES.items():
        assert qc.gdelt_quad(names[name]) == gdelt
    assert ontology.plover_types()["ASSAULT"].quad_class == qc.MATERIAL_CONFLICT
    assert ontology.plover_types()["CONSULT"].quad_class == qc.gdelt_quad(4)


@pytest.mark.parametrize("bad", [5, -1, "x", "2.5"])
def test_unknown_label_is_a_clear_error(bad):
    with pytest.raises(qc.QuadDataError, match="unknown QuadClass label"):
        qc.gdelt_quad(bad)


def test_load_items_reads_quoted_tsv(tmp_path):
    f = tmp_path / "q.tsv"
    lines = ['"ar"\t"QuadClass"', '"قصفت القوات المدينة ""أمس""، وقتلت مدنيين."\t1', '"جدول الأعمال."\t0']
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = qc.load_items(f)
    assert [(i.label, i.gold) for i in items] == [(1, 4), (0, None)]
    assert items[0].text == 'قصفت القوات المدينة "أمس"، وقتلت مدنيين.'


@pytest.mark.parametrize("content, msg", [('"text"\t"label"\n"a"\t1\n', "header"),
                                          ('"ar"\t"QuadClass"\n"a"\t7\n', "unknown QuadClass label"),
                                          ('"ar"\t"QuadClass"\n"a"\n', "2 columns")])
def test_load_items_rejects_bad_files(tmp_path, content, msg):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(qc.QuadDataError, match=msg):
        qc.load_items(f)


# --- split ---------------------------------------------------------------------------------------------------

def test_half_is_sha1_parity_of_the_text():
    for text in ("ندين الهجوم", "اجتمع المجلس", "a", "جدول الأعمال المؤقت"):
        even = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 0
        assert qc.half_of(text) == ("tune" if even else "held")
        assert qc.half_of(text) == qc.half_of(str(text))


def test_halves_partition_and_are_balanced():
    items = [qc.Item(f"الجملة رقم {i}", i % 5) for i in range(400)]
    tune, held = qc.select(items, "tune"), qc.select(items, "held")
    assert not {i.text for i in tune} & {i.text for i in held}
    assert len(tune) + len(held) == len(qc.select(items, "all")) == 400
    assert 150 < len(tune) < 250
    # adding sentences never moves an old one to the other half
    more = items + [qc.Item(f"جملة إضافية {i}", 0) for i in range(50)]
    assert [i for i in qc.select(more, "tune") if i in items] == tune


def test_limit_is_a_deterministic_sample_independent_of_order():
    items = [qc.Item(f"نص {i}", i % 5) for i in range(100)]
    a = qc.select(items, "all", 10)
    assert len(a) == 10 and a == qc.select(items, "all", 10)
    assert set(qc.select(list(reversed(items)), "all", 10)) == set(a)
    with pytest.raises(ValueError):
        qc.select(items, "dev")


# --- scoring -------------------------------------------------------------------------------------------------

def test_top_event_takes_highest_confidence_then_earliest():
    a, b, c = ev("CONSULT", 1, 0.6, 5), ev("ASSAULT", 4, 0.9, 20), ev("ACCUSE", 3, 0.9, 10)
    assert qc.top_event([a, b, c]) is c
    assert qc.top_event([a]) is a and qc.top_event([]) is None


def test_event_quad_falls_back_to_the_plover_type():
    assert qc.event_quad(ev("ASSAULT", None)) == 4
    assert qc.event_quad(ev("REQUEST", 1)) == 1  # an appeal code keeps its own quad


def _records():
    return [
        Record(4, [ev("ASSAULT", 4)]),                                # hit, right quad
        Record(4, [ev("REQUEST", 3, 0.9), ev("COERCE", 4, 0.5)]),    # top wrong, any right
        Record(1, [ev("CONSULT", 1)]),                                # right
        Record(2, [ev("SUPPORT", 1)]),                                # wrong quad
        Record(3, []),                                                # missed
        Record(None, [ev("ASSAULT", 4), ev("ASSAULT", 4, 0.5)]),      # false positive, 2 events
        Record(None, [ev("SUPPORT", 1)]),                             # false positive
        Record(None, []),
        Record(None, []),
    ]


def test_detection_counts():
    d = qc.score(_records())["detection"]
    assert (d["tp"], d["fp"], d["fn"]) == (4, 2, 1)
    assert d["p"] == pytest.approx(4 / 6) and d["r"] == pytest.approx(4 / 5)
    assert d["irrelevant_with_event"] == 2 and d["irrelevant_with_event_share"] == pytest.approx(0.5)


def test_quad_accuracy_top_and_any():
    q = qc.score(_records())["quad"]
    assert q["n"] == 4
    assert q["top_acc"] == pytest.approx(2 / 4) and q["any_acc"] == pytest.approx(3 / 4)
    assert q["majority_baseline_acc"] == pytest.approx(2 / 4)


def test_material_conflict_detection():
    m = qc.score(_records())["material_conflict"]
    quad4 = m["any event of quad 4"]
    assert (quad4["tp"], quad4["fp"], quad4["fn"]) == (2, 1, 0)
    named = m["ASSAULT/COERCE"]
    assert (named["tp"], named["fp"], named["fn"]) == (2, 1, 0)
    only_request = [Record(4, [ev("REQUEST", 3)]), Record(None, [])]
    assert qc.score(only_request)["material_conflict"]["ASSAULT/COERCE"]["fn"] == 1


def test_confusion_uses_the_top_event_and_none():
    c = qc.score(_records())["confusion"]
    assert c["4"] == {"4": 1, "3": 1}
    assert c["2"] == {"1": 1} and c["3"] == {"none": 1}
    assert c["none"] == {"4": 1, "1": 1, "none": 2}
    assert sum(sum(r.values()) for r in c.values()) == 9


def test_per_type_false_positives():
    t = qc.score(_records())["per_type"]
    assert (t["ASSAULT"]["fp_events"], t["ASSAULT"]["fp_sentences"]) == (2, 1)
    assert t["SUPPORT"]["fp_events"] == 1 and t["CONSULT"]["fp_events"] == 0
    assert t["ASSAULT"]["sentences_by_gold"] == {"4": 1, "none": 1}
    lines = qc.report(qc.score(_records()))
    head = next(i for i, ln in enumerate(lines) if ln.startswith("per PLOVER type"))
    rows = [ln.split()[0] for ln in lines[head + 2:]]
    assert rows[:2] == ["ASSAULT", "SUPPORT"]  # most false events first


def test_errors_refused_outside_tune(capsys):
    assert qc.main(["--half", "held", "--errors"]) == 2
    assert "only with --half tune" in capsys.readouterr().out


def test_missing_or_bad_file_is_a_one_line_error(tmp_path, capsys):
    assert qc.main(["--file", str(tmp_path / "none.tsv")]) == 2
    bad = tmp_path / "bad.tsv"
    bad.write_text('"ar"\t"QuadClass"\n"نص"\t9\n', encoding="utf-8")
    assert qc.main(["--file", str(bad)]) == 2
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("ERROR: no such file") and out[1].startswith("ERROR:") and "label" in out[1]


# --- the real file (needs ../shared) -------------------------------------------------------------------------

def test_real_file_and_a_small_run(shared, tmp_path, capsys):
    path = shared / "data" / "events" / "un_quadclass" / "dev.tsv"
    if not path.is_file():
        pytest.skip("un_quadclass/dev.tsv not in this shared folder")
    items = qc.load_items(path)
    assert len(items) == 3299 and sum(i.gold is None for i in items) == 1715
    tune, held = qc.select(items, "tune"), qc.select(items, "held")
    assert len(tune) + len(held) == 3299 and abs(len(tune) - len(held)) < 200
    out = tmp_path / "q.json"
    assert qc.main(["--file", str(path), "--limit", "12", "--json", str(out)]) == 0
    res = json.loads(out.read_text("utf-8"))
    assert res["n"] == 12 and res["date"] is None
    assert res["relevant"] + res["irrelevant"] == 12
    assert "detection (>=1 event vs gold != 0)" in capsys.readouterr().out
