"""Parties round 16b (sentences written for these tests, not taken from the eval sets).

A force described by whom it sides with (القوات الموالية للحكومة اليمنية، المسلحون الموالون للحوثيين) is that
side's; a patron state named alone (الموالية لإيران) is no owner.
"""
import pytest

from hadath import extract


def _actors(text):
    return [(a.text, a.country, a.sector) for a in extract(text, date="2015-08-01").actors]


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, country, sector", [
    ("شنت القوات الموالية للحكومة اليمنية هجوما على مواقع المتمردين.", "YEM", "MIL"),
    ("سيطرت القوات الموالية للرئيس عبد ربه منصور هادي على المطار.", "YEM", "MIL"),
    ("هاجم المسلحون الموالون للحوثيين مدينة تعز.", "YEM", "REB"),
    ("قصفت القوات التابعة للحكومة الليبية مواقع في بنغازي.", "LBY", "MIL"),
])
def test_force_siding_with_a_named_side_is_its(text, country, sector):
    heads = [a for a in _actors(text) if a[0].split()[0] in ("القوات", "المسلحون")]
    assert heads and heads[0][1] == country and heads[0][2] == sector, _actors(text)
    if sector != "REB":  # a named group stays an actor of its own beside its men
        assert "الموال" in heads[0][0] or "التابعة" in heads[0][0]


def test_force_siding_with_a_named_side_acts_in_the_event():
    evs = _events("شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا، اليوم، هجوما واسعا على مواقع المتمردين.",
                  "ASSAULT")
    assert evs and _countries(evs[0].actor) == {"YEM"}, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "قصفت القوات الموالية لإيران مواقع المعارضة.",          # a patron state named alone
    "اشتبكت القوات المناهضة للحكومة اليمنية مع الجيش.",      # against, not with
])
def test_patron_state_or_opponent_gives_no_owner(text):
    heads = [a for a in _actors(text) if a[0].startswith("القوات")]
    assert heads and all(len(a[0].split()) == 1 for a in heads), _actors(text)


# Unnamed protesters with no nationality are people of the country where they protest.
@pytest.mark.parametrize("text, country", [
    ("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق داعين الكونغرس الأمريكي إلى رفضه.", "USA"),
    ("تظاهر محتجون أمام السفارة الأمريكية في القاهرة.", "EGY"),
    ("تظاهر مئات الطلاب في باريس احتجاجا على زيارة الرئيس الإيراني.", "FRA"),
    ("تظاهر آلاف المحتجين في بغداد ضد الفساد.", "IRQ"),
])
def test_unnamed_protesters_are_of_the_place(text, country):
    evs = _events(text, "PROTEST")
    assert evs and _countries(evs[0].actor) == {country}, [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, country", [
    ("تظاهر آلاف العراقيين في عمان ضد الفساد في بلادهم.", "IRQ"),       # named nationality stays
    ("تظاهر مئات الطلاب اللبنانيين في باريس احتجاجا على زيارة الرئيس الإيراني.", "LBN"),
])
def test_named_protesters_keep_their_own_country(text, country):
    evs = _events(text, "PROTEST")
    assert evs and country in _countries(evs[0].actor), [(e.actor, e.recipient) for e in evs]


def test_unplaced_protesters_stay_unnamed():
    evs = _events("احتج متظاهرون ضد قرار الحكومة.", "PROTEST")
    assert evs and not any(a.country for a in evs[0].actor)


def test_a_country_chanted_against_is_no_place_of_the_protesters():
    evs = _events("واحتج مئات المتظاهرين الأحد في موقع الهجوم متهمين الجنود بإطلاق النار وهاتفين «الموت لأمريكا».",
                  "PROTEST")
    assert evs and not any(a.country for a in evs[0].actor), [(e.actor, e.recipient) for e in evs]


# Aid named before its giver: the giver a relative or participle names after it (التي دفع بها X، المقدمة من X).
@pytest.mark.parametrize("text, giver, taker", [
    ("بدأ في مدينة المكلا توزيع دفعة جديدة من المساعدات الغذائية، التي دفع بها «مركز الملك سلمان للإغاثة»، "
     "على الأسر المحتاجة.", "SAU", "YEM"),
    ("وصلت إلى ميناء عدن أمس شحنة من المساعدات الطبية المقدمة من الكويت.", "KWT", "YEM"),
])
def test_aid_giver_named_after_the_aid(text, giver, taker):
    evs = _events(text, "AID")
    assert evs and _countries(evs[0].actor) == {giver} and taker in _countries(evs[0].recipient), \
        [(e.actor, e.recipient) for e in evs]


def test_aid_with_a_speaker_after_it_has_no_giver():
    evs = _events("وصلت إلى ميناء عدن أمس شحنة من المساعدات الطبية، وقال وزير الخارجية الكويتي إن بلاده تدعم اليمن.",
                  "AID")
    assert evs and not evs[0].actor, [(e.actor, e.recipient) for e in evs]
