"""Actors session 14 (sentences written for these tests, not taken from the eval sets).

- A spokesman takes the body after ل (المتحدث الرسمي للقوات المسلحة المصرية), as after باسم.
- Lexicon: Masoud Barzani is IRQ (the Kurdistan Region, like its government); Pierre Nkurunziza (BDI); the
  -ستاني nisbas of Tajikistan, Kyrgyzstan and Turkmenistan; وزير المال; dual carriers (الطائرتين السعوديتين).
"""
import pytest

from hadath import extract


def _actors(text, date="2015-08-01"):
    return [(a.text, a.country) for a in extract(text, date=date).actors]


def test_spokesman_for_a_body_after_lam_takes_its_country():
    acts = _actors("قال المتحدث الرسمي للقوات المسلحة الأردنية إن الجيش أحبط محاولة تسلل.")
    assert any(t.startswith("المتحدث الرسمي") and c == "JOR" for t, c in acts), acts


def test_spokesman_without_a_body_stays_countryless():
    acts = _actors("وقال المتحدث الرسمي إن الاجتماع سيعقد غدا.")
    assert all(c is None for t, c in acts if t.startswith("المتحدث")), acts


def test_barzani_is_iraqi():
    acts = _actors("استقبل مسعود بارزاني وفدا تركيا في أربيل.")
    assert ("مسعود بارزاني", "IRQ") in acts, acts


def test_nkurunziza_is_burundian():
    acts = _actors("دعا الاتحاد الأفريقي الرئيس بيير نكورونزيزا إلى الحوار مع المعارضة.", date="2015-07-20")
    assert ("الرئيس بيير نكورونزيزا", "BDI") in acts, acts


@pytest.mark.parametrize("text,country", [
    ("أعلنت وزارة الداخلية الطاجيكستانية توقيف ثلاثة أشخاص.", "TJK"),
    ("أعلنت الحكومة القرغيزستانية استقالة وزير الاقتصاد.", "KGZ"),
    ("قالت السلطات التركمانستانية إن الحدود مغلقة.", "TKM"),
])
def test_stan_nisbas(text, country):
    assert any(c == country for _, c in _actors(text)), _actors(text)


def test_finance_minister_short_form():
    acts = _actors("التقى وزير المال الفرنسي نظيره الألماني في برلين.")
    assert any(t.startswith("وزير المال") and c == "FRA" for t, c in acts), acts


def test_dual_carrier_with_dual_nationality():
    acts = _actors("وصلت الطائرتان الكويتيتان إلى مطار صنعاء محملتين بالأدوية.")
    assert any(c == "KWT" for _, c in acts), acts


def test_dual_carrier_without_nationality_is_no_actor():
    acts = _actors("هبطت الطائرتان في المطار بعد تأخير.")
    assert not any(t.startswith("الطائرتان") for t, _ in acts), acts
