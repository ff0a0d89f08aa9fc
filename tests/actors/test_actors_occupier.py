"""The unqualified "occupation" in Arabic news is Israel's; an explicit nationality after it wins."""
import pytest

import hadath


@pytest.mark.parametrize("sentence, phrase, country", [
    ("داهمت قوات الاحتلال منازل في مخيم جنين فجر اليوم.", "قوات الاحتلال", "ISR"),
    ("وأغلقت سلطات الاحتلال الحرم الإبراهيمي أمام المصلين.", "سلطات الاحتلال", "ISR"),
    ("وقال شهود إن جيش الاحتلال هدم منزلين في بلدة بيت أمر.", "جيش الاحتلال", "ISR"),
    ("وتحدث التقرير عن انتهاكات قوات الاحتلال الأمريكي في سجن أبو غريب.", "قوات الاحتلال الأمريكي", "USA"),
])
def test_occupier_country(sentence, phrase, country):
    doc = hadath.extract(sentence, date="2016-03-01")
    found = {a.text: a.country for a in doc.actors}
    assert found.get(phrase) == country, found
