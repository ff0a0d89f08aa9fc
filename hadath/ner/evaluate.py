"""Entity-level evaluation (conlleval-style exact match) on files in ANERcorp's ``token TAG`` format.

``evaluate_file`` runs the real path: each sentence's tokens joined by single spaces, hadath's text stage and
NER stage, entity character spans projected back onto the file's tokens, labels mapped as the maintainers map
them (PER->PERS, GPE->LOC, NORP->MISC, TITLE ignored).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from hadath.ner.corpus import CorpusFormatError, entity_spans, read_conll

# hadath label -> ANERcorp label; None means not scored.
MAINTAINER_MAP: dict[str, Optional[str]] = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                                            "NORP": "MISC", "MISC": "MISC", "TITLE": None}
_GOLD_MAP = {"PERS": "PERS", "PER": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, dict]:
    """Precision, recall, F1 and support per type and overall ("ALL") over IOB2 sentence pairs."""
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for g, p in zip(gold, pred):
        gs = set(entity_spans(g))
        ps = set(entity_spans(p))
        for _, _, t in gs:
            n_gold[t] = n_gold.get(t, 0) + 1
        for _, _, t in ps:
            n_pred[t] = n_pred.get(t, 0) + 1
        for _, _, t in gs & ps:
            tp[t] = tp.get(t, 0) + 1
    out = {}
    types = sorted(set(n_gold) | set(n_pred))
    for t in types + ["ALL"]:
        if t == "ALL":
            a, g, p = sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())
        else:
            a, g, p = tp.get(t, 0), n_gold.get(t, 0), n_pred.get(t, 0)
        prec = a / p if p else 0.0
        rec = a / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {"precision": prec, "recall": rec, "f1": f1, "support": g, "predicted": p}
    return out


def tags_from_entities(offsets: Sequence[tuple[int, int]], entities, label_map=MAINTAINER_MAP) -> list[str]:
    """IOB2 tags over tokens at ``offsets`` from entities with character spans (first overlapping token = B)."""
    tags = ["O"] * len(offsets)
    for ent in sorted(entities, key=lambda e: e.start):
        label = label_map.get(ent.label, ent.label) if label_map is not None else ent.label
        if not label:
            continue
        hit = [i for i, (s, e) in enumerate(offsets) if s < ent.end and ent.start < e]
        if not hit or any(tags[i] != "O" for i in hit):
            continue
        for k, i in enumerate(hit):
            tags[i] = ("B-" if k == 0 else "I-") + label
    return tags


def run_sentence(tokens: Sequence[str], pipeline) -> tuple[list[tuple[int, int]], list]:
    """Join tokens by single spaces, run the pipeline; (token offsets, entities)."""
    from hadath.document import Document

    offsets = []
    pos = 0
    for t in tokens:
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    doc = pipeline(Document(" ".join(tokens)))
    return offsets, doc.entities


def ner_pipeline(upto: str = "ner"):
    """The default pipeline up to the NER stage (or a later stage, to score what `hadath extract` emits)."""
    from hadath.pipeline import Pipeline

    return Pipeline.default(upto=upto)


def evaluate_file(path: Path | str, upto: str = "ner", limit: Optional[int] = None) -> dict[str, dict]:
    """Scores of hadath on an ANERcorp-format file, through the real tokenizer and pipeline."""
    sents = read_conll(path, mapping=_GOLD_MAP)
    if not sents:
        raise CorpusFormatError(f"{path}: no sentences found (expected `token TAG` lines)")
    if limit:
        sents = sents[:limit]
    pipe = ner_pipeline(upto)
    gold, pred = [], []
    for toks, tags in sents:
        offsets, ents = run_sentence(toks, pipe)
        gold.append(tags)
        pred.append(tags_from_entities(offsets, ents))
    return score(gold, pred)


def format_scores(scores: dict[str, dict]) -> str:
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t, s in scores.items():
        lines.append(f"{t:<6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['support']:6d} {s['predicted']:6d}")
    return "\n".join(lines)
