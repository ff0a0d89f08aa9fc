"""Session 27: accusations and condemnations (sentences written for these tests, not taken from the eval sets).

- A name spelt with a leading ب (بغداد، بوتين، برلمان) fills no ``ب*`` slot: ``اتهمت أنقرة بغداد`` is no passive
  "was accused of", ``أقر برلمان`` no "admitted to" (triggers._bi_names).
- أعرب / عبر ... عن إدانته reaches past a longer subject and takes dual and plural possessives.
- A condemned attack whose doer is not named accuses no one: a party of the accuser's own country (or of none)
  before the attack noun, or one brought by a merged report from another sentence, is dropped
  (attack_roles.condemned_attack_doer); coordinated states condemning such an attack each make their own statement
  (attack_roles.condemners_apart).
- ``لكن موسكو انتقدت واشنطن``: a state opening its clause before a feminine perfect verb is its subject
  (verb_subjects, subject:svo-perfect).
- ``اتهم فلان، النائب عن الحزب X، إيران``: عن names the accused only after "issued" (صدرت عن X) (object_recipients).
- ``أن نادي برشلونة رفض عرضا``: a club right before the verb makes the act sport (non_events.sports_party); the
  ب-name rule no longer lets the spurious نادى + ب trigger stand in for it.
"""
from __future__ import annotations

from hadath import extract
from helpers_triggers import pattern_ids


def _events(text: str, typ: str = "ACCUSE"):
    return [e for e in extract(text, date="2015-08-01").events if e.type == typ]


def _tuples(text: str, typ: str = "ACCUSE"):
    return sorted((sorted(a.country or "-" for a in e.actor), sorted(r.country or "-" for r in e.recipient))
                  for e in _events(text, typ))


# ---- a name with a leading ب is no ب + object ----

def test_active_accusation_of_a_b_name_is_not_passive():
    text = "واتهمت أنقرة بغداد بالتقاعس عن ملاحقة المسلحين على الحدود."
    assert "accuse.ittahama-passive" not in pattern_ids(text)
    assert _tuples(text) == [(["TUR"], ["IRQ"])]


def test_passive_accusation_still_reads_the_charge():
    assert "accuse.ittahama-passive" in pattern_ids("وكان الصحفي قد اتهم بالتحريض على العنف.")


def test_b_name_subject_is_no_admission():
    assert "concede.i3tadhara-i3tiraf" not in pattern_ids("وأقر برلمان الكويت أمس قانونا جديدا للإعلام الإلكتروني.")
    assert "concede.i3tadhara-i3tiraf" in pattern_ids("وأقر الوزير بوجود أخطاء في إدارة الأزمة.")


# ---- an accusation made with a verb ----

def test_accusation_made_with_a_verb_stays():
    assert _tuples("واتهمت الحكومة اليمنية إيران بتهريب الأسلحة إلى المتمردين.") == [(["YEM"], ["IRN"])]


# ---- أعرب / عبر عن إدانته ----

def test_expressed_condemnation_past_a_long_subject():
    text = "أعرب عدد من أعضاء مجلس النواب الأردني، عن إدانتهم الشديدة للتفجير الذي استهدف سوقا شعبية."
    assert "accuse.a3raba-idana" in pattern_ids(text)


def test_expressed_condemnation_dual_possessive():
    assert "accuse.3abbara-idana" in pattern_ids("وعبر الوزيران عن إدانتهما للهجوم على قافلة الإغاثة.")


# ---- a condemned attack with no doer named ----

def test_condemned_attack_drops_the_subjects_own_party():
    text = "استنكر القنصل العام لدولة الكويت في نيويورك السفير الدكتور خالد بالمطيري العمل الإرهابي الذي استهدف مسجدا."
    evs = _events(text)
    assert evs and all(not e.recipient for e in evs)


def test_condemned_attack_keeps_the_named_doer():
    assert _tuples("أدانت قطر الهجوم الذي شنه مستوطنون إسرائيليون على قرية فلسطينية.") == [(["QAT"], ["ISR"])]


def test_condemning_states_each_make_a_statement():
    text = "أدانت فرنسا وإيطاليا التفجير الإرهابي الذي استهدف سوقا في بغداد."
    assert _tuples(text) == [(["FRA"], []), (["ITA"], [])]


def test_joint_condemnation_of_a_named_doer_stays_one_event():
    text = "أدانت فرنسا وإيطاليا الهجوم الذي شنته إسرائيل على مدرسة في غزة."
    assert _tuples(text) == [(["FRA", "ITA"], ["ISR"])]


# ---- a state before a feminine perfect is its subject ----

def test_fronted_state_is_the_subject():
    assert _tuples("لكن أنقرة انتقدت واشنطن لتأخرها في تسليم المعارض.") == [(["TUR"], ["USA"])]


def test_governed_place_before_the_verb_is_no_subject():
    evs = _events("وفي أنقرة انتقدت الحكومة واشنطن لتأخرها في تسليم المعارض.")
    assert not any("subject:svo-perfect" in x for e in evs for x in e.explanation)


# ---- عن names the accused only as an issuer ----

def test_mp_for_a_party_is_not_the_accused():
    evs = _events("اتهم خالد منصور، النائب في البرلمان عن الحزب الديمقراطي الكردستاني، إيران بتحريك الخلافات.")
    assert not any(r.country == "IRQ" for e in evs for r in e.recipient)


def test_statements_issued_by_a_party_accuse_it():
    text = "أدانت منظمة التعاون الإسلامي التصريحات الطائفية التي صدرت عن نائب رئيس الوزراء العراقي أمس."
    assert any(r.country == "IRQ" for e in _events(text) for r in e.recipient)


# ---- a club before the verb (the ب-name rule no longer reads "نادي برشلونة" as نادى + ب) ----

def test_club_subject_before_the_verb_is_sport():
    assert not _events("وقالت صحيفة إسبانية إن نادي بلد الوليد رفض عرضا من نادي إشبيلية لضم حارسه.", "REJECT")
