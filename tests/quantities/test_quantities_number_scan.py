"""The anchored number scan finds exactly what scanning every position with the number pattern finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.quantities.numbers import _number_matches, number_re
from hadath.text.normalize import normalize

SENTENCES = [
    "قتل خمسة وعشرون شخصا واصيب 1,300 اخرون في 3 هجمات",
    "بلغت الصادرات 5ر1 مليار دولار مقابل 000ر22 طن العام الماضي",
    "وصل بعشرة الاف جندي وثلاثمائة مدرعة، وكخمسة ملايين لاجئ",
    "the code abc123 and 4/5 and 2.5% of ٣٤ شخصا",
    "ارتفع بنسبة 12.5 في المئة الى 100 الف برميل يوميا و3 ملايين",
]


def _same(text: str) -> None:
    want = [(m.span(), m.group()) for m in number_re().finditer(text)]
    assert [(m.span(), m.group()) for m in _number_matches(text)] == want


def test_same_matches_on_news_sentences():
    for s in SENTENCES:
        _same(normalize(s).text)
    assert len(list(_number_matches(normalize(SENTENCES[1]).text))) >= 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["خمسة", "وعشرون", "الف", "مليون", "و", " ", "12", ",", ".", "3", "ر", "ب",
                                 "عشرة", "ثلاث", "ة", "x", "/", "%", "مائة", "ك", "ان"]), max_size=25))
def test_same_matches_on_random_mixtures(parts):
    _same("".join(parts))
