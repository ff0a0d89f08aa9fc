"""Normalization rules and the offset map back to the raw text."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize, normalize_word, strip_al


@pytest.mark.parametrize("raw,expected", [
    ("أإآٱا", "ااااا"),
    ("مُحَمَّدٌ", "محمد"),
    ("الـــرئيس", "الرئيس"),
    ("على", "علي"),
    ("٢٠٢٠ و۱۹", "2020 و19"),
    ("a\u00a0b", "a b"),
    ("ABC", "abc"),
    ("\u200fمصر\u200e\u061c\u200b", "مصر"),
    ("مدرسة", "مدرسة"),  # ta marbuta is kept
    ("\ufefb", "لا"),  # presentation form lam-alef
    ("ﷲ", "الله"),
])
def test_rules(raw, expected):
    assert normalize(raw).text == expected


def test_identity_has_no_offsets():
    n = normalize("وزير الخارجية")
    assert n.offsets is None
    assert n.to_raw(0, 4) == (0, 4)


def test_deleted_marks_map_back_with_their_letter():
    raw = "قَالَ الرَّئِيسُ إنَّ"
    n = normalize(raw)
    i = n.text.index("الرئيس")
    rs, re_ = n.to_raw(i, i + len("الرئيس"))
    assert raw[rs:re_] == "الرَّئِيسُ"


def test_tatweel_span():
    raw = "قال الـــوزيـــر"
    n = normalize(raw)
    i = n.text.index("الوزير")
    rs, re_ = n.to_raw(i, i + 6)
    assert raw[rs:re_] == "الـــوزيـــر"


def test_presentation_forms_expand_and_map_back():
    raw = "قال \ufefb شيء"
    n = normalize(raw)
    assert n.text == "قال لا شيء"
    i = n.text.index("لا")
    assert n.to_raw(i, i + 2) == (4, 5)
    assert n.to_raw(i + 1, i + 2) == (4, 5)


def test_from_raw_is_inverse_on_kept_chars():
    raw = "وَبَحَثَ الرئيسُ"
    n = normalize(raw)
    for ni in range(len(n.text)):
        ri = n.raw_index(ni)
        assert n.from_raw(ri) == ni
        assert normalize(raw[ri]).text == n.text[ni]


def test_empty_span():
    n = normalize("أَب")
    assert n.to_raw(1, 1)[0] == n.to_raw(1, 1)[1]


def test_normalize_word_and_strip_al():
    assert normalize_word("  الأمم   المتحدة ") == "الامم المتحدة"
    assert strip_al("الحكومة") == "حكومة"
    assert strip_al("الي") == "الي"


def test_delete_table_is_every_bmp_character_the_delete_pattern_matches():
    from hadath.text.normalize import _DELETE_TABLE, DELETE_RE

    want = {i: None for i in range(0x10000) if DELETE_RE.match(chr(i))}
    assert _DELETE_TABLE == want and len(want) > 50
