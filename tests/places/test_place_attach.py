"""event_location: the place governed by في/ب near the trigger in the same clause, else none."""
from __future__ import annotations

import pytest

from hadath.document import Document, Event
from hadath.places.attach import event_location
from hadath.places.stage import PlaceStage


def locate(text: str, trigger: str):
    doc = Document(text)
    PlaceStage()(doc)
    i = text.index(trigger)
    ev = Event("X", doc.span(i, i + len(trigger)), doc.span(0, len(text)))
    place, rule = event_location(doc, ev)
    return (place.text if place else None), rule


@pytest.mark.parametrize("text,trigger,expected,rule", [
    ("وبحث الرئيس العراقي في بغداد اليوم مع السفير البريطاني", "وبحث", "بغداد", "fi-after"),
    ("يقوم وزير الخارجية بزيارة الى موسكو الاربعاء المقبل", "بزيارة", "موسكو", "ila-visit"),
    ("قتل ثلاثة جنود في هجوم بمدينة حلب", "هجوم", "حلب", "bi-after"),
    ("اجتمع الوزيران بالقاهرة لبحث الأزمة", "اجتمع", "القاهرة", "bi-after"),
    ("زار الرئيس الفرنسي بيروت أمس", "زار", "بيروت", "visit-object"),
    ("تظاهر الآلاف في شمال سوريا احتجاجا على الغلاء", "تظاهر", "سوريا", "fi-after"),
    ("في دمشق، وقع انفجار قرب مبنى حكومي", "انفجار", None, "none"),  # a comma ends the clause
    ("ناقش الوزيران الوضع في اليمن", "ناقش", None, "none"),  # topic, not location
    ("ايلاف من لندن: أجرى العراق مباحثات مع بريطانيا", "أجرى", None, "none"),  # dateline never counts
    ("التقى السفير الروسي لدى بغداد بالوزير", "التقى", None, "none"),
    ("أعلن الجيش أنه قصف مواقع المسلحين فيما قال شهود في الموصل إن", "قصف", None, "none"),
])
def test_event_location(text, trigger, expected, rule):
    assert locate(text, trigger) == (expected, rule)


def test_no_places_no_location():
    doc = Document("قال الوزير إن المحادثات مستمرة")
    ev = Event("X", doc.span(0, 3), doc.span(0, len(doc.text)))
    assert event_location(doc, ev) == (None, "none")


@pytest.mark.parametrize("text,trigger,expected,rule", [
    ("شنت الطائرات هجوما على مدينة الرقة", "شنت", "الرقة", "ala-after"),
    ("قتل خمسة أشخاص في غارة جوية على ريف حلب", "قتل", "حلب", "ala-after"),
    ("رد الوزير على بيان صادر من القاهرة", "رد", None, "none"),  # على without an attack
    ("وصل وزير الخارجية الإيراني إلى دمشق في زيارة رسمية", "وصل", "دمشق", "ila-visit"),
    ("اندلعت اشتباكات عنيفة في محافظة درعا جنوب سوريا", "اشتباكات", "درعا", "fi-after"),
])
def test_event_location_more_rules(text, trigger, expected, rule):
    assert locate(text, trigger) == (expected, rule)
