"""hadath: Arabic news to political event data (PLOVER/CAMEO), read natively in Arabic.

    >>> import hadath
    >>> doc = hadath.extract("بحث الرئيس العراقي برهم صالح في بغداد اليوم مع السفير البريطاني", date="2020-11-26")
    >>> [(e.type, e.aux) for e in doc.events]
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

__version__ = "0.1.0"

__all__ = ["extract", "extract_batch", "Document", "__version__"]

from hadath.document import Document


def _to_document(item: Union[str, dict, Document], date: Optional[str] = None, id: Optional[str] = None) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item, id=id or "", date=date)
    return Document(text=item["text"], id=str(item.get("id") or ""), date=item.get("date") or date,
                    url=item.get("url"), title=item.get("title"))


def extract(text: str, date: Optional[str] = None, id: Optional[str] = None) -> Document:
    """Run the whole pipeline on one article; ``date`` (YYYY-MM-DD) anchors relative dates."""
    from hadath.pipeline import default_pipeline
    from hadath.validate import check_date, check_text

    check_text(text)
    return default_pipeline()(_to_document(text, check_date(date), id))


def extract_batch(items: Iterable[Union[str, dict, Document]], date: Optional[str] = None) -> Iterator[Document]:
    """Run the pipeline over many articles (strings, ``{"id","text","date"}`` dicts or Documents), in order."""
    from hadath.pipeline import default_pipeline

    pipe = default_pipeline()
    for item in items:
        yield pipe(_to_document(item, date))
