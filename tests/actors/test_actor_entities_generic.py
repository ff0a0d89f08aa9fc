"""Generic bodies inside a title phrase are part of the actor, not named-organisation entities (ANERcorp
tags الجيش، القوات المسلحة O); named organisations there stay ORG."""
import pytest

import hadath


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in hadath.extract(text, date="2021-05-01").entities]


@pytest.mark.parametrize("text,body", [
    ("أعلن رئيس هيئة أركان الجيش التركي أن الوحدات في حالة تأهب.", "الجيش"),
    ("وقال المتحدث باسم القوات المسلحة إن الطائرات عادت إلى قواعدها.", "القوات المسلحة"),
])
def test_generic_body_in_title_is_no_org(text, body):
    assert (body, "ORG") not in entities(text)


def test_named_group_in_title_stays_org():
    ents = entities("وقال المتحدث باسم حركة حماس إن الحركة ترفض المبادرة.")
    assert any(label == "ORG" and "حماس" in text for text, label in ents)
