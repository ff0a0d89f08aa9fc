"""Session 29 (coreq): calls and demands (sentences written for these tests, not taken from the eval sets).

- A REQUEST verb with no actor whose recipient stands in the verb's subject phrase names its speaker
  (request_speakers.speaker_in_subject_phrase): a title right after the verb, or the state a countryless head
  belongs to (برئاسة X، لدولة X); the one asked is the party after the phrase's comma, or no one. Not for plural
  verbs (they follow their subject), nor a party right after the verb that is no title.
- "قال X إن / أن على Y أن ..." is X's demand on Y (row request.s29-inna-3ala), only with a bare particle, a party of
  a known country right after على and the second أن (mentioned_prospects.unaddressed_obligations).
- A request submitted (قدم طلبا ل / إلى) is a REQUEST (row request.s29-qaddama-Talab).
"""
from __future__ import annotations

from hadath import extract
from helpers_triggers import pattern_ids


def _tuples(text: str, typ: str = "REQUEST"):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


# ---- the speaker named in the subject's phrase ----

def test_chairing_state_is_the_speaker():
    text = "ناشد المجلس في اجتماعه الأسبوعي برئاسة رئيس الوزراء الأردني، المجتمع الدولي، دعم اللاجئين."
    assert _tuples(text) == [(["JOR"], [])]


def test_title_right_after_the_verb_is_the_speaker():
    text = "من جهته دعا المبعوث الدولي إلى سوريا ستيفان دي ميستورا في كلمته إلى تمديد الهدنة."
    assert _tuples(text) == [(["IGO"], [])]


def test_body_chairing_a_forum_is_no_one_asked():
    text = "وناشد الملتقى في دورته الأولى برئاسة الحكومة التونسية المنظمات الدولية تقديم المساعدة."
    assert _tuples(text) == [(["TUN"], [])]


def test_plural_verb_keeps_its_object():
    # حثوا follows its subject: Ankara is the one urged
    assert _tuples("لكن كثيرين حثوا أنقرة على عدم التصعيد مع الأكراد.") == [([], ["TUR"])]


def test_party_after_a_verbal_noun_is_no_speaker():
    # بعودة opens what is asked: the government is no owner of the subject (the appeal stays the session-28 X -> X)
    assert _tuples("وطالب الملتقى في بيانه بعودة الحكومة اليمنية إلى عدن.") == [(["YEM"], ["YEM"])]


def test_named_subject_keeps_the_state_asked():
    # the subject is named (a nominative plural): the state after it is the one asked, not the speaker
    assert _tuples("ودعا اللبنانيون الحكومة الكندية إلى التدخل.") == [(["LBN"], ["CAN"])]


# ---- an obligation in a reported clause ----

def test_obligation_after_inna_is_a_demand():
    text = "وقال وزير الخارجية البريطاني إن على روسيا أن تكف عن دعم الانفصاليين في أوكرانيا."
    assert _tuples(text) == [(["GBR"], ["RUS"])]


def test_obligation_without_second_anna_is_left():
    # measured in session 29: without the second أن the speaker was too often unnamed
    text = "وقال وزير الخارجية البريطاني إن على روسيا الكف عن دعم الانفصاليين في أوكرانيا."
    assert "request.s29-inna-3ala" not in {e.source.split(":", 1)[1] for e in extract(text, date="2015-08-01").events}


def test_obligation_after_anna_with_second_anna():
    assert _tuples("أعلن رئيس الوزراء الكندي أن على إيران أن تفرج عن المعتقلين.") == [(["CAN"], ["IRN"])]


def test_at_the_head_of_priorities_is_no_obligation():
    text = "وأكد الوزير أن على رأس أولويات الحكومة المصرية مكافحة الإرهاب."
    assert "request.s29-inna-3ala" not in pattern_ids(text) or _tuples(text) == []


def test_pronoun_particle_is_no_obligation():
    assert _tuples("وقال الوزير التركي إنها على استعداد للتعاون مع روسيا.") == []


# ---- a request submitted ----

def test_submitted_request_for_extradition():
    text = "ذكرت وسائل إعلام أن كينيا قدمت طلبا لتسليم رجل أعمال بريطاني متهم بالاحتيال."
    assert (["KEN"], ["GBR"]) in _tuples(text)


def test_submitted_resignation_is_no_request():
    assert _tuples("وقدم الوزير الأردني طلب استقالته إلى رئيس الوزراء.") == []
