"""Session 29 (atrig): attacks the coder missed with no ASSAULT in their sentence (sentences written for these tests,
not taken from the eval sets).

- A hazard word after a place noun (في حي الضباب) is the place's name: fighting there is no death in the fog
  (``topic_filters._lead_then_hazard``).
- A number joined by a hyphen to the word before it (مقاتلات إف-16 قصفت) is a model's designation: the verb after it
  is no counted noun (``stage._noun_after_number``).
- قام ب + an attack verbal noun with a long subject between (قامت مجموعة مسلحة تتألف من ... بمهاجمة) is an attack
  (``assault.s29-qaama-bi-far``).
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, types


def test_fighting_in_a_district_named_fog_is_an_attack():
    assert "ASSAULT" in types("قتل 12 مسلحا في معارك عنيفة مع الجيش جرت أمس في حي الضباب غرب المدينة.")


def test_deaths_in_the_fog_are_no_attack():
    assert "ASSAULT" not in types("لقي ثلاثة أشخاص مصرعهم في الضباب الكثيف على الطريق السريع.")


def test_aircraft_designation_is_no_count():
    text = "قال الجيش الأردني في بيان ان مقاتلات أردنية إف-16 قصفت مخازن أسلحة للتنظيم في جنوب سوريا."
    assert ("ASSAULT", ["JOR"], ["SYR"]) in coded(text)


def test_counted_noun_after_a_number_stays():
    assert "REQUEST" not in types("وقال المدير إن المدرسة تضم 2400 طالب من مختلف الأحياء.")


def test_attack_after_qaama_bi_with_a_long_subject():
    text = ("قامت مجموعة مسلحة تتألف من 15 عنصرا يستقلون ثلاث سيارات، بمهاجمة نقطة تفتيش للشرطة في ولاية "
            "كسلا، ما أدى إلى مقتل أربعة من أفرادها.")
    assert "assault.s29-qaama-bi-far" in pattern_ids(text)
    assert "ASSAULT" in types(text)


def test_qaama_bi_far_needs_an_attack_noun():
    text = "قام وزير الخارجية الذي وصل أمس إلى العاصمة في زيارة رسمية تستغرق يومين، بجولة في المدينة القديمة."
    assert "assault.s29-qaama-bi-far" not in pattern_ids(text)
    assert "ASSAULT" not in types(text)
