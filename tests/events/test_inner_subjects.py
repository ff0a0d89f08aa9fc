"""The subject inside a verb's multiword trigger (hadath/events/inner_subjects.py; sentences written for these
tests, not taken from the eval sets).

- A party mention between the verb and the frame's next word, behind lead words only (بموجبه، بدوره، أمس), is the
  actor of an event the argument rules left without one.
- Not a mention behind a preposition (قدمت لمصر X), not after فيه/فيها (a document's relative clause: the mention
  is its object), not a passive verb, not an event that already has an actor.
"""
import pytest

from hadath import extract
from hadath.events.inner_subjects import EXPLANATION


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _fired(ev, line=EXPLANATION):
    return line in ev.explanation


def test_release_after_pronoun_adverbial():
    [ev] = _events("أفرج بموجبه الجيش اللبناني عن ثلاثة معتقلين.", "RETREAT")
    assert [a.country for a in ev.actor] == ["LBN"]
    assert _fired(ev)


def test_apology_after_bidawrihi():
    [ev] = _events("قدم بدوره وزير الخارجية الأردني اعتذاره إلى الحكومة المصرية.", "SUPPORT")
    assert [a.country for a in ev.actor] == ["JOR"]
    assert _fired(ev)


def test_visit_after_time_adverb():
    evs = _events("قام خلالها رئيس الوزراء العراقي بزيارة إلى طهران.", "CONSULT")
    assert evs and {a.country for a in evs[0].actor} == {"IRQ"}
    assert _fired(evs[0])


def test_mention_behind_preposition_is_no_subject():
    for ev in _events("قدمت لمصر السعودية مساعدات.", "AID"):
        assert "EGY" not in {a.country for a in ev.actor}
        assert not _fired(ev)


def test_relative_clause_after_fihi_keeps_its_object():
    for ev in _events("أصدرت الوزارة بيانا دعت فيه الحكومة العراقية إلى الحوار.", "REQUEST"):
        assert not _fired(ev)


def test_event_with_an_actor_is_left_alone():
    for ev in _events("وقالت الوزارة إن الحكومة الأردنية أفرجت بموجبه عن ثلاثة معتقلين.", "RETREAT"):
        assert not _fired(ev)
