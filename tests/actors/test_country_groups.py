"""Country groups (session 18): one mention that stands for several states (مجموعة 5+1، الدول الست الكبرى،
الكوريتان) gives one actor per member over the same span, as a dual title does. Sentences written for these tests,
not taken from the eval sets.

- "5+1" is a group only after a group head (مجموعة، الدول، دول، القوى); written with any spacing or brackets.
- "the six powers" (الدول الست الكبرى ...) need an Iran-file word in the sentence, or the members listed after them;
  the bare "great powers" (القوى الكبرى، الدول الكبرى) only the members listed after them.
- Members listed right after the name (in brackets or in apposition) belong to the one mention.
- The six powers named as the counterparty of a deal noun before them (الاتفاق المبرم بين إيران ومجموعة 5+1) are a
  back-reference, no actor, unless the deal noun is the object of a concluding verb (وقعت إيران اتفاقا مع ...).
"""
from __future__ import annotations

import shutil

import pytest

from hadath.actors.check import check
from hadath.actors.country_groups import deal_counterparty, form_pattern
from hadath.actors.lexicon import DATA_DIR, default_lexicon

from helpers_actors import analyse

P5 = {"CHN", "DEU", "FRA", "GBR", "RUS", "USA"}


def _groups(text: str) -> dict[str, set]:
    """Span text -> the set of countries of the actors sharing that span (only spans with two or more)."""
    by_span: dict[tuple, set] = {}
    doc = analyse(text, date="2015-07-20")
    for a in doc.actors:
        by_span.setdefault((a.start, a.end, a.text), set()).add(a.country)
    return {k[2]: v for k, v in by_span.items() if len(v) > 1}


def _countries(text: str) -> list:
    return [a.country for a in analyse(text, date="2015-07-20").actors]


@pytest.mark.parametrize("text,span", [
    ("اتهمت طهران مجموعة 5+1 بالتباطؤ في رفع الحظر.", "مجموعة 5+1"),
    ("عقد ممثلو الدول «5+1» اجتماعا مغلقا في جنيف.", "الدول «5+1»"),
    ("طالب البرلمان الإيراني دول / 5 + 1 / بضمانات مكتوبة.", "دول / 5 + 1 /"),
    ("ردت مجموعة (1+5) على المقترح الأخير.", "مجموعة (1+5)"),
    ("انتقد المرشد القوى الكبرى الست بسبب ملف التخصيب النووي.", "القوى الكبرى الست"),
    ("التقى ظريف وزراء خارجية الدول الست الكبرى في لوزان قبل جولة إيران الجديدة.", "الدول الست الكبرى"),
])
def test_p5_plus_1_is_six_parties_over_one_span(text, span):
    groups = _groups(text)
    assert groups.get(span) == P5, groups


def test_the_group_with_a_proclitic():
    # the proclitic stays out of the span, as for other actors (والولايات المتحدة -> الولايات المتحدة)
    groups = _groups("توصلت إيران ومجموعة 5+1 إلى تفاهم جديد.")
    assert groups.get("مجموعة 5+1") == P5, groups
    assert _groups("وجه الرئيس رسالة لمجموعة 5+1 حول الملف النووي.").get("مجموعة 5+1") == P5


def test_members_listed_in_brackets_belong_to_the_mention():
    text = ("اجتمعت الدول الست الكبرى (الصين، وروسيا، وفرنسا، وبريطانيا، وألمانيا، والولايات المتحدة) مع "
            "الوفد الإيراني.")
    doc = analyse(text, date="2015-07-20")
    members = [a for a in doc.actors if a.country in P5]
    assert {a.country for a in members} == P5
    assert len({(a.start, a.end) for a in members}) == 1, [(a.text, a.country) for a in members]
    assert members[0].text.endswith("المتحدة)")


def test_members_in_apposition_mark_a_bare_name_as_the_group():
    # no Iran word in the sentence: the listed members alone say which "six states" these are
    groups = _groups("اجتمعت الدول الست الصين وروسيا وفرنسا وبريطانيا وألمانيا والولايات المتحدة في جنيف.")
    assert list(groups.values()) == [P5], groups


def test_bare_great_powers_are_the_six_only_with_their_members_listed():
    listed = _groups("وقعت إيران والقوى الكبرى الصين وروسيا وفرنسا وبريطانيا وألمانيا والولايات المتحدة وثيقة تفاهم.")
    assert list(listed.values()) == [P5], listed
    # the Iran file alone does not make "the great powers" the P5+1
    assert not (set(_countries("دعت طهران القوى الكبرى إلى احترام حقوقها النووية.")) & P5)


def test_both_koreas():
    groups = _groups("استأنفت الكوريتان المحادثات العسكرية على الحدود.")
    assert groups.get("الكوريتان") == {"KOR", "PRK"}, groups


@pytest.mark.parametrize("text", [
    "حاصل جمع 5+1 يساوي ستة في كتاب الرياضيات.",
    "انتهت المباراة بفوز الفريق 5+1 على ضيفه.",
    "تعهدت الدول الست الأعضاء في مجلس التعاون بدعم اليمن.",  # six states, no Iran-file word: not the P5+1
    "تتنافس القوى الكبرى في الاقتصاد العالمي على الأسواق الناشئة.",  # bare "great powers" are not listed
])
def test_no_group(text):
    assert not (set(_countries(text)) & P5), _countries(text)


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاتفاق النووي المبرم بين إيران ومجموعة 5+1 يخدم المنطقة.",
    "وصل وفد تجاري إلى طهران بعد الاتفاق الذي أبرمته إيران مع الدول الست الكبرى.",
    "وأكد البرلمان أن المفاوضات النووية مع مجموعة 5+1 لم تمس الخطوط الحمراء.",
])
def test_counterparty_of_a_deal_noun_is_a_back_reference(text):
    assert not (set(_countries(text)) & P5), _countries(text)


def test_deal_noun_object_of_a_concluding_verb_keeps_the_group():
    groups = _groups("وقعت إيران اتفاقا مع مجموعة 5+1 في العاصمة النمساوية.")
    assert groups.get("مجموعة 5+1") == P5, groups


def test_deal_counterparty_stops_at_a_comma():
    t = "ناقش المجلس الاتفاق، واتهمت إيران مجموعة 5+1 بالمماطلة."
    assert not deal_counterparty(t, t.index("مجموعة"), 0)
    t2 = "ناقش المجلس الاتفاق بين إيران ومجموعة 5+1."
    assert deal_counterparty(t2, t2.index("مجموعة"), 0)


def test_form_pattern_needs_the_head_before_the_number():
    import re
    pat = re.compile(form_pattern("مجموعة 5+1"))
    assert pat.search("ممثلو مجموعة 5 + 1 اليوم")
    assert pat.search("لمجموعة «5+1»")
    assert not pat.search("النتيجة 5+1")


def test_shipped_groups_load_and_check():
    names = {g.name for g in default_lexicon().country_groups}
    assert {"P5+1 (by number)", "both Koreas"} <= names
    assert [str(p) for p in check()] == []


def test_broken_group_rows_are_reported(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    with (d / "country_groups.tsv").open("a", encoding="utf-8") as f:
        f.write("مجموعة وهمية\tUSA XYZ\t-\t-\tyes\tFake\n")       # unknown country
        f.write("مجموعة منفردة\tUSA\t-\t-\tyes\tAlone\n")          # one member only
        f.write("مجموعة اخرى\tUSA GBR\t-\t-\tmaybe\tOther\n")      # bad deal_party
    problems = [str(p) for p in check(d)]
    n = sum(1 for _ in (d / "country_groups.tsv").open(encoding="utf-8"))
    assert any(f"country_groups.tsv:{n - 2}: unknown country code 'XYZ'" in p for p in problems), problems
    assert any(f"country_groups.tsv:{n - 1}: countries must list two or more" in p for p in problems), problems
    assert any(f"country_groups.tsv:{n}: deal_party must be yes or no" in p for p in problems), problems
