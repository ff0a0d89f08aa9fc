"""Session 14 sentence filter: a protest report introduces its protest (an indefinite protest noun, a definite one
after a verb of occurrence or continuation, a crowd count or number, a protest verb or purpose, protesters without
the article). A sentence that introduces none only refers back to a protest reported before ("the protesters"
acting or acted on, "their march") or uses a protest word in another sense; its PROTEST event is cut.
Sentences written for these tests."""
import pytest

import hadath

NOT_INTRODUCED = "the sentence introduces no protest"


def _protests(text):
    """The PROTEST events the rules find (no filter), each with the shipped filter's veto (or None)."""
    from hadath.events.sentence_filter import NoFilter, default_filter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    filt = default_filter()
    return [(ev, filt.veto(doc, ev)) for ev in code_document(doc, sentence_filter=NoFilter()) if ev.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    # what "the protesters" did next, or what was done to them
    "وأغلق المتظاهرون الطريق الرئيسي المؤدي إلى المطار.",
    "وطوقت سيارات الشرطة المتظاهرين قرب مبنى البلدية.",
    # a protest noun that refers back (منظمي المسيرة) does not introduce the crowd of the frame
    "وحسب منظمي المسيرة، فإن المدينة عرفت تدفق أفواج من المتظاهرين الذين وفدوا من القرى المجاورة.",
    # a rally in another sense: a speech given at it
    "وألقى الرئيس كلمته في تجمع حاشد في العاصمة بعد عودته من الخارج.",
])
def test_a_sentence_that_introduces_no_protest_is_cut(text):
    protests = _protests(text)
    assert protests, "the protest frame should fire"
    assert all(veto and NOT_INTRODUCED in veto for _, veto in protests)
    assert "PROTEST" not in [e.type for e in hadath.extract(text, date="2015-08-01").events]


@pytest.mark.parametrize("text", [
    "خرج آلاف المتظاهرين أمس في العاصمة وأغلق المتظاهرون الطريق الرئيسي.",  # a crowd count
    "واندلعت مظاهرات في المدينة، وأغلق المتظاهرون الطريق الرئيسي المؤدي إلى المطار.",  # an indefinite noun
    "وتواصلت المظاهرات في العاصمة حيث أغلق المتظاهرون الغاضبون الشوارع الرئيسية.",  # continuation verb
    "تظاهر المئات في الساحة وتجمع المتظاهرون أمام مبنى المحافظة.",  # a protest verb
    "وأغلق المتظاهرون الطريق الرئيسي احتجاجا على رفع أسعار الوقود.",  # a purpose
    "أغلق متظاهرون غاضبون الطريق الرئيسي في المدينة مساء أمس.",  # protesters without the article
    "وقع عدد من الكتاب خطابا احتجاجيا موجها إلى وزير الثقافة.",  # the protest adjective
])
def test_a_sentence_that_introduces_a_protest_is_not_cut_by_the_rule(text):
    protests = _protests(text)
    assert protests
    assert not any(veto and NOT_INTRODUCED in veto for _, veto in protests)


def test_the_rule_leaves_other_types_alone():
    from hadath.events.sentence_filter import NoFilter, _no_protest_introduced
    from hadath.events.stage import code_document

    text = "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في السوق المركزي صباح اليوم."
    doc = hadath.extract(text, date="2015-08-01")
    evs = code_document(doc, sentence_filter=NoFilter())
    assert evs and not any(_no_protest_introduced(doc, e) for e in evs)


def test_introducing_words_are_told_from_back_references():
    from hadath.events.sentence_filter import _introduces_a_protest

    doc = hadath.extract("خرجت مظاهرات وأكد المتظاهرون في مسيرتهم للمسيرة", date="2015-08-01")
    toks = [t for t in doc.tokens if not t.is_punct]
    marks = {t.text: _introduces_a_protest(toks, i) for i, t in enumerate(toks)}
    assert marks["مظاهرات"]
    assert not marks["المتظاهرون"] and not marks["مسيرتهم"] and not marks["للمسيرة"]


@pytest.mark.parametrize("text", [
    # a verb frame whose subject is not "the protesters" states an act: left to the model
    "وقطع شبان الطريق الدولي بين المدينتين مساء أمس.",
    # a protest continued by "the protesters" is reported by the continuation verb
    "وواصل المحتجون اعتصامهم أمام مقر الحكومة لليوم الثالث.",
])
def test_acts_stated_by_their_own_verb_are_not_cut_by_the_rule(text):
    protests = _protests(text)
    assert protests
    assert not any(veto and NOT_INTRODUCED in veto for _, veto in protests)
