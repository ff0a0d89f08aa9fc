"""Trigger lexicon, session 16 (recall of types the lexicon had no pattern for): executions reported in the passive
(تم إعدامهم), equipment received or carried (تسلمت الطائرات، محملتان بمواد), hostile descriptions (وصف X الخطاب
بالعدواني، واصفا إياها بالعدوانية), refusals to allow in the negated future (لن تسمح), offers and wishes to strengthen relations, and
recalling one's own ambassador (استدعت سفيرها للتشاور). Sentences written for these tests,
positives and near misses."""
import pytest

from tests.events.helpers_triggers import pattern_ids as _pattern_ids, rule_events as _events, rule_types as _types


# ---------------------------------------------------------------- executions carried out
@pytest.mark.parametrize("text, pattern", [
    ("عثر السكان على جثث عدد من الأسرى وقد تم إعدامهم رميا بالرصاص.", "assault.tamma-i3dam"),
    ("وقال المرصد إن المسلحين اقتادوا الرجال إلى الساحة حيث تم صلبهم أمام الأهالي.", "assault.tamma-i3dam"),
])
def test_execution_carried_out_is_an_assault(text, pattern):
    assert pattern in _pattern_ids(text)


def test_court_sentence_carried_out_stays_coercion():
    ids = _pattern_ids("ونفذت السلطات حكم الإعدام في ثلاثة مدانين بتهريب المخدرات.")
    assert "coerce.i3dam-noun" in ids and not any(p.startswith("assault.") for p in ids)


def test_execution_as_a_topic_is_no_trigger():
    assert not any(p.startswith("assault.") for p in _pattern_ids("ناقش البرلمان مشروع قانون لإلغاء عقوبة الإعدام."))


# ---------------------------------------------------------------- equipment received or carried
@pytest.mark.parametrize("text, pattern", [
    ("وصلت إلى مطار بيروت طائرتان أردنيتان محملتان بمواد طبية وأغذية.", "aid.muhammala"),
    ("تسلمت القوات الجوية الأردنية أمس أربع طائرات مقاتلة من هولندا.", "aid.tasallama-ajhiza"),
])
def test_equipment_received_or_carried_is_aid(text, pattern):
    assert pattern in _pattern_ids(text)


@pytest.mark.parametrize("text", [
    "طالب الأهالي بتسليم الجثث إلى ذويها.",
    "تسلم اللاعب جائزة أفضل لاعب في البطولة.",
])
def test_handing_over_bodies_or_prizes_is_no_aid(text):
    assert "aid.tasallama-ajhiza" not in _pattern_ids(text)


# ---------------------------------------------------------------- hostile descriptions
@pytest.mark.parametrize("text, pattern", [
    ("وصف وزير الخارجية الأردني، أيمن الصفدي، التصريحات التي أدلى بها المسؤول الإسرائيلي أمس، بالعدوانية.",
     "accuse.wasafa"),
    ("وصف نواب معارضون خطاب الرئيس بالفارغ من أي مضمون.", "accuse.wasafa"),
    ("وانتقد الوزير سياسة الحكومة الإسرائيلية، واصفا إياها بالعدوانية تجاه الفلسطينيين.", "accuse.waSifan"),
])
def test_hostile_description_is_accuse(text, pattern):
    assert pattern in _pattern_ids(text)


def test_hostile_description_codes_the_described_party():
    got = _events("وصف وزير الخارجية الأردني خطاب الرئيس الإيراني بالعدواني.")
    assert ("ACCUSE", ["JOR"], ["IRN"]) in got


@pytest.mark.parametrize("text", [
    "وصف وزير الخارجية الفرنسي المباحثات مع نظيره الإيراني بالمثمرة والإيجابية.",
    "وصف الطبيب حالة المريض بالمستقرة بعد العملية الجراحية.",
])
def test_favourable_description_is_no_accuse(text):
    assert not any(p.startswith("accuse.") for p in _pattern_ids(text))


# ---------------------------------------------------------------- refusals in the negated future
@pytest.mark.parametrize("text, pattern", [
    ("أكد وزير الخارجية أن الأردن لن يسمح بأي تدخل خارجي في شؤونه الداخلية.", "reject.lan-yasmaH"),
])
def test_negated_future_refusal_is_reject(text, pattern):
    assert pattern in _pattern_ids(text)


def test_negated_future_refusal_is_asserted_reject():
    got = _events("أكد وزير الخارجية أن الأردن لن يسمح بأي تدخل خارجي في شؤونه الداخلية.")
    assert any(t == "REJECT" and a == ["JOR"] for t, a, _ in got)


def test_refusal_without_a_party_is_no_event():
    assert "REJECT" not in _types("الطقس لن يسمح بإقامة المباراة في موعدها.")


# ---------------------------------------------------------------- recalling one's own ambassador
@pytest.mark.parametrize("text, pattern", [
    ("استدعت وزارة الخارجية الأردنية سفير المملكة لدى إسرائيل احتجاجا على الاعتداءات.", "sanction.istad3a-safir-bilad"),
    ("استدعت الكويت السفير الكويتي في دمشق للتشاور بعد الأحداث الأخيرة.", "sanction.istad3a-lil-tashawur"),
])
def test_recalling_own_ambassador_is_sanction(text, pattern):
    assert pattern in _pattern_ids(text)


def test_summoning_a_foreign_ambassador_stays_accuse():
    ids = _pattern_ids("استدعت وزارة الخارجية الأردنية السفير الإسرائيلي لديها وسلمته مذكرة احتجاج.")
    assert not any(p.startswith("sanction.") for p in ids)


# ---------------------------------------------------------------- offers and wishes to strengthen relations
@pytest.mark.parametrize("text, pattern", [
    ("اقترح وزير الخارجية الأردني عقد مؤتمر دولي لحل الأزمة مع إسرائيل.", "agree.iqtaraHa"),
    ("وتقدم رئيس الحزب الأردني ونظيره المصري بعرض لوقف الحملات الإعلامية.", "agree.taqaddama-bi-3arD"),
    ("أكد الوزير أن الأردن يرغب في تعزيز علاقاته مع تركيا.", "agree.raghiba-ta3ziz"),
    ("قال السفير إن بلاده حريصة على تطوير علاقاتها الاقتصادية مع الأردن.", "agree.HariS-ta3ziz"),
])
def test_offers_and_wishes_to_strengthen_relations_are_agree(text, pattern):
    assert pattern in _pattern_ids(text)


def test_wish_to_strengthen_relations_codes_the_partner():
    got = _events("أكد الوزير أن الأردن يرغب في تعزيز علاقاته مع تركيا.")
    assert ("AGREE", ["JOR"], ["TUR"]) in got


def test_strengthening_relations_as_a_topic_is_no_agree():
    ids = _pattern_ids("ناقش الجانبان سبل تعزيز العلاقات الثنائية بين البلدين.")
    assert not any(p in ("agree.raghiba-ta3ziz", "agree.HariS-ta3ziz") for p in ids)

