"""The @HUMAN slot of the trigger lexicon: a verb of seizing (أوقف، ضبط) is an arrest when its object is a person,
whatever the noun: a mention of people the actors layer found, a person's name, a noun of the human class, or a
count before one. Sentences written for these tests, positives and near misses."""
import pytest

from hadath.events.triggers import LexiconError, Slot, _parse_slot, parse_line
from tests.events.helpers_triggers import pattern_ids, rule_types

HUMAN_ROWS = ("coerce.awqafa-human", "coerce.DabaTa-human")


def test_human_slot_parses():
    assert _parse_slot("@HUMAN", "t:1") == Slot("human")
    p = parse_line(["x.human", "COERCE", "arrest", "173", "V:اوقف/يوقف ~6 @HUMAN", "", "0.8"], "t:1")
    assert p.slots[-1].kind == "human" and p.size == 2


def test_human_slot_cannot_open_a_pattern():
    with pytest.raises(LexiconError):
        parse_line(["x.human", "COERCE", "arrest", "173", "@HUMAN ~2 V:اوقف/يوقف", "", "0.8"], "t:1")


# ---------------------------------------------------------------- a seizing verb with a human object is an arrest
@pytest.mark.parametrize("text", [
    "أوقفت الشرطة الفرنسية ثلاثة رجال في مدينة ليون مساء السبت.",
    "وأوقفت قوات الأمن اللبنانية 12 طالبا في منطقة البقاع.",
    "ضبطت الشرطة المصرية امس أربع نساء في محطة القطار.",
    "ضبطت السلطات الأردنية شاحنة بداخلها شابان عراقيان قرب الحدود.",
    "أوقفت السلطات اليونانية مواطنين ألمانيين في مطار أثينا.",
    "ضبطت الأجهزة الأمنية 7 مهاجرين في قارب قرب السواحل الإيطالية.",
    "وأوقفت الشرطة الهولندية عددا من المهاجرين بعد مداهمة منزل في أمستردام.",
])
def test_seizing_a_person_is_an_arrest(text):
    assert set(pattern_ids(text)) & set(HUMAN_ROWS), pattern_ids(text)
    assert "COERCE" in rule_types(text)


def test_arrest_of_named_person():
    text = "أوقفت الشرطة البريطانية المغني الأمريكي جون سميث في مطار هيثرو."
    assert "COERCE" in rule_types(text)


# ---------------------------------------------------------------- the same verbs with an activity or a thing stay what they were
@pytest.mark.parametrize("text", [
    "أوقفت الشركة العمل في المصنع بسبب الأمطار الغزيرة.",
    "قالت الوزارة إن الحكومة تعمل على ضبط الأمن في العاصمة.",
    "ضبطت الجمارك السعودية كمية كبيرة من الأسلحة في ميناء جدة.",
    "أوقفت الخطوط الجوية الكويتية الرحلات إلى بيروت حتى إشعار آخر.",
    "أوقفت الحكومة إطلاق النار على المتظاهرين في الساحة.",
    "أوقفت الوزارة منح التأشيرات للسوريين منذ الأسبوع الماضي.",
    "أشاد الوزير بجهود رجال الأمن في كشف وضبط شحنات من الجماعات المتطرفة.",
    "وتواصلت الغارات دون توقف في المدينة وقتل فيها أحمد.",
])
def test_seizing_verb_without_human_object_is_no_arrest(text):
    assert not set(pattern_ids(text)) & set(HUMAN_ROWS), pattern_ids(text)


def test_seizing_police_force_is_not_its_own_object():
    # the subject (a force of a nationality) is not read as the seized: nothing human follows
    assert not set(pattern_ids("ضبط الأمن التونسي الحدود مع ليبيا.")) & set(HUMAN_ROWS)
