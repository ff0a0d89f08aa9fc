"""Session 22 precision: an attack named as what someone is suspected of, involved in or linked to, or what an inquiry
looks into (nesting_words ``legal_heads``, read by ``nesting.legal_contents``), and the outcome verb of an attack that
is only referenced (``nesting.referenced_outcomes``).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
"المشتبه بتورطهم في الهجوم"، "يشتبه بوجود صلة لهم بالتفجير"، "التحقيقات في التفجير": the attack was told before; the
sentence reports the arrest or the inquiry. "في تفجير وقع أمس، أسفر عن مقتل ستة": the outcome verb's subject is that
referenced attack, so its toll is background too. Left alone: an attack reported before the inquiry word, and an
outcome verb after an attack the sentence itself reports (it merges with that report).

"بعد انسحاب القوات"، "على أثر انسحابها"، "عقب التوصل إلى اتفاق"، "إثر رفع العقوبات": a withdrawal, an accord, a
signing or an easing right after a head dating the past is background even when the sentence reports nothing else
(``nesting._dated_background``, read by ``time_references``). Left alone: the same act as the sentence's own verb,
and an act after "قبل" (still to come).

"تبحث قواتنا حاليا عن متفجرات"، "يبحث الجيش عن مقاتلي داعش": بحث with عن a few words on is searching, not the
CONSULT بحث "discussed" (``non_events.search_homographs``). Left alone: بحث with its object (بحث الوزيران العلاقات)
and an عن after punctuation (وبحث الوزيران سبل التعاون، وأعلنا عن).
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.nesting import legal_contents
from hadath.events.non_events import search_homographs
from hadath.events.triggers import find_triggers
from tests.events.helpers_precision import DATE, types_of


def _legal_dropped(text: str) -> list:
    """Types of the trigger matches of ``text`` that ``legal_contents`` leaves out."""
    doc = hadath.extract(text, date=DATE)
    matches = find_triggers(doc)
    ids = legal_contents(doc, matches, set())
    return sorted(m.pattern.type for m in matches if id(m) in ids)


SUSPECTED = [
    "اعتقلت الشرطة الأردنية ثلاثة رجال يشتبه بتورطهم في الهجوم على مركز أمني في الكرك.",
    "أوقفت السلطات عددا من الأشخاص يشتبه بوجود صلة لهم بالتفجير في السوق الشعبي.",
    "وتواصل النيابة العامة التحقيقات في التفجير الذي استهدف قافلة عسكرية قرب الحدود.",
    "وألمحت الحكومة إلى تورط جماعة مسلحة في الهجوم على السفارة.",
]


@pytest.mark.parametrize("text", SUSPECTED)
def test_attack_suspected_or_investigated_is_left_out(text):
    assert "ASSAULT" in _legal_dropped(text)
    assert "ASSAULT" not in types_of(text)


def test_arrest_of_suspects_is_still_reported():
    assert "COERCE" in types_of(SUSPECTED[0])


def test_attack_reported_before_an_inquiry_is_kept():
    text = "قتل مسلحون خمسة جنود في هجوم على مركز أمني شمال البلاد، وفتحت السلطات تحقيقا."
    assert "ASSAULT" not in _legal_dropped(text)
    assert "ASSAULT" in types_of(text)


OUTCOMES_OF_REFERENCED = [
    "اعتقلت الشرطة رجلين يشتبه بتورطهما في تفجير وقع أمس في سوق شعبي، أسفر عن مقتل ستة أشخاص.",
    "وألمحت الحكومة إلى تورط جماعة مسلحة في التفجير الذي استهدف حافلة للركاب، وأسفر عن مقتل عشرة أشخاص.",
]


@pytest.mark.parametrize("text", OUTCOMES_OF_REFERENCED)
def test_outcome_of_referenced_attack_is_left_out(text):
    assert "ASSAULT" not in types_of(text)


REPORTED_OUTCOMES = [
    "انفجرت سيارة مفخخة في سوق شعبي ببغداد، وأسفر الانفجار عن مقتل عشرة أشخاص.",
    "شن مسلحون هجوما على حاجز للجيش في سيناء أسفر عن مقتل ثلاثة جنود.",
    # an outcome verb with an attack noun of its own as subject is a new report
    "وقالت الشرطة إن المعتقلين يشتبه بتورطهم في تفجير السفارة، وأسفر القصف الجوي على المدينة أمس عن مقتل عشرة مدنيين.",
]


@pytest.mark.parametrize("text", REPORTED_OUTCOMES)
def test_outcome_of_reported_attack_is_kept(text):
    assert "ASSAULT" in types_of(text)


DATED_BACKGROUND = [
    "وأضاف المصدر أن المسلحين دخلوا منطقة الملعب بعد انسحاب القوات العراقية منها.",
    "وكانت سنغافورة أصبحت جمهورية عام 1965 على أثر انسحابها من الاتحاد الماليزي.",
    "وقالت المصادر إن قوات الجيش عادت إلى المدينة منذ انسحاب المسلحين منها.",
    "وعاد الصحفي الأمريكي إلى بلاده بعد الإفراج عنه من سجن إيفين في طهران.",
    "وارتفعت الأسهم الإيرانية منذ رفع الحظر الأوروبي عن طهران.",
]


@pytest.mark.parametrize("text", DATED_BACKGROUND)
def test_act_dating_the_sentence_is_left_out(text):
    assert not types_of(text) & {"RETREAT", "AGREE", "CONCEDE"}


DATED_KEPT = [
    ("انسحبت القوات العراقية من منطقة الملعب بعد اشتباكات عنيفة.", "RETREAT"),
    ("توصلت مصر وإثيوبيا إلى اتفاق بعد محادثات استمرت أسبوعا.", "AGREE"),
]


@pytest.mark.parametrize("text,kind", DATED_KEPT)
def test_act_reported_by_its_own_verb_is_kept(text, kind):
    assert kind in types_of(text)


def _search_dropped(text: str) -> list:
    """Types of the trigger matches of ``text`` that ``search_homographs`` leaves out."""
    doc = hadath.extract(text, date=DATE)
    matches = find_triggers(doc)
    ids = search_homographs(doc, matches)
    return sorted(m.pattern.type for m in matches if id(m) in ids)


SEARCHES = [
    "وتبحث القوات الأفغانية حاليا عن عناصر حركة طالبان في الجبال.",
    "وتبحث الشرطة التركية عن منفذي الهجوم على السفارة.",
    "ويبحث الجيش العراقي عن مقاتلي تنظيم داعش الفارين من الرمادي.",
]


@pytest.mark.parametrize("text", SEARCHES)
def test_searching_is_no_meeting(text):
    assert "CONSULT" in _search_dropped(text)
    assert "CONSULT" not in types_of(text)


DISCUSSIONS = [
    "بحث وزير الخارجية السعودي مع نظيره الأردني العلاقات الثنائية في الرياض.",
    "وبحث وزير الخارجية المصري مع نظيره السوداني سبل التعاون، وأعلنا عن لجنة مشتركة.",
    "وبحث الرئيس اليمني مع السفير السعودي الأضرار الناجمة عن القصف.",
]


@pytest.mark.parametrize("text", DISCUSSIONS)
def test_discussion_is_kept(text):
    assert "CONSULT" not in _search_dropped(text)
    assert "CONSULT" in types_of(text)


@pytest.mark.parametrize("text", [
    "بحث الوزير الأضرار الناجمة عن السيول مع نظيره الأردني.",  # the عن of الناجمة
    "بحث الوزير عن كثب مع نظيره الأردني تطورات الأزمة.",  # عن كثب: closely
])
def test_an_other_words_an_is_no_search(text):
    assert "CONSULT" not in _search_dropped(text)
