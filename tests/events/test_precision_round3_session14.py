"""Event-type precision on news, session 14 round 3: a firm as the acting party.

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus or gold set):
- every actor of a non-violent event named by a firm word (شركة، مصرف، بنك) - "فرضت شركة يابانية غرامة على
  موظفيها"، "قالت شركة ... إنها وقعت اتفاقا" - is a business act, whatever country the firm's adjective gives it;
- a state acting (a ministry, a government) stays, and so does violence against a firm.
"""
from __future__ import annotations

import pytest

import hadath


def _types(text: str) -> set:
    return {e.type for e in hadath.extract(text, date="2024-05-01").events}


FIRM_ACTS = [
    ("طالبت شركة يابانية للإلكترونيات موظفيها بالحضور يوم السبت، وقررت فرض غرامة على المتغيبين منهم.",
     "SANCTION"),
    ("قالت شركة «توتال» الفرنسية أمس إنها وقعت اتفاقا جديدا مع الجزائر لتطوير حقل غاز في الصحراء.", "SUPPORT"),
]


@pytest.mark.parametrize("text,typ", FIRM_ACTS)
def test_firm_as_actor_is_no_event(text, typ):
    assert typ not in _types(text)


STATE_ACTS = [
    # a ministry, not a firm, fines and signs: political acts stay
    ("قررت الحكومة الروسية فرض عقوبات على شركات أوكرانية.", "SANCTION"),
    ("وقعت الحكومة الجزائرية اتفاقا مع فرنسا لتطوير حقل غاز في الصحراء.", "AGREE"),
    # a firm named after the trigger, as its object or in a condition, does not make the threat a firm's
    ("هددت الحكومة الفرنسية بفرض عقوبات على شركة إيرانية إذا واصلت الشركة نشاطها.", "THREATEN"),
    # a firm attacked is still an attack
    ("هاجم مسلحون مقر شركة نفطية صينية في جنوب السودان.", "ASSAULT"),
]


@pytest.mark.parametrize("text,typ", STATE_ACTS)
def test_state_act_or_attack_on_firm_stays(text, typ):
    assert typ in _types(text)
