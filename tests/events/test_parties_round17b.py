"""Round 17b: the states of an endorsed deal are the recipients of the endorsement."""
import pytest

import hadath


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


def _parties(text, etype, required=True):
    """The (actor, recipient) countries of each event of the type; ``required=False`` for the no-recipient tests,
    whose event is dropped since session 26 (backing with no one backed is no event the news gold codes)."""
    evs = [e for e in _events(text) if e.type == etype]
    assert evs or not required, f"no {etype} event in {text!r}"
    return [(sorted({a.country for a in e.actor}), sorted({a.country for a in e.recipient})) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("أيدت اليابان الاتفاق بين الهند وباكستان.", ["JPN"], ["IND", "PAK"]),
    ("صادق البرلمان الألماني على الاتفاقية الموقعة بين فرنسا والمغرب.", ["DEU"], ["FRA", "MAR"]),
    ("رحبت كندا بالاتفاق بين كولومبيا وفنزويلا.", ["CAN"], ["COL", "VEN"]),
])
def test_endorsed_deal_goes_to_its_states(text, actor, recipient):
    assert (actor, recipient) in _parties(text, "SUPPORT")


def test_speaker_own_state_is_not_its_own_recipient():
    parties = _parties("رحبت روسيا بالاتفاق بين روسيا والصين.", "SUPPORT")
    assert (["RUS"], ["CHN"]) in parties


@pytest.mark.parametrize("text", [
    "رحبت ألمانيا بالاتفاق، وبالحوار بين تركيا واليونان.",  # "بين" after a comma: another phrase
    "رحبت ألمانيا بقرار الحكومة وقالت إن الخلاف بين تركيا واليونان قائم.",  # no deal noun after the verb
])
def test_between_outside_the_deal_is_no_recipient(text):
    for _actor, recipient in _parties(text, "SUPPORT", required=False):
        assert "TUR" not in recipient and "GRC" not in recipient


@pytest.mark.parametrize("text,recipient", [
    ("رحبت منظمة الصحة العالمية، في بيان أمس، بالخطة التي أطلقها وزير الصحة المغربي الحسين الوردي.", "MAR"),
    ("أشاد الاتحاد الأوروبي (بروكسل)، بحزمة الإجراءات التي أعلنها رئيس الوزراء الهندي ناريندرا مودي.", "IND"),
])
def test_praise_goes_to_who_took_the_step(text, recipient):
    assert any(recipient in r for _a, r in _parties(text, "SUPPORT"))


def test_praiser_own_step_is_no_recipient():
    for actor, recipient in _parties("أشادت فرنسا بالإصلاحات التي أعلنها الرئيس الفرنسي.", "SUPPORT", required=False):
        assert "FRA" not in recipient


def test_relative_verb_without_object_pronoun_is_no_step():
    # "الذي قدم تعازيه لمصر": the antecedent is the doer, Egypt is no author of a praised step
    for _actor, recipient in _parties("أشادت فرنسا، في بيان أمس، بالوزير الذي قدم تعازيه لمصر.",
                                       "SUPPORT", required=False):
        assert "EGY" not in recipient
