"""The shared reading of relative clauses on an object and of accord nouns (hadath.events.relative_clauses)."""
import pytest

import hadath
from hadath.events.relative_clauses import (DEAL_ACCORD_NOUNS, RELATIVES, STANCE_ACCORD_NOUNS, THING_RELATIVES,
                                            doer_named, is_accord_noun, points_back, subject_after)
from hadath.text.normalize import normalize_word


def _doc(text):
    return hadath.extract(text, date="2016-03-01")


def _index(doc, word):
    return next(k for k, t in enumerate(doc.tokens) if t.text == word)


def test_relatives_of_things_are_a_part_of_all_relatives():
    assert THING_RELATIVES < RELATIVES
    assert "الذين" in RELATIVES and "الذين" not in THING_RELATIVES  # people: no step of a praised one


@pytest.mark.parametrize("text,verb,back", [
    ("انتقدت تونس القرار الذي اتخذه البرلمان الليبي أمس.", "اتخذه", True),
    ("رحبت مصر بالمبادرة التي طرحتها الجزائر لحل الأزمة.", "طرحتها", True),
    ("أشادت فرنسا بالوزير الذي قدم تعازيه لمصر.", "قدم", False),  # the antecedent is the doer itself
])
def test_a_verb_points_back_by_its_object_pronoun(text, verb, back):
    doc = _doc(text)
    assert points_back(doc.tokens[_index(doc, verb)]) is back


def test_a_rule_own_verbs_decide_when_given():
    doc = _doc("أشاد الوزير بالدور الذي تقوم به قطر في المنطقة.")
    verb = doc.tokens[_index(doc, "تقوم")]
    assert not points_back(verb)  # no pronoun on the verb itself
    assert points_back(verb, frozenset({"تقوم"})) and not points_back(verb, frozenset({"قامت"}))


def test_subject_follows_the_preposition_carrying_the_pronoun():
    doc = _doc("أشاد الوزير بالدور الذي تقوم به قطر في المنطقة.")
    assert subject_after(doc.tokens, _index(doc, "تقوم")) == _index(doc, "قطر")
    doc = _doc("رحبت مصر بالمبادرة التي طرحتها الجزائر لحل الأزمة.")
    assert subject_after(doc.tokens, _index(doc, "طرحتها")) == _index(doc, "الجزائر")


def test_doer_is_the_first_actor_in_the_window_that_is_kept():
    doc = _doc("رحبت مصر بالمبادرة التي طرحتها الجزائر لحل الأزمة.")
    verb = _index(doc, "طرحتها")
    actors = sorted(doc.actors, key=lambda a: a.start)
    assert doer_named(doc, actors, verb + 1, verb + 3).country == "DZA"
    assert doer_named(doc, actors, verb + 2, verb + 3) is None  # the doer stands before the window
    assert doer_named(doc, actors, verb + 1, verb + 3, keep=lambda a: a.country != "DZA") is None
    assert doer_named(doc, actors, 0, verb + 3).country == "EGY"  # the order given decides


@pytest.mark.parametrize("word,stance,deal", [
    ("اتفاق", True, True),
    ("واتفاق", True, False),  # only the stance rule strips و
    ("بالهدنة", True, False),  # truces: the stance rule's own
    ("بالمعاهدة", False, True),  # treaties: the endorsed deal's own
    ("للاتفاقية", True, False),  # ل + ال: one letter stripped does not give the noun back
    ("الاتفاقيات", False, False),
    ("", False, False),
])
def test_each_rule_reads_its_own_accord_nouns(word, stance, deal):
    w = normalize_word(word)
    assert is_accord_noun(w, STANCE_ACCORD_NOUNS, "بلو") is stance
    assert is_accord_noun(w, DEAL_ACCORD_NOUNS, "بل") is deal
