"""Session 21 precision: an act the news "came after" (non_events.came_after_acts) and an act named as a topic
(non_events.topic_acts).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
"وجاءت هذه الخطوة بعد هجوم ..."، "ويأتي القرار على خلفية اعتقال ..."، "جاء ذلك في أعقاب زيارة ...": a verb of coming
with a time or cause head a few words on names what the news followed; the act in that phrase was reported before
and is not coded again. Left alone: "جاء في البيان" (what a statement says), "يأتي ذلك قبل" (what is still to come,
coded as future), "وذلك بعد" (no verb of coming: the news itself), and heads with no verb of coming before them.

"تصريحات حول اتفاق الدول الكبرى"، "ملفا يتعلق بمقتل"، "تساؤلات حول تداعيات رفع العقوبات": an act noun a few words after
a topic head is what is talked about, asked about or filed. Left alone: a topic head of a place (حول مدينة الرقة),
an act after the head that the sentence already reported (أعلن عن هدنة ... بيانا بشأن الالتزام بالهدنة), and a deal
that is itself the news, its topic after it (وقعت اتفاقية حول التعاون العسكري).
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.non_events import came_after_acts, topic_acts
from hadath.events.triggers import find_triggers
from tests.events.fixtures_events import marked_document


def _dropped_types(text: str) -> list:
    """Types of the trigger matches of ``text`` the came-after rule leaves out."""
    doc = marked_document(text)
    matches = find_triggers(doc)
    ids = came_after_acts(doc, matches)
    return sorted(m.pattern.type for m in matches if id(m) in ids)


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


CAME_AFTER = [
    ("وجاءت هذه الخطوة بعد شن مسلحين هجوما على مركز للشرطة في مدينة العريش.", "ASSAULT"),
    ("ويأتي القرار الأردني على خلفية اعتقال السلطات السورية صحفيين أردنيين.", "COERCE"),
    ("جاء ذلك في أعقاب زيارة وزير الخارجية الفرنسي إلى طهران الأسبوع الماضي.", "CONSULT"),
    ("وتأتي العقوبات الجديدة إثر انسحاب الحكومة من اتفاق السلام الموقع مع المتمردين.", "RETREAT"),
    ("وجاءت في أعقاب هجوم شنه مسلحون على مركز للشرطة في مدينة العريش.", "ASSAULT"),  # the head's own في
    ("ويأتي على خلفية اعتقال السلطات السورية صحفيين أردنيين.", "COERCE"),
]


@pytest.mark.parametrize("text,kind", CAME_AFTER)
def test_act_the_news_came_after_is_left_out(text, kind):
    assert kind in _dropped_types(text)


# whole sentences: each of these types is coded when the rule is switched off
NO_EVENT = [
    ("قررت الحكومة الصومالية تسليح القبائل، وجاءت هذه الخطوة في أعقاب شن حركة الشباب هجوما عنيفا على قاعدة عسكرية.",
     "ACCUSE"),
    ("جاء هذا بعد محادثات أجراها وزير الخارجية المصري مع نظيره الروسي في موسكو.", "CONSULT"),
    ("وجاءت خطوة الحكومة بعد إعلان الرئيس فرض عقوبات على الشركات الإيرانية.", "SANCTION"),
]


@pytest.mark.parametrize("text,kind", NO_EVENT)
def test_came_after_act_makes_no_event(text, kind):
    assert kind not in _types(text)


KEPT = [
    # what a statement says: جاء في
    "جاء في البيان أن الطائرات قصفت مواقع للمسلحين بعد منتصف الليل.",
    # what is still to come is coded as future
    "يأتي ذلك قبل زيارة مقررة لوزير الخارجية الأمريكي إلى القاهرة الأسبوع المقبل.",
    # no verb of coming: the sentence's own news
    "سيطرت القوات الحكومية على البلدة، وذلك بعد اشتباكات عنيفة مع المسلحين.",
    "قصفت الطائرات الإسرائيلية مواقع في غزة بعد إطلاق صواريخ من القطاع.",
    # a complementizer before the head: the verb of coming is in another clause
    "جاء الوزير إلى العاصمة وأعلن أن الجيش اعتقل عشرة مسلحين بعد الهجوم.",
    # punctuation between the verb of coming and the head
    "وجاءت الوفود، بعد أن قصفت الطائرات مواقع المسلحين.",
]


@pytest.mark.parametrize("text", KEPT)
def test_other_after_phrases_are_kept(text):
    assert _dropped_types(text) == []


def test_own_news_after_clashes_keeps_its_attack():
    assert "ASSAULT" in _types("قصفت الطائرات الإسرائيلية مواقع في غزة أمس بعد إطلاق صواريخ من القطاع.")


def _topic_types(text: str) -> list:
    """Types of the trigger matches of ``text`` the topic rule leaves out."""
    doc = marked_document(text)
    matches = find_triggers(doc)
    ids = topic_acts(doc, matches)
    return sorted(m.pattern.type for m in matches if id(m) in ids)


TOPICS = [
    ("علق وزير الخارجية البريطاني على تصريحات الرئيس الروسي حول اتفاق الدول الكبرى مع إيران.", "AGREE"),
    ("سلمت السلطة الفلسطينية المحكمة الجنائية الدولية ملفا يتعلق بمقتل ثلاثة فلسطينيين في الخليل.", "ASSAULT"),
    ("أجرى الوزيران محادثات بشأن المساعدات الإنسانية لليمن.", "AID"),
    ("طرح الصحفيون تساؤلات حول تداعيات رفع العقوبات عن إيران.", "CONCEDE"),  # session 31d: lifting sanctions is CONCEDE
]


@pytest.mark.parametrize("text,kind", TOPICS)
def test_act_named_as_a_topic_is_left_out(text, kind):
    assert kind in _topic_types(text)


def test_topic_agreement_makes_no_event():
    # coded AGREE GBR -> IRN when the rule is switched off
    text = "علق وزير الخارجية البريطاني على تصريحات الرئيس الروسي حول اتفاق الدول الكبرى مع إيران."
    assert "AGREE" not in _types(text)


TOPIC_KEPT = [
    ("قصفت الطائرات الأمريكية مواقع لتنظيم داعش حول مدينة الرقة.", "ASSAULT"),
    ("أعلن التحالف عن هدنة إنسانية في اليمن، وأصدر بيانا بشأن الالتزام بالهدنة.", "RETREAT"),
    ("وقعت السعودية ومصر اتفاقية حول التعاون العسكري.", "AGREE"),
]


@pytest.mark.parametrize("text,kind", TOPIC_KEPT)
def test_reported_acts_near_a_topic_head_are_kept(text, kind):
    assert _topic_types(text) == []
    assert kind in _types(text)


def test_communique_about_an_act_states_it():
    # a communiqué "about" a truce declares the truce: the topic rule leaves it alone
    assert _topic_types("أصدرت قيادة التحالف بيانا بشأن الالتزام بهدنة إنسانية في اليمن.") == []
