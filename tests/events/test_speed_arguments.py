"""The argument rules' fast paths (set look-ups, binary searches, early exits) answer as the scans they replace."""
from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hadath
from hadath.events import argument_clues, context_countries, speech_clauses
from hadath.events import arguments as A
from hadath.events.doc_index import token_at

TEXTS = [
    "قالت وزارة الخارجية المصرية إن الوزير سامح شكري التقى نظيره الأردني في عمان، فيما أدانت تركيا الهجوم.",
    "اتهمت «حماس» إسرائيل بقصف غزة، وأعلن الجيش الإسرائيلي أنه استهدف مواقع في القطاع.",
    "وصل أمير دولة الكويت إلى الرياض أمس، حيث استقبله خادم الحرمين الشريفين في قصر اليمامة.",
]


def _old_is_speech(norm: str) -> bool:
    return norm in speech_clauses.SPEECH_VERBS or (norm[:1] in ("و", "ف") and norm[1:] in speech_clauses.SPEECH_VERBS)


def test_is_speech_accepts_what_the_prefix_rule_accepts():
    words = set(speech_clauses.SPEECH_VERBS) | {"", "و", "ف", "ال", "قال", "وقالت", "فأكد", "وفقال", "ووقال", "الاعلان", "كقال"}
    words |= {p + w for w in speech_clauses.SPEECH_VERBS for p in ("و", "ف", "ب", "وو", "ال")}
    words |= {w[1:] for w in speech_clauses.SPEECH_VERBS}
    for w in words:
        assert speech_clauses.is_speech(w) == _old_is_speech(w), w


def test_token_of_a_mention_is_the_bisection_over_every_offset():
    for text in TEXTS:
        doc = hadath.extract(text)
        n = len(doc.tokens)
        for off in range(len(text) + 1):
            assert argument_clues.tok_of(doc, SimpleNamespace(start=off)) == token_at(doc, off, 0, n)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 200), min_size=1, max_size=40), st.integers(0, 45), st.integers(-1, 210))
def test_within_six_tokens_is_an_offset_bound(ends, first, x):
    ends = sorted(ends)
    expected = bisect_right(ends, x) - first <= 6
    fast = x < ends[first + 6] if first + 6 < len(ends) else True
    assert fast == expected


def test_sentence_country_matches_a_scan_of_every_place():
    for text in TEXTS:
        doc = hadath.extract(text)
        for k, sent in enumerate(doc.sentences):
            found = {a.country for a in doc.actors if sent.start <= a.start and a.end <= sent.end and a.country}
            found |= {p.country for p in doc.places if sent.start <= p.start < sent.end and p.country}
            found -= {"IGO", "NGO", "KUR"}
            assert context_countries._one_country(doc, k) == (next(iter(found)) if len(found) == 1 else None)


def test_quoted_name_takes_its_marks_and_others_stay():
    doc = hadath.extract(TEXTS[1])
    pool = argument_clues.actors_in(doc, 0, len(doc.text))
    res = A.Arguments()
    out = A._enclose_quotes(doc, pool, res)
    assert len(out) == len(pool)
    quoted = [b for a, b in zip(pool, out) if a is not b]
    assert [doc.text[b.start:b.end] for b in quoted] == ["«حماس»"]
    assert all(a is b for a, b in zip(pool, out) if "حماس" not in a.text)


def test_member_state_rule_still_applies_before_a_member_word():
    # the cheap token test now runs first; a recipient that is no "العضو" word comes back unchanged
    doc = hadath.extract(TEXTS[0])
    res = A.Arguments()
    for r in doc.actors:
        assert A._member_antecedent(doc, SimpleNamespace(sentence=0, start=len(doc.text)), r, res) is r
