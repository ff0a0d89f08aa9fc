"""Session 28: requests (sentences written for these tests, not taken from the eval sets).

- A demand by a speaker of no country to a state body of one country comes from that country's own people
  (domestic_parties.appeal_to_own_state): X -> X. Not when the speaker has a country, nor to a person, nor to a
  body behind ب (inside what is asked).
- The accusative noun طلبا (a request) is no dual verb "they both asked" (BLOCK block.s28-Talaban).
"""
from __future__ import annotations

from hadath import extract
from helpers_triggers import pattern_ids


def _tuples(text: str, typ: str = "REQUEST"):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in extract(text, date="2015-08-01").events if e.type == typ)


# ---- a countryless speaker appealing to a state body of one country ----

def test_countryless_speaker_asks_own_government():
    text = "وطلبت اللجنة الفرعية من الحكومة الباكستانية تأسيس هيئة لمراقبة الأسعار."
    assert _tuples(text) == [(["PAK"], ["PAK"])]


def test_countryless_speaker_calls_on_own_government():
    text = "دعا المتحدث باسم اللجنة الشعبية في القرية الحكومة التونسية إلى إصلاح الطريق."
    assert _tuples(text) == [(["TUN"], ["TUN"])]


def test_speaker_with_country_keeps_it():
    text = "وطلب وزير الخارجية الأردني من الحكومة الباكستانية تعزيز التعاون الأمني."
    assert _tuples(text) == [(["JOR"], ["PAK"])]


def test_no_own_state_actor_for_a_person_addressed():
    # the one asked is a person, not a state body: the speaker's country stays unknown
    assert _tuples("وطلبت اللجنة الفرعية من الرئيس الأمريكي التدخل.") == [([], ["USA"])]


def test_no_own_state_actor_for_a_body_behind_bi():
    # session 29 (coreq): the body chairing the speaker names the speaker (request_speakers), not the one asked;
    # the point kept here: no TUN -> TUN appeal to its own state
    text = "وناشد الملتقى في دورته الأولى برئاسة الحكومة التونسية المنظمات الدولية تقديم المساعدة."
    assert (["TUN"], ["TUN"]) not in _tuples(text)


# ---- the noun طلبا ----

def test_accusative_noun_request_is_no_verb():
    text = "وتدرس السلطات النمساوية طلبا من كندا بتسليم رجل أعمال مطلوب."
    assert "request.Talaba" not in pattern_ids(text)


def test_perfect_verb_talaba_still_a_request():
    text = "طلب وزير الخارجية الفرنسي من إيران الإفراج عن الصحفي المعتقل."
    assert "request.Talaba" in pattern_ids(text)
