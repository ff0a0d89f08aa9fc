"""A titled unknown name followed, with no comma, by a definite title phrase names two people; an indefinite
construct title or a comma still makes an apposition (sentences written for this test)."""
from __future__ import annotations

import pytest

import hadath


def _countries(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.country) for a in hadath.extract(text).actors]


@pytest.mark.parametrize("text,name", [
    ("استقبل الأمير خالد بن فيصل السفير الأمريكي في مكتبه.", "الأمير خالد بن فيصل"),
    ("استقبل الأمير تركي بن طلال السفير الياباني في مكتبه.", "الأمير تركي بن طلال"),
    ("بحث الأمير منصور بن ناصر بن سعود القنصل الفرنسي سبل التعاون.", "الأمير منصور بن ناصر بن سعود"),
])
def test_titled_name_does_not_take_the_next_persons_country(text, name):
    got = dict(_countries(text))
    assert name in got and got[name] in (None, "SAU", "ARE", "KWT", "QAT", "BHR", "OMN")


@pytest.mark.parametrize("text,name,country", [
    ("استقبل الأمير فهد بن سلطان أمير منطقة تبوك وفدا تجاريا.", "الأمير فهد بن سلطان", "SAU"),
    ("أكد الشيخ خالد بن خليفة، وزير الخارجية البحريني، دعم بلاده.", "الشيخ خالد بن خليفة", "BHR"),
    ("أعلن أحمد أبو الغيط الأمين العام لجامعة الدول العربية دعم المبادرة.", "أحمد أبو الغيط", "IGO"),
])
def test_apposition_still_gives_the_office_holders_country(text, name, country):
    assert dict(_countries(text)).get(name) == country
