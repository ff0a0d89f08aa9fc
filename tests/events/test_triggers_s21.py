"""Session 21: trigger slots that stand for a word class (``@name``: the words of a list in
hadath/events/data/triggers_words.yaml; ``V@name``: every inflected form of a list of verb lemmas), and the AID frames
written with them: a relief programme named by its relief adjective (البرنامج الطبي). Sentences written for these tests: positives and near misses that must
not fire."""
import pytest

import hadath
from hadath.events import triggers
from hadath.events.triggers import LexiconError, find_triggers, load_lexicon, parse_line


def _pattern_ids(text):
    doc = hadath.extract(text, date="2015-08-01")
    return {m.pattern.id for m in find_triggers(doc)}


def _parse(pattern, line=1):
    return parse_line(["x.test", "AID", "", "073", pattern, "", "0.7"], f"t:{line}")


def test_a_word_class_slot_expands_to_its_list():
    p = _parse("@relief_programme_nouns ~1 @relief_adjectives")
    assert {"البرنامج", "مشروع"} <= p.slots[0].forms and {"الطبي", "الانسانية"} <= p.slots[2].forms


def test_a_word_class_joins_literal_alternatives():
    p = _parse("قافلة|@relief_programme_nouns")
    assert {"قافلة", "برنامج", "حملة"} <= p.slots[0].forms


@pytest.fixture
def supply_verbs(monkeypatch):
    """A verb class of the test's own (no lexicon row uses V@ yet): verbs of supplying a good."""
    real = triggers.raw_words
    classes = {"test_supply_verbs": ["قدم/يقدم", "وزع/يوزع", "وفر/يوفر", "اتاح/يتيح"], "test_bad_verbs": ["قدم"]}
    monkeypatch.setattr(triggers, "raw_words", lambda f, n: classes[n] if n in classes else real(f, n))


def test_a_verb_class_slot_inflects_every_lemma(supply_verbs):
    slot = _parse("V@test_supply_verbs ~4 @relief_programme_nouns").slots[0]
    assert slot.kind == "verb"
    assert {"وفر", "وفرت", "يوفر", "توزع", "قدموا", "يتيح"} <= slot.forms


@pytest.mark.parametrize("pattern", ["@no_such_class", "V@no_such_class ~1 برنامج"])
def test_an_unknown_class_names_the_line(pattern):
    with pytest.raises(LexiconError, match="t:7"):
        _parse(pattern, line=7)


def test_a_verb_class_entry_must_be_a_perfect_imperfect_pair(supply_verbs):
    with pytest.raises(LexiconError, match="perfect/imperfect"):
        _parse("V@test_bad_verbs ~1 برنامج")


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
])
def test_a_programme_without_a_relief_adjective_is_no_aid(text):
    assert "aid.s21-barnamaj-ighathi" not in _pattern_ids(text)
