"""Session 31b (meet): the sides of meetings and agreements the argument layer left one-sided or partyless
(sentences written for these tests, not taken from the eval sets). ``meeting_parties._domestic_sides`` /
``_coordinated_camps`` (talks or a deal between one country's own camps: a government and a rebel group, two
parties), ``meeting_objects.genitive_sides`` (اتفاق أنقرة وموسكو) and ``meeting_objects.dual_sides`` (زيارة X إلى Y
واتفاق البلدين).
"""
from __future__ import annotations

from helpers_triggers import coded


def test_talks_between_a_government_and_a_rebel_group():
    text = "انطلقت في جنيف أمس جولة جديدة من المفاوضات بين جماعة الحوثي والحكومة اليمنية."
    assert ("CONSULT", ["YEM"], ["YEM"]) in coded(text)


def test_planned_talks_between_government_and_taliban():
    text = "قال دبلوماسيون إن المحادثات بين الحكومة الأفغانية وحركة طالبان ستستأنف الشهر المقبل."
    assert ("CONSULT", ["AFG"], ["AFG"]) in coded(text)


def test_two_offices_of_one_state_are_no_camps():
    text = "عقد اجتماع بين وزير الداخلية الأردني ووزير الدفاع الأردني لبحث أمن الحدود."
    assert ("CONSULT", ["JOR"], ["JOR"]) not in coded(text)


def test_a_party_in_a_relative_clause_is_no_second_side():
    text = "تعثرت المحادثات بين رئيس الوزراء التركي الذي يقود حزب العدالة والتنمية وزعماء المعارضة."
    assert ("CONSULT", ["TUR"], ["TUR"]) not in coded(text)


def test_two_coordinated_movements_agree():
    text = "اتفقت حركة فتح وحركة حماس على تشكيل حكومة وحدة وطنية."
    assert ("AGREE", ["PSE"], ["PSE"]) in coded(text)


def test_agreement_of_two_capitals_in_genitive():
    text = "ذكرت الوكالة أن اتفاق أنقرة وموسكو على مد خط الغاز جاء بعد مفاوضات طويلة."
    assert ("AGREE", ["TUR"], ["RUS"]) in coded(text)


def test_venues_in_genitive_are_no_sides():
    text = "تناولت محادثات جنيف وفيينا الملف النووي الإيراني."
    assert not any(t == "CONSULT" and a and r for t, a, r in coded(text))


def test_held_in_a_capital_is_no_genitive_side():
    text = "ذكرت الوكالة أن اتفاقا بأنقرة وموسكو ما زال قيد البحث."
    assert ("AGREE", ["TUR"], ["RUS"]) not in coded(text)


def test_the_two_countries_of_the_reported_visit_agree():
    text = "تناولت الصحف المصرية زيارة الرئيس المصري إلى روسيا واتفاق البلدين على توسيع التبادل التجاري."
    assert ("AGREE", ["EGY"], ["RUS"]) in coded(text)


def test_the_two_countries_with_no_reported_meeting():
    text = "أشار التقرير إلى اتفاق البلدين على تعزيز التعاون في مجال الطاقة."
    assert not any(t == "AGREE" and a and r for t, a, r in coded(text))
