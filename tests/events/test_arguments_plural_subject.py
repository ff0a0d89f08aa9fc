"""A nominative sound plural right after a clause-initial verb is that verb's own subject
(verb_subjects._plural_subject_after; sentences written for these tests): the named party further on is in the
object, not the subject."""
from hadath import extract
from hadath.events.verb_subjects import _plural_subject_after


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def test_unnamed_critics_do_not_turn_the_criticised_into_the_actor():
    evs = _events("انتقد دبلوماسيون قرار الحكومة الروسية إغلاق المكاتب الإعلامية.", "ACCUSE")
    assert evs and all("RUS" not in {a.country for a in e.actor} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_a_long_subject_behind_honorifics_is_still_read():
    evs = _events("استقبل صاحب السمو الأمير فيصل بن بندر أمير منطقة الرياض سفير اليابان.", "CONSULT")
    assert any({a.country for a in e.actor} == {"SAU"} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_stem_wun_words_are_no_plural():
    doc = extract("أقر البرلمان قانون الانتخابات الجديد.", date="2015-08-01")
    k = next(i for i, t in enumerate(doc.tokens) if t.norm == "قانون")
    assert not _plural_subject_after(doc, k)
    doc = extract("طالب ناشطون بالإفراج عن المعتقلين.", date="2015-08-01")
    assert _plural_subject_after(doc, 1)
