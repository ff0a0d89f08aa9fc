"""Recipients named by a group or people noun (session 19; sentences written for these tests, not taken from the eval
sets).

A demand, stance, threat, attack or arrest whose object is a group or people noun the actors layer leaves unnamed
takes the country that qualifies the noun inside its phrase: a bloc its head names (دول الخليج، منطقة اليورو ->
IGO; المنظمات الحقوقية -> NGO), a nationality adjective (صيادين نيجيريين، مغني الراب الأميركي) or a place behind في
right after it (الأطراف السياسية في إقليم كردستان). An attack or restriction by another country's party in a
sentence naming the Aqsa mosque (a site the places layer leaves unplaced) hits its people (PSE). A people noun with
no qualifier, a place that is only where the act happens, and a group with no subject before it give nothing.
"""
import pytest

from hadath import extract
from hadath.events.group_parties import BLOC_HEADS, GROUP_HEADS, SITE_HEADS
from hadath.text.normalize import normalize_word


def _events(text, kind):
    return [e for e in extract(text, date="2015-07-26").events if e.type == kind]


def _recipients(text, kind):
    return {frozenset(a.country for a in e.recipient) for e in _events(text, kind)}


@pytest.mark.parametrize("text, kind, recipient", [
    # a bloc named by its head
    ("دعا وزير الخارجية الإيراني دول الخليج إلى التعاون مع طهران في مكافحة الإرهاب.", "REQUEST", "IGO"),
    ("طالب صندوق النقد الدولي منطقة اليورو بإصلاحات اقتصادية عاجلة.", "REQUEST", "IGO"),
    ("دعا وزير العدل اليمني المنظمات الحقوقية إلى زيارة السجون في عدن.", "REQUEST", "NGO"),
    # a place behind في right after the group's phrase, past an adverb and a comma
    ("دعا قادة البيشمركة، أمس، الأطراف السياسية في إقليم كردستان إلى الحوار.", "REQUEST", "IRQ"),
    # a nationality adjective inside the phrase
    ("اعتقلت الشرطة الإيطالية مغني الراب الأميركي في مطار روما.", "COERCE", "USA"),
    ("دعا السفير السعودي الشركات المصرية إلى المشاركة في المعرض.", "REQUEST", "EGY"),
])
def test_qualified_group_is_the_recipient(text, kind, recipient):
    assert frozenset([recipient]) in _recipients(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("اقتحمت قوات الاحتلال الإسرائيلي المسجد الأقصى، وهاجمت المرابطين بالقنابل الصوتية.", "ASSAULT"),
    ("فرضت الشرطة الإسرائيلية قيودا على دخول المصلين إلى المسجد الأقصى.", "COERCE"),
])
def test_people_of_the_aqsa(text, kind):
    assert frozenset(["PSE"]) in _recipients(text, kind)


def test_unqualified_people_stay_unnamed():
    # no nationality, place or bloc: the demand keeps no group recipient
    recs = _recipients("دعا الرئيس الفرنسي الأطراف إلى ضبط النفس.", "REQUEST")
    assert recs <= {frozenset()}, recs


def test_place_of_the_speaker_is_no_qualifier():
    # the place is where the speaker stands, not behind the group's phrase
    for r in _recipients("دعا وزير الخارجية الأمريكي في القاهرة الأطراف المتحاربة إلى وقف القتال.", "REQUEST"):
        assert "EGY" not in r


def test_group_with_no_subject_is_no_recipient():
    # with no subject found, the group after the verb is the one that demands
    for r in _recipients("طالبت الأحزاب السياسية في اليونان بتوفير إجابات عن الخطة.", "REQUEST"):
        assert "GRC" not in r


def test_nationality_of_the_attacker_is_not_the_victims():
    # the nationality belongs to the subject, not to the people attacked after it
    for r in _recipients("هاجم مسلحون نيجيريون المصلين في قرية نائية.", "ASSAULT"):
        assert "NGA" not in r


def test_aqsa_by_palestinians_is_no_pse_target():
    # a site's own people acting there do not hit themselves
    for r in _recipients("هاجم شبان فلسطينيون الشرطة الإسرائيلية في المسجد الأقصى.", "ASSAULT"):
        assert r != frozenset(["PSE"])


def test_far_north_is_no_site():
    # الأقصى as "far" after a direction is no Aqsa mosque
    for r in _recipients("قتل مسلحو بوكو حرام ستة أطفال في قرية في الشمال الأقصى من نيجيريا.", "ASSAULT"):
        assert "PSE" not in r


def test_foreigners_living_in_a_country_are_not_its_people():
    for r in _recipients("حذرت الحكومة الليبية المواطنين الأجانب المقيمين في ليبيا من التجول ليلا.", "THREATEN"):
        assert "LBY" not in r


def test_word_classes_are_loaded():
    assert normalize_word("الأطراف") in GROUP_HEADS
    assert BLOC_HEADS[(normalize_word("منطقة"), normalize_word("اليورو"))] == "IGO"
    assert SITE_HEADS[(normalize_word("المسجد"), normalize_word("الأقصى"))] == "PSE"
