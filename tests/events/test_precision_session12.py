"""Session 12 news precision: a finite warning whose من names a danger (no party warned) is no threat; a pluperfect
passive attack or arrest (كانت خطفت في ...) describes the person the news is about. Sentences written for these
tests, positives and near misses."""
import pytest

import hadath


def _rule_types(text):
    """Types coded by the rules alone (the sentence filter off), so each rule is tested by itself."""
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    return [e.type for e in code_document(doc, sentence_filter=NoFilter())]


# ---------------------------------------------------------------- a warning of a danger threatens nobody
@pytest.mark.parametrize("text", [
    "حذر وزير الخارجية الفرنسي لوران فابيوس من استمرار تصعيد العنف في ليبيا.",
    "وحذرت الحكومة البريطانية أمس من تزايد الخطر على رعاياها في تونس.",
    "حذرت وزارة الداخلية الأمريكية اليوم من هجمات محتملة على المطارات.",
    "وحذر الرئيس التونسي الباجي قائد السبسي من تفاقم الأزمة الاقتصادية في البلاد.",
    "حذر رئيس الوزراء العراقي من «خطورة» الوضع في الأنبار.",
])
def test_warning_of_a_danger_is_no_threat(text):
    assert "THREATEN" not in _rule_types(text)


@pytest.mark.parametrize("text", [
    "حذر الرئيس الأمريكي باراك أوباما إيران من مغبة دعم الإرهاب.",
    "حذرت روسيا الولايات المتحدة من أنها سترد على أي هجوم.",
    "حذر الرئيس الأمريكي باراك أوباما أمس إيران من استمرار دعم الإرهاب.",
    "حذر وزير الخارجية الفرنسي، الذي يزور القاهرة، الحكومة الليبية، من تفاقم الفوضى.",
])
def test_warning_of_consequences_stays_a_threat(text):
    assert "THREATEN" in _rule_types(text)


# ---------------------------------------------------------------- a pluperfect passive is background
@pytest.mark.parametrize("text", [
    "قالت الخارجية الإيطالية إن مهندسا إيطاليا كان خطف في ليبيا في مايو أطلق سراحه اليوم.",
    "أعلنت الشرطة أن صحفية ألمانية كانت خطفت في سوريا قبل عام عادت إلى برلين.",
    "وسلمت القوات التركية السلطات العراقية امرأة كانت قد اعتقلت بعد عودتها من سوريا.",
])
def test_pluperfect_passive_is_no_new_act(text):
    types = _rule_types(text)
    assert "ASSAULT" not in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "وكانت قد خطفت مجموعة مسلحة ثلاثة مهندسين أتراك في بغداد.",
    "كانت الشرطة اعتقلت 12 شخصا في القاهرة أمس.",
    "اعتقلت الشرطة المصرية 12 شخصا في القاهرة أمس.",
])
def test_pluperfect_with_its_agent_is_still_an_act(text):
    types = _rule_types(text)
    assert "ASSAULT" in types or "COERCE" in types


# ---------------------------------------------------------------- a thing or a figure arriving is no visit
def _arrivals_flagged(text):
    """(matches of "وصل إلى", how many of them thing_arrivals leaves out), on the rule itself: such sentences often
    have no party of their own, so the coded types alone would not show the rule."""
    from hadath.events.mentioned_acts import thing_arrivals
    from hadath.events.triggers import find_triggers

    doc = hadath.extract(text, date="2015-08-01")
    matches = [m for m in find_triggers(doc, None) if m.pattern.id == "consult.waSala-ila"]
    return len(matches), len(thing_arrivals(doc, matches))


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المصري إن الخلافات بين البلدين وصلت إلى مراحل خطيرة.",
    "وأعلنت الحكومة اليمنية أن سفينة وقود كبيرة تصل إلى عدن غدا.",
    "وقالت وزارة الدفاع البريطانية إن هذا التمديد قد يصل إلى ستة أشهر.",
])
def test_thing_arriving_is_no_visit(text):
    assert _arrivals_flagged(text) == (1, 1)


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن كيري وصل إلى القاهرة أمس في زيارة رسمية.",
    "وصل إلى الرياض أمس الرئيس المصري عبد الفتاح السيسي.",
    "وأوضح البيان أن الوزير الروسي عندما وصل إلى القاهرة التقى الرئيس.",
    "وأنهى الوزير جولته ووصل إلى القاهرة مساء أمس.",
])
def test_named_visitor_arriving_is_kept(text):
    assert _arrivals_flagged(text) == (1, 0)


def test_named_visitor_arriving_is_a_visit():
    assert "CONSULT" in _rule_types("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.")


# ---------------------------------------------------------------- a sanctions move named as a prospect
@pytest.mark.parametrize("text", [
    "وقال وزير النفط الإيراني إن الصادرات سترتفع فور رفع العقوبات الأمريكية عن طهران.",
    "وأكد وزير الخارجية الإيراني أن الاتفاق سيضمن رفع العقوبات الأوروبية عن إيران.",
    "وقال السفير الروسي إن بلاده لن تقبل إعادة فرض العقوبات الدولية على إيران.",
])
def test_prospective_sanctions_move_is_no_act(text):
    types = _rule_types(text)
    assert "SANCTION" not in types and "RETREAT" not in types and "CONCEDE" not in types


@pytest.mark.parametrize("text", [
    "فرضت الحكومة الأمريكية أمس عقوبات على ثلاثة من قادة حزب الله.",
    "قرر الاتحاد الأوروبي رفع العقوبات الاقتصادية عن إيران.",
    "وأعلنت وزارة الخزانة الأمريكية رفع العقوبات عن شركة الطيران الإيرانية.",
])
def test_sanctions_move_made_is_kept(text):
    types = _rule_types(text)
    assert "SANCTION" in types or "RETREAT" in types or "CONCEDE" in types
