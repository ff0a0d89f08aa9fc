"""Recipients of session 24 (sentences written for these tests, not taken from the eval sets).

A count right after an attack or arrest and a partitive من name the party whose men were hit (مقتل 35 من عناصر تنظيم
داعش: the group, not the country the strikes fell in); the merged report of strikes and their casualties keeps that
stateless group as the target; a condemned act's victims after بحق are not the accused, and the doers behind a
partitive after the agent relative (التي ارتكبتها مجموعة من X) are.
"""
import pytest

from hadath import extract
from hadath.events.partitive_parties import names_victim_act


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _texts(parties):
    return " ".join(a.text for a in parties)


@pytest.mark.parametrize("text, group", [
    ("أعلنت قيادة العمليات المشتركة مقتل 35 من عناصر تنظيم داعش في غارات جوية قرب مدينة الفلوجة.", "داعش"),
    ("أفاد مصدر أمني بمقتل ثلاثة من كبار قادة تنظيم القاعدة في غارة جوية بمحافظة شبوة جنوب اليمن.", "القاعدة"),
    ("قالت مصادر محلية إن المواجهات أسفرت عن مقتل العشرات من عناصر تنظيم داعش غرب مدينة الرمادي العراقية.", "داعش"),
])
def test_counted_men_of_a_stateless_group_make_it_the_target(text, group):
    evs = _events(text, "ASSAULT")
    assert evs, "no ASSAULT"
    assert any(group in _texts(e.recipient) and not any(a.country for a in e.recipient) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_counted_members_of_a_party_are_the_ones_arrested():
    evs = _events("اعتقلت الشرطة الكينية أمس 12 من أعضاء حركة الشباب في مدينة مومباسا.", "COERCE")
    assert evs and any("الشباب" in _texts(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_a_count_with_no_named_party_keeps_the_old_reading():
    evs = _events("قتل 20 من المدنيين في قصف على سوق شعبي في مدينة حلب السورية.", "ASSAULT")
    assert evs
    assert not any(e.recipient and all(a.country is None and not (a.ref or "").startswith("term:")
                                       for a in e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("word, victim", [("بمقتل", True), ("وأصيب", True), ("اعتقلت", True), ("اقتحم", False),
                                          ("هاجم", False)])
def test_only_killing_wounding_and_capture_words_count_their_victims(word, victim):
    doc = extract(f"{word} العشرات من عناصر تنظيم داعش.", date="2015-08-01")
    assert names_victim_act(doc, 0, 0) is victim


def test_victims_after_bihaqq_are_not_the_accused_and_partitive_doers_are():
    evs = _events("دانت الحكومة الكويتية الجريمة النكراء التي ارتكبتها مجموعة من المستوطنين الإسرائيليين بحق أسرة "
                  "فلسطينية في الضفة الغربية.", "ACCUSE")
    assert evs and {a.country for a in evs[0].recipient} == {"ISR"}, [(e.actor, e.recipient) for e in evs]
