"""Meetings whose other side follows the subject and its adverbials (session 28, consult2): ``اجتمع X أمس في مكتبه
بالرياض، مع Y`` -- the one met right after مع when only time words and one place or occasion phrase closed by a
comma stand between the verb's subject and مع. Sentences written for these tests."""
import hadath


def _consults(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [(tuple(sorted({a.country for a in e.actor})), tuple(sorted({a.country for a in e.recipient})))
            for e in doc.events if e.type == "CONSULT"]


def _slots(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [x for e in doc.events if e.type == "CONSULT" for x in e.explanation if "verb partner" in x]


def test_partner_after_place_phrase():
    text = ("اجتمع معالي وزير الداخلية الأردني الأستاذ سلامة حماد أمس في فرع وزارة الداخلية بالعقبة, مع وزير "
            "الداخلية العراقي محمد الغبان.")
    assert _consults(text) == [(("JOR",), ("IRQ",))]
    assert _slots(text)


def test_partner_after_occasion_phrase():
    text = ("يلتقي معالي وزير الخارجية الفرنسي الأستاذ لوران فابيوس مساء اليوم، على هامش مؤتمر المناخ في باريس، مع "
            "وزير الخارجية الهندي سوشما سواراج.")
    assert (("FRA",), ("IND",)) in _consults(text)


def test_no_partner_when_mea_is_time():
    # مع بدء: a circumstance, not the one met
    got = _consults("اجتمع وزير الخارجية الأردني أمس في عمان، مع بدء زيارة الرئيس الفرنسي للمملكة.")
    assert (("JOR",), ("FRA",)) not in got


def test_no_partner_after_a_long_clause():
    text = ("اجتمع وزير الخارجية الأردني أمس في عمان بالسفراء المعتمدين لدى المملكة وأعضاء السلك الدبلوماسي "
            "والقناصل، مع وزير خارجية تونس.")
    assert _slots(text) == []
