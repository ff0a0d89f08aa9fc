"""Parties round 20b: a pardon or amnesty a state grants is for its own people, unless the pardoned are named by a
nationality (the news conventions code nationals, as for arrests). Sentences written for these tests."""
import pytest

import hadath


def _concede(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [e for e in doc.events if e.type == "CONCEDE"]


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


@pytest.mark.parametrize("text,actor", [
    ("أصدر الرئيس السوري بشار الأسد مرسوما بعفو عام عن الفارين من الخدمة العسكرية.", "SYR"),
    ("أصدر الرئيس المصري عفوا رئاسيا عن المحبوسين في قضايا التظاهر.", "EGY"),
    ("عفا ملك المغرب عن 500 سجين بمناسبة عيد العرش.", "MAR"),
    ("أصدر العاهل الأردني عفوا خاصا عن عدد من المحكومين.", "JOR"),
])
def test_pardon_goes_to_own_people(text, actor):
    evs = _concede(text)
    assert evs, text
    assert _countries(evs[0].actor) == [actor]
    assert _countries(evs[0].recipient) == [actor]


@pytest.mark.parametrize("text,actor,recipient", [
    ("أصدر الرئيس السوداني عمر البشير قرارا بالعفو عن 101 من الصيادين المصريين المحتجزين.", "SDN", "EGY"),
    ("أصدر الرئيس المصري عبد الفتاح السيسي عفوا عن 44 سودانيا من المعدنين.", "EGY", "SDN"),
    ("أصدر أمير الكويت عفوا عن عدد من المحكومين الأردنيين.", "KWT", "JOR"),
])
def test_pardoned_nationals_take_their_country(text, actor, recipient):
    evs = _concede(text)
    assert evs, text
    assert _countries(evs[0].actor) == [actor]
    assert _countries(evs[0].recipient) == [recipient]


def test_no_state_no_implied_recipient():
    # an NGO's name holding the pardon word grants nothing to anyone
    for e in _concede("أصدرت منظمة العفو الدولية تقريرا عن السجون."):
        assert not e.recipient


@pytest.mark.parametrize("text", [
    "لم يصدر الرئيس التونسي أي عفو عن المتهمين.",
    "قد يصدر الرئيس التونسي عفوا عن المتهمين.",
])
def test_negated_or_possible_pardon_gets_no_recipient(text):
    evs = _concede(text)
    assert evs and all(e.aux in ("negated", "hypothetical") for e in evs), text
    assert all(not e.recipient for e in evs)


def test_named_recipient_is_kept():
    # the pardoned are named (Houthi fighters, YEM): the rule adds nothing and replaces nothing
    evs = _concede("أصدر الرئيس اليمني عفوا عن المقاتلين الحوثيين الذين يسلمون أسلحتهم.")
    assert evs
    assert all("pardon" not in " ".join(e.explanation) for e in evs)
    assert _countries(evs[0].recipient) == ["YEM"]


# --- a state's attack or restriction abroad on no one named, placed by no phrase near the trigger, in a sentence
# naming places of one foreign country only: that country is the recipient

def _events(text, kind):
    return [e for e in hadath.extract(text, date="2015-08-01").events if e.type == kind]


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("أطلقت البحرية الإسرائيلية النار على الصيادين قبالة سواحل قطاع غزة.", "ASSAULT", "ISR", "PSE"),
    ("فرضت السلطات التركية قيودا على دخول العمال ومنعت الشبان من الوصول الى مدينة حلب.", "COERCE", "TUR", "SYR"),
])
def test_act_abroad_hits_the_foreign_country(text, kind, actor, recipient):
    evs = [e for e in _events(text, kind) if actor in _countries(e.actor)]
    assert evs, text
    assert _countries(evs[0].recipient) == [recipient]


@pytest.mark.parametrize("text,kind,actor", [
    # the place is the actor's own country: no foreign recipient, and this rule adds none
    ("أطلقت البحرية المصرية النار على الصيادين قبالة سواحل مدينة العريش.", "ASSAULT", "EGY"),
    ("فرضت السلطات التركية قيودا على دخول العمال ومنعت الشبان من الوصول الى مدينة ديار بكر.", "COERCE", "TUR"),
    # places of two countries: no single country where it happened
    ("فرضت السلطات التركية قيودا على دخول العمال ومنعت الشبان من الوصول الى حلب والموصل.", "COERCE", "TUR"),
])
def test_own_or_mixed_soil_gets_no_place_recipient(text, kind, actor):
    evs = [e for e in _events(text, kind) if actor in _countries(e.actor)]
    assert evs, text
    assert all("country where it happened" not in " ".join(e.explanation) for e in evs)
    assert all(not e.recipient for e in evs)


def test_strike_on_a_group_abroad_is_the_groups():
    evs = [e for e in _events("هاجمت طائرات إيرانية مسيرة مواقع الأكراد قرب مدينة أربيل العراقية.", "ASSAULT")
           if "IRN" in _countries(e.actor)]
    assert evs
    assert "IRQ" not in _countries(evs[0].recipient)


def test_country_named_as_a_party_is_not_where_it_happened():
    # the protesters chant against Russia: Russia is what the act is about, not the soil it happens on
    evs = [e for e in _events("فرقت الشرطة التركية عشرات المتظاهرين الذين كانوا يهتفون ضد روسيا.", "COERCE")
           if "TUR" in _countries(e.actor)]
    assert evs
    assert "RUS" not in _countries(evs[0].recipient)
