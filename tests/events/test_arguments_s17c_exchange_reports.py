"""Arguments, session 17 round 3 (sentences written for these tests, not taken from the eval sets).

- An exchanged attack (تبادلت X وY إطلاق النار): the two coordinated sides act on each other, first side -> second.
- The reporter of deaths (أعلنت الوزارة اليوم (الأحد) مقتل ...) stays no attacker when a bracketed date stands
  between it and the death noun; the dead named after a death noun (مقتل شرطي) are not the attacker.
"""
from hadath import extract


def _events(text, type_):
    return [e for e in extract(text, date="2015-08-01").events if e.type == type_]


def _countries(parties):
    return {a.country for a in parties}


def _pairs(evs):
    return [(e.actor, e.recipient) for e in evs]


def test_exchanged_fire_is_first_side_on_second():
    evs = _events("تبادلت القوات الهندية والباكستانية إطلاق النار على الحدود أمس.", "ASSAULT")
    assert evs and all(_countries(e.actor) == {"IND"} and _countries(e.recipient) == {"PAK"} for e in evs), _pairs(evs)


def test_joint_fire_without_exchange_stays_one_side():
    evs = _events("أطلقت القوات الهندية والباكستانية النار على مسلحين قرب الحدود أمس.", "ASSAULT")
    assert all("PAK" not in _countries(e.recipient) for e in evs), _pairs(evs)


def test_dead_after_death_noun_are_no_attacker():
    evs = _events("نعت الحكومة الأردنية أمس مقتل جندي أردني في اشتباك على الحدود.", "ASSAULT")
    assert all(not any(a.text.startswith("جندي") for a in e.actor) for e in evs), _pairs(evs)


def test_reporter_of_deaths_with_bracketed_date_is_no_attacker():
    evs = _events("أعلنت وزارة الداخلية التونسية اليوم (الأحد) مقتل شرطي وإصابة اثنين آخرين في هجوم مسلح على دورية.",
                  "ASSAULT")
    assert evs and all("TUN" not in _countries(e.actor) for e in evs), _pairs(evs)


def test_reporting_army_that_struck_keeps_its_strike():
    evs = _events("أعلن الجيش العراقي اليوم (الأحد) شن غارات على مواقع تنظيم داعش قرب الرمادي.", "ASSAULT")
    assert evs and all("IRQ" in _countries(e.actor) for e in evs), _pairs(evs)
