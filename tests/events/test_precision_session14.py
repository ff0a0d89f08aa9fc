"""Event-type precision on news, session 14: acts that are mentioned, conditional, verbal or not political.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- an attack named after a condemnation of its sentence (أدانت المنظمة أمس قصف الميليشيات أحياء سكنية) and the
  outcome verb coordinated to it (وأسفر عن سقوط) are what is condemned; an attack after a clause break (فيما
  قصفت) or before the condemnation stays;
- an act inside a negated condition (إذا لم تفرج، في حال لم، إن لم تلتزم) or named as a possibility (ربما،
  احتمال) has not happened; "أن لا" (that ... not) is no condition, and قد + imperfect stays (aux hypothetical);
- هاجم / شن هجوما with a person as subject and words of speech (تصريحات، أقوال، مؤكدا) is a verbal attack, no
  ASSAULT; armed men attacking, or a sentence naming violence, stay;
- a detention told after a release (أفرجت عن X بعد يومين من احتجازه) is the released person's past state; a
  detention again (لإعادة توقيف) or a coordinated arrest stays;
- a warning whose من opens a clause (حذر من أن ...) is a forecast, not a threat; a warning that the speaker will
  answer (حذر من أنه سيرد) or a warning of a venture (حذره من أي مغامرة) stays;
- "what X calls" (لما تصفه السلطات بأنه، ما يصفها بأنها) is no accusation; وصف X Y بأنه stays;
- a body voting a law, a bill or a listing (وافق المجلس على قانون، على مشروع قانون، على إدراج) with no party of a
  known country acting is no agreement; a plan or an accession approved stays;
- an animal attacking or culled (سمكة قرش، أسماك البيرانا، دجاج) and deaths in a stampede (تدافع) are no attack.
"""
from __future__ import annotations

import pytest

import hadath


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


CONDEMNED_NEGATIVES = [
    "أدانت منظمة العفو الدولية أمس قصف الميليشيات أحياء سكنية في مدينة تعز دون تمييز.",
    "دان مجلس الأمن الدولي في بيان صدر عنه في وقت متأخر من مساء أمس بأشد العبارات الهجوم الإرهابي الذي استهدف "
    "فندقا في العاصمة الصومالية مقديشو، وأسفر عن سقوط عشرات القتلى والجرحى.",
    "نددت وزارة الخارجية الأردنية في بيان بقيام مستوطنين بالاعتداء على مصلين في المسجد الأقصى.",
]
CONDEMNED_POSITIVES = [
    "أدانت الحكومة اليمنية الهجوم، فيما قصفت طائرات التحالف مواقع الحوثيين في صعدة.",
    "قصفت الطائرات الإسرائيلية موقعا في قطاع غزة، وأدانت حركة حماس القصف.",
]


@pytest.mark.parametrize("text", CONDEMNED_NEGATIVES)
def test_condemned_attack_is_no_assault(text):
    types = _types(text)
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", CONDEMNED_POSITIVES)
def test_attack_outside_the_condemnation_stays(text):
    assert "ASSAULT" in _types(text)


UNREAL_NEGATIVES = [
    ("هدد التنظيم بقتل الرهينة النرويجي في غضون يومين إذا لم تفرج الحكومة عن سجناء من أنصاره.", "RETREAT"),
    ("ينص الاتفاق على إعادة فرض العقوبات في حال لم تلتزم طهران ببنوده.", "AGREE"),
    ("قالت الشركة إنها تخشى خللا في أنظمتها ربما يعرضها لهجمات قرصنة.", "ASSAULT"),
    ("تظاهر مئات اللاجئين أمام مقر المنظمة في عمان احتجاجا على احتمال خفض المساعدات الغذائية.", "SANCTION"),
]
UNREAL_POSITIVES = [
    ("أفرجت السلطات الإيرانية عن صحفي أمريكي اليوم الثلاثاء.", "RETREAT"),
    ("منحت ألمانيا أوكرانيا قرضا جديدا بقيمة 500 مليون يورو.", "AID"),
]


@pytest.mark.parametrize("text,typ", UNREAL_NEGATIVES)
def test_condition_or_possibility_is_no_event(text, typ):
    assert typ not in _types(text)


@pytest.mark.parametrize("text,typ", UNREAL_POSITIVES)
def test_done_act_stays(text, typ):
    assert typ in _types(text)


def test_may_with_imperfect_stays_hypothetical():
    evs = [e for e in hadath.extract("قد تفرض اليابان قيودا على صادراتها إلى كوريا.", date="2024-05-01").events]
    assert evs and all(e.aux == "hypothetical" for e in evs)


def test_that_not_is_no_condition():
    # أن لا: "that ... not" (both إن and أن normalize to ان; only the written إن opens a condition)
    assert "CONCEDE" in _types("أكد وزير الدفاع أن لا تراجع عن دعم الحكومة اليمنية الشرعية.")


VERBAL_NEGATIVES = [
    "هاجم الوزير الإسرائيلي جلعاد أردان تصريحات الأمين العام للأمم المتحدة حول الاستيطان.",
    "هاجم النائب الكويتي محمد الدلال الحكومة بسبب تصريحاتها الأخيرة عن الميزانية.",
    "شن الكاتب السعودي عبدالله الناصر هجوما حادا على زعيم حزب الله، واصفا إياه بأنه أداة إيرانية.",
]
VERBAL_POSITIVES = [
    "هاجم مسلحون مجهولون نقطة تفتيش للجيش المصري في شمال سيناء وقتلوا ثلاثة جنود.",
    "هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال فجر اليوم.",
]


@pytest.mark.parametrize("text", VERBAL_NEGATIVES)
def test_verbal_attack_is_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", VERBAL_POSITIVES)
def test_armed_attack_stays(text):
    assert "ASSAULT" in _types(text)


RELEASE_NEGATIVES = [
    "أعلنت السلطات الفرنسية إخلاء سبيل الناشط الجزائري أمس بعد ثلاثة أيام من احتجازه في سجن بباريس.",
    "تم الإفراج عن المواطن الأردني من قبل السلطات السورية بعد سجن دام أربع سنوات.",
]


@pytest.mark.parametrize("text", RELEASE_NEGATIVES)
def test_detention_before_a_release_is_background(text):
    assert "COERCE" not in _types(text)


def test_arrest_without_release_stays():
    assert "COERCE" in _types("اعتقلت الشرطة التركية أمس 20 شخصا يشتبه في انتمائهم لتنظيم داعش في إسطنبول.")


WARNING_NEGATIVES = [
    "حذر رئيس الوزراء الإيطالي من أن استمرار تدفق المهاجرين سيؤدي إلى أزمة في أوروبا.",
    "حذرت منظمة الصحة العالمية الحكومات من أن مليون طفل يعانون سوء التغذية في جنوب السودان.",
]
WARNING_POSITIVES = [
    "حذر وزير الخارجية الإيراني السعودية من أنه سيرد بقوة على أي اعتداء.",
    "حذر الرئيس التركي الحكومة السورية من أي مغامرة عسكرية على الحدود.",
]


@pytest.mark.parametrize("text", WARNING_NEGATIVES)
def test_forecast_warning_is_no_threat(text):
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text", WARNING_POSITIVES)
def test_warning_of_an_answer_stays_a_threat(text):
    assert "THREATEN" in _types(text)


def test_what_someone_calls_is_no_accusation():
    assert "ACCUSE" not in _types("صعد المتمردون هجماتهم بسبب ما يصفونه بأنه انتهاكات من الجيش للهدنة.")


def test_describing_a_party_stays_an_accusation():
    assert "ACCUSE" in _types("وصف وزير الخارجية الإيراني قرار مجلس الأمن بأنه ظالم وغير قانوني.")


APPROVAL_NEGATIVES = [
    "وافق المجلس الدستوري في تونس الخميس على قانون يمنح الأجهزة الأمنية صلاحيات أوسع.",
    "وافقت لجنة المالية بمجلس النواب الأمريكي أمس، بأغلبية ضئيلة على مشروع قانون لخفض الضرائب.",
    "وافقت لجنة التراث العالمي لليونسكو على إدراج مواقع أثرية جديدة على قائمة التراث.",
]
APPROVAL_POSITIVES = [
    "وافقت منظمة التجارة العالمية اليوم رسميا على انضمام أفغانستان إلى المنظمة.",
]


@pytest.mark.parametrize("text", APPROVAL_NEGATIVES)
def test_vote_on_a_law_is_no_agreement(text):
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize("text", APPROVAL_POSITIVES)
def test_approval_of_an_accession_stays(text):
    assert "AGREE" in _types(text)


ANIMAL_NEGATIVES = [
    "لقي سباح حتفه إثر تعرضه لهجوم من سمكة قرش قبالة سواحل مصر الشرقية.",
    "هاجمت مجموعة من الكلاب الضالة أطفالا في إحدى قرى المغرب.",
    "أعدمت السلطات الهولندية نحو عشرين ألف دجاجة بعد اكتشاف إصابات بإنفلونزا الطيور.",
    "قتل 15 شخصا على الأقل في تدافع خلال مهرجان ديني في جنوب الهند.",
]


@pytest.mark.parametrize("text", ANIMAL_NEGATIVES)
def test_animals_and_stampedes_are_no_attack(text):
    assert "ASSAULT" not in _types(text)


def test_attack_near_no_animal_stays():
    assert "ASSAULT" in _types("قتل خمسة جنود أفغان في هجوم شنه مسلحو طالبان على حاجز في ولاية هلمند.")
