"""Shared request plumbing: DB sessions, the event filter built from query parameters, templates, i18n."""
from __future__ import annotations

import inspect
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlencode

import yaml
from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from hadath.api.highlight import render as render_highlights
from hadath.api.security import safe_text, strip_bidi
from hadath.store.repository import EventFilter, FilterError

I18N_FILE = Path(__file__).resolve().parent / "data" / "i18n.yaml"
LANGS = ("ar", "en")

#: Help text for each filter, shown in the OpenAPI docs (names are EventFilter's, shared with the CLI).
FILTER_HELP = {
    "since": "first event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)",
    "until": "last event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)",
    "actor": "a participant's CAMEO code (IRQGOV) or a substring of its English/Arabic name",
    "country": "ISO alpha-3 of a participant or of the event place",
    "sector": "a participant's sector (GOV, MIL, REB, ...)",
    "type": "PLOVER event type, or a comma list",
    "cameo": "CAMEO code prefix (04 = every consultation)",
    "quad_class": "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    "place": "substring of the place name (English or Arabic)",
    "text": "Arabic-normalized substring of the evidence sentence",
    "aux": "modality: asserted, future, negated, hypothetical, historical (or a comma list)",
    "article_id": "only events reported by this article",
    "source": "only events reported by this source (its name)",
}
FILTER_NAMES = tuple(f.name for f in fields(EventFilter))


def get_session(request: Request) -> Iterator[Session]:
    session = request.app.state.store.session()
    try:
        yield session
    finally:
        session.close()


def _filter_dependency():
    """A FastAPI dependency whose query parameters are exactly EventFilter's fields (so API == CLI)."""
    params = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
                          default=Query(None, description=FILTER_HELP.get(name, name)))
        for name in FILTER_NAMES
    ]

    def event_filter(**values: Optional[str]) -> EventFilter:
        try:
            return EventFilter.from_mapping({k: v for k, v in values.items() if v not in (None, "")})
        except FilterError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None

    event_filter.__signature__ = inspect.Signature(params, return_annotation=EventFilter)
    return event_filter


event_filter = _filter_dependency()


def filter_params(f: EventFilter) -> dict[str, str]:
    """The non-empty filter values as query parameters (to carry them into links and API calls)."""
    out = {}
    for name in FILTER_NAMES:
        v = getattr(f, name)
        if v not in (None, ""):
            out[name] = str(v)
    return out


def query_string(params: dict, **extra) -> str:
    merged = {**params, **{k: v for k, v in extra.items() if v not in (None, "")}}
    return urlencode(merged)


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(I18N_FILE.read_text(encoding="utf-8"))
    missing = set(data["ar"]) ^ set(data["en"])
    if missing:
        raise ValueError(f"{I18N_FILE}: keys not in both languages: {sorted(missing)}")
    return data


def pick_lang(request: Request) -> str:
    """?lang= wins (and is remembered in a cookie), then the cookie, then Arabic."""
    lang = request.query_params.get("lang") or request.cookies.get("hadath_lang") or "ar"
    return lang if lang in LANGS else "ar"


def make_templates(directory: Path) -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(directory)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True))
    env.filters["safe_text"] = safe_text
    env.filters["strip_bidi"] = strip_bidi
    env.globals["render_highlights"] = render_highlights
    return Jinja2Templates(env=env)
