"""Per-document indexes used by argument assignment give the same answers as a plain scan."""
from hadath.document import Document
from hadath.events.arguments import _tok_at
from hadath.text.stage import TextStage


def _linear(doc, offset, lo, hi):
    for i in range(lo, hi):
        if doc.tokens[i].end > offset:
            return i
    return hi


def test_tok_at_matches_linear_scan_on_two_documents():
    stage = TextStage()
    for text in ("قال الرئيس إن الوفد سيزور القاهرة غدا، وأكد أن المحادثات مستمرة.",
                 "اعتقلت الشرطة ثلاثة أشخاص في بغداد؛ وأفرج عن اثنين منهم لاحقا."):
        doc = stage(Document(text))
        n = len(doc.tokens)
        for offset in range(-1, len(text) + 2):
            for lo, hi in ((0, n), (2, n - 1), (n - 1, n), (3, 3)):
                assert _tok_at(doc, offset, lo, hi) == _linear(doc, offset, lo, hi)
