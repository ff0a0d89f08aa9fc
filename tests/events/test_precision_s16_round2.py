"""Event-type precision on news, session 16 round 2: arrivals that are no visit.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- the verbal noun of arrival with the article (منعت الشرطة المصلين من الوصول إلى، محاولات المهاجرين الوصول إلى)
  names reaching a place, not a visitor's arrival;
- the arrival noun right after a word of hindrance or delay (تأخير وصول الوفد، عرقلة وصول) has not taken place;
- the arrival of a named visitor (وصول الرئيس، بوصول وزير الخارجية) stays a visit.
"""
from __future__ import annotations

import pytest

from hadath.events.mentioned_acts import unrealized_arrivals
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _arrivals(text: str) -> tuple[int, int]:
    """(arrival-noun matches of ``text``, how many of them the rule drops)."""
    doc = marked_document(text)
    matches = [m for m in find_triggers(doc) if m.pattern.id == "consult.waSl"]
    return len(matches), len(unrealized_arrivals(doc, matches))


NO_VISIT = [
    "أغلقت الشرطة الطرق ومنعت المصلين من الوصول إلى المسجد صباح اليوم الجمعة.",
    "تتواصل محاولات مئات المهاجرين العالقين في الميناء الوصول إلى الضفة الأخرى من البحر.",
    "وأدى الخلاف حول الضمانات إلى تأخير وصول وفد صندوق النقد الدولي إلى العاصمة.",
    "واتهمت الحكومة المتمردين بعرقلة وصول المساعدات والمسؤولين إلى المدينة المحاصرة.",
]

VISIT = [
    "أعلنت الرئاسة وصول الرئيس الفرنسي إلى الرياض في زيارة رسمية تستمر يومين.",
    "رحبت الحكومة المصرية بوصول وزير الخارجية الأمريكي إلى القاهرة مساء أمس.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_reaching_or_hindered_arrival_is_no_visit(text):
    found, dropped = _arrivals(text)
    assert found >= 1 and dropped == found


@pytest.mark.parametrize("text", VISIT)
def test_named_visitor_arrival_stays(text):
    found, dropped = _arrivals(text)
    assert found >= 1 and dropped == 0
