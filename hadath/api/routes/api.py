"""JSON API. Lists use the same filters and rows as ``hadath events`` (hadath.store.repository)."""
from __future__ import annotations

import csv
import io
import json
import logging
from typing import Iterator, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import hadath
from hadath.api import queries
from hadath.api.views import event_filter, filter_params, get_session, query_string
from hadath.store import repository as repo
from hadath.store.repository import EVENT_COLUMNS, EventFilter
from hadath.store.schema import Article, Event

router = APIRouter(prefix="/api")
log = logging.getLogger("hadath.api")

MAX_PAGE = 1000
MAX_EXTRACT_CHARS = 200_000


def _page(request: Request, rows: list, size: int, params: dict, key: str = "id") -> dict:
    nxt = rows[-1][key] if len(rows) == size and rows else None
    next_url = None
    if nxt is not None:
        next_url = str(request.url.replace(query=query_string(params, _next=nxt, _size=size)))
    return {"rows": rows, "_next": nxt, "next_url": next_url}


def _stream(request: Request, f: EventFilter, fmt: str, limit: Optional[int]) -> StreamingResponse:
    """Every matching event as CSV or JSON lines, read in batches with a session of its own."""
    store = request.app.state.store

    def rows() -> Iterator[str]:
        session = store.session()
        try:
            if fmt == "csv":
                buf = io.StringIO()
                writer = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
                writer.writeheader()
                yield buf.getvalue()
                for ev in repo.iter_events(session, f, limit=limit):
                    buf.seek(0)
                    buf.truncate()
                    writer.writerow(repo.event_record(ev))
                    yield buf.getvalue()
            else:
                for ev in repo.iter_events(session, f, limit=limit):
                    yield json.dumps(repo.event_record(ev), ensure_ascii=False) + "\n"
        finally:
            session.close()

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    headers = {"Content-Disposition": f'attachment; filename="events.{fmt}"'}
    return StreamingResponse(rows(), media_type=media, headers=headers)


@router.get("/events", tags=["events"])
def events(request: Request, f: EventFilter = Depends(event_filter), session: Session = Depends(get_session),
           _next: Optional[str] = Query(None, description="keyset cursor: the `_next` of the previous page"),
           _size: int = Query(100, ge=1, le=MAX_PAGE, description="rows per page"),
           _format: Literal["json", "csv", "jsonl"] = Query("json", description="json page, or csv/jsonl stream")):
    """Events matching the filters, one flat row each (the columns of ``hadath events``).

    JSON pages carry ``_next``: pass it back as ``?_next=`` for the following page. ``_format=csv|jsonl``
    (or ``/api/events.csv``, ``/api/events.jsonl``) streams every matching event.
    """
    if _format != "json":  # stream everything, unless a _size was asked for
        return _stream(request, f, _format, _size if "_size" in request.query_params else None)
    rows = [repo.event_record(ev) for ev in repo.query_events(session, f, after_id=_next, limit=_size)]
    return {**_page(request, rows, _size, filter_params(f)), "filters": filter_params(f)}


@router.get("/events.csv", tags=["events"], response_class=StreamingResponse)
def events_csv(request: Request, f: EventFilter = Depends(event_filter),
               _size: int = Query(None, ge=1, description="stop after this many rows")):
    """Every matching event as CSV (streamed)."""
    return _stream(request, f, "csv", _size)


@router.get("/events.jsonl", tags=["events"], response_class=StreamingResponse)
def events_jsonl(request: Request, f: EventFilter = Depends(event_filter),
                 _size: int = Query(None, ge=1, description="stop after this many rows")):
    """Every matching event as JSON lines (streamed)."""
    return _stream(request, f, "jsonl", _size)


@router.get("/events/{event_id}", tags=["events"])
def event(event_id: str, session: Session = Depends(get_session)):
    """One event with its actors, recipients, and every mention with its evidence sentence."""
    ev = repo.get_event(session, event_id)
    if ev is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    d = repo.event_detail(ev)
    for m in d["mentions"]:
        m["article_view"] = f"/articles/{m['article_id']}?event={ev.id}"
    return d


@router.get("/actors", tags=["facets"])
def actors(f: EventFilter = Depends(event_filter), session: Session = Depends(get_session),
           role: Optional[Literal["actor", "recipient"]] = Query(None, description="only this role"),
           _size: int = Query(50, ge=1, le=MAX_PAGE)):
    """Most frequent participants among the matching events."""
    return {"rows": repo.actor_counts(session, f, role=role, limit=_size)}


@router.get("/dyads", tags=["facets"])
def dyads(f: EventFilter = Depends(event_filter), session: Session = Depends(get_session),
          _size: int = Query(100, ge=1, le=MAX_PAGE)):
    """Actor -> recipient pairs with their number of events and mean Goldstein score."""
    return {"rows": repo.dyad_counts(session, f, limit=_size)}


@router.get("/dyads/events", tags=["facets"])
def dyad_events(request: Request, f: EventFilter = Depends(event_filter),
                session: Session = Depends(get_session),
                actor_name: str = Query(..., description="the dyad's actor name (as in /api/dyads)"),
                recipient_name: str = Query(..., description="the dyad's recipient name"),
                actor_code: Optional[str] = Query(None), recipient_code: Optional[str] = Query(None),
                _next: Optional[str] = Query(None), _size: int = Query(100, ge=1, le=MAX_PAGE)):
    """The events of one dyad (drill-down from /api/dyads), same rows as /api/events."""
    evs = queries.dyad_events(session, f, actor_name, recipient_name, actor_code, recipient_code,
                              after_id=_next, limit=_size)
    params = {**filter_params(f), "actor_name": actor_name, "recipient_name": recipient_name}
    params.update({k: v for k, v in (("actor_code", actor_code), ("recipient_code", recipient_code)) if v})
    return _page(request, [repo.event_record(ev) for ev in evs], _size, params)


@router.get("/timeline", tags=["facets"])
def timeline(f: EventFilter = Depends(event_filter), session: Session = Depends(get_session)):
    """Events per day, per quad class (q1-q4), and the day's mean Goldstein score."""
    return {"rows": repo.timeline(session, f)}


@router.get("/places", tags=["facets"])
def places(f: EventFilter = Depends(event_filter), session: Session = Depends(get_session),
           _size: int = Query(500, ge=1, le=5000)):
    """Event places with counts, and events per country (with ISO numeric codes for map shapes)."""
    rows = repo.place_counts(session, f, limit=_size)
    return {"rows": rows, "countries": queries.country_counts(session, f)}


@router.get("/articles/{article_id}", tags=["articles"])
def article(article_id: int, session: Session = Depends(get_session)):
    """One article: metadata, text, its SCHEMA analysis (entities, times, quantities) and its event mentions."""
    a = repo.get_article(session, article_id)
    if a is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    d = repo.article_record(a)
    if d.get("text") is None and a.duplicate_of:
        original = session.get(Article, a.duplicate_of)
        d["text"] = original.text if original else None
    return d


@router.get("/search", tags=["articles"])
def search(session: Session = Depends(get_session),
           q: str = Query(..., min_length=1, max_length=500, description="Arabic-normalized substring"),
           _size: int = Query(20, ge=1, le=200)):
    """Articles whose text contains ``q`` and events whose evidence sentence does (Arabic-normalized)."""
    arts = repo.search_articles(session, q, limit=_size)
    evs = repo.query_events(session, EventFilter(text=q), limit=_size)
    return {
        "articles": [{**repo.article_record(a, with_text=False), "snippet": queries.snippet(a.text or "", q)}
                     for a in arts],
        "events": [repo.event_record(ev) for ev in evs],
    }


class ExtractRequest(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_EXTRACT_CHARS, description="the article text")
    date: Optional[str] = Field(None, description="publication date YYYY-MM-DD (anchors relative dates)")
    id: Optional[str] = Field(None, max_length=200)


def _guard(request: Request) -> None:
    request.app.state.guard(request)


@router.post("/extract", tags=["extract"], dependencies=[Depends(_guard)])
def extract(body: ExtractRequest):
    """Run the pipeline on one text and return the SCHEMA document (nothing is stored).

    Needs the API token (``Authorization: Bearer T``) when the server listens off loopback.
    """
    from hadath.validate import InputError

    try:
        doc = hadath.extract(body.text, date=body.date, id=body.id)
    except InputError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    except Exception as exc:  # a missing model or a stage bug: say so in one line, keep serving
        log.exception("extract failed")
        raise HTTPException(status_code=500, detail=f"extraction failed: {type(exc).__name__}: {exc}") from None
    out = doc.to_dict()
    out.setdefault("text", body.text)
    return out


@router.get("/health", tags=["meta"])
def health(request: Request, session: Session = Depends(get_session)):
    """Liveness and store size."""
    return {
        "status": "ok", "version": hadath.__version__,
        "database": request.app.state.store.engine.dialect.name,
        "events": session.scalar(select(func.count(Event.seq))) or 0,
        "articles": session.scalar(select(func.count(Article.id))) or 0,
        "writes_need_token": request.app.state.guard.required,
    }
