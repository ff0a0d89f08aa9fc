"""Readers for the NER training corpora, mapped onto one label set (PER, ORG, LOC, MISC) in IOB2.

ANERcorp (``token TAG`` per line), AQMAR (same layout, MIS0-3 sub-types and a few typos) and the Wojood
sample (nested: one column per nesting level, outermost first) all become lists of ``(tokens, tags)``.
The fixed dev split is the last tenth of ANERcorp train, contiguous like the maintainers' test split.
"""
from __future__ import annotations

from itertools import compress

from pathlib import Path
from typing import Iterable, Iterator

Sentence = tuple[list[str], list[str]]

DEV_FRACTION = 0.1

_ANER_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
# Wojood types that ANERcorp would tag; the rest (DATE, OCC titles, NORP adjectives, numbers...) are O there.
_WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "MISC",
               "CURR": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


class CorpusFormatError(ValueError):
    """A corpus line is not ``token TAG``."""


def _blocks(path: Path) -> Iterator[list[list[str]]]:
    block: list[list[str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            if block:
                yield block
            block = []
            continue
        if len(parts) < 2:
            raise CorpusFormatError(f"{path}:{n}: expected 'token TAG', got {line!r}")
        block.append(parts)
    if block:
        yield block


def _map_tag(tag: str, mapping: dict[str, str]) -> tuple[str, str]:
    """(prefix, type) with the type mapped, or ("O", "") for anything unmapped."""
    if "-" not in tag:
        return "O", ""
    prefix, _, typ = tag.partition("-")
    typ = typ.strip("-`")
    if prefix not in ("B", "I"):
        return "O", ""
    if typ.startswith("MIS"):
        typ = "MISC"
    mapped = mapping.get(typ.upper())
    return (prefix, mapped) if mapped else ("O", "")


def repair_iob(tags: list[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an I- that does not continue its type becomes B-."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conll(path: Path | str, mapping: dict[str, str] = _ANER_MAP) -> list[Sentence]:
    """Read a two-column ``token TAG`` file (ANERcorp, AQMAR) into sentences with mapped IOB2 tags."""
    path = Path(path)
    sents = []
    for block in _blocks(path):
        toks = [b[0] for b in block]
        tags = []
        for b in block:
            prefix, typ = _map_tag(b[1], mapping)
            tags.append("O" if prefix == "O" else f"{prefix}-{typ}")
        sents.append((toks, repair_iob(tags)))
    return sents


def read_wojood(path: Path | str) -> list[Sentence]:
    """Flatten Wojood's nested layers: keep the outermost span of a mapped type, skipping unmapped ones.

    A title (OCC) around a person yields just the person, as ANERcorp would tag it.
    """
    sents = []
    for block in _blocks(Path(path)):
        block = [b for b in block if b[0] != "$#$"]  # Wojood's paragraph separator
        if not block:
            continue
        toks = [b[0] for b in block]
        # Collect spans per nesting column.
        spans: list[tuple[int, int, str]] = []
        depth = max(len(b) for b in block) - 1
        for col in range(1, depth + 1):
            start, typ = None, None
            for i, b in enumerate(block + [["", "O"]]):
                tag = b[col] if col < len(b) else "O"
                p, t = (tag.split("-", 1) + [""])[:2] if "-" in tag else ("O", "")
                if start is not None and (p != "I" or t != typ):
                    spans.append((start, i, typ))
                    start = None
                if p == "B" or (p == "I" and start is None):
                    start, typ = i, t
        tags = ["O"] * len(toks)
        kept: list[tuple[int, int]] = []
        for s, e, t in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
            mapped = _WOJOOD_MAP.get(t)
            if not mapped or any(ks < e and s < ke for ks, ke in kept):
                continue
            kept.append((s, e))
            tags[s] = "B-" + mapped
            for i in range(s + 1, e):
                tags[i] = "I-" + mapped
        sents.append((toks, tags))
    return sents


def anercorp_split(train_path: Path | str) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the last ``DEV_FRACTION`` of ANERcorp train's sentences, never trained on."""
    sents = read_conll(train_path)
    cut = len(sents) - int(round(len(sents) * DEV_FRACTION))
    return sents[:cut], sents[cut:]


def load_extra(ner_dir: Path) -> dict[str, list[Sentence]]:
    """The other corpora, by name, mapped to ANERcorp's types."""
    out: dict[str, list[Sentence]] = {}
    aqmar = sorted((ner_dir / "aqmar").glob("*.txt"))
    if aqmar:
        out["aqmar"] = [s for p in aqmar for s in read_conll(p)]
    woj = [ner_dir / "wojood_sample" / f"{n}.txt" for n in ("train", "val", "test")]
    if all(p.exists() for p in woj):
        out["wojood"] = [s for p in woj for s in read_wojood(p)]
    return out


def entity_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) of an IOB2 sequence, conlleval-style (a stray I- starts an entity)."""
    spans = []
    start, typ = None, None
    tags = list(tags)
    last = -1  # the previous tag that is not "O"
    # Only the tags other than "O" are visited (most are "O"): a gap after ``last`` closes the open entity.
    for i in compress(range(len(tags)), map("O".__ne__, tags)):
        if start is not None and i != last + 1:
            spans.append((start, last + 1, typ))
            start = None
        p, _, ty = tags[i].partition("-")
        if start is not None and (p != "I" or ty != typ):
            spans.append((start, i, typ))
            start = None
        if p == "B" or (p == "I" and start is None):
            start, typ = i, ty
        last = i
    if start is not None:
        spans.append((start, last + 1, typ))
    return spans
