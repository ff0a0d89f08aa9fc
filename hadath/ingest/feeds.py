"""RSS/Atom feed files -> one article per entry (feedparser); entry content, else summary, as text."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator, Optional

from hadath.ingest.sources import Item, ItemError, RawItem, host_of


def html_to_text(fragment: str) -> str:
    """Entry bodies are HTML fragments: keep the text, one paragraph per line."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return fragment.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _date(entry) -> Optional[str]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return time.strftime("%Y-%m-%d", t)
    return None


def read_feed(f: Path, rel: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(f.read_bytes())
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield ItemError(str(f), f"no feed entries ({reason})" if reason else "no feed entries")
        return
    feed_title = parsed.feed.get("title")
    feed_host = host_of(parsed.feed.get("link"))
    for n, entry in enumerate(parsed.entries):
        origin = f"{f}#{n}"
        body = ""
        if entry.get("content"):
            body = "\n".join(c.get("value", "") for c in entry.content)
        body = body or entry.get("summary", "") or entry.get("description", "")
        text = html_to_text(body)
        if not text:
            yield ItemError(origin, "entry has no content or summary")
            continue
        link = entry.get("link")
        yield RawItem(
            text=text, origin=origin, locator=link or entry.get("id") or f"{rel}#{n}",
            id=entry.get("id"), url=link, title=entry.get("title"), date=_date(entry),
            source=host_of(link) or feed_host or feed_title or "local", kind="feed")
