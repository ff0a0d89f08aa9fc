"""Parties round 16a: argument frames (sentences written for these tests, not taken from the eval sets).

A verb right after a relative pronoun has the relative's antecedent as its subject; fire "from inside" a
country's territory came from that country (it is not the target); a deployment has no recipient unless it is
aimed at someone.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, actor", [
    ("اختبر تنظيم داعش صبر أنقرة بهجوم على مركز حدودي، وهو ما لم يعلنه الجيش التركي الذي استقدم تعزيزات "
     "عسكرية إلى المنطقة.", "TUR"),
    ("أفادت مصادر محلية بأن مسلحي داعش انسحبوا من القرية، بينما قال الجيش العراقي الذي أرسل تعزيزات إلى "
     "المدينة إنه يستعد للهجوم.", "IRQ"),
])
def test_antecedent_of_a_relative_verb_is_its_subject(text, actor):
    evs = _events(text, "MOBILIZE")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}, [(a.text, a.country) for a in evs[0].actor]


def test_pronoun_on_the_relative_verb_makes_the_antecedent_its_object():
    # "the minister whom the king received": the king received, not the minister
    evs = _events("وصل وزير الخارجية الأردني ناصر جودة إلى الرياض، وكان العاهل السعودي الذي استقبله أمس قد "
                  "بحث معه العلاقات.", "CONSULT")
    assert not any(_countries(e.actor) == {"JOR"} and _countries(e.recipient) == {"SAU"}
                   and "antecedent-of-relative-verb" in " ".join(e.explanation) for e in evs)


@pytest.mark.parametrize("text, origin, target", [
    ("أصيب ثلاثة مواطنين بجازان جراء سقوط قذيفة من داخل الأراضي اليمنية.", "YEM", "SAU"),
    ("سقطت قذائف من الأراضي السورية على بلدة الريحانية التركية.", "SYR", "TUR"),
])
def test_fire_from_inside_a_territory_came_from_it(text, origin, target):
    evs = _events(text, "ASSAULT")
    assert evs, text
    assert any(_countries(e.actor) == {origin} and _countries(e.recipient) == {target} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_strike_inside_a_territory_still_hits_it():
    evs = _events("قصفت المدفعية التركية مواقع داخل الأراضي السورية.", "ASSAULT")
    assert any(_countries(e.actor) == {"TUR"} and _countries(e.recipient) == {"SYR"} for e in evs)


@pytest.mark.parametrize("text, actor", [
    ("أكدت واشنطن أن الولايات المتحدة نشرت ست طائرات مقاتلة في قاعدة أنجرليك بجنوب تركيا.", "USA"),
    ("نشرت فرنسا مئات الجنود في مالي.", "FRA"),
])
def test_a_deployment_has_no_recipient(text, actor):
    evs = _events(text, "MOBILIZE")
    assert evs, text
    assert _countries(evs[0].actor) == {actor} and not evs[0].recipient, (evs[0].actor, evs[0].recipient)


def test_a_deployment_against_someone_keeps_its_target():
    evs = _events("حشدت الحكومة اليمنية قواتها لمواجهة الحوثيين في تعز.", "MOBILIZE")
    assert evs
    assert evs[0].recipient, (evs[0].actor, evs[0].recipient)


@pytest.mark.parametrize("text, target", [
    ("حررت القوات النيجيرية عشرات الرهائن من أيدي حركة بوكو حرام، واعتقلت قياديا بارزا في الحركة المتطرفة.", "NGA"),
    ("أعلنت الشرطة الصومالية أنها طاردت مقاتلي حركة الشباب في مقديشو واعتقلت عنصرين في الحركة.", "SOM"),
])
def test_member_of_the_movement_named_before(text, target):
    evs = _events(text, "COERCE")
    assert any(_countries(e.recipient) == {target} and "member-of" in " ".join(e.explanation) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]


def test_member_of_a_movement_never_named_is_no_party():
    evs = _events("اعتقلت الشرطة المصرية قياديا بارزا في الحركة بعد مداهمة منزله.", "COERCE")
    assert evs and all("member-of" not in " ".join(e.explanation) for e in evs), [e.explanation for e in evs]


@pytest.mark.parametrize("text, attacker", [
    ("أصيب العشرات بجروح أمس في سقوط صاروخ أطلقته قوات النظام السوري على حي شعبي في مدينة حلب.", "SYR"),
    ("أصيب أربعة أطفال بجروح في سقوط قذيفة أطلقتها ميليشيات الحوثي على حي سكني في مدينة تعز.", "YEM"),
])
def test_the_one_who_fired_the_weapon_attacked(text, attacker):
    evs = _events(text, "ASSAULT")
    assert any(_countries(e.actor) == {attacker} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_a_weapon_with_no_agent_relative_names_no_attacker():
    # the country after the weapon is the place hit, not who fired it
    evs = _events("أصيب العشرات بجروح أمس في سقوط صاروخ على حي شعبي في مدينة حلب السورية.", "ASSAULT")
    assert evs and all(not e.actor for e in evs), [(e.actor, e.recipient) for e in evs]


def test_guest_list_of_one_office_past_unknown_names():
    evs = _events("استقبل وزير الخارجية السعودي عادل الجبير في مكتبه اليوم، سفير مملكة السويد لدى المملكة يان "
                  "تورسن ، وسفير بلجيكا مارك فان ، وسفير مملكة هولندا لوك دي.", "CONSULT")
    assert any(_countries(e.actor) == {"SAU"} and _countries(e.recipient) == {"SWE", "BEL", "NLD"} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_guest_list_stops_at_another_office():
    # a minister after the ambassador is not one of the guests of the same rank: the list keeps one guest here
    evs = _events("استقبل وزير الخارجية السعودي سفير السويد لدى المملكة يان تورسن ، ووزير الخارجية "
                  "البلجيكي ديدييه ريندرز.", "CONSULT")
    assert evs and all("guest-list" not in " ".join(e.explanation) for e in evs)


@pytest.mark.parametrize("text, praised", [
    ("أعرب رئيس الوزراء اليمني عن بالغ شكره للدور الذي تضطلع به دولة الإمارات في دعم الشرعية.", "ARE"),
    ("أشاد وزير الخارجية الأردني بالجهود التي تبذلها الكويت لحل الأزمة.", "KWT"),
])
def test_the_one_whose_role_is_praised_is_supported(text, praised):
    evs = _events(text, "SUPPORT")
    assert any(_countries(e.recipient) == {praised} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_a_role_with_no_named_doer_adds_no_party():
    evs = _events("أشاد وزير الخارجية الأردني بالدور الذي تضطلع به في المنطقة.", "SUPPORT")
    assert all("doer-of-praised-role" not in " ".join(e.explanation) for e in evs)


@pytest.mark.parametrize("text, kind, sides", [
    ("هدد الاتحاد الأوروبي بفرض عقوبات على أطراف الصراع الليبي الرافضة للاتفاق.", "THREATEN", "LBY"),
    ("دعا الأمين العام للأمم المتحدة أطراف النزاع اليمني إلى العودة للحوار.", "REQUEST", "YEM"),
    ("طالبت مصر طرفي النزاع في ليبيا بوقف القتال فورا.", "REQUEST", "LBY"),
])
def test_sides_of_a_countrys_conflict(text, kind, sides):
    evs = _events(text, kind)
    assert any(_countries(e.recipient) == {sides} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_sides_of_an_unplaced_conflict_add_no_party():
    evs = _events("دعت الأمم المتحدة أطراف الحرب إلى الهدنة.", "REQUEST")
    assert all("sides-of-conflict" not in " ".join(e.explanation) for e in evs)
