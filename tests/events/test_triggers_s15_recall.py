"""Trigger lexicon, session 15: military acts told as what a force managed to do (تمكنت القوات من السيطرة على، نجحت
في تدمير), endorsing an agreement by adopting or voting for it (تبنى / أقر / صوت على الاتفاق), and a place that saw a
large protest (شهدت المدينة تظاهرة حاشدة) outranking the bare noun phrase. Sentences written for these tests,
positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_events as _events


# ---------------------------------------------------------------- تمكن / نجح / استطاع + military verbal noun
@pytest.mark.parametrize("text, pattern", [
    ("أعلن الجيش العراقي أن قواته تمكنت من السيطرة على بلدة الكرمة بعد معارك مع المسلحين.",
     "assault.tamakkana-sayTara"),
    ("تمكنت القوات الصومالية بدعم من قوات الاتحاد الإفريقي من السيطرة على معقل لحركة الشباب.",
     "assault.tamakkana-sayTara"),
    ("وتمكن مقاتلو المقاومة من استعادة مديرية دار سعد شمال عدن.", "assault.tamakkana-sayTara"),
    ("نجحت القوات السعودية في تدمير منصات صواريخ تابعة للحوثيين قرب الحدود.", "assault.najaHa-tadmir"),
    ("استطاع الجيش المصري القضاء على خلية مسلحة في شمال سيناء.", "assault.istaTa3a-tadmir"),
])
def test_managed_to_seize_or_destroy_is_an_assault(text, pattern):
    assert pattern in _pattern_ids(text)


def test_managed_to_seize_codes_the_force_as_attacker():
    got = _events("أعلن الجيش العراقي أن قواته تمكنت من السيطرة على بلدة الكرمة.")
    assert any(t == "ASSAULT" and a == ["IRQ"] for t, a, _ in got)


@pytest.mark.parametrize("text", [
    "تمكن المنتخب السعودي من الفوز على نظيره الإماراتي في المباراة النهائية.",
    "نجحت الحكومة في خفض معدلات البطالة خلال العام الماضي.",
    "استطاعت الشركة الاستحواذ على حصة كبيرة من السوق المحلية.",
])
def test_managed_to_without_a_military_noun_is_no_assault(text):
    assert not any(p.startswith("assault.") for p in _pattern_ids(text))


# ---------------------------------------------------------------- تبنى / أقر / صوت على + الاتفاق
@pytest.mark.parametrize("text, pattern", [
    ("تبنى مجلس الأمن الدولي أمس بالإجماع الاتفاق الذي توصلت إليه كولومبيا مع المتمردين.", "support.tabanna-ittifaq"),
    ("أقرت الحكومة الأردنية اتفاقية التعاون الجمركي مع مصر.", "support.aqarra-ittifaq"),
    ("صوت البرلمان الأوروبي بالأغلبية على الاتفاق التجاري مع اليابان.", "support.Sawwata-3ala-ittifaq"),
])
def test_adopting_or_voting_for_an_agreement_is_support(text, pattern):
    assert pattern in _pattern_ids(text)


def test_adopted_agreement_codes_support():
    got = _events("أقرت الحكومة الأردنية اتفاقية التعاون الجمركي مع مصر.")
    assert ("SUPPORT", ["JOR"], ["EGY"]) in got


@pytest.mark.parametrize("text", [
    "صوت البرلمان ضد الاتفاق مع صندوق النقد الدولي.",
    "أقر الوزير بصعوبة الاتفاق على موعد جديد للانتخابات.",
    "أقر وزير الخارجية المصري بأن الاتفاق مع إثيوبيا لم يحقق أهدافه.",
    "تبنى تنظيم داعش الهجوم على مسجد في الكويت.",
])
def test_voting_against_or_admitting_is_no_endorsement(text):
    ids = _pattern_ids(text)
    assert not {"support.tabanna-ittifaq", "support.aqarra-ittifaq", "support.Sawwata-3ala-ittifaq"} & set(ids)


# ---------------------------------------------------------------- شهد المكان تظاهرة حاشدة
@pytest.mark.parametrize("text", [
    "شهدت العاصمة الأردنية عمان أمس مظاهرة حاشدة أمام مقر الحكومة.",
    "تشهد مدينة البصرة مساء اليوم تظاهرات غاضبة ضد انقطاع الكهرباء.",
    "وشهدت المدينة خروج تظاهرة حاشدة تنديدا بمقتل الشاب.",
])
def test_place_saw_a_large_protest_is_the_frame(text):
    assert "protest.shahida-muzahara-Hashida" in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "شهد الملك حفل تخريج دفعة جديدة من طلاب الكلية الحربية.",
    "شهدت العلاقات بين البلدين تطورا كبيرا خلال المسيرة الحافلة بالإنجازات.",
])
def test_saw_without_a_protest_noun_is_no_protest(text):
    assert not any(p.startswith("protest.") for p in _pattern_ids(text))


def test_managed_to_repel_with_no_party_is_no_event():
    """The frame's prior keeps a report naming no party under the floor (an animal fought off at home)."""
    text = "نجحت امرأة شابة في دحر ذئب قرب القرية."
    assert "assault.najaHa-tadmir" in _pattern_ids(text)
    assert not any(t == "ASSAULT" for t, _, _ in _events(text))


# ---------------------------------------------------------------- واصل + attack noun
@pytest.mark.parametrize("text, pattern", [
    ("واصلت الطائرات الحربية الروسية قصف مواقع المعارضة في ريف إدلب.", "assault.waaSala-hujum"),
    ("تواصل القوات العراقية استهداف مسلحي التنظيم غرب الرمادي.", "assault.waaSala-hujum"),
    ("واصلت المقاتلات هجومها على مواقع المتمردين شمال البلاد.", "assault.waaSala-hujum"),
    ("واصلت القوات الفرنسية حملتها العسكرية على المسلحين في شمال مالي.", "assault.waaSala-Hamla"),
])
def test_continuing_an_attack_is_an_assault(text, pattern):
    assert pattern in _pattern_ids(text)


def test_continued_bombing_codes_the_bomber():
    got = _events("واصلت الطائرات الحربية الروسية قصف مواقع المعارضة في ريف إدلب.")
    assert any(t == "ASSAULT" and a == ["RUS"] for t, a, _ in got)


@pytest.mark.parametrize("text", [
    "واصلت الشرطة الألمانية حملتها الأمنية على شبكات التهريب.",
    "يواصل الوفد الأردني مباحثاته مع المسؤولين المصريين.",
    "واصلت الحكومة حملتها الإعلامية لتشجيع السياحة الداخلية.",
    "تواصل الشرطة البلجيكية ملاحقة منفذي الهجوم على المطار.",
])
def test_continuing_without_an_attack_noun_is_no_assault(text):
    assert not any(p.startswith("assault.waaSala") for p in _pattern_ids(text))
