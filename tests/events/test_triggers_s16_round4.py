"""A one-word trigger inside a person's name after its first word is the name, not the act (سمير شكر is no
"thanked"); the same verb opening a clause still fires."""
from __future__ import annotations

import hadath
from hadath.document import Entity
from hadath.events.triggers import find_triggers


def _trigger_words(text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(pattern id, matched head word) for ``text``, its PER entities set to ``names`` so the test does not hang on
    what the NER model tags."""
    doc = hadath.extract(text, date="2015-08-01")
    ents = [e for e in doc.entities if e.label != "PER"]
    for name in names:
        i = text.index(name)
        ents.append(Entity(name, i, i + len(name), "PER"))
    doc.entities = sorted(ents, key=lambda e: e.start)
    return [(m.pattern.id, doc.tokens[m.first].text) for m in find_triggers(doc)]


def test_surname_is_no_trigger():
    found = _trigger_words("استقبل رئيس الحكومة اللبنانية النائب سمير شكر في بيروت أمس.", ("سمير شكر",))
    assert not any(word == "شكر" for _, word in found), found
    assert any(pid.startswith("consult.") for pid, _ in found), found


def test_surname_after_clitic_is_no_trigger():
    found = _trigger_words("حضر اللقاء الوزير خالد الأحمد وسمير شكر.", ("سمير شكر",))
    assert not any(word == "شكر" for _, word in found), found


def test_thanking_verb_still_fires():
    found = _trigger_words("شكر رئيس الحكومة اللبنانية المملكة على دعمها.")
    assert any(word == "شكر" for _, word in found), found


def test_verb_outside_the_name_still_fires():
    found = _trigger_words("شكر سمير خليل الحكومة السعودية على مساعدتها.", ("سمير خليل",))
    assert any(word == "شكر" for _, word in found), found


def test_name_first_word_keeps_its_trigger():
    # the NER model may glue a clause-opening verb to the name after it: the verb still fires
    found = _trigger_words("دان سمير خليل الهجوم على السفارة في بيروت.", ("دان سمير خليل",))
    assert any(word == "دان" for _, word in found), found
