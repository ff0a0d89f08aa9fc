"""A verb's object is not its subject (session 28): a plural or dual verb follows its subject, so a party after it
is its object (verb_subjects.agreeing_plural); a party set off by a comma after words the actors layer does not name
(V مجلس بلدية X، الدولة) is the object, the words before the comma the subject, whose place gives its country
(subject:unnamed-before-comma). Sentences written for these tests."""
import hadath


def _events(text, typ):
    doc = hadath.extract(text, date="2015-08-01")
    return [({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events if e.type == typ]


def test_plural_verb_party_after_is_the_object():
    got = _events("لكن كثيرين حثوا إيران على الإفراج عن المعتقلين.", "REQUEST")
    assert got and "IRN" not in got[0][0] and "IRN" in got[0][1], got


def test_dual_verb_subjects_stand_before_it():
    got = _events("فرنسا وألمانيا تدعوان روسيا إلى وقف إطلاق النار.", "REQUEST")
    assert got and got[0][0] == {"FRA", "DEU"} and got[0][1] == {"RUS"}, got


def test_singular_verb_still_takes_the_subject_after_it():
    got = _events("وطالب وزير الخارجية الأمريكي جون كيري إيران بالإفراج عن المعتقلين.", "REQUEST")
    assert got and got[0][0] == {"USA"} and got[0][1] == {"IRN"}, got


def test_verb_ending_like_a_plural_is_singular():  # يتعاون ends in ون and is singular
    got = _events("يتعاون الأردن مع مصر في مكافحة الإرهاب.", "COOPERATE")
    assert got and got[0][0] == {"JOR"}, got


def test_state_after_comma_is_the_object_of_an_unnamed_subject():
    got = _events("وفي الأثناء، طالب مجلس محافظة نينوى، الولايات المتحدة بتكثيف الغارات.", "REQUEST")
    assert got and got[0][0] == {"IRQ"} and got[0][1] == {"USA"}, got


def test_unnamed_subject_with_no_place_leaves_no_actor():
    got = _events("وفي الأثناء، اتهم خطيب الجمعة، الحكومة الإيرانية بدعم الإرهاب.", "ACCUSE")
    assert got and "IRN" not in got[0][0] and got[0][1] == {"IRN"}, got


def test_title_after_comma_still_describes_the_name():  # guard: رحب NAME، TITLE is the subject
    got = _events("انتقد جون كيري، وزير الخارجية الأمريكي، روسيا بسبب الغارات.", "ACCUSE")
    assert got and "USA" in got[0][0], got


def test_plural_verb_keeps_the_patterns_own_word_as_doer():  # خرجوا متظاهرين: the participle names the protesters
    doc = hadath.extract("وقال الشهود إن آلافا خرجوا متظاهرين أمس أمام مقر الحكومة.", date="2015-08-01")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and all("متظاهرين" not in [a.text for a in e.recipient] for e in protests), \
        [(e.actor, e.recipient) for e in protests]
