"""A later word of a known person's name is no trigger (شينزو آبي: آبي is spelt like أبى, "refused")."""
import hadath


def _types(text):
    return sorted(e.type for e in hadath.extract(text, date="2015-05-01").events)


def test_abe_in_a_known_name_is_no_refusal():
    assert _types("التقى رئيس الوزراء الياباني شينزو آبي أمس في طوكيو وزير الخارجية الأمريكي جون كيري.") == ["CONSULT"]


def test_abe_as_speaker_gives_no_event():
    assert "REJECT" not in _types("وأكد رئيس الوزراء الياباني شينزو آبي أن بلاده تدعم الحل السلمي.")


def test_verb_glued_to_a_name_by_the_tagger_still_counts():
    text = "قال مواطنون يمنيون إن قوات يمنية مؤيدة للرئيس هادي خاضت اشتباكات مع المقاتلين الحوثيين."
    assert "ASSAULT" in _types(text)
