"""Token helpers shared by the mentioned-acts rule families (``mentioned_*.py``)."""
from __future__ import annotations

from hadath.text.normalize import peel

_QUOTES = frozenset('"«»“”\'')


# a token's word with a و / ف proclitic and the article peeled (only from words long enough to carry them); the
# article comes off only before 3+ letters, not as peel's ``article`` (strip_al: 2+), so that ``الحق`` stays whole
def _word(tok) -> str:
    n = peel(tok.norm)
    return n[2:] if n.startswith("ال") and len(n) > 4 else n
