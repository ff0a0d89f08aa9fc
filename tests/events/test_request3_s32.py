"""Session 32 (request3): REQUEST precision and MOBILIZE recall (sentences written for these tests, not taken from
the eval sets). Rows in data/triggers.tsv:

- ``request.Talaba`` takes the role ``topic``: the bare stem طلب after a preposition is the noun "a request"
  (تنظر المحكمة في طلب الإفراج، من بين الأسماء في طلب رفع الحظر), a request told about, not made;
- ``block.s32-request3-Taalaba-biha`` / ``block.s32-request3-da3a-ilayhi``: a demand or call resumed by a pronoun
  right after its preposition (الإجراءات التي يطالب بها الدائنون، المؤتمر الذي دعت إليه فرنسا) is told in a
  relative clause, background.
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, rule_types


# ---- REQUEST: the noun طلب after a preposition

def test_verb_talaba_still_fires():
    text = "طلبت اليونان من الاتحاد الأوروبي مساعدة عاجلة لمواجهة تدفق المهاجرين."
    assert "REQUEST" in rule_types(text)


def test_talaba_verb_with_object_still_fires():
    text = "طلب الرئيس التونسي من الجزائر تسليم المطلوبين."
    assert "request.Talaba" in pattern_ids(text)


def test_noun_talab_after_fi_is_no_request():
    text = "تدرس وزارة العدل الأردنية في طلب تسليم مواطن عراقي محتجز في عمان."
    assert "request.Talaba" not in pattern_ids(text)


def test_noun_talab_after_ala_is_no_request():
    text = "ردت الحكومة المغربية على طلب إسبانيا بعد أسبوعين."
    assert "request.Talaba" not in pattern_ids(text)


# ---- REQUEST: a demand resumed by a pronoun (relative clause)

def test_demand_resumed_by_biha_is_background():
    text = "أقر البرلمان البرتغالي الإصلاحات التي يطالب بها صندوق النقد الدولي."
    assert "request.Taalaba" not in pattern_ids(text)
    assert "REQUEST" not in rule_types(text)


def test_demand_with_bi_and_a_noun_still_fires():
    text = "طالب صندوق النقد الدولي البرتغال بإصلاحات جديدة."
    assert ("REQUEST", ["IGO"], ["PRT"]) in coded(text)


def test_call_resumed_by_ilayha_is_background():
    text = "شارك وزير الخارجية الكويتي في القمة التي دعت إليها فرنسا في باريس."
    assert not any(p.startswith("request.") for p in pattern_ids(text))
    assert "REQUEST" not in rule_types(text)


def test_call_with_ila_and_a_noun_still_fires():
    text = "دعت الحكومة الألمانية تركيا إلى استئناف المفاوضات مع الأكراد."
    assert "REQUEST" in rule_types(text)



def test_call_resumed_by_ilayhi_is_background():
    text = "افتتح الرئيس الفرنسي المؤتمر الذي دعا إليه الاتحاد الأوروبي لبحث أزمة اللاجئين."
    assert not any(p.startswith("request.") for p in pattern_ids(text))
