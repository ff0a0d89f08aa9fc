"""Session 29: prisoners' hunger strikes and organised gatherings (sentences written for these tests, not taken from
the eval sets).

- A protest held in a state's prisons (يخوضون إضرابا عن الطعام في السجون الجزائرية، في سجون الاحتلال) is against the
  jailing state, and counted nationals right before it (60 مغربيا) are the protesters
  (implied_parties.jailing_state): MAR -> DZA, as the news gold codes prisoners' hunger strikes.
- Organising gatherings in the plural (نظم الأهالي تجمعات أمام مقر البلدية) is a protest
  (protest.s29-naZama-tajammu3at); election or party rallies (تجمعات انتخابية) are not
  (block.s29-tajammu3at-intikhabiyya).
"""
from __future__ import annotations

from hadath import extract


def _tuples(text: str, typ: str):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


def test_hunger_strike_in_a_states_prisons_is_against_that_state():
    text = ("من جهة أخرى، أعلنت رابطة الأسرى المغاربة أن 60 مغربيا يخوضون إضرابا عن الطعام في السجون الجزائرية "
            "احتجاجا على ممارسات إدارة السجون ضدهم.")
    assert _tuples(text, "PROTEST") == [(["MAR"], ["DZA"])]


def test_hunger_strike_in_israeli_prisons():
    text = ("من جهة ثانية، أعلنت هيئة الأسرى أن 35 فلسطينيا يخوضون إضرابا عن الطعام في السجون الإسرائيلية "
            "احتجاجا على ممارسات السجانين ضدهم.")
    assert _tuples(text, "PROTEST") == [(["PSE"], ["ISR"])]


def test_hunger_strike_in_lebanese_prisons():
    text = ("وأعلن ذوو المعتقلين أن 25 سوريا يخوضون إضرابا عن الطعام في السجون اللبنانية احتجاجا على ممارسات "
            "إدارة السجون ضدهم.")
    assert _tuples(text, "PROTEST") == [(["SYR"], ["LBN"])]


def test_hunger_strike_with_no_prison_named_keeps_no_jailer():
    text = ("من جهة ثانية، أعلنت رابطة الأسرى المغاربة أن 60 مغربيا يخوضون إضرابا عن الطعام احتجاجا على ممارسات "
            "إدارة السجون ضدهم.")
    assert all("DZA" not in r for _, r in _tuples(text, "PROTEST"))


def test_organised_gatherings_are_a_protest():
    text = "نظم سكان القرية تجمعات أمام مقر البلدية في مدينة صفاقس التونسية للمطالبة بتوفير المياه."
    assert _tuples(text, "PROTEST")


def test_angry_residents_organising_gatherings():
    text = "وقال شهود إن الأهالي الغاضبين نظموا تجمعات في شوارع مدينة حمص وطالبوا بمحاسبة المسؤولين."
    assert _tuples(text, "PROTEST")


def test_election_rallies_are_no_protest():
    text = "قالت الصحيفة إن أنصار الحزب الحاكم نظموا تجمعات انتخابية حاشدة في عدة مدن ماليزية أمس."
    assert _tuples(text, "PROTEST") == []
