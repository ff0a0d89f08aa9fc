"""Arguments, session 17 round 2 (sentences written for these tests, not taken from the eval sets).

- Speaker as the pronoun object: in ``قال X إن Y طلبت منه ...`` the preposition with a pronoun right after the
  trigger, agreeing with the speech verb, points back to the speaker X, the one asked.
- Masculine and dual relatives after an attack noun (هجوم شنه X، هجومين شنهما X): X carried out the deadly attack.
- A member noun and a head noun of the party's men before the party (عنصرا من مسلحي ميليشيا X): X was hit.
"""
from hadath import extract


def _events(text, typ):
    return [e for e in extract(text, date="2015-08-01").events if e.type == typ]


def _countries(parties):
    return {a.country for a in parties}


def test_pronoun_after_request_points_back_to_speaker():
    evs = _events("قال البنك الدولي أمس إن الحكومة التونسية طلبت منه قرضا جديدا لدعم الميزانية.", "REQUEST")
    assert evs and all("TUN" in _countries(e.actor) and "IGO" in _countries(e.recipient) for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_pronoun_not_agreeing_with_speech_verb_is_not_the_speaker():
    # feminine speech verb, masculine pronoun: the pronoun is someone else's
    evs = _events("قالت منظمة الصحة العالمية إن الحكومة التونسية طلبت منه المساعدة.", "REQUEST")
    assert all("IGO" not in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_speaker_of_the_actors_own_country_is_no_recipient():
    evs = _events("قال وزير الخارجية التونسي إن الحكومة التونسية طلبت منه إعداد تقرير.", "REQUEST")
    assert all("TUN" not in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_dual_attack_noun_with_dual_relative_names_attacker():
    evs = _events("قالت مصادر أمنية إن ثلاثة جنود قتلوا أمس في هجومين شنهما مسلحو حركة طالبان في شمال أفغانستان.",
                  "ASSAULT")
    assert evs and any("AFG" in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_member_noun_then_head_noun_then_party_is_recipient():
    evs = _events("قالت المقاومة الشعبية في اليمن إنها قتلت 40 عنصرا من مسلحي ميليشيا الحوثي في تعز.", "ASSAULT")
    assert evs and all("YEM" in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]
