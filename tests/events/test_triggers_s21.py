"""Session 21: trigger slots that stand for a word class (``@name``: the words of a list in
hadath/events/data/triggers_words.yaml), and the AID frame written with them: a relief programme named by its relief
adjective (البرنامج الطبي). Sentences written for these tests: positives and near misses that must not fire."""
import pytest

import hadath
from hadath.events.triggers import LexiconError, find_triggers, load_lexicon, parse_line


def _pattern_ids(text):
    doc = hadath.extract(text, date="2015-08-01")
    return {m.pattern.id for m in find_triggers(doc)}


def _parse(pattern, line=1):
    return parse_line(["x.test", "AID", "", "073", pattern, "", "0.7"], f"t:{line}")


def test_a_word_class_slot_expands_to_its_list():
    p = _parse("@relief_programme_nouns @relief_adjectives")
    assert {"البرنامج", "مشروع", "برنامجها"} <= p.slots[0].forms and {"الطبي", "الانسانية"} <= p.slots[1].forms


def test_a_word_class_joins_literal_alternatives():
    p = _parse("قافلة|@relief_programme_nouns")
    assert {"قافلة", "برنامج", "حملة"} <= p.slots[0].forms


@pytest.mark.parametrize("pattern", ["@no_such_class", "قافلة|@no_such_class"])
def test_an_unknown_class_names_the_line(pattern):
    with pytest.raises(LexiconError, match="t:7"):
        _parse(pattern, line=7)


def test_lexicon_has_the_session21_rows():
    ids = {p.id for p in load_lexicon().patterns}
    assert "aid.s21-barnamaj-ighathi" in ids


@pytest.mark.parametrize("text", [
    "أنهت الحملة الكويتية المرحلة الرابعة من البرنامج الطبي في مخيمات اللاجئين السوريين في الأردن.",
    "تواصل الهيئة تنفيذ برنامجها الغذائي لصالح الأسر النازحة في اليمن.",
    "أطلق الهلال الأحمر مشروعا إنسانيا جديدا لإيواء النازحين العراقيين.",
])
def test_a_relief_programme_is_aid(text):
    assert "aid.s21-barnamaj-ighathi" in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "أعلنت إيران أن البرنامج النووي سلمي بالكامل.",
    "ناقش الوزيران البرنامج الاقتصادي للحكومة الجديدة.",
    "قدمت روسيا مشروع قرار إنساني إلى مجلس الأمن بشأن سوريا.",  # a draft resolution, not a relief project
    "أقر البرلمان المصري برنامج التأمين الطبي الجديد.",
])
def test_a_programme_without_a_relief_adjective_is_no_aid(text):
    assert "aid.s21-barnamaj-ighathi" not in _pattern_ids(text)
