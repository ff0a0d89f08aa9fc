"""Parties round 15 (sentences written for these tests, not taken from the eval sets).

A host's long titles and places push the guest out of reach of the object rules: the host's phrase ends at a
day word (أمس، اليوم، مساء أمس) or at the comma closing a place phrase (في مكتبه بالرياض،), and the first party
of another country named right after it is the one received or met.
"""
import pytest

from hadath import extract


def _events(text, kind):
    return [e for e in extract(text, date="2015-08-01").events if e.type == kind]


def _countries(parties):
    return {a.country for a in parties}


@pytest.mark.parametrize("text, host, guest", [
    ("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة في مكتبه أمس "
     "وزير الخارجية الأردني ناصر جودة.", "ARE", "JOR"),
    ("التقى الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في قصر السلام بجدة، مساء أمس، "
     "رئيس الوزراء الباكستاني نواز شريف والوفد المرافق له.", "SAU", "PAK"),
    ("استقبل الرئيس عبد الفتاح السيسي رئيس الجمهورية بمقر الرئاسة، اليوم، الرئيس الفلسطيني محمود عباس.",
     "EGY", "PSE"),
    ("وجرى خلال لقاء الرئيس السوداني عمر البشير بمكتبه أمس، وزير الخارجية الإثيوبي بحث العلاقات الثنائية.",
     "SDN", "ETH"),
])
def test_guest_after_the_hosts_adverbial(text, host, guest):
    evs = _events(text, "CONSULT")
    assert evs, text
    assert any(_countries(e.actor) == {host} and _countries(e.recipient) == {guest} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_guest_of_the_hosts_own_country_is_no_foreign_guest():
    # an audience at home: no second state, the meeting stays one-sided and is dropped
    evs = _events("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي في مكتبه أمس وزير الداخلية الإماراتي.",
                  "CONSULT")
    assert not any(e.recipient and _countries(e.recipient) - {"ARE"} for e in evs)


@pytest.mark.parametrize("text", [
    # the country named after الذي is where the visitors went, not a guest
    "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة في مكتبه أمس الوفد "
    "الذي زار الأردن الأسبوع الماضي.",
    # one present (بحضور) is not the one received
    "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة في مكتبه أمس، بحضور "
    "وزير الخارجية الأردني.",
])
def test_party_after_a_relative_or_attendance_is_not_the_guest(text):
    evs = _events(text, "CONSULT")
    assert not any("JOR" in _countries(e.recipient) for e in evs)


def test_day_word_before_the_host_is_no_boundary():
    # "أمس" right after the verb: the host follows it, the ordinary rules name the guest
    evs = _events("استقبل أمس الملك سلمان بن عبدالعزيز رئيس الوزراء الباكستاني نواز شريف.", "CONSULT")
    assert any(_countries(e.actor) == {"SAU"} and _countries(e.recipient) == {"PAK"} for e in evs)


@pytest.mark.parametrize("text, country", [
    ("اعتقلت الشرطة الكينية أمس عشرات الطلاب الذين تجمعوا أمام مبنى البرلمان.", "KEN"),
    ("ألقت الشرطة الأردنية القبض على 12 من مشجعي النادي بعد المباراة.", "JOR"),
])
def test_arrested_civilians_are_the_arresting_states_own_people(text, country):
    evs = _events(text, "COERCE")
    assert any(_countries(e.actor) == {country} and _countries(e.recipient) == {country} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة الكينية أمس خمسة مسلحين كانوا يخططون لتفجير مبنى.",
    "ألقت قوات الأمن الأردنية القبض على ثلاثة إرهابيين بعد مداهمة.",
])
def test_arrested_gunmen_leave_the_recipient_empty(text):
    evs = _events(text, "COERCE")
    assert evs and all(not e.recipient for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    # another armed group after the subject's place phrase is the object, not one of the subject's titles
    ("توعدت قيادة المقاومة الجنوبية في محافظة الضالع المتمردين الحوثيين بالملاحقة.", "THREATEN", "YEM", "YEM"),
    ("توعد المتحدث باسم المقاومة الشعبية في محافظة مأرب المتمردين الحوثيين بهزيمة قريبة.", "THREATEN", "YEM",
     "YEM"),
    # unnamed rebels right after a force subject are its object, and a country's own insurgents
    ("حاصرت القوات الكولومبية المتمردين في منطقة جبلية جنوب البلاد.", "COERCE", "COL", "COL"),
])
def test_armed_group_after_the_subject_is_the_object(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert any(_countries(e.actor) == {actor} and _countries(e.recipient) == {recipient} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


def test_body_in_the_subjects_title_is_no_object():
    # "شيخ الأزهر": the body is in the subject's own title, not a second party of the condemnation
    evs = _events("أدان الدكتور أحمد الطيب شيخ الأزهر التفجير الإرهابي الذي استهدف مسجدا في مدينة نيس.", "ACCUSE")
    assert evs and not any("EGY" in _countries(e.recipient) for e in evs)


@pytest.mark.parametrize("text, kind, recipient", [
    # leaders or members in construct with a named party are that party
    ("فرضت وزارة الخزانة الأمريكية عقوبات على قادة جماعة حزب الله بسبب دورهم في سوريا.", "SANCTION", "LBN"),
    ("فرضت الحكومة البريطانية عقوبات على خمسة من زعماء حركة حماس.", "SANCTION", "PSE"),
])
def test_members_of_a_named_party_are_that_party(text, kind, recipient):
    evs = _events(text, kind)
    assert any(recipient in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, country", [
    # Saudi and Yemeni provinces the GeoNames city table lacks
    ("انفجرت سيارة مفخخة قرب سوق شعبي في منطقة عسير صباح اليوم.", "SAU"),
    ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في محافظة شبوة.", "YEM"),
])
def test_attack_in_a_province_hits_its_country(text, country):
    evs = _events(text, "ASSAULT")
    assert any(_countries(e.recipient) == {country} for e in evs), [(e.actor, e.recipient) for e in evs]


def test_party_held_responsible_inside_a_circumstantial_frame():
    # "محملا X المسؤولية" after the speaker's statement: the speaker accuses X, named inside the frame
    evs = _events("وأكد وزير الخارجية الأردني ناصر جودة، في تصريحات صحفية أمس، أن بلاده تدعم الحل السياسي، "
                  "محملا الحكومة السورية مسؤولية فشل المفاوضات.", "ACCUSE")
    assert any(_countries(e.actor) == {"JOR"} and _countries(e.recipient) == {"SYR"} for e in evs), \
        [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, kind, actor", [
    # the country in the subject's own title (مفتي مصر، سفير الأردن) is not the one addressed
    ("دعا الدكتور شوقي علام مفتي مصر جميع الدول العربية إلى التعاون في مواجهة التطرف.", "REQUEST", "EGY"),
])
def test_country_of_the_subjects_title_is_no_object(text, kind, actor):
    evs = _events(text, kind)
    assert evs and all(actor not in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text", [
    "أعلن التحالف العربي بقيادة السعودية هدنة إنسانية في اليمن تبدأ منتصف الليل.",
    "شنت قوات التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع تنظيم داعش في سوريا.",
])
def test_state_leading_a_coalition_is_not_the_actor(text):
    evs = [e for e in extract(text, date="2015-08-01").events if e.type in ("RETREAT", "ASSAULT")]
    assert evs and all(not any(a.country for a in e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_state_leading_a_named_country_party_still_acts():
    # "بقيادة" after a party that has a country of its own: nothing is dropped
    evs = _events("شنت القوات اليمنية بقيادة اللواء محمد المقدشي هجوما على مواقع الحوثيين.", "ASSAULT")
    assert any("YEM" in _countries(e.actor) for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("اتهمت جبهة البوليساريو، التي تطالب باستقلال الصحراء الغربية منذ عقود، المغرب، أمس، بانتهاك وقف إطلاق النار.",
     "ACCUSE", "ESH", "MAR"),
    ("دعا الرئيس الفرنسي فرانسوا هولاند، الذي يزور المنطقة حاليا، إيران إلى وقف دعمها للنظام السوري.",
     "REQUEST", "FRA", "IRN"),
])
def test_object_after_a_relative_clause_on_the_subject(text, kind, actor, recipient):
    evs = _events(text, kind)
    assert any(_countries(e.recipient) == {recipient} for e in evs), [(e.actor, e.recipient) for e in evs]


@pytest.mark.parametrize("text, kind, inside", [
    # a party named inside a relative clause set off on the subject is no object of the verb
    ("اتهمت جماعة الحوثي، التي تدعمها إيران، جهات مجهولة بقصف مواقعها في صعدة.", "ACCUSE", "IRN"),
    ("دعا الرئيس الفرنسي فرانسوا هولاند، الذي التقى نظيره الروسي أمس، إلى وقف القتال في أوكرانيا.", "REQUEST",
     "RUS"),
])
def test_party_inside_the_relative_clause_is_not_the_object(text, kind, inside):
    evs = _events(text, kind)
    assert evs and not any(inside in _countries(e.recipient) for e in evs), [(e.actor, e.recipient) for e in evs]


def test_object_after_the_closed_relative_clause():
    evs = _events("حذر وزير الخارجية البريطاني، الذي يزور بغداد، الحكومة العراقية، من مخاطر الانقسام.", "THREATEN")
    assert any(_countries(e.actor) == {"GBR"} and _countries(e.recipient) == {"IRQ"} for e in evs), \
        [(e.actor, e.recipient) for e in evs]
