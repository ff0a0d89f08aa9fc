"""Session 29 (lead): an announcement of aid given is AID, not a promise; publishing the names of counted officers is
no deployment. Sentences written for the test."""
import hadath


def _events(text):
    return [(e.type, e.aux, sorted({a.country for a in e.actor}), sorted({a.country for a in e.recipient}))
            for e in hadath.extract(text, date="2016-03-10").events]


def test_announced_aid_is_aid():
    text = "أعلن وزير الخارجية الياباني عن تقديم بلاده 40 مليون دولار من المساعدات الإنسانية للشعب اليمني."
    assert ("AID", "asserted", ["JPN"], ["YEM"]) in _events(text)


def test_announced_allocation_is_aid():
    text = "أعلنت سفيرة الاتحاد الأوروبي في الأردن عن تخصيص 20 مليون يورو لمساعدة اللاجئين السوريين في الأردن."
    assert any(t == "AID" and a == ["IGO"] for t, _, a, _ in _events(text))


def test_announced_future_gift_stays_an_intent():
    text = "قال الرئيس الفرنسي إن بلاده ستعلن الشهر المقبل عن تقديم مساعدات للجيش اللبناني."
    assert all(t != "AID" for t, *_ in _events(text))


def test_published_names_of_counted_officers_are_no_deployment():
    text = "نشرت وزارة الداخلية المصرية أسماء 14 ضابطا مطلوبين بتهمة الفساد."
    assert all(t != "MOBILIZE" for t, *_ in _events(text))


def test_counted_police_deployed_still_mobilize():
    text = "أعلن وزير الداخلية الفرنسي نشر 60 شرطيا إضافيا في ميناء كاليه."
    assert any(t == "MOBILIZE" for t, *_ in _events(text))


def test_unknown_speaker_speaks_for_the_body_of_her_apposition():
    text = ("وحثت ماريا كوفالسكا، مديرة برنامج أوروبا في منظمة العفو الدولية، الحكومة المجرية على وقف ترحيل "
            "اللاجئين.")
    assert any(t == "REQUEST" and a == ["NGO"] and r == ["HUN"] for t, _, a, r in _events(text))


def test_apposition_without_a_body_names_no_speaker():
    text = "وحث بيتر كلارك، الباحث في الشؤون الأفريقية، الحكومة الكينية على الإفراج عن الصحفيين."
    assert all(a != ["NGO"] for t, _, a, _ in _events(text) if t == "REQUEST")

