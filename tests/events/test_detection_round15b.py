"""Round 15b of event detection (precision): denials whose object stands far from the verb, carriers arriving,
deals between domestic institutions. Sentences written for these tests, positives and near misses."""
import pytest

import hadath


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


def _types(text):
    return [e.type for e in _events(text)]


# ---------------------------------------------------------------- denials: what is denied is no event
@pytest.mark.parametrize("text", [
    "نفت الحكومة الأردنية، بما في ذلك رئيس الوزراء الأردني، وجود أي اتفاق مع إسرائيل على تقاسم المياه.",
    "نفت وزارة الخارجية القطرية، ماتردد عن استدعاء السفير الإماراتي في الدوحة.",
    "نفى مصدر مسؤول في وزارة الدفاع العراقية في تصريح خاص لوكالة الأنباء العراقية صحة تسريبات عن اتفاق مع تركيا.",
    "نفت مصادر في الحكومة المصرية والبرلمان المصري، في تصريحات صحفية أمس، التقارير عن لقاء مع وفد إسرائيلي.",
])
def test_denied_contents_far_from_the_verb(text):
    assert _types(text) == []


@pytest.mark.parametrize("text, etype", [
    # the speaker denies doing something: a negated act, kept
    ("نفى الجيش التركي أن يكون قد قصف مواقع للجيش العراقي.", "ASSAULT"),
    # a report after a second statement verb is not the denial's object
    ("نفت وزارة الداخلية التونسية مسؤولية أجهزتها عن الحادث في مدينة سوسة الساحلية أمس وأعلنت اعتقال عشرة "
     "مسلحين بعد التأكد من وجود خلية نائمة.", "COERCE"),
])
def test_denial_does_not_swallow_other_statements(text, etype):
    assert etype in _types(text)


# ---------------------------------------------------------------- carriers arriving make no visit
@pytest.mark.parametrize("text", [
    "وصلت صباح اليوم إلى ميناء الحديدة سفينة تابعة لمنظمة الصحة العالمية تحمل أدوية.",
    "وصلت إلى مطار صنعاء الدولي الطائرة الكويتية الثانية المحملة بالمواد الطبية.",
    "ستصل قوة إماراتية جديدة إلى مدينة المكلا خلال الأيام المقبلة.",
    "ووصلت أمس قافلة إغاثية إلى مدينة تعز المحاصرة.",
    "أفادت مصادر عسكرية أن قوات مصرية إضافية مزودة بمدرعات، وصلت إلى ميناء عدن أمس.",
    "شحنة أدوية كويتية تصل إلى مطار صنعاء.",
])
def test_carrier_arrival_is_no_consult(text):
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "وصل الرئيس السوداني عمر البشير إلى القاهرة على متن طائرة خاصة في زيارة رسمية.",
    "وصل وزير الخارجية الفرنسي بطائرة عسكرية إلى بغداد أمس.",
    "وصل ولي العهد السعودي إلى باريس قادما من مدريد.",
    # a plane carrying a visitor brings the visit
    "وصلت إلى مطار القاهرة طائرة تقل رئيس وزراء اليونان.",
    "أعلنت الرئاسة المصرية أن الرئيس الفرنسي سيصل إلى القاهرة غدا.",
])
def test_visitor_arrival_is_consult(text):
    assert "CONSULT" in _types(text)


# ---------------------------------------------------------------- deals between domestic institutions
@pytest.mark.parametrize("text", [
    "وقعت غرفة جدة اتفاقية تعاون مع جامعة الملك عبدالعزيز لتدريب الطلاب.",
    "وقعت الهيئة العامة للسياحة مذكرة تفاهم مع جمعية الثقافة والفنون.",
    "وقع صندوق تنمية الموارد البشرية اتفاقية مع البنك الأهلي التجاري لدعم المشاريع الصغيرة.",
])
def test_institutional_deal_is_no_event(text):
    assert not {"SUPPORT", "AGREE", "COOPERATE"} & set(_types(text))


@pytest.mark.parametrize("text", [
    "وقعت مصر اتفاقية قرض مع البنك الدولي بقيمة مليار دولار.",
    "وقعت السعودية وفرنسا اتفاقية تعاون في مجال الطاقة النووية.",
    "وقع الأردن اتفاقية تعاون مع تركيا في مجال التعليم.",
])
def test_deal_between_states_is_kept(text):
    assert {"SUPPORT", "AGREE", "COOPERATE"} & set(_types(text))


# ---------------------------------------------------------------- the definite attack a condemnation is about
@pytest.mark.parametrize("text", [
    "أدانت الأمانة العامة لجامعة الدول العربية، أمس (الأحد)، التفجير الإرهابي الذي وقع في مدينة القطيف.",
    "استنكرت وزارة الخارجية الأردنية الهجوم الذي وقع في مدينة العريش المصرية.",
    "أدان الاتحاد الأوروبي، اليوم الثلاثاء، الاعتداء الذي وقع على مسجد في الكويت.",
])
def test_condemned_definite_attack_is_no_assault(text):
    types = _types(text)
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    # a second clause reports an attack of its own
    "أدانت الحكومة العراقية، أمس، الاعتقالات، وشنت طائراتها غارات على مواقع تنظيم داعش في الأنبار.",
    # an indefinite attack after a condemnation in another clause
    "أدان الوزير التصريحات، وقال إن هجوما استهدف دورية للجيش في سيناء أمس.",
])
def test_attack_reported_beside_a_condemnation_is_kept(text):
    assert "ASSAULT" in _types(text)


# ---------------------------------------------------------------- what a protest expresses is its purpose
@pytest.mark.parametrize("text", [
    "تجمع مئات المتظاهرين أمام البرلمان في بيروت للتعبير عن رفضهم لقانون الانتخابات الجديد.",
    "خرج آلاف المحتجين في عمان تعبيرا عن غضبهم ورفضهم لاقتحام المسجد الأقصى.",
])
def test_protest_purpose_is_no_reject(text):
    types = _types(text)
    assert "PROTEST" in types and "REJECT" not in types


@pytest.mark.parametrize("text", [
    "تظاهر مئات الطلاب أمام السفارة، ورفضت الحكومة التعليق على مطالبهم.",
    "أعلنت الحكومة المصرية رفضها للقرار الأمريكي.",
])
def test_rejection_beside_or_without_protest_is_kept(text):
    assert "REJECT" in _types(text)


# ---------------------------------------------------------------- the sentence filter keeps occurrence frames
def _kept_with_score(text, etype, p):
    """The types coded when the sentence filter scores every ``etype`` event ``p`` (threshold 0.30)."""
    import math

    from hadath.events.sentence_filter import LinearFilter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    flt = LinearFilter({etype: {"bias": math.log(p / (1 - p))}}, {etype: 0.30})
    return [e.type for e in code_document(doc, sentence_filter=flt)]


@pytest.mark.parametrize("text, etype", [
    ("وشهدت مدينة البصرة وعدد من أقضيتها مساء أمس احتجاجات واسعة ضد انقطاع الكهرباء.", "PROTEST"),
    # (no adjective of scale: a protest wave so qualified is kept further under, see test_confidence_s22)
    ("خرجت مظاهرات في مدينة تعز ضد الحوثيين.", "PROTEST"),
    ("قال مصدر محلي إن الغارات التي شنتها طائرات التحالف على صنعاء استهدفت مخازن أسلحة.", "ASSAULT"),
    ("وأشار إلى القصف العنيف الذي شنته القوات الحكومية على ريف حماة.", "ASSAULT"),
    ("شنت القوات العراقية المدعومة بطيران التحالف، فجر أمس، هجوما واسعا على مواقع داعش.", "ASSAULT"),
])
def test_occurrence_frame_kept_just_under_threshold(text, etype):
    assert etype in _kept_with_score(text, etype, 0.27)
    assert etype not in _kept_with_score(text, etype, 0.20)  # further under: cut as before


@pytest.mark.parametrize("text, etype", [
    # a protest noun with no verb of occurrence (a headline)
    ("احتجاجات في بغداد ضد الفساد.", "PROTEST"),
    # an attack noun with no launch clause or launch verb
    ("تحدث الوزير عن الغارات الجوية على صنعاء.", "ASSAULT"),
])
def test_no_frame_is_cut_just_under_threshold(text, etype):
    assert etype not in _kept_with_score(text, etype, 0.27)


# ---------------------------------------------------------------- quoted names and slogans are text
@pytest.mark.parametrize("text, etype", [
    ("أطلقت الوزارة حملة تحت شعار «قاطعوا المنتجات الإسرائيلية» أمس.", "PROTEST"),
    ("شارك الوزير في مؤتمر بعنوان «دعم الشعب السوري» في الكويت.", "SUPPORT"),
])
def test_quoted_name_is_no_event(text, etype):
    assert etype not in _types(text)


@pytest.mark.parametrize("text, etype", [
    ("تظاهر آلاف اليمنيين في تعز تحت شعار «لا للحصار» ضد الحوثيين.", "PROTEST"),
    # a quotation with no naming word before it is a statement, kept
    ('وقالت الحركة في بيان إن "قوات الاحتلال قصفت المدينة".', "ASSAULT"),
])
def test_event_beside_a_quoted_name_is_kept(text, etype):
    assert etype in _types(text)


# ---------------------------------------------------------------- a topic noun a few words before the act noun
@pytest.mark.parametrize("text, etype", [
    ("واستعرض الجانبان خلال اللقاء أوجه التنسيق في تقديم المساعدات الإنسانية للاجئين.", "AID"),
    ("وبحث وزير الخارجية السعودي مع المبعوث الأممي السبل الكفيلة بتسريع إيصال المساعدات إلى اليمن.", "AID"),
    ("ناقش الرئيس المصري مع نظيره الفرنسي الآليات المناسبة لدعم الجيش اللبناني.", "SUPPORT"),
])
def test_distant_topic_is_no_event(text, etype):
    assert etype not in _types(text)


@pytest.mark.parametrize("text", [
    "ناقش وزير الخارجية السعودي مع نظيره الكويتي فرص الاستثمار، وقدمت الكويت مساعدات للاجئين السوريين.",
    "سلمت السعودية مساعدات غذائية إلى اليمن.",
])
def test_aid_outside_a_topic_is_kept(text):
    assert "AID" in _types(text)
