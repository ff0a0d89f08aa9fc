"""Session 16 round 3 argument rules: a refusal governing an act noun with ب (لن نسمح بأي تدخل تركي، لن تقبل بتدخل
إيران) has the party of that act, its nationality adjective or the name in construct after it, as recipient.
Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers_parties import countries, events_of, show


def test_nationality_adjective_on_refused_act_is_the_recipient():
    evs = events_of("أكد وزير الخارجية العراقي أن حكومته لن تسمح بأي تدخل تركي في شمال البلاد.", "REJECT")
    assert any(countries(e.actor) == {"IRQ"} and countries(e.recipient) == {"TUR"} for e in evs), show(evs)


def test_name_in_construct_after_refused_act_is_the_recipient():
    evs = events_of("قال الرئيس اللبناني إن بلاده لن تسمح بتدخل إسرائيل في شؤونها الداخلية.", "REJECT")
    assert any(countries(e.actor) == {"LBN"} and countries(e.recipient) == {"ISR"} for e in evs), show(evs)


def test_own_country_after_refused_act_is_no_recipient():
    # negative: the refusing side's own country on the act is no second party
    evs = events_of("قال وزير الداخلية المصري إن مصر لن تسمح بأي فوضى مصرية في الشوارع.", "REJECT")
    assert all("EGY" not in countries(e.recipient) for e in evs), show(evs)
