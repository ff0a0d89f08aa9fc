"""`hadath demo` / `make demo`: the main job on the bundled examples, with a readable summary."""
from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console
from rich.table import Table

from hadath.document import Document

DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def example_documents(folder: Path) -> list[Document]:
    """The example articles; each file name starts with its publication date."""
    from hadath.text.decode import decode_bytes

    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    docs = []
    for path in sorted(folder.glob("*.txt")):
        m = DATE_PREFIX.match(path.name)
        docs.append(Document(text=decode_bytes(path.read_bytes(), str(path)), id=path.stem,
                             date=m.group(1) if m else None))
    if not docs:
        raise ValueError(f"{folder}: no .txt articles")
    return docs


def events_table(docs: list[Document]) -> Table:
    table = Table(title="Events", show_lines=False)
    for col in ("article", "type", "cameo", "aux", "actor", "recipient", "date", "place", "trigger"):
        table.add_column(col, overflow="fold")
    for doc in docs:
        for ev in doc.events:
            table.add_row(
                doc.id[:24], ev.type, ev.cameo or "", ev.aux,
                ", ".join(f"{a.code or ''} {a.name}" for a in ev.actor),
                ", ".join(f"{a.code or ''} {a.name}" for a in ev.recipient),
                (ev.date.value or "") if ev.date else "",
                (ev.location.name if ev.location else ""), ev.trigger.text,
            )
    return table


def entities_table(docs: list[Document]) -> Table:
    table = Table(title="Entities")
    for col in ("article", "label", "text", "actor", "place"):
        table.add_column(col, overflow="fold")
    for doc in docs:
        for ent in doc.entities:
            table.add_row(doc.id[:24], ent.label, ent.text, (ent.actor.code or "") if ent.actor else "",
                          f"{ent.place.name} ({ent.place.country})" if ent.place else "")
    return table


def run_demo(db: str, folder: Path) -> None:
    from hadath.pipeline import default_pipeline

    console = Console()
    docs = [default_pipeline()(d) for d in example_documents(folder)]
    console.print(entities_table(docs))
    console.print(events_table(docs))
