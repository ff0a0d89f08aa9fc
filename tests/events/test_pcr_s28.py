"""Session 28 (pcr): letting a barred party act again (إعادة السماح لسكان الحدود بدخول المعابر، سمحت السلطات للصحيفة
باستئناف صدورها) lifts a restriction, CONCEDE 081. Sentences written for these tests."""
import hadath


def _events(text, etype):
    doc = hadath.extract(text, date="2015-08-01")
    return [(e.cameo, {a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events
            if e.type == etype]


def test_allowing_again_is_a_concession():
    got = _events("أعلنت تونس أمس إعادة السماح للجزائريين بعبور المعبر الحدودي بعد إغلاقه شهرين.", "CONCEDE")
    assert got and got[0][0] == "081" and got[0][1] == {"TUN"}, got


def test_allowing_to_resume_is_a_concession():
    got = _events("سمحت الحكومة الأردنية للقناة المعارضة باستئناف بثها بعد إيقافها أسبوعا.", "CONCEDE")
    assert got and got[0][1] == {"JOR"}, got


def test_a_first_permission_is_no_concession():
    assert not _events("سمحت السلطات الأردنية للصحفيين بتغطية الانتخابات البلدية.", "CONCEDE")
