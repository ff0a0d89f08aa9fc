"""Sentence splitting on sentences written for these tests (not taken from the seed article)."""
from __future__ import annotations

from hadath.text.sentences import split_sentences


def sents(text: str) -> list[str]:
    spans = split_sentences(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
    return [text[s:e] for s, e in spans]


def test_basic_terminators():
    text = "وصل الوفد إلى الرياض. هل تنجح المفاوضات؟ نعم! بدأت الجولة الأولى؛ وستستمر يومين… ثم يعود الوفد"
    assert sents(text) == [
        "وصل الوفد إلى الرياض.", "هل تنجح المفاوضات؟", "نعم!", "بدأت الجولة الأولى؛", "وستستمر يومين…",
        "ثم يعود الوفد",
    ]


def test_double_dot_splits():
    assert sents("قال الوزير إن الوضع صعب.. مؤكدا أن الحل قريب") == [
        "قال الوزير إن الوضع صعب..", "مؤكدا أن الحل قريب"]


def test_abbreviations_do_not_split():
    text = "قال د. أحمد زكي لوكالة أ.ف.ب. إن الاتفاق جاهز. وأضاف أن م. خالد سيوقعه."
    assert sents(text) == ["قال د. أحمد زكي لوكالة أ.ف.ب. إن الاتفاق جاهز.", "وأضاف أن م. خالد سيوقعه."]


def test_agency_abbreviation_mid_sentence():
    text = "ذكرت و.ص.ف أن الملك استقبل السفير. وجرى بحث العلاقات."
    assert sents(text) == ["ذكرت و.ص.ف أن الملك استقبل السفير.", "وجرى بحث العلاقات."]


def test_decimals_do_not_split():
    text = "بلغ النمو 3.5 في المئة، مقابل ٢٫٧ العام الماضي. وارتفع التضخم"
    assert sents(text) == ["بلغ النمو 3.5 في المئة، مقابل ٢٫٧ العام الماضي.", "وارتفع التضخم"]


def test_urls_do_not_split():
    text = "التفاصيل على https://example.org/news?id=5.html اليوم. وشكرا"
    assert sents(text) == ["التفاصيل على https://example.org/news?id=5.html اليوم.", "وشكرا"]


def test_closing_guillemet_stays_in_sentence():
    text = "قال الوزير «لن نتراجع عن موقفنا.» ثم غادر القاعة."
    assert sents(text) == ["قال الوزير «لن نتراجع عن موقفنا.»", "ثم غادر القاعة."]


def test_closing_straight_quote_stays_in_sentence():
    text = 'وأكد أن "الحوار هو الطريق الوحيد." وأضاف أن "الوقت ينفد".'
    assert sents(text) == ['وأكد أن "الحوار هو الطريق الوحيد."', 'وأضاف أن "الوقت ينفد".']


def test_opening_quote_goes_to_next_sentence():
    text = 'انتهى الاجتماع. "لقد نجحنا" قال الرئيس.'
    assert sents(text) == ["انتهى الاجتماع.", '"لقد نجحنا" قال الرئيس.']


def test_paragraphs_and_lines():
    text = "عنوان الخبر\nالفقرة الأولى تستمر هنا\n\n  الفقرة الثانية. وجملة ثانية.\r\n\r\nالأخيرة"
    assert sents(text) == ["عنوان الخبر", "الفقرة الأولى تستمر هنا", "الفقرة الثانية.", "وجملة ثانية.",
                           "الأخيرة"]


def test_missing_space_after_full_stop_between_arabic_words():
    assert sents("انتهت الجلسة.وبدأت جلسة أخرى") == ["انتهت الجلسة.", "وبدأت جلسة أخرى"]


def test_list_numbering_at_line_start():
    assert sents("1. انسحاب القوات\n2. تبادل الأسرى") == ["1. انسحاب القوات", "2. تبادل الأسرى"]


def test_latin_abbreviation():
    assert sents("Dr. Smith met Mr. Jones in the U.S. capital. Then he left.") == [
        "Dr. Smith met Mr. Jones in the U.S. capital.", "Then he left."]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


def test_stray_punctuation_joins_previous():
    assert sents("انتهى الأمر!! ...") == ["انتهى الأمر!! ..."]


def test_era_marker_after_year_ends_sentence():
    assert sents("ولد عام 1950 م. وتوفي عام ١٤٢٠ هـ. ثم دفن") == ["ولد عام 1950 م.", "وتوفي عام ١٤٢٠ هـ.", "ثم دفن"]
    assert sents("قال م. خالد إن الأمر انتهى.") == ["قال م. خالد إن الأمر انتهى."]
