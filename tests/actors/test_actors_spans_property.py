"""Whatever the input, the actors stage keeps every span true to the raw text and never crashes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers_actors import analyse

PIECES = ["الرئيس", "العراقي", "برهم صالح", "وزير خارجيته", "نظيره", "الروسي", "بلاده", "لدى", "بغداد", "في",
          "السفير", "قوات الأمن", "الأمريكية", "للعراق", "وبريطانيا", "داعش", "الوزيرين", "صالح", "لافروف",
          "ايلاف من لندن:", "\u064e", "\u0651", "\u0640", "ﻻ", "\n", ".", "،", " ", "Moscow", "2020", "«", "»"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([None, "2020-11-26", "2005-01-01"]))
def test_spans_match_raw_text(pieces, date):
    text = " ".join(pieces)
    doc = analyse(text, date)
    for a in doc.actors:
        assert text[a.start:a.end] == a.text
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    assert [a.start for a in doc.actors] == sorted(a.start for a in doc.actors)


def test_empty_and_non_arabic_text():
    assert analyse("").actors == []
    assert analyse("The Iraqi president met the Russian envoy.").actors == []
