"""Session 28: referrals to a court as accusations (sentences written for these tests, not taken from the eval sets).

- Handing a court a file, going to or turning to an international court, referring an act to it (سلم الوزير المحكمة
  الجنائية الدولية ملفا، ستحول القضية إلى المحكمة الجنائية، اللجوء إلى المحاكم الدولية) is a lawsuit, ACCUSE 115.
- Its accused is never the court: the party right after a suing noun (لمقاضاة Y), else the first party of another
  country than the accuser after the trigger (past the accuser's own victims), else the nearest one before it
  (statement_parties._court_accused).
"""
from __future__ import annotations

from hadath import extract


def _tuples(text: str, typ: str = "ACCUSE"):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


def test_file_handed_to_the_court_accuses_the_doer_not_the_court():
    text = "سلم وزير الخارجية الفلسطيني أمس، المحكمة الجنائية الدولية ملفا عن هدم منازل فلسطينيين على يد الجيش الإسرائيلي."
    assert _tuples(text) == [(["PSE"], ["ISR"])]


def test_turning_to_international_courts_to_sue_a_named_party():
    text = "يعتزم محامون عراقيون اللجوء إلى المحاكم الدولية لمقاضاة نائب الرئيس العراقي بتهمة نهب أموال الدولة."
    assert _tuples(text) == [(["IRQ"], ["IRQ"])]


def test_report_handed_to_the_court_without_a_named_doer():
    text = "وقام وزير الخارجية الفلسطيني بتسليم محكمة الجنايات الدولية تقريرا حول جريمة وقعت بحق عائلة فلسطينية."
    assert _tuples(text) == [(["PSE"], ["-"])] or _tuples(text) == [(["PSE"], [])]


def test_a_domestic_court_ruling_is_no_referral():
    text = "وأكد المحامي أن محكمة الجنايات المركزية في بغداد حكمت بالبراءة على السجين السعودي أمس."
    assert _tuples(text) == []
