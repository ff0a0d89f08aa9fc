"""The FastAPI application: JSON API under /api, the server-rendered dashboard at /, vendored assets at /static.

Why a factory: ``hadath serve``, the tests and any ASGI host build the same app from a database URL, a host
(to know whether the server is exposed) and an optional write token.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

import hadath
from hadath.api.security import DEFAULT_MAX_BODY, BodySizeLimit, WriteGuard

WEB_DIR = Path(__file__).resolve().parent / "web"


def create_app(db_url: str, token: Optional[str] = None, host: str = "127.0.0.1",
               max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """Build the app over the store at ``db_url``.

    ``host`` is the address the server listens on: off loopback, writes (POST /api/extract) need ``token``.
    ``max_body`` caps request bodies (413 beyond it).
    """
    from hadath.api.routes import api, pages
    from hadath.api.views import make_templates
    from hadath.store.db import open_store

    app = FastAPI(
        docs_url=None, redoc_url=None,  # served from vendored files below (the defaults load a CDN)
        title="hadath API",
        version=hadath.__version__,
        description="Political events (PLOVER/CAMEO) extracted from Arabic news. Filters are the same as "
                    "`hadath events`; lists page with `_next` (keyset) and stream as `.csv` / `.jsonl`.",
        openapi_tags=[{"name": "events"}, {"name": "facets"}, {"name": "articles"}, {"name": "extract"},
                      {"name": "meta"}],
    )
    app.state.store = open_store(db_url)
    app.state.guard = WriteGuard(host, token)
    app.state.host = host
    app.state.templates = make_templates(WEB_DIR / "templates")
    app.add_middleware(BodySizeLimit, max_body=max_body)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        # Everything is served from here: forbid inline/remote scripts, frames and plugin content.
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"detail": f"{where}: {first.get('msg', 'invalid request')}".strip(": "),
                             "errors": jsonable_encoder(exc.errors())}, status_code=422)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    return app
