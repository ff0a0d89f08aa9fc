"""Shared helpers for the actor tests: run the text and actor stages (no NER needed)."""
from __future__ import annotations

from typing import Optional

from hadath.actors.stage import ActorStage
from hadath.document import Document
from hadath.text.stage import TextStage

_TEXT = TextStage()
_ACTORS = ActorStage()


def analyse(text: str, date: Optional[str] = None) -> Document:
    return _ACTORS(_TEXT(Document(text, date=date)))


def codes(doc: Document) -> list[tuple[str, Optional[str], Optional[str]]]:
    return [(a.text, a.country, a.sector) for a in doc.actors]
