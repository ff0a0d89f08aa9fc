"""A state's forces attacking unnamed militants, session 23 (sentences written for these tests, not taken from the
eval sets).

- A state body's own active attack on bare gunmen or terrorists (قتلت الشرطة ثلاثة مسلحين) leaves the target empty:
  the bare term is no party, as the news gold codes it.
- Not when the voice was turned (soldiers killed in an ambush laid by gunmen), nor when the sentence names a
  stateless group the militants belong to (the group's null country stays the target).
"""
import pytest

from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _show


@pytest.mark.parametrize("text, iso", [
    ("قتلت قوات الأمن المغربية مساء أمس ثلاثة مسلحين في منطقة جبلية قرب مدينة تطوان.", "MAR"),
    ("قصفت طائرات الجيش العراقي مواقع متشددين في محيط مدينة بيجي شمال البلاد.", "IRQ"),
    ("قتلت الشرطة الكينية إرهابيين اثنين في اشتباك قرب مدينة غاريسا.", "KEN"),
])
def test_state_forces_on_unnamed_militants_hit_no_one(text, iso):
    evs = _events(text)
    assert any(_countries(e.actor) == {iso} and not e.recipient for e in evs), _show(evs)
    assert not any(_countries(e.actor) == {iso} and _countries(e.recipient) == {None} for e in evs), _show(evs)


def test_militants_of_a_named_group_keep_the_group():
    evs = _events("قتلت قوات الأمن العراقية ثلاثة مسلحين من تنظيم داعش في محيط مدينة بيجي.")
    assert any(_countries(e.actor) == {"IRQ"} for e in evs), _show(evs)  # the attack is coded, not lost
    assert not any(_countries(e.actor) == {"IRQ"} and not e.recipient for e in evs), _show(evs)
