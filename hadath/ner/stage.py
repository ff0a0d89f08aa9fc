"""The NER stage: tags each sentence's tokens with the shipped CRF and adds entities with raw offsets."""
from __future__ import annotations

from hadath.document import Document, Entity


class NERStage:
    name = "ner"
    version = "1"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, model=None):
        self._model = model  # loaded lazily on first document

    @property
    def model(self):
        if self._model is None:
            from hadath.ner.model import get_model

            self._model = get_model()
        return self._model

    def __call__(self, doc: Document) -> Document:
        model = self.model
        sents = [doc.tokens[sent.token_start:sent.token_end] for sent in doc.sentences]
        sents = [toks for toks in sents if toks]
        words_of = [[t.norm or t.text for t in toks] for toks in sents]
        for toks, words, spans in zip(sents, words_of, model.document_spans(words_of)):
            for s, e, typ in spans:
                first, last = toks[s], toks[e - 1]
                label = model.label_of(typ, words[s:e])
                doc.add_entity(Entity(doc.text[first.start:last.end], first.start, last.end, label,
                                      source="model"))
        return doc
