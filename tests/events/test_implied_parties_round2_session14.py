"""Implied parties, session 14 round 2 (sentences written for these tests, not taken from the eval sets).

Persons arrested (أشخاص، شخص) followed closely by a suspicion or armed-group cue are unnamed suspects: no target,
not the arresting state's own country; bare persons with no such cue keep the older rules. A state's own forces
attacking at home in a sentence that names militants or terrorists hit no country; attacks at home on civilians
still hit the place's country.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor", [
    ("أعلنت السلطات الجزائرية توقيف خمسة أشخاص يشتبه في تخطيطهم لهجمات في العاصمة.", "DZA"),
    ("ألقت الشرطة الأردنية القبض على ثلاثة أشخاص ينتمون إلى خلية مسلحة في مدينة الزرقاء.", "JOR"),
    ("اعتقلت السلطات الفرنسية شخصا يشتبه في تخطيطه لهجوم على كنيسة.", "FRA"),
])
def test_suspected_persons_arrested_leave_the_target_empty(text, actor):
    evs = _events(text, "COERCE")
    assert evs, text
    assert _countries(evs[-1].actor) == {actor} and not evs[-1].recipient, \
        [(e.actor, e.recipient) for e in evs]


def test_persons_with_no_suspicion_cue_are_not_made_suspects():
    # a bare count of persons held over a strike: no suspicion cue, so the suspect rule does not empty it
    evs = _events("اعتقلت الشرطة النيبالية 40 شخصا في العاصمة كاتماندو بتهمة فرض الإضراب.", "COERCE")
    assert evs
    assert _countries(evs[-1].recipient) == {"NPL"}, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, actor", [
    ("دمرت قوات الأمن التونسية عددا من مخابئ الإرهابيين في جبل الشعانبي بولاية القصرين.", "TUN"),
    ("دمرت قوات الجيش الجزائري أوكارا إرهابية في ولاية تيزي وزو.", "DZA"),
])
def test_state_forces_against_militants_at_home_hit_no_country(text, actor):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert _countries(evs[0].actor) == {actor} and not evs[0].recipient, [(e.actor, e.recipient) for e in evs]


def test_state_forces_hitting_civilians_at_home_keep_the_country():
    evs = _events("قصفت طائرات الجيش السوري أحياء سكنية في مدينة حلب وقتلت عشرة مدنيين.", "ASSAULT")
    assert evs
    assert any(_countries(e.recipient) == {"SYR"} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_armed_forces_name_is_no_militant_word():
    # القوات المسلحة is the army itself, not gunmen: the place's country stays
    evs = _events("قصفت القوات المسلحة السورية أحياء سكنية في مدينة حمص وقتلت مدنيين.", "ASSAULT")
    assert evs
    assert any(_countries(e.recipient) == {"SYR"} for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, actor", [
    ("أعلنت وزارة الداخلية المغربية أمس عن مقتل عنصر إرهابي واعتقال خمسة آخرين أثناء عملية أمنية في مدينة الناظور شمال البلاد.", "MAR"),
    ("أعلنت وزارة الداخلية عن مقتل عنصر إرهابي خلال مداهمة في مدينة القصرين التونسية.", "TUN"),
    ("أعلنت وزارة الداخلية أمس عن مقتل عنصر إرهابي واعتقال ثلاثة آخرين خلال حملة أمنية في مدينة معان الأردنية.", "JOR"),
])
def test_security_operation_against_militants_is_the_security_bodys(text, actor):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert _countries(evs[0].actor) == {actor} and not evs[0].recipient, [(e.actor, e.recipient) for e in evs]


def test_no_security_body_no_actor():
    # militants killed with no state body named: the attacker stays unknown
    evs = _events("قتل ثلاثة مسلحين في انفجار عبوة كانوا يعدونها في مدينة الناظور المغربية.", "ASSAULT")
    assert all(not e.actor for e in evs), [(e.actor, e.recipient) for e in evs]


def test_no_operation_no_security_actor():
    # the police are the victims of the gunmen here, not the ones who fought them
    evs = _events("قتل ثلاثة من رجال الشرطة المصرية ومسلح في هجمات على نقاط تفتيش في مدينة العريش.", "ASSAULT")
    assert all(_countries(e.actor) != {"EGY"} for e in evs), [(e.actor, e.recipient) for e in evs]
