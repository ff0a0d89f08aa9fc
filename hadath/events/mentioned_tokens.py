"""Token helpers shared by the mentioned-acts rule families (``mentioned_*.py``)."""
from __future__ import annotations

_QUOTES = frozenset('"«»“”\'')


# a token's word with a و / ف proclitic and the article peeled (only from words long enough to carry them)
def _word(tok) -> str:
    n = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
    return n[2:] if n.startswith("ال") and len(n) > 4 else n
