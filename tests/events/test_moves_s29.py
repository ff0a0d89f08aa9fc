"""Session 29: force posture and yielding (sentences written for these tests, not taken from the eval sets).

- Forces sent or deployed by their count (نشر 80 شرطيا، أرسلت كندا 150 جنديا) or arriving (وصول قوات أردنية) are
  MOBILIZE 154; the forces named with their country in a noun trigger are the actor, not
  the reporter before it (force_parties.forces_in_trigger); countryless forces sent by a verb are its object, and the
  party before the verb sends them (أن بلاده لن ترسل قوات برية: force_parties.sender_before).
- A breach of a country's airspace (انتهاكها للأجواء السورية) is MOBILIZE 150 aimed at that country
  (force_parties.airspace_owner).
- A state's release of prisoners with no one named is for its own people, like a pardon
  (domestic_parties.domestic_pardon); an armed group's release is not.
- A state letting an outlet resume (سمحت السلطات لصحيفة الغد بالصدور مجددا) eases a restriction on its own press,
  CONCEDE 081 X -> X (domestic_parties.closed_outlet); merging its reports keeps that implied party (merge._absorb).
"""
from __future__ import annotations

from hadath import extract


def _tuples(text: str, typ: str):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


def test_counted_police_deployed():
    text = "وأعلن وزير الداخلية البلجيكي الثلاثاء نشر 80 شرطيا إضافيا في محطة القطارات الرئيسية في بروكسل."
    assert [a for a, _ in _tuples(text, "MOBILIZE")] == [["BEL"]]


def test_arrival_of_foreign_forces_is_their_deployment():
    text = "كشف مصدر عراقي مطلع عن وصول قوات أردنية إلى الحدود المشتركة بهدف تأمين المعبر."
    assert _tuples(text, "MOBILIZE") == [(["JOR"], [])]
    assert _tuples(text, "CONSULT") == []


def test_arrival_of_a_delegation_stays_no_mobilization():
    text = "كشف مصدر عراقي مطلع عن وصول وفد أردني رفيع إلى بغداد لبحث التعاون الاقتصادي."
    assert _tuples(text, "MOBILIZE") == []


def test_breach_of_airspace_is_aimed_at_its_country():
    text = "جددت الطائرات التركية انتهاكها للأجواء اليونانية فوق بحر إيجه أمس."
    assert _tuples(text, "MOBILIZE") == [(["TUR"], ["GRC"])]


def test_state_release_of_unnamed_prisoners_is_for_its_own_people():
    text = "أفرجت السلطات الكينية أمس عن عشرات المعتقلين بعد انتهاء التحقيق معهم."
    assert _tuples(text, "RETREAT") == [(["KEN"], ["KEN"])]


def test_state_release_keeps_the_released_nationality():
    text = "أفرجت السلطات الكينية أمس عن ثلاثة صيادين صوماليين بعد انتهاء التحقيق معهم."
    assert _tuples(text, "RETREAT") == [(["KEN"], ["SOM"])]


def test_counted_soldiers_sent():
    text = "أرسلت كندا 150 جنديا للمشاركة في تدريب القوات الأوكرانية."
    assert [a for a, _ in _tuples(text, "MOBILIZE")] == [["CAN"]]


def test_a_photo_of_a_wanted_man_published_is_no_mobilization():
    text = "نشرت الشرطة الكندية أمس صورة عنصر مطلوب في قضية سرقة."
    assert _tuples(text, "MOBILIZE") == []


def test_outlet_let_resume_by_its_own_state():
    text = "أعلنت وكالة الأنباء الرسمية أن السلطات الأردنية سمحت لصحيفة الغد المستقلة واسعة الانتشار بالصدور مجددا."
    assert _tuples(text, "CONCEDE") == [(["JOR"], ["JOR"])]


def test_an_armed_group_release_takes_no_own_country():
    text = "أطلقت حركة الشباب الصومالية أمس سراح عشرات المعتقلين لديها."
    assert _tuples(text, "RETREAT") == [(["SOM"], [])]


def test_forces_sent_are_no_subject_of_their_own():
    text = "وأكد رئيس الوزراء الإيطالي في مؤتمر صحفي أن بلاده لن ترسل قوات برية إلى ليبيا."
    assert [a for a, _ in _tuples(text, "MOBILIZE")] == [["ITA"]]
