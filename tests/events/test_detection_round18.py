"""Round 18 of event detection (PROTEST / ASSAULT precision): security forces massing, a person's part in a known
protest, acts dated years back, the purpose of a protest not yet held, intended protests. Sentences written for these
tests, positives and near misses."""
import pytest

import hadath


def _rule_types(text):
    """Types coded by the rules alone (the sentence filter off), so each rule is tested by itself."""
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    return [e.type for e in code_document(doc, sentence_filter=NoFilter())]


# ---------------------------------------------------------------- security forces massing are no protest
@pytest.mark.parametrize("text", [
    "وقال المنسق إن أعدادا كبيرة من الشرطة المصرية احتشدت في الميدان منذ الصباح.",
    "احتشدت قوات الأمن أمام مبنى البرلمان تحسبا لأي طارئ.",
    "وأضاف أن عناصر الأمن الخاص احتشدوا حول مقر الحزب.",
    "وتجمعت المدرعات أمام القصر الرئاسي منذ الفجر.",
])
def test_security_forces_massing_is_no_protest(text):
    assert "PROTEST" not in _rule_types(text)


@pytest.mark.parametrize("text", [
    "فرقت الشرطة المتظاهرين الذين احتشدوا أمام مبنى المحافظة.",
    "احتشد آلاف المواطنين أمام مقر الحكومة في العاصمة للمطالبة بالإصلاح.",
    "احتشد أنصار الحزب أمام مقر الأمن العام احتجاجا على اعتقال قادتهم.",
    "تجمع العمال أمام مبنى الوزارة احتجاجا على تأخر رواتبهم.",
])
def test_crowds_of_people_still_protest(text):
    assert "PROTEST" in _rule_types(text)


# ---------------------------------------------------------------- a person's part in a known protest
@pytest.mark.parametrize("text", [
    "قال الناشط الذي يشارك في هذه المظاهرات إن الجيش يتعامل بعنف مع المحتجين.",
    "وذكر أمين سر الجمعية الذي نظم المسيرة أن الشرطة لم تتدخل.",
    "وقالت الناشطة التي تشارك كل أسبوع في الوقفة إن القمع يتزايد.",
    "وأكد الطالب الذي كان قد شارك في الاعتصام أن الإدارة لم تستجب.",
    "ويشارك النائب أسبوعيا في مسيرة ضد الجدار.",
])
def test_part_in_a_known_or_habitual_protest_is_no_report(text):
    assert "PROTEST" not in _rule_types(text)


@pytest.mark.parametrize("text", [
    "نظم الطلاب مظاهرة أمام الجامعة للمطالبة بالإفراج عن زملائهم.",
    "شارك آلاف الأشخاص في المظاهرة التي جابت شوارع المدينة أمس.",
    # a relative clause on an indefinite protest: the protest is told here
    "وقالت النقابة إن العمال الذين شاركوا في إضراب عام أمس طالبوا بزيادة الأجور.",
])
def test_taking_part_in_a_protest_is_reported(text):
    assert "PROTEST" in _rule_types(text)


# ---------------------------------------------------------------- acts dated years back are background
@pytest.mark.parametrize("text, etype", [
    ("طالبت المبعوثة بالتحقيق في مقتل 18 شخصا في مظاهرة في المدينة قبل أربعة أعوام.", "PROTEST"),
    ("وتحدث الكاتب عن تفجير السفارة قبل عشر سنوات في العاصمة.", "ASSAULT"),
    ("وزار الوزير موقع الهجوم الانتحاري قبل عامين على السوق.", "ASSAULT"),
])
def test_act_years_ago_is_no_report(text, etype):
    assert etype not in _rule_types(text)


@pytest.mark.parametrize("text, etype", [
    ("قتل خمسة أشخاص في هجوم على سوق في المدينة قبل يومين.", "ASSAULT"),
    ("خرجت مظاهرة حاشدة في المدينة قبل ساعات للمطالبة برحيل الحكومة.", "PROTEST"),
    ("شنت الطائرات غارة على مواقع المسلحين قبل انتهاء الهدنة بساعة.", "ASSAULT"),
])
def test_act_days_ago_is_reported(text, etype):
    assert etype in _rule_types(text)


# ---------------------------------------------------------------- the purpose of another protest
@pytest.mark.parametrize("text", [
    "دعت النقابة أمس إلى التظاهر يوم الجمعة احتجاجا على القرار.",
    "دعا الاتحاد العمال إلى الاعتصام يوم الأحد المقبل تنديدا بتأخير الرواتب.",
])
def test_purpose_of_a_called_protest_is_no_protest(text):
    events = hadath.extract(text, date="2015-08-01").events
    assert not [e for e in events if e.type == "PROTEST" and e.aux == "asserted"]


def test_purpose_after_a_non_protest_act_is_kept():
    # no other protest trigger before it: the purpose phrase is the only report of the protest
    assert "PROTEST" in _rule_types("امتنع الطلاب الفلسطينيون عن الدراسة أمس احتجاجا على قرار إسرائيل.")


# ---------------------------------------------------------------- an intention named in the frame: not done yet
def _auxes(text, etype):
    return [e.aux for e in hadath.extract(text, date="2015-08-01").events if e.type == etype]


@pytest.mark.parametrize("text", [
    "أعلن الاتحاد عزمه تنظيم اعتصام أمام الوزارة احتجاجا على تأخير الرواتب.",
    "أعلنت النقابة عن نيتها تنفيذ إضراب شامل في المستشفيات.",
    "أعلن المعلمون اعتزامهم الإضراب عن العمل في المدارس الحكومية.",
])
def test_intended_protest_is_future(text):
    auxes = _auxes(text, "PROTEST")
    assert auxes and "asserted" not in auxes


@pytest.mark.parametrize("text", [
    "أعلن العمال الإضراب أمس احتجاجا على تأخير الرواتب.",
    # the government's intention is no intention of the protesters
    "نظم العمال اعتصاما أمام الوزارة رغم نية الحكومة منعه.",
])
def test_protest_without_intention_is_asserted(text):
    assert "asserted" in _auxes(text, "PROTEST")



# ---------------------------------------------------------------- a march for sport, a celebration or a cause
@pytest.mark.parametrize("text", [
    "شارك الأمير في المسيرة الرياضية التي نظمتها الجمعية أمس.",
    "انطلقت مسيرة احتفالية في شوارع المدينة بمناسبة العيد الوطني.",
    "نظمت الجمعية أمس مسيرة توعوية للتعريف بمرض السرطان.",
    "شارك مئات الكشافة في مسيرة كشفية بمناسبة اليوم الوطني.",
])
def test_march_for_sport_or_celebration_is_no_protest(text):
    assert "PROTEST" not in _rule_types(text)


@pytest.mark.parametrize("text", [
    "خرجت مسيرة حاشدة في شوارع المدينة أمس للمطالبة بإسقاط الحكومة.",
    "شارك الآلاف في مسيرة سلمية أمام البرلمان احتجاجا على القانون.",
    "نظم العاطلون عن العمل مسيرة راجلة نحو العاصمة احتجاجا على البطالة.",
])
def test_protest_march_is_still_a_protest(text):
    assert "PROTEST" in _rule_types(text)
