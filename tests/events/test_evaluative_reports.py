"""Evaluative statements as accusations (session 18; sentences written for these tests, not taken from the eval sets).

A speaker X who says in a complement clause that another named party Y does or is something bad (a negative
evaluation word, no accuse verb) accuses Y: ACCUSE X -> Y from rule:evaluative-report. Y fighting or suffering the
bad thing, praise, a bad word about no party, a negated or denied statement, and a statement about the speaker's own
side give none.
"""
import pytest

from hadath import extract
from hadath.events.evaluative_reports import _in, _kind

RULE = "rule:evaluative-report"


def _reports(text):
    return [e for e in extract(text, date="2015-07-26").events if e.source == RULE]


def _pairs(evs):
    return {(frozenset(a.country for a in e.actor), frozenset(a.country for a in e.recipient)) for e in evs}


@pytest.mark.parametrize("text, actor, recipient", [
    # an evaluation verb predicated of the complement's subject
    ("قال وزير الخارجية المصري إن إسرائيل تنتهك القرارات الدولية في القدس كل يوم.", "EGY", "ISR"),
    ("أكد رئيس الوزراء العراقي أن تركيا تستغل الأزمة الأمنية لتوسيع نفوذها في الشمال.", "IRQ", "TUR"),
    ("أوضح وزير الإعلام اليمني أن إيران تتدخل في الشؤون الداخلية لبلاده منذ سنوات.", "YEM", "IRN"),
    # an evaluation adjective owned by a party after it (ل)
    ("قالت الكويت في بيان إن هذه الخطوة تكشف النهج العدائي لإيران في المنطقة.", "KWT", "IRN"),
    # a proxy backed by a party (من)
    ("أكد وزير الدفاع اليمني أن ميليشيات مدعومة من إيران تسيطر على عدة محافظات في بلاده.", "YEM", "IRN"),
    # the agent of an act noun after من قبل
    ("أعلن المتحدث باسم الخارجية الأردنية أن الاعتداءات المتكررة من قبل إسرائيل على المسجد الأقصى مرفوضة.",
     "JOR", "ISR"),
    # a nationality right after an act noun
    ("قال الرئيس اليمني إن التدخل الإيراني في بلاده بلغ حدا لا يمكن السكوت عنه.", "YEM", "IRN"),
    # an existential complement opening with في Y
    ("قال وزير الخارجية الفرنسي إن في سوريا نظاما قمعيا يقتل شعبه يوميا.", "FRA", "SYR"),
])
def test_statement_judging_another_party_is_an_accusation(text, actor, recipient):
    evs = _reports(text)
    assert (frozenset({actor}), frozenset({recipient})) in _pairs(evs), [(e.actor, e.recipient) for e in evs]
    assert all(e.type == "ACCUSE" and e.cameo == "112" for e in evs)


def test_trigger_and_explanation_name_the_evaluation_word():
    evs = _reports("قال وزير الخارجية المصري إن إسرائيل تنتهك القرارات الدولية في القدس كل يوم.")
    assert evs and evs[0].trigger.text == "تنتهك"
    assert any("evaluative-report" in line for line in evs[0].explanation)


@pytest.mark.parametrize("text", [
    # Y fights or condemns the bad thing
    ("قال وزير الداخلية البريطاني إن فرنسا تكافح الإرهاب بكل حزم."),
    ("أكد المتحدث باسم الحكومة المغربية أن الأردن يحارب الجماعات الإرهابية في المنطقة."),
    # praise of Y
    ("قال وزير الخارجية الإماراتي إن الكويت تلعب دورا إيجابيا في حل الأزمة."),
    # a bad word about no named party
    ("قال وزير الداخلية التونسي إن الهجوم الإرهابي لن يثني بلاده عن مواصلة الإصلاحات."),
    # a negated evaluation
    ("قال وزير الخارجية العماني إن إيران لا تتدخل في شؤون بلاده الداخلية."),
    # a denial
    ("نفت وزارة الخارجية القطرية أن تكون تركيا تتدخل في شؤون الخليج."),
    # Y is the victim of the bad act (ضد، على)
    ("قال الرئيس الفلسطيني إن الاعتداءات المتكررة ضد الأردن يجب أن تتوقف."),
])
def test_no_accusation(text):
    assert not _reports(text), [(e.actor, e.recipient, e.explanation) for e in _reports(text)]


def test_not_doubled_when_the_sentence_has_an_accusation_by_the_speaker():
    evs = extract("اتهم وزير الخارجية المصري إسرائيل وقال إن إسرائيل تنتهك القرارات الدولية.",
                  date="2015-07-26").events
    assert not [e for e in evs if e.source == RULE]
    assert any(e.type == "ACCUSE" for e in evs)


def test_forms_peel_clitics_and_article():
    assert _in("للارهاب", frozenset({"ارهاب"}))
    assert _in("والعدائي", frozenset({"عدائي"}))
    assert _kind("تنتهك") == "verb" and _kind("مدعومة") == "backed" and _kind("الاحتلال") == "act"
    assert _kind("العدائي") == "trait" and _kind("الحكومة") is None



# ---- session 19: the praise mirror (SUPPORT X -> Y, 051): X says the relations with Y are good

PRAISE = "rule:evaluative-praise"


def _praises(text):
    return [e for e in extract(text, date="2015-07-26").events if e.source == PRAISE]


@pytest.mark.parametrize("text, actor, recipient", [
    # relations praised, the other party named in the relation frame
    ("قال وزير الخارجية المصري إن العلاقات بين مصر والسعودية متميزة وتاريخية.", "EGY", "SAU"),
    ("أكد وزير الخارجية الأردني أن علاقات بلاده مع الكويت قوية وراسخة.", "JOR", "KWT"),
    # البلدين stands for the other party named before in the sentence
    ("أكد الرئيس التونسي خلال استقباله وزير الخارجية الجزائري أمس أن العلاقات بين البلدين الشقيقين متينة.",
     "TUN", "DZA"),
    # a far أن, behind commas: the speaker is named between the verb and it
    ("وأكد وزير الخارجية الأردني، في حديثه للصحفيين عقب لقائه نظيره، أن العلاقات مع الكويت قوية.", "JOR", "KWT"),
])
def test_praise_of_relations_is_support(text, actor, recipient):
    evs = _praises(text)
    assert (frozenset({actor}), frozenset({recipient})) in _pairs(evs), [(e.actor, e.recipient) for e in evs]
    assert all(e.type == "SUPPORT" and e.cameo == "051" for e in evs)


@pytest.mark.parametrize("text", [
    # relations in trouble
    ("قال وزير الخارجية المصري إن تراجع العلاقات بين مصر وتركيا بات واضحا رغم أنها كانت متميزة."),
    # a negated praise
    ("قال وزير الخارجية القطري إن العلاقات مع إيران ليست قوية كما يظن البعض."),
    # relations of no named other party
    ("قال وزير الخارجية السعودي إن العلاقات الدولية متطورة في هذا العصر."),
    # a denial
    ("نفى وزير الخارجية الكويتي أن تكون العلاقات مع العراق متميزة."),
    # relations only discussed, no statement
    ("بحث وزير الخارجية المصري مع نظيره السعودي العلاقات الأخوية بين البلدين."),
])
def test_no_praise(text):
    assert not _praises(text), [(e.actor, e.recipient, e.explanation) for e in _praises(text)]



# ---- session 19: a verb of describing (وصف X ... بأنها) with the describer right after it

@pytest.mark.parametrize("text, actor, recipient", [
    # the evaluation word owned by Y inside the described object, too far from بأنها for the lexicon's وصف rows
    ("وصف وزير الخارجية الكويتي التصريحات المتناقضة لإيران بشأن علاقاتها مع دول الجوار ومواقفها من الأزمات"
     " الإقليمية في المنطقة بأنها لا تبني الثقة.", "KWT", "IRN"),
])
def test_described_object_judging_another_party(text, actor, recipient):
    evs = _reports(text)
    assert (frozenset({actor}), frozenset({recipient})) in _pairs(evs), [(e.actor, e.recipient, e.source) for e in evs]


@pytest.mark.parametrize("text", [
    # the bad word belongs to a third party with no country; the party before it is praised (no subject fallback)
    ("وصف النائب في البرلمان الكويتي عملية وزارة الداخلية السعودية بالضربة القاصمة للتنظيم الإرهابي."),
    # the describer is the object of a preposition: no speaker
    ("وصفت الصحيفة مع وزير الخارجية المصري الخطاب العدائي لإيران."),
])
def test_no_described_accusation(text):
    assert not _reports(text), [(e.actor, e.recipient, e.explanation) for e in _reports(text)]


@pytest.mark.parametrize("speaker", ["لافروف", "بوتين", "وزير الخارجية الروسي"])
def test_far_statement_speaker_may_start_with_lam_or_ba(speaker):
    # ل / ب are prepositions only when glued on as proclitics (لإيران), not as a name's first letter
    text = (f"وأكد {speaker} في مستهل محادثاته التي جرت في العاصمة موسكو اليوم الثلاثاء في إطار زيارة رسمية تستمر "
            "يومين أن العلاقات مع الكويت قوية.")
    assert any(e.type == "SUPPORT" and e.recipient and e.recipient[0].country == "KWT"
               for e in extract(text, date="2015-08-01").events)


def test_unlike_is_no_trouble_in_the_relations():
    text = "قال وزير الخارجية المصري إن العلاقات مع السعودية بخلاف ما يشاع متميزة."
    assert any(e.type == "SUPPORT" for e in extract(text, date="2015-08-01").events)
