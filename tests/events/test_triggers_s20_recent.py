"""Session 20 (recent held-out sets): an armed party fleeing, security seizures (cells, smuggling, loaded trucks),
taking a place (ASSAULT), and resignations as no event.

Sentences written for these tests; each family has cases that must fire and cases that must not."""
from __future__ import annotations

import pytest

from helpers_triggers import pattern_ids


def _fired(text: str, prefix: str) -> list[str]:
    return [p for p in pattern_ids(text) if p.startswith(prefix)]


@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن مسلحي الجماعة فروا من البلدة بعد وصول قوات الجيش إلى مشارفها.",
    "وأكد المتحدث أن الميليشيات تكبدت خسائر كبيرة وفرت باتجاه الجبال المجاورة.",
    "وأعلن قائد عسكري فرار قيادات التنظيم من المدينة قبل بدء الهجوم.",
    "وتحدثت تقارير عن هروب عشرات من المقاتلين الأجانب من الرقة خلال الأيام الماضية.",
])
def test_armed_party_fleeing_is_retreat(text):
    assert "retreat.farra-min" in pattern_ids(text) or "retreat.firar-musallahin" in pattern_ids(text)


@pytest.mark.parametrize("text", [
    # "provided" (وفر) is no flight
    "وفر البرنامج مساعدات غذائية لآلاف الأسر في المدينة.",
    # civilians displaced by fighting are no military retreat
    "وأدت المعارك إلى فرار آلاف المدنيين من منازلهم في الريف.",
    # a prisoner's escape with no armed party named
    "وتحقق الشرطة في هروب سجين من المستشفى أمس.",
])
def test_non_military_flight_is_no_retreat(text):
    assert not _fired(text, "retreat.f")


@pytest.mark.parametrize("text, pattern", [
    ("وقالت الوزارة إن قوات الأمن فككت خلية إرهابية كانت تعد لهجمات في العاصمة.", "coerce.fakkaka-khaliyya"),
    ("وأعلنت الشرطة عن تفكيك شبكة تجنيد تابعة للتنظيم في ثلاث مدن.", "coerce.tafkik-khaliyya"),
    ("وأحبطت قوات خفر السواحل محاولة لتهريب أسلحة إلى الجزيرة.", "coerce.aHbaTa-tahrib"),
    ("وأعلن الجيش إحباط محاولة تسلل عشرات المسلحين عبر الحدود.", "coerce.iHbaT-tahrib"),
    ("وضبطت نقطة تفتيش شاحنة محملة بذخائر كانت في طريقها إلى المتمردين.", "coerce.DabaTa-shahina"),
    ("واستولت قوات الأمن على شاحنتين تحملان أسلحة متجهة إلى الجماعة.", "coerce.istawla-shahina"),
])
def test_security_seizure_is_coerce(text, pattern):
    assert pattern in pattern_ids(text)


@pytest.mark.parametrize("text", [
    # defusing a bomb is no event (the background row keeps it out)
    "وتمكن خبراء المتفجرات من تفكيك عبوة ناسفة زرعت قرب السوق.",
    # a truck crash is no seizure
    "وانقلبت شاحنة محملة بالوقود على الطريق السريع أمس.",
    # a pressure group foiling a bill is no seizure
    "وأحبط النواب مشروع القانون في جلسة أمس.",
])
def test_no_seizure_outside_the_frames(text):
    assert not [p for p in _fired(text, "coerce.") if p in (
        "coerce.fakkaka-khaliyya", "coerce.tafkik-khaliyya", "coerce.aHbaTa-tahrib", "coerce.iHbaT-tahrib",
        "coerce.DabaTa-shahina", "coerce.DabT-shahina", "coerce.istawla-shahina")]


@pytest.mark.parametrize("text, pattern", [
    ("وأطلقت القوات الحكومية عملية تحرير مدينة الرمادي من التنظيم.", "assault.3amaliyyat-taHrir"),
    ("وستشارك الوحدات الخاصة في المعركة المرتقبة لتحرير الفلوجة.", "assault.3amaliyyat-taHrir"),
    ("واستولى المقاتلون على قاعدة جوية في الشمال.", "assault.istawla-makan"),
])
def test_taking_a_place_is_assault(text, pattern):
    assert pattern in pattern_ids(text)


@pytest.mark.parametrize("text", [
    # freeing trade, an editor-in-chief, liberation as the purpose of a promised delivery
    "واتفق الوزراء على خطوات لتحرير التجارة بين البلدين.",
    "واستقبل رئيس التحرير وفدا من السفارة أمس.",
    "ووعدت الدول المانحة بإرسال مدرعات إلى الجيش لتحرير المدينة.",
    # seizing property stays a seizure (COERCE), not the taking of a place
    "واستولى المسلحون على أموال البنك المركزي.",
])
def test_no_assault_outside_place_frames(text):
    assert not [p for p in pattern_ids(text) if p in ("assault.3amaliyyat-taHrir", "assault.istawla-makan")]


@pytest.mark.parametrize("text", [
    "استقال رئيس البرلمان أمس بعد فضيحة مالية.",
    "وقدم الوزير استقالته إلى رئيس الحكومة.",
])
def test_resignation_is_no_event(text):
    assert not [p for p in pattern_ids(text) if p.startswith(("retreat.", "aid.", "support."))]


@pytest.mark.parametrize("text", [
    "وفرت الحكومة من خلال برنامج الدعم آلاف الوظائف للشباب.",
    "وفر الجيش من خلال الخطة ممرات آمنة للمدنيين.",
])
def test_provided_through_is_no_flight(text):
    # وفّر "provided" reads as و + فر after peeling
    assert not _fired(text, "retreat.")
