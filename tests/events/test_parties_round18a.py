"""Parties round 18a: argument frames (sentences written for these tests, not taken from the eval sets).

Deaths in clashes with Y or in an operation Y carried out were Y's act; a coalition named by the state that leads
it in a relative clause (التحالف الذي تقوده X) is the coalition; a separate object pronoun (متهمة إياهم) points back
to the party named before it; the side a place is retaken from (لاستعادة X من Y) is attacked; the caller after a
long run of honorifics (من صاحب السمو الملكي الأمير Y) is the one who called.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


def _show(ev):
    return [(a.text, a.country) for a in ev.actor], [(a.text, a.country) for a in ev.recipient]


@pytest.mark.parametrize("text, actor, recipient", [
    ("لقي ثلاثة مسلحين مصرعهم في اشتباكات مع قوات الأمن الأفغانية في ولاية قندهار.", "AFG", None),
    ("قتل عشرون عنصرا من حركة الشباب بعملية عسكرية نفذها الجيش الكيني جنوب الصومال.", "KEN", "SOM"),
    ("قتل سبعة عناصر من تنظيم داعش في غارات جوية شنتها مقاتلات أردنية قرب الرقة.", "JOR", None),
    ("قتل 12 مسلحا من حركة طالبان في عمليات عسكرية تقوم بها القوات الباكستانية في وزيرستان.", "PAK", None),
    ("أفادت مصادر محلية بمقتل عدد من عناصر جماعة بوكو حرام في اشتباكات عنيفة مع الجيش النيجيري.", "NGA", "NGA"),
])
def test_deaths_in_an_operation_are_its_doers_act(text, actor, recipient):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert any(_countries(e.actor) == {actor} for e in evs), [_show(e) for e in evs]
    if recipient is not None:
        assert any(recipient in _countries(e.recipient) for e in evs), [_show(e) for e in evs]


def test_a_clash_without_deaths_keeps_its_sides():
    # no deaths: the clash noun's مع / بين parties stay as the frame gives them
    evs = _events("اندلعت اشتباكات عنيفة بين الجيش الليبي ومسلحين في بنغازي.", "ASSAULT")
    assert evs
    assert any("LBY" in _countries(e.actor) for e in evs), [_show(e) for e in evs]


def test_a_claimed_attack_is_no_operation_of_the_victims_state():
    # the relative names who claimed the attack (تبناه), not an operation of the soldiers' own state
    evs = _events("قتل خمسة جنود مصريين في هجوم على حاجز قرب العريش تبناه تنظيم أنصار بيت المقدس.", "ASSAULT")
    assert evs
    assert all("EGY" not in _countries(e.actor) for e in evs), [_show(e) for e in evs]


@pytest.mark.parametrize("text, led_by", [
    ("شنت طائرات التحالف الذي تقوده السعودية غارات على مواقع الحوثيين في صعدة.", "SAU"),
    ("نفذت قوات التحالف الذي تقوده الولايات المتحدة 20 غارة على مواقع تنظيم داعش في العراق.", "USA"),
])
def test_coalition_led_by_a_state_in_a_relative_is_the_coalition(text, led_by):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert all(led_by not in _countries(e.actor) for e in evs), [_show(e) for e in evs]


def test_a_state_striking_alone_keeps_its_country():
    evs = _events("شنت مقاتلات سعودية غارات على مواقع الحوثيين في صعدة.", "ASSAULT")
    assert evs and _countries(evs[0].actor) == {"SAU"}, [_show(e) for e in evs]


@pytest.mark.parametrize("text, actor, recipient", [
    ("اعتقلت السلطات الإيرانية صحفيين أمريكيين في طهران، متهمة إياهم بالتجسس.", "IRN", "USA"),
    ("احتجزت قوات الحوثيين دبلوماسيين سعوديين في صنعاء، متهمة إياهم بالتخابر.", "YEM", "SAU"),
    ("هاجم الرئيس الروسي الحكومة الأوكرانية، متهما إياها بخرق الهدنة.", "RUS", "UKR"),
])
def test_object_pronoun_points_back_to_the_party_named_before(text, actor, recipient):
    evs = _events(text, "ACCUSE")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert _countries(evs[0].recipient) == {recipient}, _show(evs[0])


def test_object_pronoun_with_no_party_before_it_names_none():
    # the antecedent (a newspaper) is no party: nothing is made up
    for ev in _events("داهمت الشرطة التركية مقر صحيفة معارضة في إسطنبول، متهمة إياها بدعم الإرهاب.", "ACCUSE"):
        assert not [a for a in ev.recipient if a.country and a.country != "TUR"], _show(ev)


@pytest.mark.parametrize("text, actor, recipient", [
    ("شنت القوات العراقية هجوما واسعا لاستعادة مدينة الرمادي من تنظيم داعش.", "IRQ", None),
    ("شن الجيش الأفغاني هجوما لاستعادة مدينة قندوز، من مسلحي حركة طالبان.", "AFG", "AFG"),
])
def test_the_side_a_place_is_retaken_from_is_attacked(text, actor, recipient):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert evs[0].recipient and _countries(evs[0].recipient) == {recipient}, _show(evs[0])


def test_retaking_again_names_no_side():
    # "من جديد" (anew) after the retaking word is no side
    evs = _events("شنت القوات العراقية هجوما واسعا لاستعادة مدينة الرمادي من جديد.", "ASSAULT")
    assert evs
    assert not evs[0].recipient, _show(evs[0])


@pytest.mark.parametrize("text, caller, receiver", [
    ("تلقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد اتصالا هاتفيا اليوم من صاحب السمو الملكي الأمير "
     "سلمان بن حمد آل خليفة ولي عهد مملكة البحرين.", "BHR", "SAU"),
    ("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا أمس من صاحب السمو الشيخ تميم بن حمد آل "
     "ثاني أمير دولة قطر.", "QAT", "SAU"),
])
def test_caller_after_long_honorifics(text, caller, receiver):
    evs = _events(text, "CONSULT")
    assert evs, text
    assert _countries(evs[0].actor) == {caller}, _show(evs[0])
    assert _countries(evs[0].recipient) == {receiver}, _show(evs[0])


@pytest.mark.parametrize("text, host, guest", [
    ("استقبل وزير الخارجية عادل الجبير في جدة اليوم؛ نظيره الفرنسي لوران فابيوس.", "SAU", "FRA"),
    ("استقبل ولي العهد الأمير محمد بن نايف في مكتبه بالرياض أمس؛ سفير الولايات المتحدة لدى المملكة.", "SAU", "USA"),
])
def test_guest_right_after_a_semicolon(text, host, guest):
    evs = _events(text, "CONSULT")
    assert evs, text
    assert _countries(evs[0].actor) == {host}, _show(evs[0])
    assert _countries(evs[0].recipient) == {guest}, _show(evs[0])


@pytest.mark.parametrize("text, foreign", [
    ("استقبل أمير منطقة الرياض في مكتبه أمس؛ وفدا من رجال الأعمال.", None),
    # a new clause after ؛: the party named in it was not received
    ("استقبل وزير الخارجية عادل الجبير في جدة اليوم؛ وكان قد التقى أمس نظيره الفرنسي.", "FRA"),
])
def test_no_guest_after_a_semicolon_without_one(text, foreign):
    for ev in _events(text, "CONSULT"):
        if ev.trigger.text.startswith("استقبل"):
            assert not [a for a in ev.recipient if a.country and a.country != "SAU"], _show(ev)


@pytest.mark.parametrize("text, actor, recipient", [
    ("حمل وزير الخارجية اليمني رياض ياسين نظيره الإيراني محمد جواد ظريف المسؤولية عن تدهور الأوضاع.", "YEM", "IRN"),
    ("حمّل الرئيس اللبناني ميشال سليمان نظيره السوري بشار الأسد المسؤولية عن التفجير.", "LBN", "SYR"),
])
def test_counterpart_held_responsible_inside_the_frame(text, actor, recipient):
    evs = _events(text, "ACCUSE")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert _countries(evs[0].recipient) == {recipient}, _show(evs[0])


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("دعا وزير الصحة الفلسطيني، جواد عواد، منظمة الصحة العالمية إلى التدخل العاجل.", "REQUEST", "PSE", "IGO"),
    ("انتقد رئيس لجنة الشؤون الخارجية، جون ماكين، الحكومة الروسية بشدة.", "ACCUSE", "USA", "RUS"),
    # a known title before the commas: the frame is read as before
    ("التقى الرئيس الأمريكي، باراك أوباما، رئيس الوزراء الهندي ناريندرا مودي.", "CONSULT", "USA", "IND"),
])
def test_subject_set_off_by_commas_after_an_unknown_title(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert _countries(evs[0].recipient) == {recipient}, _show(evs[0])


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("رحبت الحكومة المصرية بالزيارة التي يقوم بها الرئيس الفرنسي إلى القاهرة.", "SUPPORT", "EGY", "FRA"),
    ("انتقدت المعارضة السورية الزيارة التي سيقوم بها وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق.",
     "ACCUSE", "SYR", "IRN"),
    ("رفضت الخارجية الروسية ما تردده الحكومة البريطانية عن دور موسكو في أوكرانيا.", "REJECT", "RUS", "GBR"),
    ("رفض وزير الخارجية التركي ما يقوله الرئيس السوري بشار الأسد عن دعم أنقرة للإرهاب.", "REJECT", "TUR", "SYR"),
])
def test_doer_of_the_act_taken_a_stance_on(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert _countries(evs[0].recipient) == {recipient}, _show(evs[0])


def test_own_official_visit_is_no_recipient():
    # the visitor is the speaker's own minister (a pronoun ties him to Kuwait): no foreign party made up
    evs = _events("رحبت الكويت بالزيارة التي قام بها وزير خارجيتها إلى طهران.", "SUPPORT")
    for ev in evs:  # none at all since session 26: backing with no one backed is dropped
        assert not [a for a in ev.recipient if a.country not in (None, "KWT", "IRN")], _show(ev)


@pytest.mark.parametrize("text, hit", [
    ("قتل ستة أشخاص على الأقل، بينهم ثلاثة من رجال الشرطة، في تفجير انتحاري استهدف مركزا للشرطة شرقي أفغانستان.",
     "AFG"),
    ("قتل أربعة أشخاص في هجوم بسيارة مفخخة استهدف مقرا للجيش في شمال مالي.", "MLI"),
])
def test_owner_of_the_post_struck_is_no_attacker(text, hit):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert all(hit not in _countries(e.actor) for e in evs), [_show(e) for e in evs]
    assert any(hit in _countries(e.recipient) for e in evs), [_show(e) for e in evs]


def test_attacker_named_before_the_post_stays():
    evs = _events("قتل خمسة أشخاص في هجوم شنته قوات الجيش المصري على مخبأ للمسلحين في سيناء.", "ASSAULT")
    assert evs and any("EGY" in _countries(e.actor) for e in evs), [_show(e) for e in evs]


@pytest.mark.parametrize("text, actor, recipient", [
    ("دعا وزير الخارجية المصري الحكومة الإسرائيلية إلى وقف الاستيطان.", "EGY", "ISR"),
    ("دعا وزير الخارجية الأردني إسرائيل إلى وقف الاستيطان.", "JOR", "ISR"),
    ("طالب الرئيس الفلسطيني الولايات المتحدة بالضغط على إسرائيل.", "PSE", "USA"),
])
def test_the_one_asked_right_after_the_verb_stays(text, actor, recipient):
    evs = _events(text, "REQUEST")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, _show(evs[0])
    assert _countries(evs[0].recipient) == {recipient}, _show(evs[0])
