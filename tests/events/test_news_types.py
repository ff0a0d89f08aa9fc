"""News types, round 2: trigger rows and filter rules added for real wire phrasings (sentences written here)."""
import pytest

import hadath
from hadath.events.sentence_filter import _explicit_verb_frame


def types(text: str) -> list[str]:
    return [e.type for e in hadath.extract(text, date="2020-05-10").events]


@pytest.mark.parametrize("text", [
    "أجلت المحكمة الجنائية النظر في القضية إلى الشهر المقبل.",
    "وأجلت الحكومة الأردنية الانتخابات البلدية بسبب الوباء.",
])
def test_postponed_is_no_evacuation(text):
    assert "AID" not in types(text)


def test_evacuating_people_is_aid():
    assert "AID" in types("أجلت البحرية الإيطالية الجرحى من ميناء مصراتة إلى مالطا.")


def test_transfer_of_aid_with_long_amount_phrase():
    assert "AID" in types("حولت اليابان مساعدات إضافية بقيمة 30 مليون دولار إلى الأردن.")


@pytest.mark.parametrize("text", [
    "وردت القوات الحكومية بقصف مكثف على مواقع المسلحين في ريف إدلب.",
    "ورد الجيش الإسرائيلي بغارات على مواقع في قطاع غزة.",
])
def test_responding_with_an_attack_is_assault(text):
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize("text", [
    "وارتفع عدد ضحايا الفيضانات في السودان ليصل إلى 40 شخصا.",
    "وقالت الوزارة إن عدد المصابين يصل إلى 300 مصاب.",
    "ووصلت المفاوضات بين الحكومة والنقابات إلى طريق مسدود.",
    "ووصل التوتر بين البلدين إلى مستوى غير مسبوق.",
])
def test_reaching_a_number_or_a_state_is_no_visit(text):
    assert "CONSULT" not in types(text)


def test_arriving_in_a_capital_is_still_a_visit():
    assert "CONSULT" in types("وصل وزير الخارجية المصري سامح شكري إلى عمان في زيارة رسمية.")


def test_explicit_frame_rule_covers_perfect_attack_frames_only():
    doc = hadath.extract("شنت الطائرات الروسية غارات على مدينة إدلب.", date="2020-05-10")
    frames = [e for e in doc.events if e.type == "ASSAULT"]
    assert frames and all(_explicit_verb_frame(e) for e in frames)
    doc = hadath.extract("وتظاهر المئات أمام السفارة الأمريكية في بغداد.", date="2020-05-10")
    assert not any(_explicit_verb_frame(e) for e in doc.events)


@pytest.mark.parametrize("text", [
    "وصف وزير الخارجية الإيراني العقوبات الأمريكية الجديدة على بلاده بالإرهاب الاقتصادي.",
    "ووصف رئيس الوزراء العراقي الهجوم على القاعدة العسكرية في الأنبار بأنه عمل جبان.",
    "ووصفت المعارضة الفنزويلية قرار المحكمة العليا بالانقلاب على الدستور.",
])
def test_describing_as_negative_is_accuse(text):
    assert "ACCUSE" in types(text)


def test_describing_talks_as_positive_is_no_accusation():
    assert "ACCUSE" not in types("ووصف الوزير المحادثات مع نظيره الفرنسي بأنها إيجابية.")


@pytest.mark.parametrize("text", [
    "ووصف رئيس الوزراء الأردني العلاقات مع المغرب بأنها متميزة وراسخة.",
    "وصفت الوزيرة الروابط بين البلدين بأنها وثيقة.",
])
def test_describing_relations_as_good_is_no_accusation(text):
    assert "ACCUSE" not in types(text)


def test_announced_military_response_is_threaten():
    assert "THREATEN" in types("وأكد المتحدث باسم الجيش أنه سيتم الرد بحزم على أي اعتداء يستهدف الحدود.")


def test_answering_questions_is_no_threat():
    assert "THREATEN" not in types("وقالت الشركة إنه سيتم الرد على استفسارات العملاء خلال يومين.")


def test_forced_surrender_is_retreat():
    assert "RETREAT" in types("وحاصر المسلحون المعسكر لأيام مما اضطر عشرات الجنود إلى الاستسلام.")


@pytest.mark.parametrize("text", [
    "وقرر المدعي العام الكيني احتجاز وزير المالية السابق بتهمة الفساد.",
    "وأمر قاض في باكستان باحتجاز الصحفي البريطاني لمدة أسبوع.",
])
def test_ordered_detention_is_coerce(text):
    assert "COERCE" in types(text)


def test_truce_violation_with_long_subject_is_assault():
    assert "ASSAULT" in types("وأفادت مصادر محلية بخرق المسلحين التابعين للجماعة في ريف حماة الهدنة صباح اليوم.")


@pytest.mark.parametrize("text", [
    "وقررت الكويت فتح أجوائها أمام طائرات التحالف.",
    "وفتحت رومانيا قواعدها الجوية للطائرات الأمريكية.",
])
def test_opening_bases_or_airspace_is_cooperate(text):
    assert "COOPERATE" in types(text)


def test_opening_the_way_is_no_cooperation():
    assert "COOPERATE" not in types("وأعلنت الحكومة فتح المجال أمام المستثمرين الأجانب.")


def test_granting_membership_is_support():
    assert "SUPPORT" in types("ومنحت الجامعة العربية فلسطين العضوية الكاملة.")


def test_attack_frame_with_date_phrase_in_the_gap():
    assert "ASSAULT" in types("وشنت القوات الجوية العراقية مساء الأحد سلسلة غارات على مواقع لداعش.")


def test_clitic_alternative_inside_a_word_slot():
    from hadath.events.triggers import _parse_slot
    slot = _parse_slot("هاتفيا|ب*", "test")
    assert slot.kind == "word" and slot.clitics == ("ب",) and "هاتفيا" in slot.forms


@pytest.mark.parametrize("text", [
    "واتصل الرئيس التونسي بنظيره الجزائري لبحث الوضع في ليبيا.",
    "واتصلت المستشارة الألمانية بالرئيس الروسي أمس.",
])
def test_call_with_bi_object_is_consult(text):
    assert "CONSULT" in types(text)


@pytest.mark.parametrize("text", [
    "ونشرت بريطانيا أربع طائرات في قبرص دعما للحملة الجوية.",
    "وأغلق التجار محالهم رفضا لقرار رفع الضرائب.",
])
def test_purpose_masdar_is_no_dual_verb(text):
    from hadath.events.triggers import find_triggers
    doc = hadath.extract(text, date="2020-05-10")
    ids = [m.pattern.id for m in find_triggers(doc)]
    assert "support.da3ama" not in ids and "reject.rafaDa" not in ids


def test_dual_verb_with_object_is_still_a_verb():
    from hadath.events.triggers import find_triggers
    doc = hadath.extract("والوزيران دعما الخطة الأممية.", date="2020-05-10")
    assert "support.da3ama" in [m.pattern.id for m in find_triggers(doc)]


def test_explicit_frame_rule_covers_protest_relative_clauses():
    doc = hadath.extract("وقالت الشرطة إن المظاهرة التي انطلقت من وسط العاصمة انتهت بسلام.", date="2020-05-10")
    from hadath.events.triggers import find_triggers
    from hadath.events.stage import build_event
    protests = [build_event(doc, m) for m in find_triggers(doc) if m.pattern.type == "PROTEST"]
    assert protests and all(_explicit_verb_frame(e) for e in protests)


@pytest.mark.parametrize("text,word", [
    ("وأعادت السلطات الناشط إلى السجن بعد أربعة أيام من إطلاق سراحه.", "سراح"),
    ("وسقطت قذيفتان قرب الحاجز بعد ساعات من الهجوم على الثكنة.", "الهجوم"),
])
def test_act_dated_from_another_is_background(text, word):
    from hadath.events.triggers import find_triggers
    doc = hadath.extract(text, date="2020-05-10")
    assert not any(word in doc.text[m.start:m.end] for m in find_triggers(doc))


def test_act_with_its_own_date_is_still_an_event():
    from hadath.events.triggers import find_triggers
    doc = hadath.extract("وأعلنت الشرطة إطلاق سراح الصحفيين بعد يومين.", date="2020-05-10")
    assert any("سراح" in doc.text[m.start:m.end] for m in find_triggers(doc))


@pytest.mark.parametrize("text", [
    "وأعدم مسلحو التنظيم 12 رهينة في ساحة عامة بمدينة الرقة.",
    "وأعدمت السلطات الإيرانية ثلاثة سجناء سياسيين فجر اليوم.",
])
def test_execution_is_assault_targeted(text):
    evs = [e for e in hadath.extract(text, date="2020-05-10").events if e.type == "ASSAULT"]
    assert evs and evs[0].mode == "targeted"


@pytest.mark.parametrize("text", [
    "ويلتقي المنتخب السعودي مساء الغد مع نظيره الأردني في الدور الثاني.",
    "والتقى الفريق الكويتي منتخب البحرين في المباراة الافتتاحية.",
])
def test_team_fixture_is_no_meeting(text):
    from hadath.events.triggers import find_triggers
    doc = hadath.extract(text, date="2020-05-10")
    assert "consult.iltaqa" not in [m.pattern.id for m in find_triggers(doc)]


def test_ministers_meeting_is_still_a_meeting():
    assert "CONSULT" in types("والتقى وزير الخارجية السعودي نظيره العماني في مسقط.")
