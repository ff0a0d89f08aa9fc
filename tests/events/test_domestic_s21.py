"""Domestic recipients (session 21): an attack by a country's own armed forces or rebels on civilians named right
after it, in a sentence naming no other party, is aimed at that country itself (X -> X). Sentences written for
these tests."""
import pytest

import hadath


def _events(text, type_):
    doc = hadath.extract(text, date="2015-08-01")
    return [e for e in doc.events if e.type == type_]


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


def _domestic(ev):
    return any("domestic:" in x for x in ev.explanation)


@pytest.mark.parametrize("text,country", [
    ("قالت المنظمة إن قوات جيش جنوب السودان دهست مدنيين عزلا في ولاية الوحدة.", "SSD"),
    ("ذكرت مصادر محلية أن مسلحي بوكو حرام هاجموا قرية صغيرة وأحرقوا منازلها.", "NGA"),
    ("أفاد شهود أن ميليشيات الحوثي قصفت أحياء سكنية بالصواريخ.", "YEM"),
])
def test_attack_on_own_civilians(text, country):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert _countries(evs[0].actor) == [country]
    assert _countries(evs[0].recipient) == [country]
    assert _domestic(evs[0])


@pytest.mark.parametrize("text", [
    # militants, not civilians: an operation on unnamed militants keeps an empty recipient
    "قتلت قوات الأمن التونسية ثلاثة مسلحين في جبل الشعانبي.",
    # another country named (not as the attack's place, which would already give the recipient): the civilians
    # may be its people
    "قصفت القوات الهندية قرى حدودية قرب الحدود مع باكستان.",
    # civil defence is no civilian victim, and another clause follows the punctuation
    "شن الجيش النيجيري هجوما أمس، وقال مسؤول في الدفاع المدني إن ثلاثة قتلوا.",
    # the civilians come long after the attack word (not its victims)
    "هاجمت قوات الأمن المصرية أوكارا للإرهابيين في شمال سيناء أمس، وقالت إن العملية جرت بعيدا عن المدنيين.",
])
def test_attack_not_on_own_civilians(text):
    evs = _events(text, "ASSAULT")
    assert evs, text
    for ev in evs:
        assert not _domestic(ev), text


def test_occupier_attack_not_on_own_civilians():
    # an occupation force's victims are not its own people, even with no other country named
    evs = _events("أطلق جنود الاحتلال النار على مدنيين عزل قرب الحاجز.", "ASSAULT")
    assert evs
    for ev in evs:
        assert not _domestic(ev)
