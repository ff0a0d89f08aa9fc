"""Indexes of the document being coded, built once and kept until another document comes.

The argument, modality and filter rules ask the same questions (token ends, actors by start, a sentence's speech
verbs) for every trigger of a document; each answer is derived from one layer (``doc.tokens``, ``doc.actors``) and
kept while that same layer object, at the same length, comes back.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class PerDocument(Generic[T]):
    """``index(layer)``: ``build(layer)`` for a new layer, the kept value while the same layer returns."""

    __slots__ = ("build", "_layer", "_size", "_value")

    def __init__(self, build: Callable[[list], T]):
        self.build = build
        self._layer = None
        self._size = 0
        self._value = None

    def __call__(self, layer: list) -> T:
        if layer is not self._layer or len(layer) != self._size:
            self._value = self.build(layer)
            self._layer, self._size = layer, len(layer)
        return self._value

    def clear(self) -> None:
        """Forget the kept value (the next call builds it again)."""
        self._layer, self._size, self._value = None, 0, None


# the end offsets of the document's tokens (increasing), for binary search from a character offset to a token;
# shared by the argument, relative-clause and partitive-party rules
TOKEN_ENDS = PerDocument(lambda toks: [t.end for t in toks])


def token_index(tokens: list, offset: int) -> int:
    """Index of the token containing (or starting after) a character offset."""
    return bisect_left(TOKEN_ENDS(tokens), offset + 1)


def token_at(doc, offset: int, lo: int, hi: int) -> int:
    """Index of the token containing raw offset (or the next one) within [lo, hi)."""
    if lo >= hi:
        return hi
    return bisect_right(TOKEN_ENDS(doc.tokens), offset, lo, hi)


def in_mention(doc, offset: int) -> bool:
    """Is the offset inside an actor mention (``بان كي مون``: بان is a name there, not بأن)?"""
    return any(a.start <= offset < a.end for a in doc.actors)
