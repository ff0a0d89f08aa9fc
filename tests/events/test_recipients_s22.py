"""Recipients named only by a nationality word in the object phrase (session 22; sentences written for these
tests, not taken from the eval sets).

An arrest, release, ban or demand whose object phrase (a few words after the verb and its subject, through عن or
على) carries a nationality word (an adjective agreeing with its noun, or a nationality noun standing alone) is
done to that country's people or goods: ``recipient:national-of-object``. The actor's own nationality, a
nationality past في or another preposition, and one in another clause give none.
"""
import pytest

from hadath import extract

RULE = "recipient:national-of-object"


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(actors):
    return {a.country for a in actors}


@pytest.mark.parametrize("text, kind, actor, country", [
    # a release of a national named by a nationality noun in quotes
    ("أفرجت السلطات المصرية أمس عن «أردني» كان محتجزا منذ شهرين.", "RETREAT", "EGY", "JOR"),
    # a demand to release a national named by a definite adjective before his name
    ("طلبت الأمم المتحدة الإفراج غير المشروط عن المدون الموريتاني المعتقل منذ عامين.", "REQUEST", "IGO", "MRT"),
    # a ban on imports whose goods carry the nationality, a few words into the object phrase
    ("أوقفت روسيا استيراد جميع منتجات الألبان الأوكرانية بسبب مخاوف صحية.", "SANCTION", "RUS", "UKR"),
])
def test_nationality_in_the_object_names_the_recipient(text, kind, actor, country):
    evs = _events(text, kind)
    assert any(_countries(e.recipient) == {country} and (actor is None or _countries(e.actor) == {actor})
               for e in evs), [(e.actor, e.recipient, e.explanation) for e in evs]
    assert any(any(RULE in x for x in e.explanation) for e in evs)


@pytest.mark.parametrize("text, kind", [
    # the actor's own nationality: a domestic act, no foreign party
    ("أفرجت السلطات الأردنية أمس عن معتقل أردني بعد انتهاء التحقيق معه.", "RETREAT"),
    # a nationality past في names a place of the act, not the one it is done to
    ("اعتقلت الشرطة التركية مطلوبين في المدينة السورية الحدودية.", "COERCE"),
    # a demand addressed to a collective: the nationality is inside the act asked for, no one is asked of it
    ("دعت الجامعة العربية المجتمع الدولي إلى وقف الاعتداءات الإسرائيلية على المصلين.", "REQUEST"),
    ("طالبت الجامعة العربية دول العالم بوقف استيراد البضائع الإسرائيلية.", "REQUEST"),
])
def test_no_recipient_from_own_or_placed_nationality(text, kind):
    evs = _events(text, kind)
    assert not any(any(RULE in x for x in e.explanation) for e in evs), \
        [(e.actor, e.recipient, e.explanation) for e in evs]
