"""Recipient rules of session 22, second round (sentences written for these tests, not taken from the eval sets).

A title set off by commas right after a named subject (أدان فلان، مفتي مصر، الهجوم) describes the subject: the
countries named inside it are no object of the verb (object_recipients._set_off_title_apposition). The object after
the closing comma is still found, and a comma-set-off object that is no title of the subject's side (نظيره الأمريكي،
رئيس وزراء باكستان) stays the recipient.
"""
from hadath import extract

RULE = "recipient:skip-set-off-title-apposition"


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _fired(ev) -> bool:
    return any(RULE in x for x in ev.explanation)


def _summary(evs):
    return [([a.country for a in e.actor], [a.country for a in e.recipient], e.explanation) for e in evs]


def test_country_in_the_title_of_the_subject_is_no_recipient():
    evs = _events("أدان الدكتور شوقي علام، مفتي مصر، الهجوم الذي استهدف كنيسة في المدينة.", "ACCUSE")
    assert evs and _fired(evs[0]), _summary(evs)
    assert {a.country for a in evs[0].actor} == {"EGY"}, _summary(evs)
    assert "EGY" not in {a.country for a in evs[0].recipient}, _summary(evs)


def test_countries_in_a_clause_inside_the_title_are_no_recipients():
    evs = _events("ودان أوباما، أول رئيس أميركي يزور الأرجنتين والبرازيل، الانقلابات العسكرية في القارة.", "ACCUSE")
    assert evs and _fired(evs[0]), _summary(evs)
    assert not {"ARG", "BRA"} & {a.country for a in evs[0].recipient}, _summary(evs)


def test_a_gloss_in_brackets_stays_inside_the_title():
    evs = _events("دعا ألكسندر بورتنيكوف، مدير هيئة الأمن الفيدرالية الروسية (الاستخبارات)، إلى تعزيز التعاون "
                  "الأمني.", "REQUEST")
    assert evs and _fired(evs[0]), _summary(evs)
    assert not evs[0].recipient, _summary(evs)


def test_the_object_after_the_closing_comma_is_kept():
    evs = _events("انتقد عادل الجبير، وزير خارجية السعودية، إيران بشدة أمس.", "ACCUSE")
    assert evs and {a.country for a in evs[0].recipient} == {"IRN"}, _summary(evs)


def test_a_counterpart_set_off_by_a_comma_is_the_object():
    evs = _events("التقى عادل الجبير، نظيره الأمريكي جون كيري في باريس.", "CONSULT")
    assert evs and not _fired(evs[0]), _summary(evs)
    assert {a.country for a in evs[0].recipient} == {"USA"}, _summary(evs)


def test_a_title_of_another_country_between_commas_is_the_guest():
    evs = _events("استقبل عادل الجبير، رئيس وزراء باكستان نواز شريف، في جدة أمس.", "CONSULT")
    assert evs and not _fired(evs[0]), _summary(evs)
    assert {a.country for a in evs[0].recipient} == {"PAK"}, _summary(evs)
