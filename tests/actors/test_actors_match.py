"""The matcher: word boundaries, proclitics, لل, longest match, and nationality inflections."""
from __future__ import annotations

from hadath.actors.lexicon import default_lexicon
from hadath.actors.match import Matcher
from hadath.text.normalize import normalize

MATCHER = Matcher.from_lexicon(default_lexicon())


def hits(raw: str) -> list[tuple[str, str]]:
    t = normalize(raw).text
    return [(t[m.start:m.end], m.kind) for m in MATCHER.find(t)]


def test_proclitics_and_article_fusion():
    assert hits("وبريطانيا") == [("بريطانيا", "country")]
    assert hits("للعراق") == [("للعراق", "country")]
    assert hits("وللعراق") == [("للعراق", "country")]
    assert hits("فالحكومة") == [("الحكومة", "body")]


def test_no_match_inside_a_word():
    assert hits("دروس") == []          # روس inside دروس
    assert hits("العراقيينات") == []   # no letter may follow
    assert hits("سالعراق") == []       # س is not a proclitic of nouns


def test_longest_match_wins():
    assert hits("مجلس الأمن الدولي") == [("مجلس الامن الدولي", "igo")]
    assert hits("الولايات المتحدة الأمريكية") == [("الولايات المتحدة الامريكية", "country")]


def test_nationality_inflections():
    forms = ["العراقي", "العراقية", "عراقيان", "العراقيتين", "العراقيون", "عراقيات", "عراقيا", "الأميركيين",
             "الأمريكيتان", "الروس", "الأتراك"]
    for f in forms:
        assert [k for _, k in hits(f)] == ["nationality"], f


def test_construct_state_is_flagged():
    t = normalize("رئيس وزراء العراق").text
    m = MATCHER.find(t)
    assert m[0].construct and m[0].kind == "title" and m[1].kind == "country"
