"""``--explain`` lists the trigger candidates the events stage dropped, each with the stage and reason; recording
them changes no event and is off unless asked for (session 28)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import hadath
from hadath.events.drop_log import dropped, recording
from hadath.events.explain import explain_document


def _explained(text: str):
    with recording():
        doc = hadath.extract(text)
    return doc, explain_document(doc)


def _drops(doc, stage):
    return [d for d in dropped(doc) if d.stage == stage]


def test_block_phrase_is_shown():
    doc, text = _explained("تواصلت موجة الاحتجاجات في لبنان منذ أسابيع.")
    block = _drops(doc, "trigger")
    assert block and block[0].type == "PROTEST" and "BLOCK phrase 'موجة الاحتجاجات'" in block[0].reason
    assert "dropped candidates:" in text and "[trigger] inside BLOCK phrase" in text


def test_nesting_rule_is_named():
    doc, _ = _explained("أدانت الكويت الهجوم الذي استهدف كنيسة في لاهور.")
    nested = {d.trigger: d.reason for d in _drops(doc, "nesting")}
    assert nested.get("استهدف") == "nested: condemned_acts"
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_confidence_cut_by_sentence_filter_is_shown():
    doc, _ = _explained("قتل أربعة عمال في انفجار غامض داخل مستودع في حمص.")
    low = _drops(doc, "confidence")
    assert low and low[0].type == "ASSAULT"
    assert low[0].reason.startswith("confidence 0.") and "< 0.40" in low[0].reason
    assert "sentence filter: casualties of a non-violent cause" in low[0].reason


def test_confidence_cut_for_an_asset_arriving():
    doc, _ = _explained("وصلت سفينة مساعدات تركية إلى ميناء طرابلس صباح اليوم.")
    assert any(d.type == "CONSULT" and "an asset (plane, ship)" in d.reason for d in _drops(doc, "confidence"))


def test_one_sided_meeting_is_shown():
    doc, text = _explained("اجتمع رئيس الوزراء الأردني في عمان.")
    assert not doc.events and text.startswith("no events found")
    sided = _drops(doc, "parties")
    assert sided and sided[0].type == "CONSULT" and sided[0].reason.startswith("one-sided: CONSULT")


def test_merged_report_names_its_event():
    doc, _ = _explained("زار وزير الخارجية الإيطالي تونس أمس. وقال الوزير خلال زيارته تونس إن بلاده تدعم الحكومة.")
    merged = _drops(doc, "merge")
    assert merged and merged[0].reason.startswith("merged into the CONSULT event at 0")


def test_events_and_their_explanation_unchanged():
    text = "أدانت الكويت الهجوم الذي استهدف كنيسة في لاهور. اجتمع رئيس الوزراء الأردني في عمان."
    plain = hadath.extract(text)
    doc, explained = _explained(text)
    assert json.dumps(doc.to_dict(), ensure_ascii=False) == json.dumps(plain.to_dict(), ensure_ascii=False)
    assert "dropped" not in plain.meta  # off unless asked for
    events_part = explain_document(plain)
    assert "dropped candidates" not in events_part
    assert explained.startswith(events_part + "\n\ndropped candidates:\n")


def test_nothing_dropped_adds_nothing():
    doc, text = _explained("ارتفعت أسعار الذهب في الأسواق.")
    assert text == "no events found" and not dropped(doc)


def _cli(*args):
    env = {**os.environ, "HADATH_DEBUG": ""}
    return subprocess.run([sys.executable, "-m", "hadath", *args], capture_output=True, env=env)


def test_cli_prints_dropped_candidates(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("أدانت الكويت الهجوم الذي استهدف كنيسة في لاهور.", encoding="utf-8")
    with_explain, without = _cli("extract", str(p), "--explain"), _cli("extract", str(p))
    assert with_explain.returncode == 0 and without.returncode == 0
    err = with_explain.stderr.decode()
    assert "dropped candidates:" in err and "[nesting] nested: condemned_acts" in err
    assert with_explain.stdout == without.stdout  # the JSON does not change
    triggers = _cli("triggers", "explain", str(p))
    assert triggers.returncode == 0 and "dropped candidates:" in triggers.stdout.decode()
