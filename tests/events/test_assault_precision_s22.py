"""Session 22, precision of ASSAULT: an attack named as what a suspicion, an involvement or an inquiry is about
(its result and casualty clauses are background), and casualties of a non-violent cause (غرق، تسمم، سقطت طائرة).
Sentences written for these tests, positives and near misses."""
import pytest

import hadath

SUSPECTED = "an attack named as what a suspicion or inquiry is about"
NONVIOLENT = "casualties of a non-violent cause"


def _events(text):
    return hadath.extract(text, date="2015-08-01").events


def _assaults(text):
    return [e for e in _events(text) if e.type == "ASSAULT"]


def _cut_by(text, key):
    """Whether some ASSAULT candidate of the sentence was cut with the explanation ``key`` (built, then dropped)."""
    from hadath.events.stage import build_event
    from hadath.events.triggers import find_triggers
    from hadath.events.sentence_filter import default_filter

    doc = hadath.extract(text, date="2015-08-01")
    filt = default_filter()
    for m in find_triggers(doc):
        if m.pattern.type != "ASSAULT":
            continue
        ev = build_event(doc, m)
        veto = filt.veto(doc, ev) if ev.aux in ("asserted", "historical") else None
        if veto and key in veto:
            return True
    return False


# ---------------------------------------------------------------- an attack named as what a suspicion is about
@pytest.mark.parametrize("text", [
    "ألمحت الحكومة أمس إلى تورط جهات أجنبية في التفجير الذي وقع في سوق المدينة وأسفر عن مقتل سبعة أشخاص.",
    "أوقفت الشرطة أربعة من المشتبه بضلوعهم في الهجوم الذي استهدف حافلة للجنود وأسفر عن مقتل ثلاثة منهم.",
    "اعتقلت السلطات رجلين يشتبه بوجود صلة لهما بالتفجير الذي ضرب كنيسة في العاصمة وجرح فيه عشرون شخصا.",
])
def test_attack_of_a_suspicion_is_background(text):
    assert _assaults(text) == []


def test_suspected_attack_veto_names_its_rule():
    text = "ألمحت الحكومة أمس إلى تورط جهات أجنبية في التفجير الذي وقع في سوق المدينة وأسفر عن مقتل سبعة أشخاص."
    assert _cut_by(text, SUSPECTED)


@pytest.mark.parametrize("text", [
    # the attack is reported first; the inquiry comes after it and governs no attack before the trigger
    "قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في سيناء، وبدأت السلطات تحقيقا في الهجوم.",
    # a suspicion word with no attack noun under في/ب: the killing is the news
    "قتلت قوات الأمن ثلاثة أشخاص يشتبه بانتمائهم إلى خلية مسلحة في مداهمة شمال البلاد.",
])
def test_attack_reported_before_an_inquiry_is_kept(text):
    assert _assaults(text), text
    assert not _cut_by(text, SUSPECTED)


# ---------------------------------------------------------------- casualties of a non-violent cause
@pytest.mark.parametrize("text", [
    "قتل تسعة أشخاص وأصيب عشرون آخرون أمس بعد غرق عبارة في النهر جنوب البلاد.",
    "أصيب أكثر من ثلاثين عاملا بتسمم غذائي في مطعم المصنع أمس.",
    "سقطت طائرة نقل عسكرية قرب المطار وأسفر ذلك عن مقتل جميع ركابها.",
])
def test_nonviolent_casualties_are_no_attack(text):
    assert _assaults(text) == []


def test_nonviolent_casualties_veto_names_its_rule():
    assert _cut_by("قتل تسعة أشخاص وأصيب عشرون آخرون أمس بعد غرق عبارة في النهر جنوب البلاد.", NONVIOLENT)


@pytest.mark.parametrize("text", [
    # a ship sunk by shelling: the attack word keeps the attack
    "قصفت طائرات حربية سفينة قرب الميناء وأغرقتها وقتل ثلاثة من بحارتها.",
    # casualties with no cause named stay with the model
    "قتل ستة جنود وأصيب أربعة آخرون في كمين نصبه مسلحون شمال البلاد.",
])
def test_casualties_of_an_attack_are_kept(text):
    assert _assaults(text), text
    assert not _cut_by(text, NONVIOLENT)
