"""Session 29 (consult): the nationality adjectives right after a meeting noun name its sides (الحوار الاستراتيجي
المصري الأمريكي), and a meeting noun set right after the subject of the verb opening its sentence (أكد X، في
المؤتمر الصحفي المشترك مع Y) was held by that subject (meeting_parties._adjective_sides, _held_by_subject)."""
import hadath


def _consults(text):
    return [(sorted({a.country for a in e.actor}), sorted({a.country for a in e.recipient}))
            for e in hadath.extract(text).events if e.type == "CONSULT"]


def test_adjectives_name_both_sides():
    text = "أكد وزير الخارجية الأردني أيمن الصفدي أن الحوار الاستراتيجي الأردني الياباني حقق نتائج طيبة."
    assert (["JOR"], ["JPN"]) in _consults(text)


def test_adjectives_joined_by_a_hyphen():
    text = "قال المتحدث باسم الحكومة إن الحوار الاستراتيجي التركي - الإيطالي تناول ملف الهجرة غير الشرعية."
    assert (["TUR"], ["ITA"]) in _consults(text)


def test_one_adjective_names_no_meeting_of_two_states():
    text = "قال المتحدث باسم الحكومة إن الحوار الاستراتيجي الإيطالي تناول ملف الهجرة غير الشرعية."
    assert not any(a and r for a, r in _consults(text))


def test_adjectives_of_another_noun_are_no_sides():
    text = "قال المتحدث إن الحوار الاستراتيجي مع المستثمرين الكنديين والبرازيليين تناول ملف الطاقة."
    assert (["CAN"], ["BRA"]) not in _consults(text)


def test_press_conference_held_by_the_opening_subject():
    text = "أكد وزير الخارجية الكندي، في المؤتمر الصحفي المشترك مع وزير الخارجية المكسيكي، أن البلدين سيعززان التجارة."
    assert (["CAN"], ["MEX"]) in _consults(text)


def test_press_conference_during():
    text = "وأوضح وزير الخارجية الهندي، خلال المؤتمر الصحفي المشترك مع نظيره البرازيلي، أن الاتفاق سيوقع قريبا."
    assert (["IND"], ["BRA"]) in _consults(text)


def test_press_conference_with_one_state_is_no_meeting():
    text = "أكد وزير الداخلية الكندي، في المؤتمر الصحفي المشترك مع رئيس الوزراء الكندي، أن الحدود آمنة."
    assert _consults(text) == []


def test_subject_not_opening_the_sentence_holds_nothing():
    text = "ذكرت الصحيفة أن رئيس الوزراء الهندي، في المؤتمر الصحفي المشترك مع الرئيس الفرنسي، تحدث عن الاتفاق."
    assert (["IND"], ["FRA"]) not in _consults(text)


def test_delegation_met_after_meeting_noun():
    text = "بدأ السفير الياباني الجديد مهامه بلقاء وفد من الحكومة الكينية في مقر السفارة بنيروبي."
    assert (["JPN"], ["KEN"]) in _consults(text)


def test_delegation_met_past_its_modifiers():
    text = "واختتم الرئيس البرتغالي يومه بلقاء وفد رفيع المستوى من الحكومة البرازيلية في لشبونة."
    assert (["PRT"], ["BRA"]) in _consults(text)


def test_arriving_delegation_visits_the_destination():
    text = "يصل إلى العاصمة الأوغندية كمبالا يوم الخميس المقبل، وفد رفيع من وزارة الزراعة الكينية لبحث التعاون."
    assert (["KEN"], ["UGA"]) in _consults(text)


def test_delegation_of_the_same_state_is_no_other_side():
    text = "التقى وزير الخارجية الإيطالي أمس وفدا من البرلمان الإيطالي."
    assert _consults(text) == []


def test_press_conference_held_at_a_venue_of_the_other_state():
    text = ("أكد وزير الخارجية الهندي في مؤتمر صحفي عقده بمقر الحكومة البرازيلية ظهر أمس مع نظيره البرازيلي، "
            "أن البلدين سيوقعان اتفاقا تجاريا.")
    assert (["IND"], ["BRA"]) in _consults(text)
