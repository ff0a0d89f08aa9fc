"""Session 30 (accuse): accusations the coder missed because no trigger fired (sentences written for these tests,
not taken from the eval sets). New rows of ``triggers.tsv`` (ids ``accuse.s30-*``) and word lists of
``triggers_words.yaml`` (``accuse_voicing_verbs``, ``accuse_displeasure_nouns``, ``accuse_attack_nouns``,
``accuse_pointing_verbs``):

- criticism as a circumstantial participle (منتقدا خطاب ...);
- concern, surprise or displeasure voiced after a long subject (أعرب الأمين العام لمجلس ... عن استغرابه من) or felt
  (تشعر بقلق عميق إزاء);
- blame: attributing an attack in a main clause (نسبت هيئة الأركان الهجوم إلى) and pointing to a party's involvement
  (لمحت السلطات إلى تورط إيران);
- damning names: a declaration of war (بمنزلة إعلان حرب، ... إعلان حرب على الفلسطينيين), a breach of the constitution
  (عدها مخالفة للدستور);
- escalating rhetoric (صعد من خطابه ضد).
"""
from __future__ import annotations

from helpers_triggers import coded, fires, types


def test_muntaqidan_after_a_statement():
    text = "قال وزير الخارجية البحريني إن بلاده لن تقبل أي تدخل في شؤونها، منتقدا تصريحات المسؤولين الإيرانيين."
    assert fires("accuse.s30-muntaqidan", text)
    assert "ACCUSE" in types(text)


def test_plural_critics_is_no_participle():
    assert not fires("accuse.s30-muntaqidan", "رد الرئيس على منتقدين يقولون إن الخطة ستفشل في تحقيق أهدافها.")


def test_surprise_voiced_after_a_long_subject():
    text = ("أعرب الدكتور نايف بن فلاح الحجرف الأمين العام لمجلس التعاون لدول الخليج العربية عن استغرابه من "
            "تصريحات المسؤولين الإيرانيين الأخيرة.")
    assert fires("accuse.s30-a3raba-far", text)
    assert ("ACCUSE", ["IGO"], ["IRN"]) in coded(text)


def test_thanks_voiced_after_a_long_subject_is_no_displeasure():
    text = "أعرب الدكتور نايف بن فلاح الحجرف الأمين العام لمجلس التعاون لدول الخليج العربية عن شكره للحكومة المصرية."
    assert not fires("accuse.s30-a3raba-far", text)


def test_feeling_deep_concern():
    text = "قالت وزارة الخارجية الفرنسية إنها تشعر بقلق عميق إزاء قرار الحكومة الإسرائيلية هدم منازل الفلسطينيين."
    assert fires("accuse.s30-sha3ara-qalaq", text)
    assert ("ACCUSE", ["FRA"], ["ISR"]) in coded(text)


def test_feeling_pride_is_no_concern():
    assert not fires("accuse.s30-sha3ara-qalaq", "قال الوزير إنه يشعر بالفخر لما حققه المنتخب الوطني.")


def test_attributing_an_attack():
    text = "نسبت الحكومة الباكستانية الهجوم الذي استهدف مدرسة عسكرية في بيشاور إلى حركة طالبان باكستان."
    assert fires("accuse.s30-nasaba-ila", text)
    assert "ACCUSE" in types(text)


def test_attack_attributed_in_a_relative_clause_is_background():
    text = "قتل خمسة جنود في هجوم نسبته السلطات إلى المتمردين في شمال البلاد."
    assert not fires("accuse.s30-nasaba-ila", text)


def test_hinting_at_involvement():
    text = "ألمحت الحكومة اليمنية أمس إلى تورط إيران في تهريب الأسلحة إلى المتمردين الحوثيين."
    assert fires("accuse.s30-ila-tawarruT", text)
    assert ("ACCUSE", ["YEM"], ["IRN"]) in coded(text)


def test_pointing_to_a_place_is_no_involvement():
    assert not fires("accuse.s30-ila-tawarruT", "أشار التقرير إلى تراجع أسعار النفط خلال الربع الثاني من العام.")


def test_declaration_of_war_on_a_party():
    text = "اعتبرت الحكومة الفلسطينية قرار بناء المستوطنات الجديدة بمثابة إعلان حرب على الشعب الفلسطيني."
    assert fires("accuse.s30-i3lan-harb-ala", text)
    assert "ACCUSE" in types(text)


def test_war_on_terror_stays_background():
    text = "وقال الوزير إن التحالف الدولي يواصل الحرب على الإرهاب في المنطقة."
    assert not fires("accuse.s30-i3lan-harb-ala", text)
    assert not fires("accuse.s30-i3lan-harb", text)


def test_declaration_of_war_without_a_target():
    text = "وصف رئيس الوزراء العراقي التفجير بأنه بمثابة إعلان حرب."
    assert fires("accuse.s30-i3lan-harb", text)


def test_breach_of_the_constitution():
    text = "اعتبر زعيم المعارضة العراقية قرارات رئيس الحكومة مخالفة للدستور."
    assert fires("accuse.s30-mukhalafa", text)


def test_mukhalafa_of_traffic_rules_needs_a_judging_verb():
    assert not fires("accuse.s30-mukhalafa", "سجلت إدارة المرور 500 مخالفة للقانون خلال الأسبوع الماضي.")


def test_escalating_rhetoric_against_a_party():
    text = "صعد الرئيس الفنزويلي من خطابه ضد الولايات المتحدة خلال كلمة ألقاها أمس."
    assert fires("accuse.s30-Sa33ada-khiTab", text)
    assert ("ACCUSE", ["VEN"], ["USA"]) in coded(text)


def test_escalating_attacks_is_no_rhetoric():
    assert not fires("accuse.s30-Sa33ada-khiTab", "صعد المتمردون من هجماتهم ضد القوات الحكومية في الشمال.")

def test_declaring_war_on_terrorism_accuses_no_one():
    # the frame with على + ال* would match; block.irhab keeps "الحرب على الإرهاب" background
    text = "اعتبر الوزير القرار بمثابة إعلان حرب على الإرهاب والتطرف."
    assert not fires("accuse.s30-i3lan-harb-ala", text)
    assert "ACCUSE" not in types(text)


def test_involvement_of_unnamed_staff_is_no_accusation_of_a_party():
    # the row fires, but no party of a known country is accused: nothing is coded
    text = "أشار التقرير إلى تورط عدد من الموظفين في قضايا فساد مالي."
    assert fires("accuse.s30-ila-tawarruT", text)
    assert "ACCUSE" not in types(text)
