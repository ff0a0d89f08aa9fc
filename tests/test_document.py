"""The Document serialises exactly as SCHEMA.md and keeps the longest overlapping entity."""
from hadath.document import Actor, Document, Entity, Event, Span, TimeValue


def test_to_dict_has_schema_fields():
    doc = Document(text="بحث الوزير", date="2020-11-26")
    d = doc.to_dict()
    assert set(d) == {"schema_version", "id", "date", "language", "entities", "times", "quantities", "events"}
    assert d["schema_version"] == "1" and d["language"] == "ar" and len(d["id"]) == 40


def test_event_and_actor_serialisation():
    a = Actor("الوزير", 4, 10, name="minister", name_ar="الوزير", country="IRQ", sector="GOV")
    ev = Event(type="CONSULT", trigger=Span("بحث", 0, 3), sentence=Span("بحث الوزير", 0, 10), actor=[a],
               date=TimeValue("اليوم", 0, 0, "2020-11-26", granularity="day"), cameo="040")
    d = ev.to_dict()
    assert d["actor"][0]["code"] == "IRQGOV"
    assert d["sentence"] == {"start": 0, "end": 10}
    assert set(d) >= {"id", "type", "mode", "context", "cameo", "quad_class", "goldstein", "aux", "actor",
                      "recipient", "location", "date", "trigger", "sentence", "mentions", "quantities",
                      "confidence", "source"}


def test_add_entity_longest_wins_and_keeps_actor():
    doc = Document(text="وزير الخارجية العراقي")
    small = doc.add_entity(Entity("العراقي", 14, 21, "NORP"))
    small.actor = Actor("العراقي", 14, 21, "Iraq", "العراقي", "IRQ", None)
    big = doc.add_entity(Entity("وزير الخارجية العراقي", 0, 21, "TITLE"))
    assert doc.entities == [big] and big.actor is small.actor
    kept = doc.add_entity(Entity("الخارجية", 5, 13, "ORG"))
    assert kept is big and len(doc.entities) == 1


def test_add_entity_replaces_every_contained_entity():
    doc = Document(text="وزير الخارجية العراقي فؤاد حسين")
    doc.add_entity(Entity("فؤاد حسين", 22, 31, "PER"))
    doc.add_entity(Entity("الخارجية", 5, 13, "ORG"))
    doc.add_entity(Entity("العراقي", 14, 21, "NORP"))
    big = doc.add_entity(Entity("وزير الخارجية العراقي", 0, 21, "TITLE"))
    assert [e.text for e in doc.entities] == ["وزير الخارجية العراقي", "فؤاد حسين"] and big in doc.entities


def test_overlapping_entities_lists_every_overlap_in_order():
    doc = Document(text="وزير الخارجية العراقي فؤاد حسين في بغداد")
    for s, e, label in ((0, 4, "TITLE"), (22, 31, "PER"), (35, 40, "GPE")):
        doc.add_entity(Entity(doc.text[s:e], s, e, label))
    assert doc.overlapping_entities(20, 36) == [1, 2]
    assert doc.overlapping_entities(31, 35) == []
    assert doc.overlapping_entities(0, len(doc.text)) == [0, 1, 2]
