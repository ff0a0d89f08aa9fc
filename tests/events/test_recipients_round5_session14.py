"""Recipients of condemnations, round 5 of session 14 (sentences written for these tests, not from the eval sets).

- A relative verb of doing with a pronoun back to the condemned noun (الجرائم التي ترتكبها X، الانتهاكات التي
  تمارسها X) has X as its subject: X did what is condemned and is the one accused. A relative verb without that
  pronoun (الهجوم الذي استهدف X) has X as its object: the target is no party to the condemnation.
"""
import pytest

from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text, accused", [
    ("أدانت الحكومة اليمنية الجرائم التي ترتكبها إيران في المنطقة.", "IRN"),
    ("استنكرت وزارة الخارجية المصرية الانتهاكات التي تمارسها إسرائيل بحق المصلين.", "ISR"),
])
def test_doer_of_the_condemned_act_is_accused(text, accused):
    evs = _events(text, "ACCUSE")
    assert any(accused in _countries(e.recipient) for e in evs), _show(evs)


def test_victims_after_the_doer_are_not_accused():
    evs = _events("أدانت الحكومة اليمنية الجرائم التي ترتكبها إيران بحق المدنيين السوريين.", "ACCUSE")
    assert evs and all(_countries(e.recipient) <= {"IRN"} for e in evs), _show(evs)


def test_target_of_the_condemned_act_is_not_accused():
    evs = _events("أدانت الحكومة الأردنية الهجوم الذي استهدف قوات تركية قرب الحدود.", "ACCUSE")
    assert all("TUR" not in _countries(e.recipient) for e in evs), _show(evs)


def test_doer_after_a_verb_of_going_on_is_accused():
    evs = _events("نددت الحكومة الكويتية بالتصريحات العدائية التي ما فتئت إيران تطلقها ضد دول الخليج.", "ACCUSE")
    assert any(_countries(e.recipient) == {"IRN"} for e in evs), _show(evs)


def test_going_on_without_a_pronoun_back_accuses_no_one_inside():
    evs = _events("أدانت الحكومة الأردنية الهجوم الذي ما زال الجيش اللبناني يحقق فيه قرب الحدود.", "ACCUSE")
    assert all("LBN" not in _countries(e.recipient) for e in evs), _show(evs)
