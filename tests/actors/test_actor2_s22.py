"""Actors session 22 (helper actor2): a state body placed "في المملكة" (sentences written for these tests, not taken
from the eval sets).

A body that belongs to the country named after في (in_country_bodies.tsv: الحكومة، وزارة الداخلية، السلطات ...)
takes the kingdom a bare "المملكة" means in the article, as it takes a named country (وزارة الداخلية في المملكة
العربية السعودية): before, the bare kingdom after في was read as a place only, so the body kept no country or
inherited the last country named.
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,body", [
    # a republic named just before: the body is still the kingdom's, not Egypt's or Sudan's
    ("انتقد وزير الخارجية المصري تصريحات المالكي. وأشاد رئيس البرلمان العربي بأداء رجال الداخلية في المملكة "
     "بعد القبض على خلية في الدمام.", "في المملكة"),
    ("قال الناطق باسم وزارة الخارجية السودانية إن الخرطوم تدين التفجير الذي استهدف مسجدا في أبها. وأعربت تونس "
     "عن تضامنها مع الشعب والحكومة في المملكة ضد الإرهاب.", "الحكومة في المملكة"),
])
def test_a_state_body_in_the_kingdom_is_saudi(text, body):
    acts = _actors(text)
    assert any(body in t and c == "SAU" for t, c in acts), acts


def test_security_and_stability_in_the_kingdom_is_no_body():
    """"الأمن والاستقرار في المملكة" names no state body: no actor is made of it."""
    acts = _actors("انتقد وزير الخارجية المصري تصريحات المالكي. وأشاد رئيس البرلمان العربي بالأمن والاستقرار "
                   "في المملكة بعد القبض على خلية في الدمام.")
    assert not any("في المملكة" in t for t, _ in acts), acts


def test_no_kingdom_meant_gives_no_country():
    """Two kingdoms named before (Morocco, Jordan) and no Saudi cue: the bare kingdom stays open."""
    acts = _actors("التقى العاهل المغربي الملك محمد السادس العاهل الأردني الملك عبدالله الثاني. وقال مسؤول إن "
                   "الحكومة في المملكة ستدرس الاقتراح.")
    assert not any("في المملكة" in t and c == "SAU" for t, c in acts), acts
