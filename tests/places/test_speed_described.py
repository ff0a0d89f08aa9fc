"""The place-noun spelling table (`_noun_forms`) gives every word the reading the prefix tests it replaced gave.

The reference below is the former `_split_noun`, kept here to compare against; sentences written for the test."""
from __future__ import annotations

import itertools

import pytest

from hadath.places.described import (_CONTRACTED, _PROCLITICS, Noun, _noun_forms, _split_noun, described_places,
                                     place_nouns)
from hadath.places.gazetteer import load_gazetteer
from hadath.text.normalize import normalize


def _split_by_prefix_tests(word: str, nouns: dict[str, Noun]):
    """The former implementation: up to ~30 prefix tests per word."""
    for p in _PROCLITICS:
        if word.startswith(p) and word[len(p):] in nouns:
            return len(p), word[len(p):], True
    for p in _PROCLITICS:
        key = "ال" + word[len(p):]
        if word.startswith(p) and key in nouns and nouns[key].gender == "f" and nouns[key].feature != "PPLC":
            return len(p), key, False
    for p in _CONTRACTED:
        if word.startswith(p) and "ال" + word[len(p):] in nouns:
            return len(p), "ال" + word[len(p):], True
    return None


def _words_to_try(nouns: dict[str, Noun]) -> set[str]:
    """Every noun with every proclitic run, with and without ال, plus near misses (a letter more or less)."""
    clitics = set(_PROCLITICS) | set(_CONTRACTED) | {"ك", "وال", "بال", "لا", "ا"}
    stems = set(nouns) | {k[2:] for k in nouns} | {"ال", "", "لل", "عاصمة", "مدينتنا", "الرياض"}
    words = {p + s for p, s in itertools.product(clitics, stems)}
    words |= {w[:-1] for w in words} | {w + "ة" for w in words} | {w[1:] for w in words}
    return {w for w in words if w}


def test_every_spelling_reads_as_the_prefix_tests_read_it():
    nouns = place_nouns()
    for word in sorted(_words_to_try(nouns)):
        assert _split_noun(word, nouns) == _split_by_prefix_tests(word, nouns), word


def test_a_table_whose_keys_overlap_behind_proclitics():
    """Nouns that are other nouns behind a proclitic (ولاية / الولاية / لاية...): the first reading wins, as before."""
    nouns = {"الولاية": Noun("ADM1", "f"), "الوادي": Noun("RGN", "m"), "الاية": Noun("PPL", "f"),
             "اللواء": Noun("ADM1", "m"), "العاصمة": Noun("PPLC", "f")}
    for word in sorted(_words_to_try(nouns)):
        assert _split_noun(word, nouns) == _split_by_prefix_tests(word, nouns), word


def test_the_table_is_built_once_per_noun_table():
    nouns = place_nouns()
    assert _noun_forms(nouns) is _noun_forms(nouns)
    other = dict(nouns)
    assert _noun_forms(other) is not _noun_forms(nouns)


@pytest.mark.parametrize("text, spans", [
    ("وصلت القوات إلى العاصمة السودانية ثم انتقلت إلى مدن ليبية قريبة", ["العاصمة السودانية", "مدن ليبية"]),
    ("قال المسؤول إن الولاية الأمريكية تعاني الجفاف", ["الولاية الأمريكية"]),
    ("زار الوزير المدينة، العراقية الطابع", []),  # a comma between noun and adjective: not a description
    ("التقى الرئيس المصري بالوزير", []),  # a person's adjective, no place noun
])
def test_described_places_in_sentences(text, spans):
    got = [p.text for p in described_places(text, normalize(text), load_gazetteer())]
    assert got == spans
