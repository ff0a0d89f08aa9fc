"""Session 13 sentence filter: arson or storming a building (a riot act others commit as often as protesters) whose
sentence names no protest, protester, crowd or protest purpose is no protest; road blocks stay with the model.
Sentences written for these tests."""
import pytest

import hadath

RIOT_VETO = "arson or storming (a riot act) with no protest"


def _protests(text):
    """The PROTEST events the rules find (no filter), each with the shipped filter's veto (or None)."""
    from hadath.events.sentence_filter import NoFilter, default_filter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    filt = default_filter()
    return [(ev, filt.veto(doc, ev)) for ev in code_document(doc, sentence_filter=NoFilter()) if ev.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "أضرم مستوطنون متطرفون النار في منزل عائلة فلسطينية في قرية جنوب نابلس فجر اليوم.",
    "اقتحم مسلحون مبنى البلدية في المدينة صباح أمس وأطلقوا سراح عدد من السجناء.",
    "وأضرم مجهولون النيران في سيارات متوقفة قرب مقر الشركة ليلة الخميس.",
])
def test_riot_act_without_a_protest_is_cut(text):
    protests = _protests(text)
    assert protests, "the riot frame should fire"
    assert all(veto and RIOT_VETO in veto for _, veto in protests)
    assert "PROTEST" not in [e.type for e in hadath.extract(text, date="2015-08-01").events]


@pytest.mark.parametrize("text", [
    "أضرم محتجون غاضبون النار في مبنى البلدية في مدينة البصرة أمس احتجاجا على انقطاع الكهرباء.",
    "اقتحم آلاف المحتجين مبنى البرلمان في العاصمة بعد ظهر أمس.",
    "قطع سكان القرية الطريق الرئيسي أمس احتجاجا على انقطاع المياه منذ أسبوعين.",
    "وقطع شبان الطريق الدولي بين المدينتين مساء أمس وأحرقوا إطارات السيارات.",
])
def test_riot_act_with_protest_words_is_not_cut_by_the_rule(text):
    protests = _protests(text)
    assert protests
    assert not any(veto and RIOT_VETO in veto for _, veto in protests)


def test_riot_rule_leaves_demonstrations_and_assaults_alone():
    from hadath.events.sentence_filter import NoFilter, _riot_without_protest
    from hadath.events.stage import code_document

    for text in ("تظاهر المئات أمام السفارة في العاصمة مساء أمس.",
                 "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في السوق المركزي صباح اليوم."):
        doc = hadath.extract(text, date="2015-08-01")
        evs = code_document(doc, sentence_filter=NoFilter())
        assert evs and not any(_riot_without_protest(doc, e) for e in evs)
