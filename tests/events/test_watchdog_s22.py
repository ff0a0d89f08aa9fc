"""Session 22: a rights watchdog reporting an attack or an arrest accuses the act's actor (watchdog_reports).

``قالت منظمة العفو الدولية إن قوات الأمن الإيرانية اعتقلت ...``: the news gold codes the reported act and an ACCUSE
watchdog -> its actor; a government, an army or a national monitor (the Syrian Observatory) reporting the same act
is a source, no accuser. Sentences written for these tests."""
from __future__ import annotations

import pytest

from hadath import extract
from hadath.events.watchdog_reports import RULE_ID

AMNESTY_ARREST = "قالت منظمة العفو الدولية اليوم إن قوات الأمن الإيرانية اعتقلت عشرات الناشطين في طهران."
HRW_SHELLING = "أعلنت منظمة هيومن رايتس ووتش أمس أن الجيش الإسرائيلي قصف منازل المدنيين في غزة."
UN_RIGHTS_ORGAN = "وقال مجلس حقوق الإنسان إن القوات الحكومية السورية قصفت أحياء سكنية في حلب."
OBSERVATORY = "وقال المرصد السوري لحقوق الإنسان إن قوات النظام السوري قصفت أحياء سكنية في حلب."
MINISTRY = "قالت وزارة الداخلية البحرينية إن قوات الأمن اعتقلت خمسة مطلوبين في المنامة."
UN_SPOKESMAN = "وقال المتحدث باسم الأمم المتحدة إن الجيش الإسرائيلي قصف مدرسة في غزة."
NO_ATTACK = "قالت منظمة العفو الدولية إن الحكومة المصرية وافقت على زيارة وفدها إلى القاهرة."


def watchdog_events(text: str):
    doc = extract(text, date="2015-08-01")
    return doc, [e for e in doc.events if any(RULE_ID in x for x in e.explanation)]


def countries(actors):
    return sorted(a.country for a in actors)


@pytest.mark.parametrize("text, speaker, accused, act", [
    (AMNESTY_ARREST, "NGO", "IRN", "COERCE"),
    (HRW_SHELLING, "NGO", "ISR", "ASSAULT"),
    (UN_RIGHTS_ORGAN, "IGO", "SYR", "ASSAULT"),
])
def test_a_watchdog_reporting_an_act_accuses_its_actor(text, speaker, accused, act):
    doc, found = watchdog_events(text)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    ev = found[0]
    assert (ev.type, ev.cameo, ev.aux) == ("ACCUSE", "112", "asserted")
    assert countries(ev.actor) == [speaker] and countries(ev.recipient) == [accused]
    assert ev.trigger.text == text.split()[0]  # the speech verb
    assert any(e.type == act for e in doc.events)  # the reported act is still coded


@pytest.mark.parametrize("text", [OBSERVATORY, MINISTRY, UN_SPOKESMAN])
def test_a_source_that_is_no_watchdog_accuses_no_one(text):
    """A national monitor, a ministry, a UN spokesman: they report the act, the gold codes no accusation."""
    doc, found = watchdog_events(text)
    assert not found, [(e.type, countries(e.actor), countries(e.recipient)) for e in found]


def test_a_watchdog_reporting_no_attack_accuses_no_one():
    doc, found = watchdog_events(NO_ATTACK)
    assert not found
