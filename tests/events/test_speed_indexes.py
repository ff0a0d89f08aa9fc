"""The events stage's per-document and per-sentence indexes answer exactly as the plain scans they replace."""
import random
from types import SimpleNamespace

import pytest

import hadath
from hadath.events import argument_clues, context_countries, modality, sentence_filter, speech_clauses, triggers
from hadath.events.triggers import Lexicon, _match_rest, _token_forms, find_triggers, load_lexicon, token_readings
from hadath.places.attach import _WORD, _words_before
from hadath.time.attach import _clause_starts
from hadath.time.context import clause_starts

TEXTS = (
    "قال وزير الخارجية الأردني ناصر جودة يوم الأحد إن بلاده سترسل وفدا إلى دمشق الأسبوع المقبل، كما قال بيان "
    "للحكومة إن المحادثات مع الجانب السوري ستتناول عودة اللاجئين. وأضاف أن عمان لم تقطع علاقاتها مع سوريا.",
    "يشار إلى أن الشرطة المصرية كانت قد اعتقلت عشرين شخصا في القاهرة عام 2013، وقتل خمسة جنود في هجوم على "
    "حاجز قرب مدينة العريش. وتظاهر مئات الطلاب أمس في الإسكندرية احتجاجا على الأحكام، بينما نفت الحكومة ذلك.",
    "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة نظيره الإيراني حسن روحاني، وبحث الجانبان العلاقات الثنائية "
    "والوضع في العراق. وكان الرئيسان قد التقيا في طهران في 12 مارس 2015 لمدة ثلاثة أيام.",
)


@pytest.fixture(scope="module")
def docs():
    return [hadath.extract(t, date="2016-03-20") for t in TEXTS]


def test_token_readings_are_each_tokens_forms(docs):
    lex = load_lexicon()
    fresh = Lexicon(lex.patterns)  # empty caches: the readings are filled, then read back
    for doc in docs:
        plain = [_token_forms(lex, t) for t in doc.tokens]
        assert token_readings(fresh, doc.tokens) == plain
        assert token_readings(fresh, doc.tokens) == plain
        assert any(plain)


def test_match_rest_with_readings_matches_the_slot_tests(docs):
    """Skipping tokens without a reading in a gap changes no match: compared with the path that tests every slot."""
    lex = load_lexicon()
    gapped = [p for p in lex.patterns if any(s.kind == "gap" for s in p.slots)][:400]
    tried = found = 0
    for doc in docs:
        forms = token_readings(lex, doc.tokens)
        for sent in doc.sentences:
            for i in range(sent.token_start, sent.token_end):
                for p in gapped:
                    got = _match_rest(lex, p.slots[1:], doc.tokens, i + 1, sent.token_end, forms)
                    assert got == _match_rest(lex, p.slots[1:], doc.tokens, i + 1, sent.token_end)
                    tried += 1
                    found += got is not None
    assert tried > 10_000 and found > 0


def test_actors_in_matches_a_sorted_scan(docs):
    rng = random.Random(7)
    for doc in docs:
        assert doc.actors
        n = len(doc.text)
        spans = [(a.start, a.end) for a in doc.actors] + [tuple(sorted(rng.sample(range(-1, n + 2), 2)))
                                                          for _ in range(300)]
        for start, end in spans:
            plain = sorted((a for a in doc.actors if start <= a.start and a.end <= end), key=lambda a: a.start)
            assert argument_clues.actors_in(doc, start, end) == plain


def test_sentence_country_follows_the_document(docs):
    for doc in docs + docs[::-1]:
        for k in range(len(doc.sentences)):
            m = SimpleNamespace(sentence=k)
            assert context_countries.sentence_country(doc, m) == context_countries._one_country(doc, k)


def _clause_end_scan(doc, m, end):
    """The later-speech-verb rule of ``clause_region`` as a plain scan (the code it replaced)."""
    toks = doc.tokens
    for i in range(m.last + 1, end):
        if speech_clauses.is_speech(toks[i].norm) and i > m.last + 1 and toks[i - 1].norm in ("،", ",", "كما"):
            return i - 1 if toks[i - 1].norm in ("،", ",") else i
    return end


def test_clause_region_matches_the_plain_scan(docs):
    checked = 0
    for doc in docs:
        for k, sent in enumerate(doc.sentences):
            for first in range(sent.token_start, sent.token_end):
                m = SimpleNamespace(sentence=k, first=first, last=min(first + 1, sent.token_end - 1))
                got = speech_clauses.clause_region(doc, m)
                end = sent.token_end
                for s, c in speech_clauses.speech_pairs(doc, sent.token_start, sent.token_end):
                    if s > m.last and c >= m.first:
                        end = min(end, s)
                        break
                assert got[1] == _clause_end_scan(doc, m, end)
                checked += got[1] < sent.token_end
    assert checked  # the rule closed some clause


def test_background_frame_matches_has_frame(docs):
    doc = hadath.extract("قال مسؤول إن الجيش قصف مواقع. يشار إلى أن الجيش قصف مواقع أمس. يذكر أن وفدا زار المدينة.")
    hits = 0
    for d in docs + [doc]:
        for k, sent in enumerate(d.sentences):
            for head in range(sent.token_start, sent.token_end + 1):
                plain = modality._has_frame(modality._window(d, sent.token_start, head), modality.BACKGROUND)
                assert modality._background_frame_before(d, k, head) == plain
                hits += plain
    assert hits


def test_classify_windows_reach_every_word_a_rule_reads(docs, monkeypatch):
    """The clause windows are cut to what the rules read: whole clauses give the same aux for every trigger."""
    cut = []
    for doc in docs:
        for m in find_triggers(doc):
            region = speech_clauses.clause_region(doc, m)[:2]
            cut.append(modality.classify(doc, m, region, 2016))
    monkeypatch.setattr(modality, "BEFORE_REACH", 10 ** 6)
    monkeypatch.setattr(modality, "AFTER_REACH", 10 ** 6)
    whole = []
    for doc in docs:
        for m in find_triggers(doc):
            region = speech_clauses.clause_region(doc, m)[:2]
            whole.append(modality.classify(doc, m, region, 2016))
    assert cut == whole and len(cut) >= 5


def test_filter_word_keys_flag_every_word_a_class_takes(docs):
    for doc in docs:
        for sent in doc.sentences:
            for t, key in zip(doc.tokens[sent.token_start:sent.token_end], sentence_filter._token_keys(doc, sent)):
                if key is None:
                    assert t.is_punct
                    continue
                w, feat, in_class = key
                assert feat == f"w={w}"
                for where in ("", "a", "b"):
                    assert bool(sentence_filter._classes(w, t.norm, True, where)) <= in_class


def test_filter_features_do_not_depend_on_the_cache(docs):
    for doc in docs:
        for ev in doc.events:
            first = sentence_filter.features(doc, ev)
            sentence_filter._KEYS.clear()
            assert sentence_filter.features(doc, ev) == first


def test_words_before_matches_a_scan_from_the_sentence_start():
    rng = random.Random(3)
    words = "في مدينة حلب، قال الجيش: 25 قتيلا (بينهم أطفال) و«مدنيون» على_الحدود".split()
    text = " ".join(rng.choice(words) for _ in range(200))
    for _ in range(2000):
        lo, pos = sorted(rng.sample(range(len(text)), 2))
        for n in (1, 2, 4):
            plain = [m.group() for m in _WORD.finditer(text, lo, pos)][::-1][:n]
            assert _words_before(text, pos, lo, n) == plain


def test_cached_clause_starts_equal_clause_starts(docs):
    for doc in docs:
        for sent in doc.sentences:
            lo, hi = doc.norm.from_raw(sent.start), doc.norm.from_raw(sent.end)
            assert _clause_starts(doc.norm.text, lo, hi) == clause_starts(doc.norm.text, lo, hi)


def test_triggers_module_keeps_one_reading_cache_per_lexicon():
    a, b = Lexicon(load_lexicon().patterns), Lexicon(load_lexicon().patterns)
    assert a.readings_cache is not b.readings_cache
    assert triggers.token_readings(a, []) == []


def test_per_document_index_is_rebuilt_for_another_layer_or_length():
    from hadath.events.doc_index import PerDocument

    built = []
    index = PerDocument(lambda layer: built.append(len(layer)) or len(layer))
    a, b = [1, 2], [1, 2]
    assert index(a) == 2 and index(a) == 2 and built == [2]  # same layer: kept
    assert index(b) == 2 and built == [2, 2]  # an equal but other list: rebuilt
    b.append(3)
    assert index(b) == 3 and built == [2, 2, 3]  # the same list grown: rebuilt
    index.clear()
    assert index(b) == 3 and built == [2, 2, 3, 3]
