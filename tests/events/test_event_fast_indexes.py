"""Per-document indexes used by argument assignment give the same answers as a plain scan."""
from hadath.document import Document
from hadath.events.doc_index import token_at
from hadath.text.stage import TextStage


def _linear(doc, offset, lo, hi):
    for i in range(lo, hi):
        if doc.tokens[i].end > offset:
            return i
    return hi


def test_token_at_matches_linear_scan_on_two_documents():
    stage = TextStage()
    for text in ("قال الرئيس إن الوفد سيزور القاهرة غدا، وأكد أن المحادثات مستمرة.",
                 "اعتقلت الشرطة ثلاثة أشخاص في بغداد؛ وأفرج عن اثنين منهم لاحقا."):
        doc = stage(Document(text))
        n = len(doc.tokens)
        for offset in range(-1, len(text) + 2):
            for lo, hi in ((0, n), (2, n - 1), (n - 1, n), (3, 3)):
                assert token_at(doc, offset, lo, hi) == _linear(doc, offset, lo, hi)


def test_trigger_prefilter_drops_no_reading():
    """A word passes the automaton test whenever the full clitic search finds a reading (the test only skips
    hopeless words): checked on words with proclitics, enclitics, ت for ة, و without its ا and لل + noun."""
    from hadath.events.triggers import load_lexicon
    from hadath.text.normalize import normalize_word

    lex = load_lexicon()
    text = ("وزيارته للرئيس واعتقلوه فسيلتقي بالهجوم ولمباحثاتهما وتظاهروا فقصفوها بمساعداتنا للاجتماع "
            "سيزورها واستقبلهم وبإدانتها كتابه الجميلة والطاولات مدرستها يكتبون فالشجرة لعائلتنا وبالمطر")
    words = [normalize_word(w) for w in text.split()]
    found = 0
    for w in words:
        full = _analyses_unfiltered(lex, w)
        assert lex.analyses(w) == full, w
        found += bool(full)
    assert 8 <= found < len(words)  # triggers read, ordinary words not


def _analyses_unfiltered(lex, word):
    """``Lexicon.analyses`` with the automaton test switched off (the plain clitic search)."""
    keep = lex._may_read
    lex._may_read = lambda w: True
    try:
        return type(lex).analyses.__wrapped__(lex, word)
    finally:
        del lex._may_read
        assert lex._may_read.__func__ is keep.__func__
