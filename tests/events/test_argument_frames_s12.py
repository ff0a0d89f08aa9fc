"""Argument frames, session 12 round 2 (sentences written for these tests, not taken from the eval sets).

- A complement clause opening with its subject right before a perfect verb (قال X إن جيش Y اعتقل عشرات ...) is
  active: the count after the verb is its object, the subject stays the actor (also after an opening «).
- In a passive attack (قتل ثمانية في هجمات على قوات X) the party after على/ضد is hit, it is not the agent.
- A call (دعا، طالب) keeps its addressee before the act it asks for. (Dropping a party named only inside the
  demanded act was tried twice, sessions 11 and 12: it gained on tuning sets and lost 2-3 tuples on held-out fresh9.)
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, kind, actor", [
    ("وقال المتحدث باسم الحكومة أمس إن الجيش الكيني اعتقل عشرات المسلحين في منطقة حدودية.", "COERCE", "KEN"),
    ("قال مسؤول أمس إن الجيش المالي أعدم 12 مسلحا في مدينة غاو.", "ASSAULT", "MLI"),
    ("ذكرت وكالة محلية أن «الجيش الكيني اعتقل عشرات المسلحين في منطقة حدودية».", "COERCE", "KEN"),
])
def test_complement_subject_keeps_the_count_as_object(text, kind, actor):
    evs = _events(text, kind)
    assert evs and all(_countries(e.actor) == {actor} for e in evs), [(e.actor, e.recipient) for e in evs]
    assert all(actor not in _countries(e.recipient) for e in evs)


def test_verb_then_count_without_a_subject_stays_passive():
    # no subject opens the clause: "قتل 12 جنديا كينيا" is a passive, the soldiers are the ones killed
    evs = _events("قتل 12 جنديا كينيا أمس في هجوم على قاعدة عسكرية قرب الحدود الصومالية.", "ASSAULT")
    assert evs and all("KEN" not in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, addressee", [
    ("طالبت مصر إسرائيل بوقف الاستيطان في الضفة الغربية.", "ISR"),
    ("دعا وزير الخارجية الأمريكي روسيا إلى وقف دعم النظام.", "RUS"),
])
def test_addressee_before_the_demanded_act_stays(text, addressee):
    evs = _events(text, "REQUEST")
    assert any(_countries(e.recipient) == {addressee} for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, hit", [
    ("قتل خمسة أشخاص على الأقل أمس في سلسلة هجمات على قوات الأمن الباكستانية في مدينة بيشاور.", "PAK"),
    ("قتل عدد من الجنود الكينيين في هجوم وقع فجر اليوم على طريق قاعدة عسكرية في مدينة لامو.", "KEN"),
])
def test_passive_attack_target_is_hit_not_the_agent(text, hit):
    # a passive killing has no agent named; the party after على is hit, it does not attack
    evs = _events(text, "ASSAULT")
    assert evs and all(hit not in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]
    assert any(hit in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_active_attack_on_a_target_keeps_its_agent():
    evs = _events("شنت القوات الباكستانية هجوما على مواقع حركة طالبان في وزيرستان أمس.", "ASSAULT")
    assert any("PAK" in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]
