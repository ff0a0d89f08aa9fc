"""Event parties, session 22 (helper actor2), through the whole pipeline (sentences written for these tests, not
taken from any corpus or gold set).

- A sanction, coercion or threat whose object phrase sends it to a country after إلى (علقت مساعداتها العسكرية إلى
  مصر، طردت إلى بنغلادش، رسالة تهديد إلى أميركا) is against that country (implied_parties.object_destination); not
  when "from" cuts the phrase (منع الموظفين من السفر إلى ليبيا: where they may not go).
- A place that "witnessed" an attack (شهدت تركيا هجوما) is the side hit, not the attacker
  (attack_parties.witnessed_attack).
"""
from __future__ import annotations

import pytest

from tests.events.fixtures_events import pipeline_tuples

PARTIES = [
    ("علقت الولايات المتحدة مساعداتها العسكرية إلى مصر بعد الانقلاب.", "SANCTION", {"USA"}, {"EGY"}),
    ("أوقفت الحكومة الكندية صادرات السلاح إلى السعودية.", "SANCTION", {"CAN"}, {"SAU"}),
    ("قالت مصادر إن تايلاند طردت الى ماليزيا الاثنين حوالى 150 مهاجرا.", "COERCE", {"THA"}, {"MYS"}),
    ("وجه تنظيم القاعدة رسالتي تهديد إلى بريطانيا وألمانيا.", "THREATEN", {None}, {"GBR", "DEU"}),
    ("شهدت تركيا أمس هجوما انتحاريا داميا أوقع 30 قتيلا في مدينة سوروتش، نسبته الحكومة التركية إلى داعش.",
     "ASSAULT", set(), {"TUR"}),
]


@pytest.mark.parametrize("sentence,etype,actor,recipient", PARTIES)
def test_parties(sentence, etype, actor, recipient):
    found = pipeline_tuples(sentence, date="2015-07-21")
    assert (etype, actor, recipient) in found, found


def test_a_country_the_object_may_not_go_to_is_no_recipient():
    found = pipeline_tuples("قررت الحكومة المغربية منع الموظفين من السفر إلى ليبيا خلال الصيف.")
    assert any(t == "COERCE" for t, _, _ in found), found
    assert all("LBY" not in r for t, _, r in found if t == "COERCE"), found


def test_a_country_beyond_the_object_phrase_is_no_recipient():
    """Syria after إلى closes a relative clause far after the sanction's object: the sanctioned are the Russian
    firms, never Syria."""
    found = pipeline_tuples("فرضت الولايات المتحدة عقوبات على شركات روسية تبيع أسلحة متطورة إلى سوريا.")
    assert any(t == "SANCTION" for t, _, _ in found), found
    assert all("SYR" not in r for t, _, r in found if t == "SANCTION"), found


def test_a_place_witnessing_is_not_the_attacker():
    found = pipeline_tuples("شهدت باكستان أمس هجوما انتحاريا استهدف مركزا للشرطة في مدينة كويتا.", date="2015-07-21")
    assert any(t == "ASSAULT" for t, _, _ in found), found
    assert all("PAK" not in a for t, a, _ in found if t == "ASSAULT"), found


def test_forces_in_the_subject_keep_the_attack():
    """Forces that "witnessed" fighting are no place: they keep the attack they wage."""
    found = pipeline_tuples("خاضت القوات العراقية أمس اشتباكات عنيفة مع مسلحي داعش، وشهدت القوات العراقية هجوما "
                            "على مواقع التنظيم في الرمادي.", date="2015-07-21")
    assert any(t == "ASSAULT" and "IRQ" in a for t, a, _ in found), found
