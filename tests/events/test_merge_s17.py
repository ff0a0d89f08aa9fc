"""Merging (hadath/events/merge.py), session 17: the patient of a passive report is no actor of the event it is
merged into only when it comes after that report's verb (قُتل اثنان); a party named before it belongs to another
clause (أعلن داعش مسؤوليته عن هجوم ... فيما قتل اثنان) and keeps its role."""
from __future__ import annotations

from functools import partial

from hadath.events.merge import _absorb, _home_place_elsewhere, _victims, merge_events
from tests.events.helpers_merge import actor_in, report_in

CLAIM = "تبنى تنظيم داعش هجوما بسيارة مفخخة في سوق شعبي شرق الموصل، فيما قتل ثلاثة أشخاص في انفجار آخر قرب المدينة."
ESCAPE = "أطلق مسلحون النار على موكب المحافظ في كركوك، وقد نجا المحافظ من محاولة الاغتيال بعد أن أصيب حارسه."
TEXT = CLAIM + " " + ESCAPE

_actor = partial(actor_in, TEXT)
_ev = partial(report_in, TEXT)


def _passive(trigger, sentence, rec, pid="assault.qatala"):
    ev = _ev(trigger, sentence, rec=rec, pid=pid)
    ev.explanation.append("arguments: passive:object-after")
    return ev


def test_a_claimant_named_before_a_passive_report_stays_the_actor():
    isis = _actor("تنظيم داعش", None, CLAIM, ref="group:isis")
    claim = _ev("تبنى", CLAIM, actor=[isis], pid="assault.tabanna")
    killed = _passive("قتل", CLAIM, rec=[isis])  # a loose parse took the claimant as the one killed
    _absorb(claim, killed)
    assert [a.text for a in claim.actor] == ["تنظيم داعش"]
    assert not any("victim of a patient report" in x for x in claim.explanation)


def test_a_patient_named_after_its_passive_verb_is_still_moved_to_the_recipient():
    # negative case: the survivor after نجا is the one attacked, whatever the attack's own parse took him for
    governor = _actor("المحافظ", "IRQ", ESCAPE[ESCAPE.index("نجا"):], kind="title")
    attack = _ev("أطلق", ESCAPE, actor=[governor], pid="assault.aTlaqa-nar")
    escaped = _passive("نجا", ESCAPE, rec=[governor], pid="assault.naja")
    _absorb(attack, escaped)
    assert attack.actor == []
    assert [r.text for r in attack.recipient] == ["المحافظ"]


def test_victims_need_a_passive_report():
    governor = _actor("المحافظ", "IRQ", ESCAPE[ESCAPE.index("نجا"):], kind="title")
    active = _ev("نجا", ESCAPE, rec=[governor], pid="assault.naja")
    assert _victims(active) == set()
    assert len(_victims(_passive("نجا", ESCAPE, rec=[governor], pid="assault.naja"))) == 1


# A state's arrest at home reported twice: the country where the second report's arrest took place is no target of
# the first (unnamed detainees give an empty recipient); an attack still takes that country as its target.
HOME = "أعلنت وزارة الداخلية المغربية تفكيك خلية واعتقال ثمانية أشخاص في عملية أمنية."
HOME_2 = "وكانت قوات الأمن قد اعتقلت ثلاثة منهم في مدينة فاس المغربية أمس."
HOME_TEXT = HOME + " " + HOME_2 + " " + "وقصفت طائرات مجهولة مواقع في مدينة فاس المغربية."


def _home_reports(kind="COERCE", place_country="MAR"):
    ministry = actor_in(HOME_TEXT, "وزارة الداخلية المغربية", "MAR", HOME, kind="title")
    first = report_in(HOME_TEXT, "واعتقال", HOME, actor=[ministry], pid="coerce.i3tiqal")
    fes = actor_in(HOME_TEXT, "فاس", place_country, HOME_2, kind="place")
    second = report_in(HOME_TEXT, "اعتقلت", HOME_2, rec=[fes], pid="coerce.i3taqala")
    second.explanation.append(f"recipient: country where it happened 'فاس' ({place_country})")
    first.type = second.type = kind
    return first, second


def test_the_home_place_of_another_sentences_arrest_is_no_detainee():
    first, second = _home_reports()
    (one,) = merge_events([first, second])
    assert [a.country for a in one.actor] == ["MAR"]
    assert one.recipient == []
    assert len(one.mentions) == 1  # still one event
    assert any("is no target" in x for x in one.explanation)


def test_an_attack_still_takes_the_place_of_another_sentences_report():
    # negative case: an attack with no named target hits the country where it happens (the gold convention)
    first, second = _home_reports(kind="ASSAULT")
    (one,) = merge_events([first, second])
    assert [r.country for r in one.recipient] == ["MAR"]


def test_a_foreign_place_is_not_the_home_place():
    # negative case: the rule is about a state acting at home; a place abroad is left to the other merge rules
    first, second = _home_reports(place_country="ESP")
    assert not _home_place_elsewhere(first, second)
    first.sentence = second.sentence  # one sentence's reports are one account
    first2, second2 = _home_reports()
    second2.sentence = first2.sentence
    assert not _home_place_elsewhere(first2, second2)
