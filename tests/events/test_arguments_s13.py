"""Recipient frames, session 13 (sentences written for these tests, not taken from the eval sets).

- A مع-phrase after a deal noun outside the trigger (رفض الاتفاق النووي مع إيران) names the deal's partner, not a
  party of the act: it is no recipient of a threat, refusal, demand or welcome; an agreement, meeting or signing
  whose own object is the deal keeps it (أبرمت X اتفاقية مع Y).
- The conjuncts of a border neighbour are neighbours too (على الحدود مع العراق وسوريا): no recipient.
- An instrument or "hands" noun right after an attack verb (قتل رصاص الجيش X، استهدفت أيادي ... من ميليشيات X) has
  the party after it as the verb's subject; the verb is then active.
"""
import pytest

from hadath import extract
from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text, kind", [
    ("طالب السيناتور الجمهوري الكونغرس برفض الاتفاق النووي مع إيران.", "REQUEST"),
    ("أعلن النائب الجمهوري رفضه للاتفاق النووي مع إيران أمس.", "REJECT"),
    ("رحبت الحكومة البريطانية بالاتفاق الأخير مع كوبا حول الهجرة.", "SUPPORT"),
])
def test_partner_of_a_deal_is_no_recipient(text, kind):
    evs = _events(text, kind)
    assert all("IRN" not in _countries(e.recipient) and "CUB" not in _countries(e.recipient) for e in evs), _show(evs)


def test_meeting_with_partner_after_a_talks_noun_keeps_it():
    # the مع of the act itself (no deal noun before it) still names the partner
    evs = _events("بحث وزير الخارجية المصري مع نظيره الأردني سبل تعزيز العلاقات بين البلدين.", "CONSULT")
    assert any("JOR" in _countries(e.recipient) for e in evs), _show(evs)


def test_deal_concluded_with_a_partner_keeps_it():
    # must NOT fire: the deal is what the agreement itself concludes, مع names the other signatory
    evs = [e for e in extract("وقعت الهند اتفاقية مع اليابان لبناء خط للقطارات السريعة.", date="2015-08-01").events
           if e.type in ("AGREE", "SUPPORT", "COOPERATE")]
    assert any("JPN" in _countries(e.recipient) for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "ذكرت مصادر محلية أن مسلحين أكرادا فجروا لغما أرضيا لدى مرور شاحنة عسكرية في قرية نائية على الحدود مع إيران "
    "والعراق.",
    "أطلق مسلحون قذائف على موقع للشرطة في مدينة قريبة من الحدود مع أفغانستان وإيران.",
])
def test_every_conjunct_of_a_border_neighbour_is_no_target(text):
    evs = _events(text, "ASSAULT")
    assert evs and all(not ({"IRQ", "SYR", "AFG", "IRN"} & _countries(e.recipient)) for e in evs), _show(evs)


def test_partner_after_mea_without_border_noun_is_kept():
    # must NOT fire: a clash "with" a named party is no border phrase
    evs = _events("اشتبكت قوات الأمن الأفغانية مع مسلحي حركة طالبان في ولاية قندوز.", "ASSAULT")
    assert any("AFG" in _countries(e.recipient) for e in evs), _show(evs)


@pytest.mark.parametrize("text, actor, force", [
    ("قتل رصاص الجيش الإسرائيلي شابا فلسطينيا قرب مدينة الخليل بالضفة الغربية صباح اليوم.", "ISR",
     "الجيش الإسرائيلي"),
    ("أصاب رصاص الشرطة الهندية ثلاثة متظاهرين في مدينة سريناغار أمس.", "IND", "الشرطة الهندية"),
])
def test_instrument_subject_is_the_attacker(text, actor, force):
    evs = _events(text, "ASSAULT")
    assert any(_countries(e.actor) == {actor} for e in evs), _show(evs)
    assert all(force not in [a.text for a in e.recipient] for e in evs), _show(evs)


def test_hands_of_a_party_attack():
    evs = _events("استهدفت أيادي الغدر من ميليشيات الحوثي مستشفى في مدينة نجران صباح أمس.", "ASSAULT")
    assert any("YEM" in _countries(e.actor) for e in evs), _show(evs)


def test_plain_vso_attack_is_unchanged():
    # must NOT fire: a named force right after the verb is the subject as before, its object the target
    evs = _events("قصف الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT")
    assert any(_countries(e.actor) == {"TUR"} for e in evs), _show(evs)
