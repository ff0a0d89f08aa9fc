"""Session 31 (force): threats and coercion the coder missed with no trigger (sentences written for these tests, not
taken from the eval sets). Rows at the end of data/triggers.tsv, header ``session 31 (force)``:

- a threat of harm whose verbal noun (ب + noun, no article) is far from هدد: THREATEN 138
  (``threaten.s31-force-haddada-far-bi``; the nouns are the class ``threaten_far_harm_nouns`` of
  data/triggers_words.yaml);
- a curfew by the finite verb (يحظر التجول، حظرت التجوال): COERCE 1723 (``coerce.s31-force-Hazara-tajawwul``);
- dispersing a crowd, the verbal noun (تفريق المتظاهرين، لتفريق المعتصمين): COERCE 175
  (``coerce.s31-force-tafriq-mutazahirin``);
- managing to arrest (تمكن من القبض على، تمكنت من ضبط 12 مطلوبا): COERCE 173
  (``coerce.s31-force-tamakkana-min-qabD``), blocked for keeping order (ضبط الأوضاع، ضبط النفس) by
  ``block.s31-force-tamakkana-min-DabT-awDa3``;
- catching a cell (أوقع الأمن بخلية): COERCE 173 (``coerce.s31-force-awqa3a-bi-khaliyya``).
"""
from __future__ import annotations

from helpers_triggers import coded, pattern_ids, rule_types


# ---- THREATEN ----

def test_threat_with_far_harm_noun():
    text = "هددت جماعة مسلحة في تسجيل صوتي نشر على مواقع التواصل مساء الخميس بذبح صحفي ياباني محتجز لديها."
    assert "threaten.s31-force-haddada-far-bi" in pattern_ids(text)
    assert "THREATEN" in rule_types(text)


def test_threat_to_a_truce_is_no_party_threat():
    text = "يهدد استمرار القصف على الأحياء الشمالية للمدينة منذ أيام بانهيار الهدنة الهشة."
    assert "threaten.s31-force-haddada-far-bi" not in pattern_ids(text)


def test_far_harm_needs_the_threat_verb():
    text = "طالب المحتجون في بيان وزعوه على الصحفيين أمام مبنى البرلمان بمحاسبة الوزير."
    assert "threaten.s31-force-haddada-far-bi" not in pattern_ids(text)
    assert "THREATEN" not in rule_types(text)


# ---- COERCE ----

def test_curfew_by_finite_verb():
    text = "أعلن محافظ المنطقة أن السلطات الباكستانية تحظر التجوال في البلدة حتى إشعار آخر."
    assert "coerce.s31-force-Hazara-tajawwul" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_banning_a_product_is_no_curfew():
    text = "تحظر الحكومة الهندية تصدير البصل حتى نهاية العام."
    assert "coerce.s31-force-Hazara-tajawwul" not in pattern_ids(text)


def test_dispersing_protesters_noun():
    text = "استخدمت قوات الأمن الكينية الغاز المسيل للدموع لتفريق المعتصمين أمام مقر البرلمان."
    assert "coerce.s31-force-tafriq-mutazahirin" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_distinguishing_is_no_dispersal():
    text = "دعا الخبير إلى التفريق بين المعارضة السلمية والجماعات المسلحة."
    assert "coerce.s31-force-tafriq-mutazahirin" not in pattern_ids(text)
    assert "COERCE" not in rule_types(text)


def test_managing_to_arrest():
    text = "تمكنت الشرطة المغربية من القبض على ثلاثة مشتبه بهم في مدينة طنجة."
    assert "coerce.s31-force-tamakkana-min-qabD" in pattern_ids(text)
    assert ("COERCE", ["MAR"], []) in coded(text) or "COERCE" in rule_types(text)


def test_managing_to_restore_order_is_no_arrest():
    text = "تمكن الجيش الأردني من ضبط الأوضاع في البلدة بعد ساعات من التوتر."
    assert "coerce.s31-force-tamakkana-min-qabD" not in pattern_ids(text)
    assert "COERCE" not in rule_types(text)


def test_managing_to_reach_is_no_arrest():
    text = "تمكن فريق الإنقاذ من الوصول إلى القرية المنكوبة."
    assert "coerce.s31-force-tamakkana-min-qabD" not in pattern_ids(text)
    assert "COERCE" not in rule_types(text)


def test_catching_a_cell():
    text = "أوقعت الشرطة الجزائرية بخلية تضم خمسة عناصر في ولاية بومرداس."
    assert "coerce.s31-force-awqa3a-bi-khaliyya" in pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_causing_casualties_is_no_catch():
    text = "أوقع الانفجار عشرات الجرحى في السوق الشعبية."
    assert "coerce.s31-force-awqa3a-bi-khaliyya" not in pattern_ids(text)
    assert "COERCE" not in rule_types(text)
