"""Session 16 round 2 argument rules: casualties "X قتلوا في اشتباكات مع Y" were hit by Y (the clash noun inside the
trigger, a bracketed aside before it); a strike noun with a nationality (غارة أمريكية) is its own doer; named
victims stay the ones hit when the strike's target belongs to an unnamed army. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_counted_dead_in_clashes_with_forces_are_the_recipient():
    # the forces after مع attacked; the counted fighters before the verb were hit
    evs = events_of("قال مسؤول عسكري إن 12 من مسلحي تنظيم داعش قتلوا في مواجهات عنيفة مع القوات العراقية قرب الرمادي.",
                    "ASSAULT")
    assert any(countries(e.actor) == {"IRQ"} and countries(e.recipient) == {None} for e in evs), show(evs)


def test_bracketed_age_does_not_end_the_clash_clause():
    # "(19 عاما)" between the victim and the clash noun: the army after مع is still the attacker
    evs = events_of("وقتل الشاب أحمد سليم (19 عاما) خلال مواجهات مع الجيش الإسرائيلي في قرية قرب نابلس.", "ASSAULT")
    assert any(countries(e.actor) == {"ISR"} for e in evs), show(evs)
    assert all("ISR" not in countries(e.recipient) for e in evs), show(evs)


def test_clash_partner_of_active_verb_stays_the_recipient():
    # negative: an active verb with a named subject; the one it clashed with is the recipient
    evs = events_of("اشتبكت القوات التركية أمس مع مسلحي حزب العمال الكردستاني في ولاية هكاري.", "ASSAULT")
    assert any(countries(e.actor) == {"TUR"} for e in evs), show(evs)


def test_national_strike_noun_is_the_attacker():
    # "في غارة أمريكية": the US struck; the counted soldiers were hit, not the checkpoint's unnamed army
    evs = events_of("قتل 9 جنود عراقيين أمس في غارة أمريكية على نقطة تفتيش للجيش شمال بغداد.", "ASSAULT")
    assert any(countries(e.actor) == {"USA"} and countries(e.recipient) == {"IRQ"} for e in evs), show(evs)


def test_strike_noun_without_nationality_keeps_its_named_subject():
    # negative: a plain strike noun names no doer of its own; the subject carried it out
    evs = events_of("نفذ الجيش التركي غارة على مواقع حزب العمال الكردستاني في شمال العراق أمس.", "ASSAULT")
    assert any(countries(e.actor) == {"TUR"} for e in evs), show(evs)


def test_national_strike_noun_trigger_names_its_doer():
    # the strike noun alone: the army reporting the deaths before it is no attacker, the US strike is
    evs = events_of("أعلن الجيش الأفغاني مقتل عشرة من مقاتلي طالبان في غارة أمريكية بولاية هلمند أمس.", "ASSAULT")
    assert any(countries(e.actor) == {"USA"} for e in evs), show(evs)
    assert all("AFG" not in countries(e.actor) for e in evs), show(evs)
