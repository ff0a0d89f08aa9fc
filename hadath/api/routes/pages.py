"""Server-rendered pages: the dashboard, an article with its events highlighted, and event links."""
from __future__ import annotations

from typing import Optional
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from hadath.api import evidence
from hadath.api.highlight import KINDS
from hadath.api.highlight import render as render_highlights
from hadath.api.views import FILTER_NAMES, event_filter, filter_params, get_session, pick_lang, query_string, strings
from hadath.store import repository as repo
from hadath.store.repository import EventFilter
from hadath.store.schema import Article

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
QUAD_CLASSES = (1, 2, 3, 4)
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _render(request: Request, template: str, lang: str, **context) -> HTMLResponse:
    t = strings()[lang]
    base = {k: v for k, v in request.query_params.items() if k != "lang"}
    other = "en" if lang == "ar" else "ar"
    ctx = {"request": request, "lang": lang, "t": t, "dir": t["dir"],
           "toggle_url": request.url.path + "?" + query_string(base, lang=other), **context}
    response = request.app.state.templates.TemplateResponse(request, template, ctx)
    if request.query_params.get("lang") in ("ar", "en"):
        response.set_cookie("hadath_lang", lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def _safe_url(url: Optional[str]) -> Optional[str]:
    """Only http(s) links are clickable; anything else (javascript:, data:) is shown as text."""
    if url and urlparse(url).scheme in ("http", "https"):
        return url
    return None


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, f: EventFilter = Depends(event_filter), session: Session = Depends(get_session),
              _next: Optional[str] = Query(None)):
    lang = pick_lang(request)
    params = filter_params(f)
    events = [repo.event_record(ev) for ev in repo.query_events(session, f, after_id=_next, limit=PAGE_SIZE)]
    next_url = None
    if len(events) == PAGE_SIZE:
        next_url = "/?" + query_string(params, _next=events[-1]["id"])
    config = {"filters": params, "api_query": query_string(params), "strings": strings()[lang], "lang": lang,
              "writes_need_token": request.app.state.guard.required}
    return _render(request, "dashboard.html", lang, events=events, filters=params, next_url=next_url,
                   total=repo.count_events(session, f), filter_names=FILTER_NAMES,
                   quad_classes=QUAD_CLASSES, event_types=EVENT_TYPES, config=config)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """Swagger UI over /openapi.json, every file served from here."""
    return request.app.state.templates.TemplateResponse(request, "api_docs.html", {"request": request})


@router.get("/events/{event_id}")
def event_page(event_id: str, session: Session = Depends(get_session)):
    """An event's permalink: its first article, with the event highlighted."""
    ev = repo.get_event(session, event_id)
    if ev is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    article_id = ev.first_article_id or (ev.mentions[0].article_id if ev.mentions else None)
    if article_id is None:
        raise HTTPException(status_code=404, detail=f"event {event_id!r} has no article")
    return RedirectResponse(f"/articles/{article_id}?" + query_string({"event": ev.id}), status_code=303)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, session: Session = Depends(get_session),
                 event: Optional[str] = Query(None, max_length=100)):
    lang = pick_lang(request)
    a = repo.get_article(session, article_id)
    if a is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    text = evidence.article_text(a, lambda i: session.get(Article, i))
    selected = None
    if event:
        selected = next((m.event for m in a.mentions if m.event is not None and m.event.id == event), None)
    highlights = evidence.article_highlights(text, a, selected.id if selected else None)
    evidence_rows = _evidence(session, selected) if selected else []
    seen: dict[str, dict] = {}
    for m in a.mentions:
        if m.event is not None and m.event.id not in seen:
            seen[m.event.id] = repo.event_record(m.event)
    return _render(request, "article.html", lang, article=a, text=text, highlights=highlights,
                   url=_safe_url(a.url), events=list(seen.values()),
                   selected=repo.event_detail(selected) if selected else None, evidence=evidence_rows,
                   kinds=KINDS)


def _evidence(session: Session, ev) -> list:
    """Each mention of ``ev`` (in any article) with its sentence, highlighted, as (mention record, Markup)."""
    out = []
    for m in ev.mentions:
        art = m.article
        text = evidence.article_text(art, lambda i: session.get(Article, i)) if art is not None else ""
        sentence, hs = evidence.sentence_highlights(text, art, m) if text else (m.evidence, [])
        out.append((repo.mention_record(m), render_highlights(sentence, hs)))
    return out
