"""Session 14, round 2 trigger rows (hadath/events/data/triggers.tsv): a release whose object is a pronoun on عن
(تم الإفراج عنه، أفرجت السلطات عنهم، أُفرج عنهما). The token reader peels no enclitic off a two-letter word, so
before these rows عن + pronoun never filled the slot "عن" and such releases went uncoded. Sentences written for
these tests, positives and near misses."""
import pytest

import hadath
from hadath.events.triggers import find_triggers, load_lexicon


def _matches(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [(m.pattern.id, m.pattern.type) for m in find_triggers(doc)]


def _trigger_types(text):
    return {t for _, t in _matches(text)}


def _pattern_ids(text):
    return {i for i, _ in _matches(text)}


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


def test_lexicon_has_the_pronoun_release_rows():
    ids = {p.id for p in load_lexicon().patterns}
    assert {"retreat.ifraj-3anhu", "retreat.afraja-3anhu", "retreat.ufrija-3anhu",
            "block.idha-lam-tufrij-3anhu"} <= ids


@pytest.mark.parametrize("text", [
    "وتم الإفراج عنه من قبل السلطات الأردنية مساء أمس بعد تبرئته.",
    "أفرجت السلطات الكينية عنهم صباح اليوم بعد التحقيق معهم.",
    "وأفرج عنهما بكفالة مالية بعد يومين من توقيفهما.",
    "وأعلنت الشرطة الإفراج عنها بعد ساعات من احتجازها في المطار.",
])
def test_a_release_with_a_pronoun_object_is_a_release(text):
    assert "RETREAT" in _trigger_types(text)


def test_a_release_with_a_pronoun_object_codes_a_retreat_event_by_the_releaser():
    text = "وأكد ابن السجين أن السلطات التونسية أفرجت عنه أمس."
    events = [e for e in _events(text) if e.type == "RETREAT"]
    assert events and {a.country for a in events[0].actor} == {"TUN"}


def test_the_plain_preposition_row_still_matches():
    assert "retreat.ifraj" in _pattern_ids("قررت السلطات الإفراج عن المعتقلين الخمسة.")


@pytest.mark.parametrize("text", [
    # a release demanded or refused is no release: the longer demand / refusal frame takes the words
    "وطالب عدد من النواب الأوروبيين بالإفراج عنه فورا.",
    "رفضت المحكمة الإفراج عنهم بكفالة.",
])
def test_a_demanded_or_refused_release_is_not_a_release(text):
    assert "RETREAT" not in _trigger_types(text)


def test_a_release_set_as_a_threats_condition_is_blocked():
    text = "هدد التنظيم بقتل الرهينة إذا لم تفرج الحكومة عنهن خلال يومين."
    assert not any(i.startswith("retreat.") for i in _pattern_ids(text))


@pytest.mark.parametrize("text", [
    # عنه after words that are no release (a report about someone, a departure from something)
    "وتحدث الوزير عنه طويلا في المؤتمر الصحفي.",
    "وأعلن الفريق انفصاله عنهم بعد الخلاف.",
])
def test_other_words_before_a_pronoun_on_3an_are_no_release(text):
    assert "RETREAT" not in _trigger_types(text)
