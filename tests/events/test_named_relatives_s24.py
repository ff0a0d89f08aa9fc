"""Session 24 (diplorecall): a meeting told in a relative clause on a named person, and a verb the name tagger glued
to a name. Sentences written for these tests."""
import hadath


def _events(text, kind):
    doc = hadath.extract(text, date="2015-08-01")
    return [(tuple(sorted({a.country for a in e.actor})), tuple(sorted({a.country for a in e.recipient})))
            for e in doc.events if e.type == kind]


def test_meeting_in_a_relative_clause_on_a_named_person():
    assert (("ESP",), ("MAR",)) in _events(
        "وقال رئيس الوزراء الإسباني، الذي التقى العاهل المغربي الملك محمد السادس في الرباط أمس، إن التعاون مستمر.",
        "CONSULT")


def test_arrival_in_a_relative_clause_stays_background():
    # وصل إلى says where the envoy went, not whom he met: no visit of the UN to Russia from the clause
    assert (("IGO",), ("RUS",)) not in _events(
        "ومن المقرر أن يلتقي الرئيس الروسي مع المبعوث الأممي الذي وصل إلى موسكو أمس.", "CONSULT")


def test_relative_on_a_thing_still_background():
    assert _events("أشادت مصر بالاتفاق الذي وقعته الحكومة الليبية أمس.", "CONSULT") == []


def _glued(text):
    from hadath.events.nesting import inside_person_names
    from hadath.events.triggers import find_triggers
    doc = hadath.extract(text, date="2015-08-01")
    matches = find_triggers(doc)
    inside = inside_person_names(doc, matches)
    return {m.pattern.type for m in matches if id(m) in inside}, {m.pattern.type for m in matches}


def test_frame_running_past_a_glued_name_is_kept():
    # the tagger reads "وصالح أرسلت" as one name; the frame أرسلت تعزيزات إلى runs on past it
    dropped, found = _glued("وأكدت مصادر محلية أن ميليشيات الحوثي وصالح أرسلت تعزيزات كبيرة إلى جبهة تعز أمس.")
    assert "MOBILIZE" in found and "MOBILIZE" not in dropped
