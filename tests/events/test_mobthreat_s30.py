"""Session 30 (mobthreat): force build-ups and threats the coder missed with no trigger (sentences written for these
tests, not taken from the eval sets). Rows at the end of data/triggers.tsv, header ``session 30 (mobthreat)``:

- a security or military alert as a noun (استنفار أمني، استنفارا عسكريا): MOBILIZE 152
  (``mobilize.s30-mobthreat-istinfar-amni``);
- mustering armies or brigades (حشد ثلاثة جيوش، حشدت ألوية): MOBILIZE 154 (``mobilize.s30-mobthreat-Hashada-juyush``);
- the verbal noun of tightening security measures after إلى or a decision (عمدت إلى تعزيز الإجراءات الأمنية، قررت
  تشديد التدابير الأمنية): MOBILIZE 153 (``mobilize.s30-mobthreat-ta3ziz-tadabir``); a pledge (وعدت بتعزيز) stays
  with nesting.pledged_acts;
- giving a party a deadline (أعطى ... مهلة): an ultimatum, THREATEN 139 (``threaten.s30-mobthreat-a3Ta-muhla``);
- a warning with a future force response (محذرا X بأن ... سترد، حذر X بأن ... ستتصدى): THREATEN 138
  (``threaten.s30-mobthreat-muHadhdhiran-radd``, ``threaten.s30-mobthreat-Hadhdhara-bi-anna-radd``; the verbs are
  the class ``threaten_future_response_verbs`` of data/triggers_words.yaml);
- the hand of justice will reach them (يد العدالة ستطال، ستطالهم يد العدالة): THREATEN 130
  (``threaten.s30-mobthreat-yad-al3adala``, ``threaten.s30-mobthreat-saTaal-yad``).
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, rule_types


# ---- MOBILIZE ----

def test_security_alert_noun():
    text = "أعلنت وزارة الداخلية المصرية استنفارا أمنيا في محيط الكنائس قبل الاحتفالات."
    assert "mobilize.s30-mobthreat-istinfar-amni" in pattern_ids(text)
    assert "MOBILIZE" in rule_types(text)


def test_alert_noun_needs_a_security_adjective():
    text = "أثار القرار استنفار الصحفيين في قاعة المؤتمر."
    assert "mobilize.s30-mobthreat-istinfar-amni" not in pattern_ids(text)


def test_mustering_armies():
    text = "حشدت روسيا ثلاثة جيوش على الحدود مع أوكرانيا خلال أسابيع."
    assert "mobilize.s30-mobthreat-Hashada-juyush" in pattern_ids(text)
    assert "MOBILIZE" in rule_types(text)


def test_mustering_support_is_no_army():
    text = "حشد الرئيس الدعم الدولي لخطته الاقتصادية الجديدة."
    assert "mobilize.s30-mobthreat-Hashada-juyush" not in pattern_ids(text)
    assert "MOBILIZE" not in rule_types(text)


def test_tightening_measures_as_a_verbal_noun():
    text = "عمدت الحكومة الأردنية إلى تعزيز الإجراءات الأمنية على المعابر الحدودية مع سوريا."
    assert "mobilize.s30-mobthreat-ta3ziz-tadabir" in pattern_ids(text)
    assert ("MOBILIZE", ["JOR"], []) in coded(text)


def test_strengthening_trade_is_no_security_measure():
    text = "قرر الوزيران تعزيز التعاون الاقتصادي بين البلدين."
    assert "mobilize.s30-mobthreat-ta3ziz-tadabir" not in pattern_ids(text)
    assert "MOBILIZE" not in rule_types(text)


def test_pledged_measures_are_left_to_the_pledge():
    text = "وعدت الحكومة التونسية بتعزيز الإجراءات الأمنية في الفنادق بعد الهجوم."
    assert "mobilize.s30-mobthreat-ta3ziz-tadabir" not in pattern_ids(text)


# ---- THREATEN ----

def test_giving_a_deadline_is_an_ultimatum():
    text = "أعطى الجيش المصري مهلة يومين للمسلحين الحوثيين لتسليم أسلحتهم."
    assert "threaten.s30-mobthreat-a3Ta-muhla" in pattern_ids(text)
    assert ("THREATEN", ["EGY"], ["YEM"]) in coded(text)


def test_giving_an_interview_is_no_deadline():
    text = "أعطى الوزير مقابلة مطولة لصحيفة محلية تحدث فيها عن الاقتصاد."
    assert "threaten.s30-mobthreat-a3Ta-muhla" not in pattern_ids(text)
    assert "THREATEN" not in rule_types(text)


def test_warning_participle_with_a_force_response():
    text = "أكد وزير الخارجية السعودي أن الهدنة ستبدأ اليوم، محذرا الحوثيين بأن قوات التحالف سترد على أي خرق."
    assert "threaten.s30-mobthreat-muHadhdhiran-radd" in pattern_ids(text)
    assert "THREATEN" in rule_types(text)


def test_warning_verb_with_a_force_response():
    text = "حذرت السعودية الحوثيين بأن قوات التحالف سترد على أي خرق للهدنة."
    assert "threaten.s30-mobthreat-Hadhdhara-bi-anna-radd" in pattern_ids(text)
    assert ("THREATEN", ["SAU"], ["YEM"]) in coded(text)


def test_warning_of_rain_is_no_force_response():
    text = "حذرت الأرصاد المواطنين بأن الأمطار ستستمر حتى نهاية الأسبوع."
    assert "threaten.s30-mobthreat-Hadhdhara-bi-anna-radd" not in pattern_ids(text)
    text = "أعلن الوزير أن الموسم الزراعي سيبدأ قريبا، محذرا المزارعين بأن الأسعار سترتفع."
    assert "threaten.s30-mobthreat-muHadhdhiran-radd" not in pattern_ids(text)


def test_hand_of_justice_will_reach_them():
    text = "قال وزير الداخلية السعودي إن يد العدالة ستطال كل من يقف وراء الهجوم."
    assert "threaten.s30-mobthreat-yad-al3adala" in pattern_ids(text)
    assert "THREATEN" in rule_types(text)
    text = "وأكد المتحدث أن المتورطين ستطالهم يد العدالة قريبا."
    assert "threaten.s30-mobthreat-saTaal-yad" in pattern_ids(text)


def test_justice_served_is_no_threat():
    text = "قالت عائلة الضحية إن العدالة تحققت بعد صدور الحكم."
    assert "threaten.s30-mobthreat-yad-al3adala" not in pattern_ids(text)
    assert "threaten.s30-mobthreat-saTaal-yad" not in pattern_ids(text)
