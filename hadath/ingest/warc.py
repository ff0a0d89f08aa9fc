"""WARC (and ARC) crawl files -> one article per successful HTML response (warcio + trafilatura)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from hadath.ingest.sources import Item


def read_warc(f: Path, rel: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    from hadath.ingest.html import extract_html

    with open(f, "rb") as fh:
        for n, record in enumerate(ArchiveIterator(fh, arc2warc=True)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            origin = f"{f}#{url or n}"
            status = record.http_headers.get_statuscode()
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype or status != "200":  # redirects, errors, images: not articles
                continue
            yield extract_html(record.content_stream().read(), origin, url or f"{rel}#{n}", url=url, kind="warc")
