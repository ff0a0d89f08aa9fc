"""Argument frames: VSO, prepositions, passive, من قبل, coordination, reciprocal, attribution."""
from __future__ import annotations

import pytest

from hadath.events.sentence_filter import NoFilter
from hadath.events.stage import code_document
from tests.events.fixtures_events import marked_document


def _first(marked: str, etype: str):
    evs = [e for e in code_document(marked_document(marked), sentence_filter=NoFilter()) if e.type == etype]
    assert evs, f"no {etype}"
    return evs[0]


def _c(actors):
    return sorted(a.country for a in actors if a.country)


@pytest.mark.parametrize("marked,etype,actor,recipient", [
    ("زار [رئيس وزراء ماليزيا|MYS|GOV] [إندونيسيا|IDN|GOV] أمس.", "CONSULT", ["MYS"], ["IDN"]),
    ("بحث [الرئيس الغاني|GHA|GOV] مع [وفد صيني|CHN|GOV] مشاريع الطرق.", "CONSULT", ["GHA"], ["CHN"]),
    ("أشاد [الوزير|NOR|GOV] بـ[الحكومة الكولومبية|COL|GOV].", "SUPPORT", ["NOR"], ["COL"]),
    ("أرسلت [الصين|CHN|GOV] مساعدات طبية إلى [إيطاليا|ITA|GOV].", "AID", ["CHN"], ["ITA"]),
    ("فرضت [أستراليا|AUS|GOV] عقوبات على [ميانمار|MMR|GOV].", "SANCTION", ["AUS"], ["MMR"]),
    ("شنت [الحكومة|PHL|GOV] حملة اعتقالات بحق [المعارضين|PHL|OPP].", "COERCE", ["PHL"], ["PHL"]),
    ("هدد [الرئيس|VEN|GOV] بشن هجوم ضد [غيانا|GUY|GOV].", "THREATEN", ["VEN"], ["GUY"]),
    ("اعتقل [صحفي|IRN|JRN] من قبل [الحرس الثوري|IRN|MIL].", "COERCE", ["IRN"], ["IRN"]),
    ("تعرض [مقر الحزب|PAK|PTY] لهجوم مسلح.", "ASSAULT", [], ["PAK"]),
    ("وقعت [إثيوبيا|ETH|GOV] و[كينيا|KEN|GOV] اتفاقية تجارية.", "AGREE", ["ETH"], ["KEN"]),
    ("تلقى [رئيس الوزراء|ESP|GOV] اتصالا هاتفيا من [المستشار الألماني|DEU|GOV].", "CONSULT", ["DEU"], ["ESP"]),
])
def test_frames(marked, etype, actor, recipient):
    ev = _first(marked, etype)
    assert _c(ev.actor) == actor
    assert set(recipient) <= set(_c(ev.recipient))


def test_attribution_speaker_is_not_the_actor_of_reported_events():
    ev = _first("قال [المتحدث باسم الشرطة|GRC|COP] إن [مجهولين|-|UAF] هاجموا [مركزا للشرطة|GRC|COP] ليلا.",
                "ASSAULT")
    assert "GRC" not in _c(ev.actor)


def test_attribution_speaker_own_act():
    ev = _first("أعلنت [الحكومة الكندية|CAN|GOV] أنها ستقدم مساعدات إلى [هايتي|HTI|GOV].", "AGREE")
    assert _c(ev.actor) == ["CAN"] and "HTI" in _c(ev.recipient)


def test_reciprocal_dual_subject():
    ev = _first("بحث [الزعيمان|*|GOV] سبل إنهاء النزاع.", "CONSULT")
    assert [a.text for a in ev.actor] == ["الزعيمان"] and not ev.recipient
