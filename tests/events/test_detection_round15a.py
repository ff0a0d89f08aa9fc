"""Detection round 15a (session 10, recall): families of gold events whose type the coder never predicted on the
tuning news sets - deployments (accusative and armour objects, a stepped-up presence, reinforcements brought in, an
extended deployment), aid sent as a team, money or vehicles carrying it, a loan named by its giver, discussed
sanctions and the military option as threats, obligations laid on a named party as demands, escalated rhetoric and
incitement campaigns as accusations, reforms in answer to protests, beatings, seized terror cells and falling projectiles. Every sentence was
written for these tests (other names, places and wording than any evaluation set); each family has positives and
near-miss negatives (publishing, business, sport, customs, general duties, repression). Whole pipeline
(``hadath.extract``), so the actors layer and the sentence filter take part."""
from __future__ import annotations

import pytest

import hadath


def _events(text: str) -> list[tuple]:
    doc = hadath.extract(text, date="2015-08-01")
    return [(e.type, {a.country for a in e.actor}, {a.country for a in e.recipient}, e.cameo) for e in doc.events]


def _types(text: str) -> set[str]:
    return {t for t, *_ in _events(text)}


# (sentence, type, actor country or None when not checked, recipient country or None when not checked)
POSITIVES = [
    # deployments: the accusative of the troops noun, armour, a stepped-up presence, reinforcements brought in
    ("نشر الجيش اللبناني جنودا إضافيين على الحدود الشرقية مع سوريا.", "MOBILIZE", "LBN", None),
    ("نشر الجيش المالي المدرعات حول مدينة تمبكتو.", "MOBILIZE", "MLI", None),
    ("كثفت الشرطة التونسية من تواجدها في شوارع العاصمة قبل الانتخابات.", "MOBILIZE", "TUN", None),
    ("كثفت قوات الأمن الأردنية إجراءاتها الأمنية حول السفارات الأجنبية في عمان.", "MOBILIZE", "JOR", None),
    ("استقدمت القوات السورية تعزيزات عسكرية إلى ريف حماة الشمالي.", "MOBILIZE", "SYR", None),
    ("وافق البرلمان التركي على تمديد بقاء القوات التركية في قطر عاما آخر.", "MOBILIZE", "TUR", None),
    # aid: a team, an allocation for relief, vehicles carrying it, a loan named with its giver
    ("أرسلت الكويت فريقا طبيا إلى غزة لعلاج الجرحى الفلسطينيين.", "AID", "KWT", "PSE"),
    ("أرسل الأردن فريقا فنيا إلى لبنان لإصلاح محطة الكهرباء المتضررة.", "AID", "JOR", "LBN"),
    ("رصدت قطر مبلغ 20 مليون دولار لدعم العمليات الإغاثية في الصومال.", "AID", "QAT", "SOM"),
    ("وصلت إلى ميناء الحديدة قوافل بحرية كويتية تحمل مساعدات للشعب اليمني.", "AID", "KWT", "YEM"),
    ("هبطت في مطار بنغازي طائرتان إماراتيتان تحملان أدوية للمستشفيات الليبية.", "AID", None, "LBY"),
    ("تحدثت الصحف الأردنية عن القرض الجديد الذي منحته اليابان للأردن لدعم قطاع المياه.", "AID", "JPN", "JOR"),
    # threats: sanctions under discussion or study, the military option kept on the table
    ("يبحث الاتحاد الأوروبي فرض عقوبات جديدة على روسيا بسبب أوكرانيا.", "THREATEN", "IGO", "RUS"),
    ("تدرس الحكومة الكندية فرض عقوبات على مسؤولين فنزويليين.", "THREATEN", "CAN", "VEN"),
    ("قال وزير الدفاع الفرنسي إن الخيار العسكري يبقى على الطاولة في التعامل مع كوريا الشمالية.",
     "THREATEN", "FRA", None),
    # an obligation laid on a named party is a demand (CAMEO 10x); escalated rhetoric and incitement campaigns accuse
    ("قال الوزير الإيطالي إنه يتعين على الحكومة الليبية الجديدة بسط سيطرتها على طرابلس.", "REQUEST", "ITA", "LBY"),
    ("قال وزير الخارجية البريطاني إنه يجب على إيران الكف عن دعم الميليشيات في المنطقة.", "REQUEST", "GBR", "IRN"),
    ("صعد الرئيس التركي من لهجته ضد الاتحاد الأوروبي أمس.", "ACCUSE", "TUR", "IGO"),
    ("شنت وسائل إعلام مصرية حملة تحريض على الحكومة القطرية.", "ACCUSE", "EGY", "QAT"),
    # reforms or new measures adopted in answer to protests: a concession to the state's own people
    ("أعلنت الحكومة اللبنانية إصلاحات عاجلة في قطاع النفايات ردا على الاحتجاجات الشعبية في بيروت.",
     "CONCEDE", "LBN", "LBN"),
    ("أقرت الحكومة الأردنية إجراءات جديدة لمكافحة الفساد استجابة لمطالب المحتجين.", "CONCEDE", "JOR", "JOR"),
    # beating, seizing a terror cell, projectiles falling
    ("انهال جنود إسرائيليون على شاب فلسطيني ضربا عند حاجز قلنديا.", "ASSAULT", "ISR", "PSE"),
    ("ضبطت الشرطة البحرينية خلية إرهابية تابعة للحرس الثوري الإيراني.", "COERCE", "BHR", None),
    ("ضبطت الأجهزة الأمنية الأردنية شبكة إرهابية تنتمي لتنظيم داعش.", "COERCE", "JOR", None),
    ("سقطت مقذوفات أطلقت من قطاع غزة على منطقة مفتوحة في جنوب إسرائيل.", "ASSAULT", None, "ISR"),
]

# (sentence, type that must not be coded)
NEGATIVES = [
    ("نشرت وكالة الأنباء الألمانية صورا للجنود المصابين في المستشفى.", "MOBILIZE"),
    ("نشرت صحيفة الرياض تقريرا عن أعداد الجنود المتقاعدين.", "MOBILIZE"),
    ("كثفت الشركة الكورية من تواجدها في الأسواق الخليجية خلال العام الماضي.", "MOBILIZE"),
    ("كثف المنتخب السعودي تدريباته استعدادا لمواجهة اليابان.", "MOBILIZE"),
    ("وافق الاتحاد الآسيوي على تمديد بقاء المدرب الياباني مع المنتخب الأولمبي.", "MOBILIZE"),
    ("أرسل النادي الأهلي الفريق الأول إلى معسكر تدريبي في النمسا.", "AID"),
    ("أرسلت الشرطة فريقا من المحققين إلى موقع الحادث.", "AID"),
    ("رصدت الشركة مبلغ 20 مليون ريال لتوسعة مصنعها في الدمام.", "AID"),
    ("وصلت إلى ميناء جدة باخرة تحمل 300 سيارة يابانية للبيع في السوق المحلية.", "AID"),
    ("قال المدرب إن كل الخيارات مطروحة لتعويض غياب المهاجم.", "THREATEN"),
    ("بحث الوزير الأردني مع نظيره الإيطالي سبل تعزيز التعاون الاقتصادي.", "THREATEN"),
    ("أكد وزير الصحة السعودي أنه يجب على المواطنين ترشيد استهلاك المياه في الصيف.", "REQUEST"),
    ("قال المتحدث إنه ينبغي على الجميع احترام القانون.", "REQUEST"),
    ("شنت الشرطة المغربية حملة أمنية واسعة في أحياء المدينة.", "ACCUSE"),
    ("صعد المنتخب الجزائري إلى المركز الثاني بعد فوزه على تونس.", "ACCUSE"),
    ("أقرت الشركة إصلاحات إدارية جديدة استجابة لمطالب المساهمين.", "CONCEDE"),
    ("اتخذت السلطات الإيرانية إجراءات أمنية مشددة ردا على الاحتجاجات في طهران.", "CONCEDE"),
    ("انهالت التهاني على اللاعب المصري بعد فوزه بالبطولة.", "ASSAULT"),
    ("انهالت الاتصالات على مكتب الوزير بعد القرار.", "ASSAULT"),
    ("ضبطت الجمارك السعودية شحنة من المخدرات في ميناء جدة.", "COERCE"),
    ("ضبطت هيئة المواصفات شبكة اتصالات مخالفة في أحد المصانع.", "COERCE"),
]


@pytest.mark.parametrize("text,etype,actor,recipient", POSITIVES, ids=[f"r15a-pos-{i:02d}" for i in range(len(POSITIVES))])
def test_round15a_family_is_coded(text, etype, actor, recipient):
    found = [e for e in _events(text) if e[0] == etype]
    assert found, _events(text)
    if actor:
        assert any(actor in e[1] for e in found), found
    if recipient:
        assert any(recipient in e[2] for e in found), found


@pytest.mark.parametrize("text,etype", NEGATIVES, ids=[f"r15a-neg-{i:02d}" for i in range(len(NEGATIVES))])
def test_round15a_near_miss_is_not_coded(text, etype):
    assert etype not in _types(text)


def test_demanded_act_is_not_reported():
    """"يتعين على روسيا سحب قواتها": the withdrawal is demanded (REQUEST), it has not taken place (no RETREAT)."""
    events = _events("قال الوزير الفرنسي إنه يتعين على روسيا سحب قواتها من أوكرانيا.")
    assert any(t == "REQUEST" and "FRA" in a and "RUS" in r for t, a, r, _ in events), events
    assert not any(t == "RETREAT" for t, *_ in events), events


def test_discussed_sanctions_are_a_threat_not_sanctions():
    """"يبحث X فرض عقوبات": the sanctions are not imposed yet (CAMEO 1312, not SANCTION 163)."""
    events = _events("تبحث الحكومة الأسترالية فرض عقوبات على قادة الانقلاب في ميانمار.")
    assert any(t == "THREATEN" and c == "1312" for t, _, _, c in events), events
    assert not any(t == "SANCTION" for t, *_ in events), events


def test_imposed_sanctions_stay_sanctions():
    events = _events("فرضت الحكومة الأسترالية عقوبات على قادة الانقلاب في ميانمار.")
    assert any(t == "SANCTION" for t, *_ in events), events
