"""Candidates that cannot reach MIN_CONFIDENCE skip their modality, codes and sentence filter: the events layer is
the same as when every candidate is worked out in full; and the trigger index split by head kind keeps the order."""
import json
import zipfile

import pytest

import hadath
from hadath.document import Event, Span
from hadath.events import stage
from hadath.events.triggers import load_lexicon

TEXTS = (
    # low-confidence nouns and verbs next to kept events, a statement verb whose unnamed subject has a place
    "استنكرت دائرة الإفتاء العام في الأردن العمل الإرهابي الذي استهدف مسجدا في الكويت. وقال مسؤول إن الهجمات "
    "مستمرة منذ سنوات، فيما تظاهر العشرات أمام السفارة.",
    "وصل وزير الخارجية الفرنسي إلى بغداد في زيارة رسمية واستقبله رئيس الوزراء العراقي، وبحثا التعاون بين البلدين. "
    "وكانت الشرطة قد اعتقلت خمسة أشخاص في البصرة بتهمة التظاهر.",
    "دعت منظمة العفو الدولية إلى الإفراج عن المعتقلين، ورفضت الحكومة المصرية الانتقادات وأكدت دعمها للحوار. "
    "وأدان الاتحاد الأوروبي الهجوم على القافلة الإنسانية في سوريا.",
    # a low prior (دعم) and no party named, saved by the place in its unnamed subject (0.3 + 0.2)
    "دعمت جمعيات أهلية في تونس المبادرة، وقال مسؤول إن الحكومة سترد.",
    "أعلنت وزارة الدفاع الأمريكية أنها ستسحب قواتها من أفغانستان، بينما هدد مسلحون بشن هجمات جديدة على "
    "القواعد العسكرية. واتفق الجانبان على عقد اجتماع الأسبوع المقبل في جنيف.",
)


def _articles(shared, n):
    zips = sorted((shared / "data" / "corpora" / "saudinewsnet").glob("*.zip"))
    if not zips:
        pytest.skip("no SaudiNewsNet articles in the shared folder")
    out = []
    with zipfile.ZipFile(zips[0]) as zf:
        for name in zf.namelist():
            for art in json.loads(zf.read(name)):
                if len(art.get("content") or "") >= 200:
                    out.append((art["content"], (art.get("date_extracted") or "")[:10] or None))
                if len(out) >= n:
                    return out
    return out


def _layer(text, date):
    doc = hadath.extract(text, date=date)
    return [(e.to_dict(), e.explanation, e.confidence) for e in doc.events]


def _same_as_full_build(monkeypatch, items):
    doomed = []
    real = stage._doomed

    def counting(ev):
        out = real(ev)
        doomed.append(out)
        return out

    monkeypatch.setattr(stage, "_doomed", counting)
    fast = [_layer(t, d) for t, d in items]
    monkeypatch.setattr(stage, "_doomed", lambda ev: False)
    full = [_layer(t, d) for t, d in items]
    assert fast == full
    return sum(doomed), len(doomed)


def test_skipping_doomed_candidates_changes_no_event(monkeypatch):
    skipped, built = _same_as_full_build(monkeypatch, [(t, "2016-03-20") for t in TEXTS])
    assert built >= 10 and skipped >= 1  # some candidates were skipped, not all


def test_skipping_doomed_candidates_changes_no_event_in_news(monkeypatch, shared):
    skipped, built = _same_as_full_build(monkeypatch, _articles(shared, 12))
    assert skipped >= 5 and skipped < built


def test_doomed_counts_the_subject_place_bonus():
    span = Span("x", 0, 1)
    statement = Event(type="ACCUSE", trigger=span, sentence=span, confidence=0.25)
    other = Event(type="CONSULT", trigger=span, sentence=span, confidence=0.25)
    assert not stage._doomed(statement)  # 0.25 + 0.2 can still pass
    assert stage._doomed(other)
    assert stage._doomed(Event(type="ACCUSE", trigger=span, sentence=span, confidence=0.15))
    assert not stage._doomed(Event(type="CONSULT", trigger=span, sentence=span, confidence=stage.MIN_CONFIDENCE))


def test_head_index_split_by_kind_keeps_the_order():
    lex = load_lexicon()
    assert lex.index
    for form, entries in lex.index.items():
        verbs = [e for e in entries if e[0].slots[0].kind == "verb"]
        words = [e for e in entries if e[0].slots[0].kind != "verb"]
        assert lex.verb_heads.get(form, []) == verbs
        assert lex.word_heads.get(form, []) == words
    assert set(lex.verb_heads) | set(lex.word_heads) == set(lex.index)


def test_cached_durations_equal_a_fresh_scan():
    from hadath.time.attach import _durations
    from hadath.time.expressions import find_durations

    doc = hadath.extract("وصل الوفد إلى القاهرة أمس في زيارة تستغرق ثلاثة أيام، ويعقد لمدة يومين محادثات. "
                         "وقال مسؤول إن الاجتماع انتهى.", date="2016-03-20")
    found = 0
    for sent in doc.sentences:
        lo, hi = doc.norm.from_raw(sent.start), doc.norm.from_raw(sent.end)
        fresh = find_durations(doc.norm.text, lo, hi)
        assert list(_durations(doc.norm.text, lo, hi)) == fresh == list(_durations(doc.norm.text, lo, hi))
        found += len(fresh)
    assert found >= 1
