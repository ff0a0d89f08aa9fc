"""Recipients, session 21 (sentences written for these tests, not taken from the eval sets).

- The object after a relative clause on the verb's subject (يلتقي X الذي يقوم بجولة ...، Y; ناشدت X، التي ...، Y
  رفع ...): the party right after the comma that closes the clause is the verb's object, whatever follows it; a word
  carrying و there goes on a list inside the clause.
- A reception's guest named by an unknown name or office (استقبل X، أمس، فلان الرئيس التنفيذي لمجموعة Y
  البريطانية، مدير الجامعة الإسلامية بجاكرتا): his country from a nationality adjective or the ب-seat of his
  institution in his own phrase; not a place after في (the office's field).
- The one asked inside a wider asking frame (ستطلب X من Y زيادة المساعدات، طلبت X من Y زيادة الدعم): the party
  after the verb's (or its subject's) من, even when the actors layer read it as a place of origin.
"""
import pytest

from tests.events.helpers_parties import countries as _countries, events_of as _events, show as _pairs


def _rules(evs):
    return [x for e in evs for x in e.explanation]


# ---- the object after a relative clause on the subject ----

def test_object_after_relative_with_no_opening_comma():
    evs = _events("ومن المقرر أن يلتقي وزير الخارجية الفرنسي الذي يقوم بجولة في المنطقة، رئيس الوزراء العراقي "
                  "في بغداد.", "CONSULT")
    assert any("IRQ" in _countries(e.recipient) for e in evs), _pairs(evs)


def test_object_after_closed_relative_before_demanded_act():
    evs = _events("ناشدت الحكومة الليبية، التي تتخذ من مدينة طبرق مقرا لها، مجلس الأمن الدولي رفع حظر السلاح.",
                  "REQUEST")
    assert any("IGO" in _countries(e.recipient) for e in evs), _pairs(evs)
    assert any("object-after-closed-relative" in x for x in _rules(evs))


def test_party_on_a_list_inside_the_relative_is_no_object():
    # "، والأردن" goes on the list of the relative clause: no object of the verb there
    evs = _events("ناشد وزير الخارجية الأمريكي الذي يقوم بجولة في المنطقة، والأردن خلال الأسبوع الماضي، الأطراف "
                  "الالتزام بالهدنة.", "REQUEST")
    assert not any("JOR" in _countries(e.recipient) for e in evs), _pairs(evs)
    assert not any("object-after-closed-relative" in x for x in _rules(evs))


def test_object_after_bare_relative_closed_by_comma():
    evs = _events("ناشد وزير الخارجية الأمريكي الذي يقوم بجولة في المنطقة، السعودية الالتزام بالهدنة.", "REQUEST")
    assert any(_countries(e.recipient) == {"SAU"} for e in evs), _pairs(evs)


# ---- the guest's country from his own phrase ----

def test_guest_country_from_nationality_adjective_of_his_company():
    evs = _events("استقبل الرئيس المصري عبد الفتاح السيسي، أمس، جون سميث الرئيس التنفيذي لشركة النفط البريطانية.",
                  "CONSULT")
    assert any("GBR" in _countries(e.recipient) for e in evs), _pairs(evs)


@pytest.mark.parametrize("seat", ["بجاكرتا", "بـجاكرتا"])  # ب written with a tatweel too
def test_guest_country_from_seat_of_his_institution(seat):
    evs = _events(f"استقبل الأمين العام لرابطة العالم الإسلامي أمس، رئيس الجامعة الإسلامية {seat} والوفد المرافق له.",
                  "CONSULT")
    assert any("IDN" in _countries(e.recipient) for e in evs), _pairs(evs)


def test_place_after_fi_is_the_office_field_not_the_guest_country():
    evs = _events("استقبل وزير الخارجية السعودي في مكتبه بالرياض أمس المنسق الإقليمي للشؤون الإنسانية في اليمن.",
                  "CONSULT")
    assert not any("YEM" in _countries(e.recipient) for e in evs), _pairs(evs)
    assert not any("guest-by-own-phrase" in x for x in _rules(evs))


# ---- the one asked inside an asking frame ----

def test_asked_country_inside_aid_request_frame():
    evs = _events("قالت مصادر إن الحكومة الأردنية ستطلب من الولايات المتحدة زيادة المساعدات العسكرية.", "REQUEST")
    assert any("USA" in _countries(e.recipient) for e in evs), _pairs(evs)


def test_asked_country_after_subject_inside_frame():
    evs = _events("طلبت تونس من ألمانيا زيادة المساعدات الاقتصادية.", "REQUEST")
    assert any("DEU" in _countries(e.recipient) for e in evs), _pairs(evs)


def test_aid_asked_for_from_own_country_is_no_addressee():
    # the asking party's own country after من is no second party
    evs = _events("طلبت الحكومة المصرية من مصر زيادة المساعدات.", "REQUEST")
    assert not any("named-addressee-in-frame" in x for x in _rules(evs)), _pairs(evs)
