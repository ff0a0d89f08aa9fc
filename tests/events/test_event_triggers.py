"""Trigger lexicon: loading, validation, inflection by rule, clitic-aware matching."""
from __future__ import annotations

import pytest

from hadath.document import Document
from hadath.events.triggers import LexiconError, load_lexicon, find_triggers, parse_line, verb_forms


def _doc(text: str) -> Document:
    from hadath.text.stage import TextStage

    return TextStage()(Document(text))


def _ids(text: str) -> list[str]:
    return [m.pattern.id for m in find_triggers(_doc(text))]


def test_lexicon_size_and_coverage():
    lex = load_lexicon()
    types = {p.type for p in lex.patterns}
    assert len([p for p in lex.patterns if not p.blocks]) >= 600
    assert len(types - {"BLOCK"}) == 16
    assert lex.surface_count() > 10_000


def test_verb_inflection_rules():
    f = verb_forms("التقى", "يلتقي")
    assert {"التقي", "التقت", "التقوا", "التقيا", "يلتقي", "تلتقي", "يلتقيان", "يلتقون"} <= set(f)
    assert f["يلتق"] == "juss"
    g = verb_forms("زار", "يزور")
    assert {"زارت", "زاروا", "يزوران", "نزور"} <= set(g) and g["يزر"] == "juss"
    h = verb_forms("بحث", "يبحث")
    assert {"بحثت", "بحثا", "بحثوا", "تبحثان", "يبحثون"} <= set(h)


@pytest.mark.parametrize("text,pid", [
    ("وسيلتقيان غدا في عمان", "consult.iltaqa"),
    ("فاستقبله الأمير في قصره", "consult.istaqbala"),
    ("وأدانت الوزارة الاعتداء بشدة", "accuse.adanat-bi-shidda"),
    ("ونددت الجامعة بالقرار", "accuse.nadada"),
    ("وشنت الطائرات غارات جوية على المدينة", "assault.shanna-ghara"),
    ("أجرى الوزير اتصالا هاتفيا مع نظيره", "consult.ajra-ittisal"),
    ("لم يزر الرئيس المدينة", "consult.zara"),
])
def test_matches_with_clitics_and_frames(text, pid):
    assert pid in _ids(text)


def test_jussive_only_after_lam():
    assert "consult.zara" not in _ids("وصل يزر إلى المدينة")  # a bare jussive form is not a verb here
    assert not [i for i in _ids("ايلاف من لندن: خبر") if i.startswith("accuse")]


def test_background_phrases_are_blocked():
    assert not _ids("تشهد البلاد موجة الاحتجاجات منذ أشهر")
    assert not [i for i in _ids("تتواصل الجهود لمكافحة الإرهاب") if i.startswith("assault")]


def test_trigger_offsets_point_into_the_raw_text():
    doc = _doc("وأدانَت الوزارةُ الهجومَ على السفارة")
    for m in find_triggers(doc):
        assert doc.text[m.start:m.end].strip() == doc.text[m.start:m.end]
        assert m.start < m.end


def test_bad_lines_are_reported():
    with pytest.raises(LexiconError, match="x.tsv:3: unknown PLOVER type"):
        parse_line(["a.b", "MEET", "", "040", "بحث"], "x.tsv:3")
    with pytest.raises(LexiconError, match="unknown CAMEO"):
        parse_line(["a.b", "CONSULT", "", "999", "بحث"], "x.tsv:4")
    with pytest.raises(LexiconError, match="unknown roles"):
        parse_line(["a.b", "CONSULT", "", "040", "بحث", "sideways"], "x.tsv:5")
    with pytest.raises(LexiconError, match="start and end"):
        parse_line(["a.b", "CONSULT", "", "040", "~ بحث"], "x.tsv:6")
    with pytest.raises(LexiconError, match="V:perfect/imperfect"):
        parse_line(["a.b", "CONSULT", "", "040", "V:بحث"], "x.tsv:7")


@pytest.mark.parametrize("text,pid", [
    ("وتدفق آلاف المحتجين إلى الميدان الرئيسي.", "protest.mutazahirun-tadaffaqa"),
    ("واجتاحت الاحتجاجات شوارع المدن الكبرى.", "protest.ijtaHat-iHtijajat"),
    ("وقام مئات السكان بالتظاهر أمام مبنى البلدية.", "protest.qama-bil-tazahur"),
    ("وخاض عمال الميناء إضرابا استمر ثلاثة أيام.", "protest.khaaDa-iDrab"),
    ("وأضرب سائقو الشاحنات احتجاجا على رفع أسعار الوقود.", "protest.aDraba-ihtijajan"),
    ("وجرت مسيرة حاشدة في وسط العاصمة.", "protest.jarat-tazahura"),
    ("وأقيمت وقفة تضامنية أمام مقر الأمم المتحدة.", "protest.uqimat-waqfa"),
    ("وحاصر المعتصمون مقر الوزارة منذ الصباح.", "protest.mutazahirun-Haasara"),
    ("انتفض سكان القرية ضد قرار مصادرة أراضيهم.", "protest.intafaDa-Didd"),
    ("ولبى آلاف الموظفين دعوة النقابة إلى الإضراب.", "protest.labba-da3wa"),
    ("وسيرت أحزاب المعارضة مسيرة في وسط المدينة.", "protest.sayyara-masira"),
    ("وأغلق التجار محالهم احتجاجا على الضرائب.", "protest.aghlaqa-maHall"),
    ("واحتشد أكثر من خمسين ألف متظاهر في الميدان.", "protest.num-mutazahir-iHtashada"),
])
def test_protest_report_frames(text, pid):
    assert pid in _ids(text)


@pytest.mark.parametrize("text", [
    "ويكفل القانون حق التظاهر السلمي.",
    "وتحدث الباحث عن أشكال الاحتجاج الجديدة لدى الشباب.",
    "وناقش النواب قانون الإضراب في القطاع العام.",
])
def test_right_and_forms_of_protest_are_background(text):
    assert not any(i.startswith("protest.") for i in _ids(text))


def test_the_noun_sayr_is_not_the_verb_sayyara():
    assert "protest.sayyara-masira" not in _ids("وتابع الصحافيون سير المظاهرة من شرفة الفندق.")
