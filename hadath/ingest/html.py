"""HTML pages -> article text and metadata with trafilatura (boilerplate removed; title, date, site kept)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Union

from hadath.ingest.sources import DecodeError, Item, ItemError, RawItem, check_date, decode, host_of


def extract_html(html: Union[str, bytes], origin: str, locator: str, url: Optional[str] = None,
                 kind: str = "html") -> Item:
    """The main text of one page; an ItemError when trafilatura finds no article text in it."""
    import trafilatura

    if isinstance(html, bytes):
        try:
            html = decode(html)
        except DecodeError as exc:
            return ItemError(origin, f"cannot decode: {exc}")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ItemError(origin, "no article text found in the HTML page")
    page_url = url or getattr(doc, "url", None)
    return RawItem(
        text=text, origin=origin, locator=page_url or locator, url=page_url, title=getattr(doc, "title", None),
        date=check_date(getattr(doc, "date", None), origin),
        source=getattr(doc, "sitename", None) or host_of(page_url) or getattr(doc, "hostname", None) or "local",
        kind=kind)


def read_html_file(f: Path, rel: str) -> Iterator[Item]:
    yield extract_html(f.read_bytes(), str(f), rel)
