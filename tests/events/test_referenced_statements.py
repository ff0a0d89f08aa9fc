"""What a referenced statement said (session 16, hadath/events/referenced_statements.py).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- a statement referred to by the sentence's news (استدعت الوزارة السفير على كلمة ألقاها الرئيس أكد فيها؛ ردا على
  تصريحات قال فيها؛ الخطاب الذي ألقاه الزعيم وتوعد خلاله؛ والتي ادعى فيها ... وطالب) tells its content "in it":
  that content was reported before, no event of its own;
- a statement that is the sentence's own act (تلقى الملك برقية أكد فيها دعم، في الكلمة التي ألقاها أكد فيها،
  أجرى اتصالا أعرب خلاله) keeps what it says.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.referenced_statements import referenced_statement_contents
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


def _dropped(text: str) -> int:
    doc = marked_document(text)
    return len(referenced_statement_contents(doc, find_triggers(doc)))


REFERENCED = [
    ("استدعت وزارة الخارجية الكويتية السفير العراقي، أمس، على كلمة ألقاها رئيس البرلمان العراقي أكد فيها دعم بلاده "
     "للمعارضة.", "SUPPORT"),
    ("وقال وزير الخارجية الفرنسي إن الخطاب الذي ألقاه الزعيم الكوري الشمالي الأحد وتوعد خلاله بضرب الجنوب مقلق جدا.",
     "THREATEN"),
    ("رفضت الحكومة الأردنية تدخل إيران في شؤونها ردا على تصريحات من مسؤول إيراني قال فيها إن بلاده مستعدة إذا طلب "
     "منها الوساطة.", "REQUEST"),
    ("انتقدت الجامعة العربية التصريحات التي أدلى بها الوزير الإيراني لصحيفة \"كيهان\" يوم الأحد (الماضي)، والتي "
     "ادعى فيها أن البحرين دولة فاشلة وطالب بتدخل دولي فيها.", "REQUEST"),
]


@pytest.mark.parametrize("text,kind", REFERENCED)
def test_content_of_a_referenced_statement_is_no_event(text, kind):
    assert _dropped(text) >= 1
    assert kind not in _types(text)


OWN_STATEMENTS = [
    ("تلقى العاهل الأردني برقية من الرئيس الفرنسي أكد فيها دعم بلاده للأردن في مواجهة الإرهاب.", "SUPPORT"),
    ("وفي الكلمة التي ألقاها أمام القمة العربية أكد فيها الرئيس المصري دعم بلاده للشعب الفلسطيني.", "SUPPORT"),
    ("أجرى الرئيس التونسي اتصالا هاتفيا بنظيره الجزائري أعرب خلاله عن دعم بلاده للجزائر.", "SUPPORT"),
]


@pytest.mark.parametrize("text,kind", OWN_STATEMENTS)
def test_content_of_the_sentences_own_statement_stays(text, kind):
    assert _dropped(text) == 0
    assert kind in _types(text)
