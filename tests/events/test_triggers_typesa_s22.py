"""Session 22 (statements and stances): a verb-class slot ``V:@name`` (every inflected form of every verb of a list in
hadath/events/data/triggers_words.yaml) and the frame written with it: a verb of judging with a negated quality is
ACCUSE. Sentences written for these tests: positives and near misses that must not fire."""
import pytest

import hadath
from hadath.events.triggers import LexiconError, find_triggers, load_lexicon, parse_line


def _pattern_ids(text):
    doc = hadath.extract(text, date="2015-08-01")
    return {m.pattern.id for m in find_triggers(doc)}


def _parse(pattern, line=1):
    return parse_line(["x.test", "REJECT", "", "120", pattern, "", "0.7"], f"t:{line}")


# ------------------------------------------------------------------------------------------ the verb-class slot

def test_a_verb_class_slot_inflects_every_verb_of_its_list():
    forms = _parse("V:@accuse_judging_verbs").slots[0].forms
    assert {"اعتبر", "اعتبرت", "يعتبرون", "عدت", "وصفوا", "تصف"} <= forms


def test_a_verb_class_slot_tags_its_forms():
    tags = dict(_parse("V:@accuse_judging_verbs").slots[0].tags)
    assert tags["اعتبرت"] == "perf" and tags["يعتبرون"] == "impf"


def test_an_imperfect_only_entry_leaves_out_the_perfect(monkeypatch):
    import hadath.events.triggers as T
    monkeypatch.setattr(T, "raw_words", lambda file, name: ["/يقبل"])
    forms = _parse("V:@negated_acceptance").slots[0].forms
    assert {"يقبل", "تقبل", "يقبلون", "نقبل"} <= forms and not {"قبل", "قبلت"} & forms


def test_a_two_letter_geminate_keeps_neither_its_bare_form_nor_its_dual():
    forms = _parse("V:@accuse_judging_verbs").slots[0].forms
    assert {"عدت", "عدوا", "يعد"} <= forms and not {"عد", "عدا"} & forms


def test_a_name_spelled_like_the_future_of_a_geminate_is_no_verb():
    lex = load_lexicon()
    assert not any(kind == "verb" for _, _, kind in lex.analyses("سعد"))


def test_an_unknown_verb_class_names_the_line():
    with pytest.raises(LexiconError, match="t:9"):
        _parse("V:@no_such_verbs", line=9)


def test_a_verb_class_entry_must_be_a_pair(monkeypatch):
    import hadath.events.triggers as T
    monkeypatch.setattr(T, "raw_words", lambda file, name: ["قبل"])
    with pytest.raises(LexiconError, match="perfect/imperfect"):
        _parse("V:@whatever", line=3)


def test_lexicon_has_the_session22_rows():
    ids = {p.id for p in load_lexicon().patterns}
    assert "accuse.s22-i3tabara-ghayr" in ids


# ------------------------------------------------------------------------------- ACCUSE: a negated quality judged

@pytest.mark.parametrize("text", [
    "اعتبرت وزارة الخارجية البحرينية تصريحات المسؤول الإيراني غير مسؤولة.",
    "وعدّت الأمانة العامة للمجلس هذه الخطوة غير قانونية وتخالف الأعراف الدولية.",
    "ووصف البيان القرار الإسرائيلي بأنه غير مقبول.",
])
def test_a_verb_of_judging_with_a_negated_quality_is_accuse(text):
    assert "accuse.s22-i3tabara-ghayr" in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "اعتبرت الوزارة الخطة ناجحة ومفيدة للبلدين.",  # a judgement, but a positive one
    # a verb of judging, but غير before no quality of blame and لا before no quality at all
    "واعتبر الوزير أن الاتفاق لا يزال قائما وأن الحل غير بعيد.",
    "وصل أكثر من مئة مهاجر غير قانوني إلى الجزيرة اليونانية.",  # no verb of judging
])
def test_no_negated_quality_judged_is_no_accusation(text):
    assert "accuse.s22-i3tabara-ghayr" not in _pattern_ids(text)
