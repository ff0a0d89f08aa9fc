"""Turn paths into articles: text files, directories, JSONL, JSON arrays, HTML pages, RSS/Atom feeds, WARC.

Each input yields ``RawItem`` (an article with whatever metadata the source carries) or ``ItemError`` (a bad
item, reported and skipped by the runner). Readers are chosen by file extension (and by sniffing ``.xml``).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union
from urllib.parse import urlparse

TEXT_EXT = {".txt", ".text"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".rss", ".atom", ".feed", ".xml"}
DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[_ .-]")
WARC_EXT = {".warc", ".warc.gz", ".arc", ".arc.gz"}


@dataclass
class RawItem:
    """One article before processing. ``locator`` makes it unique among articles with the same text."""

    text: str
    origin: str  # where it came from, for messages: path, path:line, path#entry
    locator: str  # url, given id, or path relative to the ingest root
    id: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    source: str = "local"  # site host, feed title, or "local"
    kind: str = "file"  # file | jsonl | json | html | feed | warc


@dataclass
class ItemError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Union[RawItem, ItemError]


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we recognise."""


def decode(data: bytes) -> str:
    """Bytes -> text with hadath.text.decode (encoding detection); a plain UTF-8/cp1256 fallback without it."""
    try:
        from hadath.text.decode import decode_bytes
    except ImportError:
        decode_bytes = None
    if decode_bytes is not None:
        try:
            out = decode_bytes(data, "")
        except Exception as exc:
            msg = str(exc).splitlines()[0] if str(exc) else "cannot decode"
            raise DecodeError(msg[2:] if msg.startswith(": ") else msg) from exc
        return out
    for enc in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1256"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise DecodeError("not UTF-8 or cp1256 text")


def host_of(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def check_date(value, origin: str) -> Optional[str]:
    """An ISO date (YYYY-MM-DD) from metadata; anything longer is cut to the day, junk becomes None."""
    if not value:
        return None
    from datetime import date

    s = str(value).strip()[:10]
    try:
        return date.fromisoformat(s).isoformat()
    except ValueError:
        return None


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for ext in (".warc.gz", ".arc.gz"):
        if name.endswith(ext):
            return ext
    return path.suffix.lower()


def known(path: Path) -> bool:
    return suffix_of(path) in TEXT_EXT | JSONL_EXT | JSON_EXT | HTML_EXT | FEED_EXT | WARC_EXT


def walk(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs: files as given, directories recursively (sorted, hidden entries skipped)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    if not name.startswith(".") and known(f):
                        yield f, p
        else:
            yield p, p.parent


def iter_items(paths: Iterable[Union[str, Path]], default_date: Optional[str] = None) -> Iterator[Item]:
    """Every article in ``paths``; ``default_date`` fills in a missing publication date."""
    for f, root in walk(paths):
        rel = f.relative_to(root).as_posix() if f != root else f.name
        if not f.exists():
            yield ItemError(str(f), "no such file or directory")
            continue
        try:
            for item in read_file(f, rel):
                if isinstance(item, RawItem) and not item.date:
                    item.date = default_date
                yield item
        except Exception as exc:  # an unreadable file is one bad item, not the end of the run
            yield ItemError(str(f), str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def read_file(f: Path, rel: str) -> Iterator[Item]:
    ext = suffix_of(f)
    if ext in JSONL_EXT:
        yield from read_jsonl(f, rel)
    elif ext in JSON_EXT:
        yield from read_json(f, rel)
    elif ext in HTML_EXT:
        from hadath.ingest.html import read_html_file

        yield from read_html_file(f, rel)
    elif ext in WARC_EXT:
        from hadath.ingest.warc import read_warc

        yield from read_warc(f, rel)
    elif ext in FEED_EXT:
        from hadath.ingest.feeds import read_feed

        yield from read_feed(f, rel)
    else:
        yield from read_text(f, rel)


def read_text(f: Path, rel: str) -> Iterator[Item]:
    try:
        text = decode(f.read_bytes())
    except DecodeError as exc:
        yield ItemError(str(f), f"cannot decode: {exc}")
        return
    if not text.strip():
        yield ItemError(str(f), "empty file")
        return
    m = DATE_PREFIX.match(f.name)  # examples/2020-11-26_visit.txt: the name carries the publication date
    yield RawItem(text=text, origin=str(f), locator=rel, kind="file", date=check_date(m.group(1), "") if m else None)


def record_item(obj, origin: str, locator: str, kind: str) -> Item:
    """One JSON object {"id", "text" (or "content"), "date"?, "url"?, "title"?, "source"?} -> RawItem."""
    if not isinstance(obj, dict):
        return ItemError(origin, "not a JSON object")
    text = obj.get("text") if obj.get("text") is not None else obj.get("content")
    if not isinstance(text, str) or not text.strip():
        return ItemError(origin, 'missing or empty "text"')
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else None
    date = obj.get("date") or obj.get("date_published") or obj.get("published")
    if date and not check_date(date, origin):
        return ItemError(origin, f'"date" {date!r} is not a date (YYYY-MM-DD)')
    return RawItem(
        text=text, origin=origin, locator=url or (f"id:{doc_id}" if doc_id else locator), id=doc_id, url=url,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        date=check_date(date, origin) or check_date(obj.get("date_extracted"), origin),
        source=str(obj.get("source") or host_of(url) or "local"), kind=kind)


def read_jsonl(f: Path, rel: str) -> Iterator[Item]:
    with open(f, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            origin = f"{f}:{n}"
            if not raw.strip():
                continue
            try:
                try:
                    line = raw.decode("utf-8")  # JSON Lines are UTF-8 by definition: the fast path
                except UnicodeDecodeError:
                    line = decode(raw)
                obj = json.loads(line)
            except (ValueError, DecodeError) as exc:
                yield ItemError(origin, f"malformed JSON line ({str(exc).splitlines()[0]})")
                continue
            yield record_item(obj, origin, f"{rel}:{n}", "jsonl")


def read_json(f: Path, rel: str) -> Iterator[Item]:
    """A JSON array of article objects (e.g. one SaudiNewsNet day file), or a single object."""
    try:
        data = json.loads(decode(f.read_bytes()))
    except (ValueError, DecodeError) as exc:
        yield ItemError(str(f), f"malformed JSON ({str(exc).splitlines()[0]})")
        return
    records = data if isinstance(data, list) else [data]
    for n, obj in enumerate(records):
        yield record_item(obj, f"{f}#{n}", f"{rel}#{n}", "json")
