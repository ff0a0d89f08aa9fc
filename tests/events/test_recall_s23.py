"""Session 23 (recall of ASSAULT / CONSULT / ACCUSE): an augmented verb's 3fs perfect with an object pronoun is read
as the verb (واتهمتها), and the trigger rows added for missed reports. Sentences written for these tests: positives
and near misses that must not fire."""
from hadath.events.triggers import load_lexicon
from hadath.text.normalize import normalize_word

from tests.events.helpers_triggers import pattern_ids


def _verb_readings(word):
    return {(form, pre) for form, pre, kind in load_lexicon().analyses(normalize_word(word)) if kind == "verb"}


# ------------------------------------------------------------------- 3fs perfect of an augmented verb + object

def test_an_augmented_feminine_perfect_takes_an_object_pronoun():
    assert ("اتهمت", "و") in _verb_readings("واتهمتها")
    assert ("استهدفت", "") in _verb_readings("استهدفته")
    assert ("استقبلت", "") in _verb_readings("استقبلته")


def test_a_noun_spelt_like_a_feminine_perfect_stays_a_noun():
    # a four-letter verb (سيطرة)، a Form I verb (ضربة) and a hollow verb whose masdar is spelt like it (إدانة، استعادة)
    for word in ("سيطرته", "ضربته", "وأدانته", "استعادته"):
        assert not _verb_readings(word), word


def test_the_accusation_with_its_object_pronoun_fires():
    ids = pattern_ids("أوقفت الحكومة الصحيفة عن الصدور واتهمتها بنشر الأكاذيب.")
    assert any(i.startswith("accuse.ittahama") for i in ids)


# ------------------------------------------------------------------------------------------ ASSAULT rows

def test_carrying_out_an_execution_is_an_assault():
    assert "assault.s23-naffadha-i3dam" in pattern_ids("نفذت عناصر من التنظيم المتطرف حكم الإعدام بعشرة رهائن أمس.")


def test_a_death_sentence_passed_is_no_execution():
    assert "assault.s23-naffadha-i3dam" not in pattern_ids("أصدرت المحكمة حكما بالإعدام على المتهمين الثلاثة.")
