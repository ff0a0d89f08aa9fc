"""Session 12 sentence filter: an imperfect protest verb is background (a progressive, a habit, a plan), and an
attack report that counts its victims is kept just under the threshold. Sentences written for these tests."""
import pytest

import hadath


def _events(text):
    """(rule events, the same events as the shipped filter judges them): (type, head tag, vetoed)."""
    from hadath.events.sentence_filter import NoFilter, default_filter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    filt = default_filter()
    out = []
    for ev in code_document(doc, sentence_filter=NoFilter()):
        veto = filt.veto(doc, ev) if hasattr(filt, "thresholds") else None
        out.append((ev.type, getattr(ev, "head_tag", ""), bool(veto)))
    return doc, out


# ------------------------------------------------------------ an imperfect protest verb is no protest report
@pytest.mark.parametrize("text", [
    "واستنكر الحزب الاعتداء على طلاب كانوا يتظاهرون أمام الجامعة مساء أمس.",
    "وقالت مصادر إن أنصار الحزب ينظمون مسيرة إلى مقر البرلمان الأسبوع المقبل.",
    "وكانت مجموعات من العمال تتظاهر في وسط العاصمة حين هاجمتها الشرطة.",
])
def test_imperfect_protest_verb_is_cut(text):
    _, evs = _events(text)
    imperfect = [e for e in evs if e[0] == "PROTEST" and e[1] == "impf"]
    assert imperfect and all(vetoed for _, _, vetoed in imperfect)


@pytest.mark.parametrize("text", [
    "تظاهر آلاف الطلاب أمس أمام مقر الحكومة في العاصمة احتجاجا على رفع الرسوم.",
    "خرج مئات المتظاهرين اليوم في شوارع المدينة للمطالبة بالإفراج عن المعتقلين.",
])
def test_perfect_protest_verb_is_not_cut_by_the_imperfect_rule(text):
    from hadath.events.sentence_filter import _imperfect_protest
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = hadath.extract(text, date="2015-08-01")
    protests = [e for e in code_document(doc, sentence_filter=NoFilter()) if e.type == "PROTEST"]
    assert protests and not any(_imperfect_protest(e) for e in protests)
    assert "PROTEST" in [e.type for e in doc.events]


def test_imperfect_rule_leaves_assault_to_the_model():
    from hadath.events.sentence_filter import _imperfect_protest
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    doc = hadath.extract("تقصف طائرات التحالف مواقع المسلحين في المدينة منذ صباح اليوم.", date="2015-08-01")
    assert not any(_imperfect_protest(e) for e in code_document(doc, sentence_filter=NoFilter()))


# ------------------------------------------------------------ out-of-fold judgements of the tune half
def test_out_of_fold_judges_every_candidate_and_leaves_events_alone():
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document
    from hadath.events.train_filter import out_of_fold

    texts = [("هاجم مسلحون نقطة تفتيش للجيش أمس وقتلوا ثلاثة جنود.", "yes"),
             ("فجر انتحاري سيارة مفخخة قرب مركز للشرطة صباح اليوم.", "yes"),
             ("ويكفل القانون معاقبة كل من يشارك في أي هجوم على المدنيين.", "easy no"),
             ("ولم يعد السكان إلى منازلهم منذ الهجوم على القرية قبل سنوات.", "easy no")] * 2
    cands = []
    for i, (text, label) in enumerate(texts):
        doc = hadath.extract(text, date="2015-08-01")
        for ev in code_document(doc, sentence_filter=NoFilter()):
            if ev.type == "ASSAULT":
                cands.append((f"doc{i}-1", label, doc, ev))
    before = [list(ev.explanation) for *_, ev in cands]
    judged = out_of_fold(cands, salts=("",))
    assert sum(len(v) for v in judged.values()) == len(cands)
    assert all(0.0 <= p <= 1.0 for v in judged.values() for _, p, _ in v)
    assert [list(ev.explanation) for *_, ev in cands] == before
