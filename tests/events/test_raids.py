"""Session 20: security raids, sweeps and campaigns launched by a verb of launching (شن، نفذ، بدأ، أطلق + مداهمات،
عمليات دهم، حملة أمنية، حملة تستهدف) are arrest campaigns (COERCE, CAMEO 17x), not attacks: the raid phrase beats
the generic نفذ + عمليات attack frame and swallows the استهدف of a campaign that targets someone. Military campaigns
(حملة عسكرية، حملة جوية، غارات) stay ASSAULT. Sentences written for these tests."""
import pytest

import hadath


def _types(text):
    return [(e.type, e.source) for e in hadath.extract(text, date="2015-08-01").events]


@pytest.mark.parametrize("text", [
    "شنت الشرطة الفرنسية مداهمات في عدة أحياء بمدينة ليون بحثا عن مشتبه بهم.",
    "نفذت وحدات من الجيش الأردني عمليات دهم في بلدات الشمال بحثا عن مطلوبين.",
    "بدأت الشرطة الإسبانية حملة أمنية تستهدف شبكات متطرفة في مدريد.",
    "نفذت قوات الأمن المغربية حملات أمنية في أحياء مدينة طنجة.",
    "أطلقت السلطات التونسية سلسلة من المداهمات في ضواحي العاصمة.",
    "شنت قوات الأمن الكويتية حملات استهدفت عناصر خلية متطرفة في العاصمة.",
])
def test_launched_raids_are_coerce_not_assault(text):
    found = _types(text)
    assert any(t == "COERCE" for t, _ in found), found
    assert not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "شنت المقاتلات التركية حملة جوية استهدفت مواقع المسلحين في شمال العراق.",
    "نفذ الجيش السوري عمليات عسكرية في ريف حلب.",
    "شن الطيران الحربي غارات على مواقع التنظيم في الرقة.",
    "نفذت الطائرات الأمريكية ضربات استهدفت مخازن أسلحة للتنظيم.",
    # an attack on a security campaign: the launching verb's own object is the attack, not the raid noun after it
    "شن مسلحون هجوما على حملة أمنية في شمال سيناء.",
])
def test_military_campaigns_stay_assault(text):
    found = _types(text)
    assert any(t == "ASSAULT" for t, _ in found), found
    assert not any(t == "COERCE" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الصحة السعودية عن حملة توعية بمخاطر التدخين في المدارس.",
    # a campaign with no adjective that targets no militants or suspects is no raid
    "أطلقت وزارة الصحة الأردنية حملة تستهدف الأطفال في المدارس الحكومية.",
])
def test_a_campaign_that_targets_no_suspects_is_not_a_raid(text):
    found = _types(text)
    assert not any(t == "COERCE" for t, _ in found), found


def test_a_raid_is_a_search_not_an_arrest():
    """Raids are coded COERCE seize (CAMEO 170), not arrest 173: the raided are no arrested people, so a raid with
    no named target does not default to the raiding state's own country."""
    evs = [e for e in hadath.extract("شنت الشرطة الأسترالية سلسلة من المداهمات في المدن الكبرى.",
                                     date="2015-08-01").events if e.type == "COERCE"]
    assert evs and all(e.mode == "seize" and e.cameo == "170" for e in evs), evs
    assert all(not e.recipient for e in evs), [(e.actor, e.recipient) for e in evs]


def test_a_raid_at_home_has_no_place_target():
    # the raiding state's own region is where it happened, not whom it targeted (the gold leaves the side empty)
    evs = [e for e in hadath.extract("نفذت وحدات من الجيش اللبناني يوم أمس عمليات دهم في منطقة البقاع بحثا عن مطلوبين.",
                                     date="2015-08-01").events if e.type == "COERCE"]
    assert evs and all(not e.recipient for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "نفذت قوات الأمن العراقية حملة اعتقالات في الموصل.",
    "بدأت الشرطة الأردنية حملة اعتقالات في عمان.",
])
def test_an_arrest_campaign_stays_an_arrest(text):
    assert any(t == "COERCE" and not s.endswith("dahm") for t, s in _types(text)), _types(text)
