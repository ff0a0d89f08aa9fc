"""Parties of shelling from across a border, session 13 (sentences written for these tests, not taken from the eval
sets).

- A weapon noun followed by "sent/fired it" and "the hands" (قذائف، أرسلتها أيادي الغدر من ميليشيات X): the party
  a few words after "the hands" fired it, and the place of another country named after that party is what was hit.
- A name right after "و + ally noun" (ميليشيات X وحليفها المخلوع، Y) is the named party's ally, not the verb's
  object.
- An attacking group is no "group whose positions were struck": a sentence naming places of one foreign country only
  gives that country as the target even when the attacker is a militia.
- Dead or wounded reported behind ب (ما تسبب بمقتل) count as casualties of an attack on its own soil.
"""
import pytest

from hadath.events.place_parties import casualty_word
from hadath.text.normalize import normalize_word
from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


def test_weapon_sent_by_the_hands_of_a_militia():
    evs = _events("استهدفت أربع قذائف هاون، أرسلتها أيادي الإرهاب من ميليشيات الحوثي، مدينة نجران مساء أمس.")
    assert any(_countries(e.actor) == {"YEM"} and _countries(e.recipient) == {"SAU"} for e in evs), _show(evs)


def test_ally_of_the_attacker_is_no_target():
    evs = _events("قصفت ميليشيات الحوثي وحليفها المخلوع، علي عبدالله صالح، مدينة جازان أمس بعدة قذائف.")
    assert evs, "no attack found"
    assert all(not any(a.text == "علي عبدالله صالح" for a in e.recipient) for e in evs), _show(evs)
    assert any(_countries(e.recipient) == {"SAU"} for e in evs), _show(evs)


def test_militia_attacker_does_not_block_the_target_place():
    evs = _events("استهدفت أيادي الغدر من ميليشيات الحوثي محافظة نجران أمس بعدة قذائف.")
    assert any(_countries(e.actor) == {"YEM"} and _countries(e.recipient) == {"SAU"} for e in evs), _show(evs)


def test_strikes_on_a_group_abroad_still_give_no_country():
    # must NOT fire: the group is the target here, not the attacker
    evs = _events("قصفت الطائرات الأمريكية مواقع لتنظيم داعش في سوريا أمس.")
    assert all("SYR" not in _countries(e.recipient) for e in evs), _show(evs)


def test_sent_aid_is_no_launcher():
    # must NOT fire: "أرسلتها" after aid, not after a weapon noun
    evs = _events("وصلت إلى عدن شحنة أدوية أرسلتها أيادي الخير من الكويت أمس.")
    assert all("KWT" not in _countries(e.actor) for e in evs), _show(evs)


def test_object_after_the_named_ally_stays_the_object():
    # must NOT fire on the object: only the first name after "وحليفها" is the ally
    evs = _events("قصفت قوات التحالف وحليفها الجيش اليمني مواقع ميليشيات الحوثي في محافظة صعدة أمس.")
    assert evs, "no attack found"
    assert any("YEM" in _countries(e.recipient) for e in evs), _show(evs)


@pytest.mark.parametrize("word, dead", [
    ("مقتل", True), ("بمقتل", True), ("وبمقتل", True), ("وإصابة", True),
    ("بأضرار", False), ("بمقتضى", False), ("بقتال", False),  # must NOT count: no one killed or wounded
])
def test_dead_reported_behind_a_clitic(word, dead):
    # "ما تسبب بمقتل 31 شخصا": the dead of an attack on its own soil, behind ب
    assert casualty_word(normalize_word(word)) is dead
