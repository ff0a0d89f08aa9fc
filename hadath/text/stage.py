"""The text stage: normalization, sentences and tokens, the layers every later stage reads."""
from __future__ import annotations

import gc

from hadath.document import Document, Sentence
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokens import split_by_document, tokenize


class TextStage:
    name = "text"
    version = "1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("norm", "sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        # Tokens form no reference cycles, so the cyclic collector has nothing to find here; pausing it
        # while thousands of Token/Morph objects are allocated makes the stage about a third faster.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            text = doc.text
            norm = normalize(text)
            tokens: list = []
            sentences = []
            for start, end in split_sentences(text):
                first = len(tokens)
                tokens.extend(tokenize(text, norm, start, end))
                sentences.append(Sentence(start, end, first, len(tokens)))
            split_by_document(tokens, norm)
        finally:
            if paused:
                gc.enable()
        doc.norm = norm
        doc.tokens = tokens
        doc.sentences = sentences
        return doc
