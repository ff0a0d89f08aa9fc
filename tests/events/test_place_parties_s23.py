"""Targets given only by the place an attack hits, session 23 (sentences written for these tests, not taken from the
eval sets).

- A stateless armed group (تنظيم داعش، تنظيم القاعدة) as the only attacker or captor, with no target named: the one
  country of the sentence's places is hit, as with no attacker at all.
- With no attacker named, an unnamed suicide bomber in the sentence is that attacker, not a group whose positions
  were struck, so the sentence's one country is still the target.
- A state's strike abroad that names a stateless group in its sentence hits the group, not the country it fell in.
"""
import pytest

from hadath.document import Actor
from hadath.events.place_parties import stateless_group, suicide_bomber
from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text, iso", [
    ("أعلن تنظيم داعش مسؤوليته عن هجوم بسيارة مفخخة في حي الكرادة وسط بغداد أسفر عن مقتل 12 شخصا.", "IRQ"),
    ("أعلن تنظيم القاعدة مسؤوليته عن هجوم بسيارة ملغومة أوقع 20 قتيلا في سوق شمالي مدينة الحديدة اليمنية.", "YEM"),
    ("تبنى تنظيم داعش الانفجار الذي هز مدينة الرمادي العراقية أمس وأسفر عن سقوط 30 قتيلا.", "IRQ"),
])
def test_stateless_group_attack_hits_the_place_country(text, iso):
    evs = _events(text)
    assert any(_countries(e.actor) == {None} and _countries(e.recipient) == {iso} for e in evs), _show(evs)


def test_stateless_group_captives_are_the_place_people():
    evs = _events("احتجز تنظيم داعش عشرات العائلات من نازحي قرى محافظة الأنبار العراقية أثناء محاولتهم العودة.",
                  "COERCE")
    assert any(_countries(e.recipient) == {"IRQ"} for e in evs), _show(evs)


def test_unnamed_suicide_bomber_is_no_group_hit():
    evs = _events("قتل 20 شخصا اليوم في تفجير نفذه انتحاري داخل مسجد مكتظ بالمصلين شرقي نيجيريا.")
    assert any(_countries(e.recipient) == {"NGA"} for e in evs), _show(evs)


def test_state_strike_abroad_hits_the_named_group():
    evs = _events("قال الجيش البريطاني اليوم انه تمكن من مقتل القيادي البارز بتنظيم القاعدة أبو أنس في ضربة جوية في "
                  "ليبيا الأسبوع الماضي.")
    assert any(_countries(e.actor) == {"GBR"} and _countries(e.recipient) == {None} for e in evs), _show(evs)
    assert all("LBY" not in _countries(e.recipient) for e in evs), _show(evs)


def test_state_strike_abroad_on_no_group_keeps_the_country():
    # must NOT fire: no group named, the people hit are the country's
    evs = _events("قصفت الطائرات الأمريكية مواقع في سوريا أمس وقتلت خمسة مدنيين.")
    assert any(_countries(e.recipient) == {"SYR"} for e in evs), _show(evs)


@pytest.mark.parametrize("actor, stateless", [
    (Actor("تنظيم داعش", 0, 10, "Islamic State", None, None, "REB", kind="group", ref="group:Islamic State"), True),
    (Actor("مسلحون", 0, 6, None, None, None, "UAF", kind="group", ref="term:group:gunmen|None"), False),
    (Actor("ميليشيات الحوثي", 0, 15, "Houthis", None, "YEM", "REB", kind="group", ref="group:Houthis"), False),
])
def test_stateless_group(actor, stateless):
    assert stateless_group(actor) is stateless


@pytest.mark.parametrize("text, ref, bomber", [
    ("انتحاري", "term:group:gunmen|None", True),
    ("انتحاريين", "term:group:gunmen|None", True),
    ("مسلحون", "term:group:gunmen|None", False),
])
def test_suicide_bomber(text, ref, bomber):
    assert suicide_bomber(Actor(text, 0, len(text), None, None, None, "UAF", kind="group", ref=ref)) is bomber
