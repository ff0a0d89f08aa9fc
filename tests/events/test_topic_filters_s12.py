"""Session 12 topic filter: deaths set in a natural hazard or a crash (في زلزال، في تحطم مروحية، بحادث تحطم طائرة)
or a fire / hazard as the verb's subject (اجتاح حريق) are no attack; shootings and arson set by في stay attacks.
Sentences written for these tests."""
import pytest

import hadath


def _types(text):
    return [e.type for e in hadath.extract(text, date="2015-08-01").events]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص على الأقل في زلزال بقوة 5 درجات ضرب شمال البلاد أمس.",
    "لقي طيار مصرعه وأصيب آخر في تحطم مروحية عسكرية خلال عرض جوي.",
    "لقي سبعة أشخاص مصرعهم بحادث تحطم طائرة صغيرة في شمال البلاد.",
    "اجتاح حريق غابات طريقا سريعا في جنوب الولاية أمس.",
])
def test_deaths_in_a_hazard_or_a_crash_are_no_attack(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "قتل خمسة جنود في هجوم مسلح على نقطة تفتيش شمال البلاد أمس.",
    "قتل شرطيان في حادث إطلاق نار أمام مركز الشرطة.",
    "أصيب ثلاثة فلسطينيين في حريق متعمد أضرمه مستوطنون في منزلهم.",
    "قتل ستة أشخاص في سقوط قذيفة على سوق شعبي في المدينة.",
])
def test_attacks_set_by_fi_stay_attacks(text):
    assert "ASSAULT" in _types(text)
