"""News argument frames through the whole pipeline (actors stage included).

Sentences written for these tests in the style of Arabic wire news (not taken from any corpus): coordinated and
reciprocal parties, received calls, attacks and arrests with no named target, attribution, self-recipients,
acts named only as the content of another act, and a few structures around them.
"""
from __future__ import annotations

import pytest

import hadath

# (sentence, type, actor countries, recipient countries); None = a party with no country (ISIS, a coalition)
FRAMES = [
    # coordinated / reciprocal parties: the first conjunct acts, the other is the recipient
    ("اتفقت السعودية ومصر على تعزيز التعاون العسكري بينهما.", "AGREE", {"SAU"}, {"EGY"}),
    ("بحث وزير الخارجية الأردني ونظيره الفرنسي في عمان الأوضاع في المنطقة.", "CONSULT", {"JOR"}, {"FRA"}),
    ("جرى اتصال هاتفي بين الرئيس المصري ونظيره الفرنسي.", "CONSULT", {"EGY"}, {"FRA"}),
    ("وقعت تونس والجزائر اتفاقية للتعاون في مجال الطاقة.", "AGREE", {"TUN"}, {"DZA"}),
    ("اتفقت تركيا والولايات المتحدة على شن ضربات مشتركة ضد تنظيم داعش.", "AGREE", {"TUR"}, {"USA"}),
    # received calls and visits
    ("وجاء ذلك خلال اتصال هاتفي تلقاه الرئيس الفلسطيني من العاهل الأردني.", "CONSULT", {"JOR"}, {"PSE"}),
    ("تلقى أمير قطر اتصالا هاتفيا من الرئيس التركي.", "CONSULT", {"TUR"}, {"QAT"}),
    ("استقبل الملك المغربي وزير الخارجية الإسباني في الرباط.", "CONSULT", {"MAR"}, {"ESP"}),
    ("استقبل أمير الكويت في قصر بيان رئيس الوزراء الباكستاني.", "CONSULT", {"KWT"}, {"PAK"}),
    ("أجرى وزير الخارجية السعودي اتصالا هاتفيا مع نظيره الأمريكي.", "CONSULT", {"SAU"}, {"USA"}),
    ("التقى وزير الخارجية الإماراتي أمس وفد الحكومة الليبية في أبوظبي.", "CONSULT", {"ARE"}, {"LBY"}),
    # attacks and arrests with no named target: the country where it happened; arrests stay domestic
    ("شن تنظيم داعش هجوما على بلدة في محافظة الأنبار.", "ASSAULT", {None}, {"IRQ"}),
    ("شنت طائرات إسرائيلية غارات على قطاع غزة.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("اعتقلت الشرطة التركية عشرين شخصا في إسطنبول.", "COERCE", {"TUR"}, {"TUR"}),
    ("اعتقلت قوات الأمن الأردنية خمسة مشتبه بهم.", "COERCE", {"JOR"}, set()),  # unnamed suspects: no target
    # attribution: the speaker owns the demand or refusal; reported acts keep their own actors
    ("أكدت الخارجية المصرية رفض مصر للتدخل الإيراني في شؤون المنطقة.", "REJECT", {"EGY"}, {"IRN"}),
    ("قال وزير الخارجية البريطاني إن بلاده تطالب إيران بالإفراج عن المعتقلين.", "REQUEST", {"GBR"}, {"IRN"}),
    ("طالب الرئيس الفرنسي إسرائيل بوقف الاستيطان.", "REQUEST", {"FRA"}, {"ISR"}),
    ("قال المتحدث باسم الخارجية الأمريكية إن روسيا شنت غارات على مدينة حلب.", "ASSAULT", {"RUS"}, {"SYR"}),
    ("وقال الأمين العام ، بان كي مون ، في بيان: إنه حث الحكومة السودانية على الحوار.", "REQUEST", {"IGO"},
     {"SDN"}),
    ("أدانت وزارة الخارجية الأردنية الاعتداءات الإسرائيلية على المسجد الأقصى.", "ACCUSE", {"JOR"}, {"ISR"}),
    ("هدد الحوثيون بشن هجمات على السعودية.", "THREATEN", {"YEM"}, {"SAU"}),
    # relations, congratulations and aid after long subjects and appositions
    ("أشاد رئيس الوزراء الكويتي الشيخ فلان بن فلان آل فلان، بالعلاقات التاريخية التي تربط بين الكويت، "
     "والمملكة الأردنية الهاشمية.", "SUPPORT", {"KWT"}, {"JOR"}),
    ("أشاد الرئيس التونسي بالعلاقات المتميزة بين تونس، والمملكة المغربية.", "SUPPORT", {"TUN"}, {"MAR"}),
    ("بعث الرئيس الجزائري ببرقية تهنئة للملك محمد السادس ملك المغرب بمناسبة عيد العرش.", "SUPPORT", {"DZA"},
     {"MAR"}),
    ("وصلت إلى مطار بنغازي أمس طائرة إماراتية محملة بالمساعدات الطبية.", "AID", {"ARE"}, {"LBY"}),
    # a dual head with two nationalities names both parties
    ("بحث الرئيسان الروسي والتركي في اتصال هاتفي الأوضاع في سوريا.", "CONSULT", {"RUS"}, {"TUR"}),
    ("واتفق الجانبان السعودي والمصري على تشكيل لجنة مشتركة.", "AGREE", {"SAU"}, {"EGY"}),
    # a verb joined by و with an object pronoun continues the previous verb's clause
    ("فرضت وزارة الخزانة الأمريكية عقوبات على شركات إيرانية واتهمتهم بدعم الإرهاب.", "ACCUSE", {"USA"}, {"IRN"}),
    # an anaphoric definite noun (الزيارة) is the announced visit, not a second one
    ("سيزور الرئيس الفرنسي المغرب الأسبوع المقبل، وستتناول الزيارة ملفات التعاون.", "CONSULT", {"FRA"}, {"MAR"}),
    # protests with no named target are against the protesters' own authorities; releases and arrests
    ("تظاهر آلاف المغاربة في الرباط احتجاجا على ارتفاع الأسعار.", "PROTEST", {"MAR"}, {"MAR"}),
    ("أفرجت السلطات الإيرانية عن صحفي أمريكي.", "RETREAT", {"IRN"}, {"USA"}),
    ("أعادت السلطات السودانية اعتقال الناشط المتهم بتأييد تنظيم داعش.", "COERCE", {"SDN"}, {"SDN"}),
    # a verb followed by a count is passive: the counted people were hit; the place gives the country (and, for an
    # arrest, the arrester: the state where it happens, session 27)
    ("اعتقل أكثر من 50 ناشطا بحرينيا في المنامة أمس.", "COERCE", {"BHR"}, {"BHR"}),
    ("قتل ثلاثة أشخاص في غارة جوية على مدينة إدلب.", "ASSAULT", set(), {"SYR"}),
    # destinations and origins: a visit to a city, a withdrawal from a country; a party behind its weapon
    ("وصل رئيس الوزراء الإثيوبي إلى الخرطوم في زيارة رسمية تستغرق يومين.", "CONSULT", {"ETH"}, {"SDN"}),
    ("سحبت روسيا قواتها من سوريا.", "RETREAT", {"RUS"}, {"SYR"}),
    ("شنت مقاتلات التحالف بقيادة السعودية غارات على مواقع الحوثيين في صنعاء.", "ASSAULT", {None}, {"YEM"}),
    ("قصفت طائرات التحالف العربي مواقع للحوثيين في محافظة صعدة.", "ASSAULT", {None}, {"YEM"}),
    # the agent named inside "برصاص X" shoots; the subject before is the victim
    ("قتل جنديان إسرائيليان برصاص فلسطيني في الضفة الغربية.", "ASSAULT", {"PSE"}, {"ISR"}),
    ("أكد الرئيس اليمني خلال استقباله السفير الأمريكي أهمية دعم الحكومة الشرعية.", "CONSULT", {"YEM"}, {"USA"}),
    ("حذرت الولايات المتحدة كوريا الشمالية من إجراء تجربة نووية جديدة.", "THREATEN", {"USA"}, {"PRK"}),
    # a fronted possessed noun (خلال لقائه X،) belongs to the main clause's subject; X is the one met
    ("خلال لقائه وزير الخارجية الأمريكي، أكد الرئيس المصري أهمية الحل السياسي في ليبيا.", "CONSULT", {"EGY"},
     {"USA"}),
    # the speaker's own forces as a complement's subject
    ("قالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع لتنظيم داعش في سوريا.", "ASSAULT", {"RUS"}, {None}),
    # a dual in construct with two countries
    ("اتفق وزيرا خارجية مصر والأردن على تنسيق المواقف.", "AGREE", {"EGY"}, {"JOR"}),
    # a bare dual (الوزيران) stands for the two people just named: first one acts, the other receives
    ("أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا مع نظيره الأردني ناصر جودة. ووقع الوزيران اتفاقية "
     "للتعاون في مجال المياه.", "AGREE", {"EGY"}, {"JOR"}),
    # a meeting verb with an object pronoun meets the party of the report before it
    ("وصل وزير الخارجية المصري سامح شكري إلى عمان أمس في زيارة رسمية. واستقبله وزير الخارجية الأردني ناصر جودة "
     "في مقر الوزارة.", "CONSULT", {"JOR"}, {"EGY"}),
]

# (sentence, a type that must not be coded, why)
ABSENT = [
    ("اتفقت تركيا والولايات المتحدة على شن ضربات مشتركة ضد تنظيم داعش.", "ASSAULT", "agreed act, not done"),
    ("بحث الوزيران سبل دعم الاقتصاد اليمني.", "SUPPORT", "topic of a meeting"),
    ("دعت فرنسا إلى وقف الهجمات على المدنيين في سوريا.", "ASSAULT", "content of a demand"),
    ("هدد الحوثيون بشن هجمات على السعودية.", "ASSAULT", "content of a threat"),
    ("وصلت إلى مطار بنغازي أمس طائرة إماراتية محملة بالمساعدات الطبية.", "CONSULT", "a plane makes no visit"),
    ("قال مسؤول إن 300 طالب شاركوا في المسابقة في الأردن.", "REQUEST", "طالب after a count is a student"),
    ("أعادت السلطات السودانية اعتقال الناشط المتهم بتأييد تنظيم داعش.", "SUPPORT", "content of an accusation"),
    ("وأكد الوزير التزام بلاده بالتعاون مع الوكالة حسب اتفاق جنيف.", "AGREE", "a reference to an earlier act"),
    ("سيزور الرئيس الفرنسي المغرب الأسبوع المقبل، وستتناول الزيارة ملفات التعاون.", "COOPERATE", "topic"),
    ("وقعت قطر وتركيا اتفاقيات تعاون عسكري.", "COOPERATE", "the signed agreements' genitive"),
    ("أكد الرئيس اليمني خلال استقباله السفير الأمريكي أهمية دعم الحكومة الشرعية.", "SUPPORT", "topic of a remark"),
]

# (sentence, type, country that must not be the actor): the subject of a result verb (وأسفر عن) is an act
NOT_ACTOR = [
    # (session 4: an attack a condemnation describes in a relative clause is no separate event; the speaker of a
    # report is still not the attacker)
    ("قال وزير الخارجية الكويتي إن انتحاريا فجر نفسه في مسجد في بيشاور وأسفر التفجير عن مقتل عشرين شخصا.",
     "ASSAULT", "KWT"),
]

# (sentence, type found): no event of the sentence gets the actor's own country back as the recipient
NOT_SELF = [
    ("أكد الرئيس المصري أن مصر ترفض التدخل في شؤونها الداخلية.", "ACCUSE|REJECT"),
    ("أكدت الخارجية المصرية رفض مصر للتدخل الإيراني في شؤون المنطقة.", "REJECT"),
    ("جدد وزير الخارجية القطري رفض بلاده للحصار.", "REJECT"),
]


def _countries(actors) -> set:
    return {a.country for a in actors}


@pytest.fixture(scope="module")
def coded():
    sents = {s for s, *_ in FRAMES} | {s for s, *_ in ABSENT} | {s for s, _ in NOT_SELF} | {s for s, *_ in NOT_ACTOR}
    return {s: hadath.extract(s, date="2024-03-10").events for s in sents}


def test_enough_sentences():
    assert len({s for s, *_ in FRAMES + ABSENT}) >= 25


@pytest.mark.parametrize("sentence,etype,actor,recipient", FRAMES, ids=[f"f{i}" for i in range(len(FRAMES))])
def test_frame(coded, sentence, etype, actor, recipient):
    got = [(e.type, _countries(e.actor), _countries(e.recipient)) for e in coded[sentence]]
    assert (etype, actor, recipient) in got, got


@pytest.mark.parametrize("sentence,etype,why", ABSENT, ids=[f"a{i}" for i in range(len(ABSENT))])
def test_absent(coded, sentence, etype, why):
    assert all(e.type != etype for e in coded[sentence]), why


@pytest.mark.parametrize("sentence,etype,country", NOT_ACTOR, ids=[f"n{i}" for i in range(len(NOT_ACTOR))])
def test_not_actor(coded, sentence, etype, country):
    hits = [e for e in coded[sentence] if e.type == etype]
    assert hits and all(country not in _countries(e.actor) for e in hits), [(e.actor, e.recipient) for e in hits]


@pytest.mark.parametrize("sentence,etype", NOT_SELF, ids=[f"s{i}" for i in range(len(NOT_SELF))])
def test_not_self(coded, sentence, etype):
    assert any(e.type in etype.split("|") and e.actor for e in coded[sentence]), coded[sentence]
    for e in coded[sentence]:
        assert not (_countries(e.actor) & _countries(e.recipient)), (e.type, e.actor, e.recipient)
