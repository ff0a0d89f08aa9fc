"""Helpers for the event tests: documents with hand-marked actor mentions (a stand-in for the actors stage)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from hadath.document import Actor, Document

DATA = Path(__file__).resolve().parent / "data"
_MARK = re.compile(r"\[([^\[\]|]+)\|([^|\]]*)\|([^|\]]*)\]")


def marked_document(marked: str, date: str = "2024-05-01") -> Document:
    """``[text|COUNTRY|SECTOR]`` marks an actor mention; returns a Document with text, tokens and actors."""
    from hadath.text.stage import TextStage

    text, actors, pos, out = "", [], 0, []
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        surface, country, sector = m.group(1), m.group(2), m.group(3)
        out.append(surface)
        country = None if country in ("-", "*", "") else country
        sector = None if sector in ("-", "*", "") else sector
        actors.append(Actor(surface, start, start + len(surface), surface, surface, country, sector))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    doc = TextStage()(Document(text, date=date))
    doc.actors = actors
    for a in actors:
        assert text[a.start:a.end] == a.text
    return doc


def load_sentences(name: str = "sentences.tsv") -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        return [r for r in rows if r.get("id")]


def _countries(actors) -> set:
    return {a.country for a in actors if a.country}


def check_row(row: dict, events) -> list[str]:
    """Problems with the events found for one fixture row (empty list = right)."""
    want = row["type"].split("|")
    if want == ["NONE"]:
        return [f"unexpected {e.type} from {e.source} ({e.trigger.text!r})" for e in events]
    cands = [e for e in events if e.type in want]
    if not cands:
        return [f"no {row['type']} event; got {[(e.type, e.trigger.text) for e in events]}"]
    best, problems = None, None
    for e in cands:
        p = []
        if row["aux"] != "*" and e.aux != row["aux"]:
            p.append(f"aux {e.aux} != {row['aux']}")
        for role, got in (("actor", e.actor), ("recipient", e.recipient)):
            exp = row[role]
            if exp == "*":
                continue
            if exp == "-":
                if got:
                    p.append(f"{role} should be empty, got {[a.text for a in got]}")
                continue
            need = set(exp.split(","))
            if not need <= _countries(got):
                p.append(f"{role} {sorted(_countries(got))} lacks {sorted(need)}")
        if problems is None or len(p) < len(problems):
            best, problems = e, p
    return problems


def detected_types(marked: str) -> set:
    """Event types coded in a marked sentence by the rules alone (no sentence filter)."""
    from hadath.events.sentence_filter import NoFilter
    from hadath.events.stage import code_document

    return {e.type for e in code_document(marked_document(marked), sentence_filter=NoFilter())}


def check_detection(marked: str, want, unwanted) -> None:
    """``want`` (if given) is among the coded types and ``unwanted`` (if given) is not."""
    types = detected_types(marked)
    if want:
        assert want in types, types
    if unwanted:
        assert unwanted not in types, types


def pipeline_tuples(sentence: str, date: str = "2015-08-01") -> list[tuple]:
    """(type, actor countries, recipient countries) of each event the whole pipeline codes in ``sentence``; a party
    of no known country keeps its None, so an unnamed party is told apart from no party."""
    import hadath

    doc = hadath.extract(sentence, date=date)
    return [(e.type, {a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events]


def pipeline_sides(sentence: str, etype: str, date: str = "2015-08-01") -> list[tuple]:
    """(actor countries, recipient countries) of each event of type ``etype`` in ``pipeline_tuples``."""
    return [(actor, recipient) for kind, actor, recipient in pipeline_tuples(sentence, date) if kind == etype]
