"""Token helpers shared by the mentioned-acts rule families (``mentioned_*.py``)."""
from __future__ import annotations

_QUOTES = frozenset('"«»“”\'')


# a token's word with a و / ف proclitic and the article peeled (only from words long enough to carry them); the
# article comes off only before 3+ letters, not as peel's ``article`` (strip_al: 2+), so that ``الحق`` stays whole
def _word(tok) -> str:
    n = tok.norm
    # peel(n) written out (same rule: one و/ف when 3+ letters remain): ~80k calls per 150 articles, where the
    # cached call cost as much as the rest of the function (tests/text/test_text_peel_callers.py checks they agree)
    if n[:1] in ("و", "ف") and len(n) > 3:
        n = n[1:]
    return n[2:] if n.startswith("ال") and len(n) > 4 else n
