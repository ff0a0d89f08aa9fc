"""Actor choice rules of session 21 (sentences written for these tests, not taken from the eval sets).

An attack the text lays at someone's door (هجمات نسبت إلى حزب العمال الكردستاني، هجوم نسبته السلطات إلى ...) was done by
that party (attack_parties.attributed_attack); attributing words (نسبت الصحيفة تصريحات إلى مسؤول) are no attack's.

A bombing's casualty report keeps no actor from the victims' own state.

A report of a blast and its dead (قتل أربعة من أفراد الشرطة في انفجار عبوة ناسفة ... الأفغانية، أصيب ضابطا شرطة مصريان
إثر تفجير عبوة) names the victims and the place, seldom the bomber; the argument rules then read the place or a piece
of the victims' phrase as the doer. An actor that is only the hit side's own state (its forces, country or city) is
cleared (attack_parties.bombing_victims_side); a named rebel group of that state, an attack that is not the blast
or its casualties, and a clash that is no bombing keep theirs.
"""
from hadath import extract

RULE = "actor: the bombing's victims' own state is the side hit"
ATTRIBUTED = "actor: the attack is attributed to"


def _assaults(text):
    return [e for e in extract(text, date="2015-08-01").events if e.type == "ASSAULT"]


def _fired(ev) -> bool:
    return any(x.startswith(RULE) for x in ev.explanation)


def _summary(evs):
    return [([(a.text, a.country) for a in e.actor], [(a.text, a.country) for a in e.recipient], e.explanation)
            for e in evs]


def test_police_killed_by_a_roadside_bomb_are_not_its_doer():
    evs = _assaults("قتل أربعة من أفراد الشرطة في انفجار عبوة ناسفة زرعت قرب مركز أمني في ولاية قندوز الأفغانية "
                    "بشمال أفغانستان، حسبما أفادت السلطات المحلية أمس.")
    assert evs and any(_fired(e) for e in evs), _summary(evs)
    assert all(not e.actor for e in evs), _summary(evs)
    assert any("AFG" in {a.country for a in e.recipient} for e in evs), _summary(evs)


def test_wounded_officers_split_phrase_is_no_doer():
    evs = _assaults("أصيب ضابطا شرطة مصريان بجروح ومواطن مدني أمس إثر تفجير عبوة بدائية الصنع قرب محطة للحافلات "
                    "في مدينة الجيزة.")
    assert evs and any(_fired(e) for e in evs), _summary(evs)
    assert all(not e.actor for e in evs), _summary(evs)


def test_named_rebels_keep_the_bombing():
    evs = _assaults("قتل أربعة من أفراد الشرطة في انفجار عبوة ناسفة زرعها مقاتلو حركة طالبان قرب مركز أمني في "
                    "ولاية قندوز الأفغانية بشمال أفغانستان.")
    assert evs and not any(_fired(e) for e in evs), _summary(evs)
    assert any("AFG" in {a.country for a in e.actor} for e in evs), _summary(evs)


def test_a_clash_without_a_bomb_is_left_alone():
    evs = _assaults("أصيب ضابطا شرطة مصريان بجروح أمس في اشتباك مع مهربين قرب مدينة الجيزة.")
    assert not any(_fired(e) for e in evs), _summary(evs)


def test_a_state_strike_beside_a_bombing_keeps_its_doer():
    evs = _assaults("شنت الشرطة الأفغانية هجوما على مخبأ لمسلحين في كابل بعد انفجار قنبلة في سوق المدينة.")
    assert evs and not any(_fired(e) for e in evs), _summary(evs)
    assert any("AFG" in {a.country for a in e.actor} for e in evs), _summary(evs)


def _attributed(ev) -> bool:
    return any(x.startswith(ATTRIBUTED) for x in ev.explanation)


def test_attacks_attributed_to_a_group_in_a_passive_relative():
    evs = _assaults("قتل في تركيا أمس ثلاثة جنود في هجمات نسبت الى حزب العمال الكردستاني والى مجموعة يسارية تبنت "
                    "هجوما على السفارة الفرنسية في أنقرة.")
    assert any(_attributed(e) and [a.text for a in e.actor] == ["حزب العمال الكردستاني"] for e in evs), _summary(evs)


def test_attack_the_authorities_attribute_to_a_group():
    evs = _assaults("أصيب شرطيان بجروح في إطلاق نار على مركز أمني في إسطنبول، في هجوم نسبته السلطات إلى حزب العمال "
                    "الكردستاني.")
    assert any(_attributed(e) and "TUR" in {a.country for a in e.actor} for e in evs), _summary(evs)
    assert all("السلطات" not in [a.text for a in e.actor] for e in evs), _summary(evs)


def test_statements_attributed_to_an_official_are_no_doer():
    evs = _assaults("قتل جندي تركي في كمين قرب الحدود السورية، ونسبت الصحيفة تصريحات إلى مسؤول في الحكومة التركية.")
    assert not any(_attributed(e) for e in evs), _summary(evs)


def test_a_denied_attribution_names_no_doer():
    """``ولم ينسب الهجوم إلى X``: the text says whose the attack was not."""
    evs = _assaults("قتل جندي تركي في هجوم على دورية في جنوب شرق البلاد، ولم ينسب الهجوم إلى حزب العمال الكردستاني.")
    assert evs and not any(_attributed(e) for e in evs), _summary(evs)


def test_a_relative_ma_is_no_denial():
    """``وهو ما نسبته السلطات إلى X``: ما is the relative "which", not a negation."""
    evs = _assaults("انفجرت قنبلة في أنقرة أمس وقتلت شرطيين، وهو ما نسبته السلطات إلى حزب العمال الكردستاني.")
    assert any(_attributed(e) for e in evs), _summary(evs)


def test_a_shooter_named_beside_a_bombing_stays_the_doer():
    """``برصاص الشرطة``: the text names who shot; the car bomb the police tried to stop does not make them its
    victims' side."""
    evs = _assaults("قتل خمسة مدنيين عراقيين برصاص الشرطة العراقية خلال محاولتها إحباط تفجير سيارة مفخخة في بغداد.")
    assert any("IRQ" in {a.country for a in e.actor} for e in evs), _summary(evs)
    assert not any(_fired(e) for e in evs), _summary(evs)
