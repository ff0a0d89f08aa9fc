"""Session 14 trigger rows (hadath/events/data/triggers.tsv): a green light to use a base is military cooperation,
condolences conveyed or offered, surprise or displeasure voiced as criticism, an attack on someone's words, and dual
attack nouns (غارتين، تفجيرين). Sentences written for these tests, positives and near misses."""
import pytest

import hadath
from hadath.events.triggers import find_triggers, load_lexicon


def _pattern_ids(text):
    """Ids of the trigger patterns found in the sentence (before any later filter)."""
    doc = hadath.extract(text, date="2015-08-01")
    return {m.pattern.id for m in find_triggers(doc)}


def _trigger_types(text):
    doc = hadath.extract(text, date="2015-08-01")
    return {m.pattern.type for m in find_triggers(doc)}


def _event_types(text):
    return [e.type for e in hadath.extract(text, date="2015-08-01").events]


def test_lexicon_still_loads():
    ids = {p.id for p in load_lexicon().patterns}
    assert {"cooperate.a3Ta-Daw2-akhdar-istikhdam", "support.naqala-ta3azi", "accuse.haajama-bisabab"} <= ids


# ---------------------------------------------------------------- a green light to use a base or airspace
@pytest.mark.parametrize("text", [
    "أعطت الحكومة الأردنية رسميا الضوء الأخضر للطائرات الفرنسية لاستخدام قاعدة جوية في الشمال.",
    "منحت أنقرة واشنطن الضوء الأخضر لاستخدام أجوائها في الحرب على التنظيم.",
])
def test_green_light_to_use_a_base_is_cooperation(text):
    assert "COOPERATE" in _trigger_types(text)


def test_green_light_to_use_a_base_codes_a_cooperation_event():
    text = "أعطت السلطات الأردنية الضوء الأخضر للفرنسيين لاستخدام قاعدة جوية قرب الحدود."
    assert "COOPERATE" in _event_types(text)


@pytest.mark.parametrize("text", [
    "أعطى البرلمان الضوء الأخضر لمشروع القانون الجديد.",
    "منحت الوزارة الضوء الأخضر للشركات لاستيراد القمح.",
])
def test_green_light_to_anything_else_is_no_cooperation(text):
    ids = _pattern_ids(text)
    assert "cooperate.a3Ta-Daw2-akhdar-istikhdam" not in ids
    assert "cooperate.manaHa-Daw2-akhdar-istikhdam" not in ids


# ---------------------------------------------------------------- condolences conveyed or offered
@pytest.mark.parametrize("text, pattern", [
    ("أعرب وزير الخارجية الكويتي عن عزائه للحكومة المصرية في ضحايا الحادث.", "support.a3raba-ta3azi"),
    ("وتعرب الوزارة عن أحر التعازي لأسر الضحايا.", "support.a3raba-ta3azi"),
    ("ونقلت الوزارة التعازي لحكومة الأردن وشعبها.", "support.naqala-ta3azi"),
    ("وتقدم السفير بأحر تعازيه إلى أسر الضحايا.", "support.taqaddama-ta3azi"),
])
def test_condolence_forms(text, pattern):
    assert pattern in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "نقلت الشاحنات المساعدات إلى المدينة المحاصرة.",
    "تقدم الجيش نحو المدينة من محورين.",
])
def test_moving_or_advancing_is_no_condolence(text):
    assert "SUPPORT" not in _trigger_types(text)


# ---------------------------------------------------------------- surprise or displeasure voiced
@pytest.mark.parametrize("text", [
    "أعرب المتحدث باسم الخارجية عن استغرابه من تصريحات الوزير الإيراني.",
    "عبرت الحكومة عن استيائها من قرار البرلمان الأوروبي.",
])
def test_surprise_or_displeasure_is_criticism(text):
    assert "ACCUSE" in _trigger_types(text)


def test_relief_is_no_criticism():
    assert "ACCUSE" not in _trigger_types("أعرب الوزير عن ارتياحه لنتائج الزيارة.")


# ---------------------------------------------------------------- an attack on someone's words
def test_attack_over_statements_is_verbal():
    text = "هاجم الوزير الصحفي البريطاني بسبب تصريحاته الأخيرة عن المملكة."
    ids = _pattern_ids(text)
    assert "accuse.haajama-bisabab" in ids
    assert "ASSAULT" not in _trigger_types(text)


def test_attack_over_a_dispute_stays_an_assault():
    text = "هاجم مسلحون نقطة تفتيش للجيش بسبب خلافات قبلية."
    assert "accuse.haajama-bisabab" not in _pattern_ids(text)
    assert "ASSAULT" in _trigger_types(text)


# ---------------------------------------------------------------- dual attack nouns
@pytest.mark.parametrize("text", [
    "شنت طائرات حربية غارتين على مواقع المسلحين شمال المدينة.",
    "نفذ التنظيم تفجيرين انتحاريين في ريف المدينة.",
    "وأصيب عشرة من رجال الشرطة في انفجارين قرب مركز المدينة.",
])
def test_dual_attack_nouns(text):
    assert "ASSAULT" in _trigger_types(text)


def test_dual_of_another_noun_is_no_attack():
    assert "ASSAULT" not in _trigger_types("وقعت الدولتان اتفاقيتين للتعاون في مجال الطاقة.")


def test_casualty_frame_keeps_its_singular_nouns():
    """The casualty frame (قتل X في هجوم) takes no dual: the place after قتل stays outside its span, so it can name
    the attack's target (قتل 16 شخصا في نيجيريا في هجومين)."""
    lex = load_lexicon()
    qutila = next(p for p in lex.patterns if p.id == "assault.qutila")
    assert not any("هجومين" in s.forms for s in qutila.slots if s.kind == "word")


# ---------------------------------------------------------------- a release set as a condition
@pytest.mark.parametrize("text", [
    "هدد المسلحون بقتل الرهينة إذا لم تفرج السلطات عن رفاقهم المعتقلين.",
    "وتوعد التنظيم بإعدام الصحفي في حال لم تطلق الحكومة سراح أعضائه.",
])
def test_release_as_the_condition_of_a_threat_is_no_release(text):
    assert "RETREAT" not in _trigger_types(text)


@pytest.mark.parametrize("text", [
    "أفرجت السلطات عن عشرين معتقلا بعد انتهاء التحقيق.",
    "وأطلقت الحكومة سراح الصحفيين الثلاثة أمس.",
])
def test_a_release_still_is_one(text):
    assert "RETREAT" in _trigger_types(text)
