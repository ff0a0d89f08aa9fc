"""Actors session 16, round 2 (sentences written for these tests, not taken from the eval sets).

- The bare definite head of an international body named in full (وقال الصندوق after صندوق النقد الدولي،
  طالبت المحكمة after المحكمة الجنائية الدولية) is that body, not a sector term of the sentence's own state.
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-05"):
    return [(a.text, a.country, a.sector) for a in extract(text, date=date).actors]


@pytest.mark.parametrize("text,short,sector", [
    ("وافق صندوق النقد الدولي على قرض جديد لتونس. وقال الصندوق في بيان إن القرض يدعم الإصلاحات.",
     "الصندوق", "IMF"),
    ("سلمت السلطة الفلسطينية المحكمة الجنائية الدولية ملفا جديدا، وطالبت المحكمة بفتح تحقيق عاجل.",
     "المحكمة", "ICC"),
    ("زار مفتشو الوكالة الدولية للطاقة الذرية طهران أمس، وطالبت الوكالة بدخول موقع عسكري.", "الوكالة", "IAE"),
    ("عقد مجلس الأمن الدولي جلسة طارئة، ودعا أعضاء المجلس إلى وقف القتال.", "المجلس", "UNO"),
])
def test_bare_head_after_igo_is_that_igo(text, short, sector):
    acts = _actors(text)
    assert (short, "IGO", sector) in acts, acts


def test_bare_head_after_a_national_body_with_that_head_stays_national():
    # the last council named is the Saudi cabinet, not the Security Council
    acts = _actors("انعقد مجلس الأمن الدولي صباحا. ثم اجتمع مجلس الوزراء السعودي، وقرر المجلس تقديم مساعدات.")
    assert ("المجلس", "IGO", "UNO") not in acts, acts


def test_head_of_a_longer_name_is_not_the_igo():
    acts = _actors("أشاد صندوق النقد الدولي بالإصلاحات. ورفع البنك المركزي المصري أسعار الفائدة.")
    assert not [a for a in acts if a[0].startswith("البنك") and a[1] == "IGO"], acts


def test_no_igo_named_no_short_form():
    acts = _actors("وقال الصندوق في بيان إن الأرباح ارتفعت هذا العام.")
    assert not [a for a in acts if a[1] == "IGO"], acts


@pytest.mark.parametrize("text,actor,code", [
    ("رفض أعضاء في مجلس الشيوخ الأمريكي مشروع القانون الجديد.", "أعضاء في مجلس الشيوخ الأمريكي", ("USA", "LEG")),
    ("انتقدت قيادات في الحكومة العراقية قرار البرلمان.", "قيادات في الحكومة العراقية", ("IRQ", "GOV")),
    ("صوتت غالبية في البرلمان البريطاني على القرار.", "غالبية في البرلمان البريطاني", ("GBR", "LEG")),
])
def test_members_in_a_body_are_its_people(text, actor, code):
    acts = _actors(text)
    assert (actor,) + code in acts, acts


def test_a_body_after_fi_with_no_member_noun_stays_alone():
    # "انفجرت قنبلة في": the body is where it happened; nothing is stretched over it
    acts = _actors("انفجرت قنبلة في مجلس النواب الأميركي صباح اليوم.")
    assert not [a for a in acts if a[0].startswith("قنبلة")], acts
