"""Parties round 17a: argument frames (sentences written for these tests, not taken from the eval sets).

The maker of the thing welcomed, rejected or criticised (the subject of a relative clause whose verb points back to
it: القرار الذي اتخذته حكومة Y) is the recipient; an accord "between X and Y" named a few words after the stance
verb gives its parties as recipients, even when the first party is no actor (بين القوى العالمية وإيران).
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("رفضت الحكومة المصرية القرار الذي اتخذته الحكومة الإثيوبية بشأن السد.", "REJECT", "EGY", "ETH"),
    ("رحبت الجامعة العربية بالمبادرة التي طرحها أمير الكويت لحل الأزمة.", "SUPPORT", "IGO", "KWT"),
    ("انتقد وزير الخارجية الفرنسي الخطة التي أعلنها الرئيس الروسي فلاديمير بوتين أمس.", "ACCUSE", "FRA", "RUS"),
    # the subject's aside in brackets, then a comma, then the stance object
    ("رحبت منظمة الأمم المتحدة للطفولة (يونيسف)، بالخطة التي أعلنتها الحكومة الأردنية لتعليم اللاجئين.",
     "SUPPORT", "IGO", "JOR"),
])
def test_maker_of_the_object_is_the_recipient(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert evs, text
    assert _countries(evs[0].actor) == {actor}
    assert _countries(evs[0].recipient) == {recipient}, [(a.text, a.country) for a in evs[0].recipient]


@pytest.mark.parametrize("text, kind", [
    # a place after the relative verb's preposition is no maker
    ("رفضت الحكومة المصرية القرار الذي اتخذته في الأمم المتحدة.", "REJECT"),
    # no pronoun pointing back: the relative clause has its own object
    ("رحب الاتحاد الأوروبي بالاتفاق الذي وقع في القاهرة بين الفصائل.", "SUPPORT"),
])
def test_no_maker_without_a_resumptive_verb(text, kind):
    evs = _events(text, kind)
    assert evs, text
    assert not [a for a in evs[0].recipient if a.country], [(a.text, a.country) for a in evs[0].recipient]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("قدم النائب الأمريكي مشروع قانون لرفض الاتفاق النووي بين القوى العالمية وإيران.", "REJECT", "USA", "IRN"),
    ("رحبت فرنسا أمس الأحد بالاتفاق الموقع بين القوى الكبرى وكوريا الشمالية.", "SUPPORT", "FRA", "PRK"),
])
def test_parties_of_an_accord_named_after_the_verb(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert evs, text
    assert _countries(evs[0].actor) == {actor}
    assert recipient in _countries(evs[0].recipient), [(a.text, a.country) for a in evs[0].recipient]


def test_no_far_parties_without_an_accord():
    # "بين" far from the verb with no accord noun before it: calm between two cities, not parties
    text = "رحبت فرنسا أمس الأحد بعودة الهدوء بين دمشق وحلب."
    for e in _events(text, "SUPPORT"):
        assert "SYR" not in _countries(e.recipient), [(a.text, a.country) for a in e.recipient]


@pytest.mark.parametrize("text, actor, recipient", [
    ("أدانت وزارة الخارجية البريطانية في بيان حادثة قيام تنظيم \" داعش \" الإرهابي بخطف عشرات المدنيين في ريف حلب.",
     "GBR", None),
    ("استنكرت الحكومة الأردنية قيام الشرطة الإسرائيلية باقتحام المسجد الأقصى.", "JOR", "ISR"),
])
def test_doer_after_qiyam_is_the_one_accused(text, actor, recipient):
    evs = _events(text, "ACCUSE")
    assert evs, text
    assert _countries(evs[0].actor) == {actor}
    assert _countries(evs[0].recipient) == {recipient}, [(a.text, a.country) for a in evs[0].recipient]
    assert evs[0].recipient, "the doer is named: the recipient is not empty"


def test_unnamed_doer_after_qiyam_is_no_recipient():
    evs = _events("أدانت الحكومة المصرية قيام مجهولين بتفجير كنيسة في الإسكندرية.", "ACCUSE")
    assert evs
    assert not [a for a in evs[0].recipient if a.country], [(a.text, a.country) for a in evs[0].recipient]
