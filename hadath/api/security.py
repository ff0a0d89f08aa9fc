"""Safety of the HTTP surface: write tokens off loopback, request size limits, inert article text.

Why: the dashboard shows text scraped from the web. Anything in it (``<script>``, markup, bidi overrides
such as U+202E that visually reorder a sentence) must reach the reader as inert, visible characters.
"""
from __future__ import annotations

import ipaddress
import secrets
from typing import Callable, Optional

from fastapi import HTTPException, Request
from markupsafe import Markup, escape

#: Bidi embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069): they can reorder what a reader
#: sees, so rendered content shows them as visible markers instead of obeying them.
BIDI_CONTROLS = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}
_BIDI_TABLE = str.maketrans({ch: None for ch in BIDI_CONTROLS})

DEFAULT_MAX_BODY = 1_000_000  # bytes; POST /api/extract takes one article, not a corpus


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine (127.0.0.0/8, ::1, localhost)."""
    h = (host or "").strip().strip("[]").lower()
    if h in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False  # a hostname or 0.0.0.0 / :: (every interface): treat as exposed


def strip_bidi(text: str) -> str:
    """``text`` without bidi embedding/override/isolate controls (for plain-text outputs like titles)."""
    return text.translate(_BIDI_TABLE)


def safe_text(text: Optional[str]) -> Markup:
    """HTML-escape ``text`` and replace each bidi control with a visible, inert marker.

    The result is Markup: safe to drop into a template as is. Use it (or the ``safe_text`` Jinja filter)
    for every piece of article-derived text; wrap it in ``<bdi>`` where it sits inside other text.
    """
    if not text:
        return Markup("")
    out: list[str] = []
    for ch in text:
        name = BIDI_CONTROLS.get(ch)
        if name:
            out.append(f'<span class="bidi-marker" title="U+{ord(ch):04X}">[{name}]</span>')
        else:
            out.append(str(escape(ch)))
    return Markup("".join(out))


class WriteGuard:
    """FastAPI dependency: writes need the API token whenever the server is reachable off this machine.

    On loopback, writes are open unless a token was configured (then it is always required).
    Off loopback with no token configured, every write is refused: there is nothing to match.
    The token comes in ``Authorization: Bearer T`` or ``X-API-Token: T``.
    """

    def __init__(self, host: str, token: Optional[str]) -> None:
        self.required = bool(token) or not is_loopback(host)
        self.token = token or None

    def __call__(self, request: Request) -> None:
        if not self.required:
            return
        given = request.headers.get("x-api-token") or ""
        auth = request.headers.get("authorization") or ""
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not self.token or not given or not secrets.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(status_code=401, detail="API token required for writes on this server",
                                headers={"WWW-Authenticate": "Bearer"})


class BodySizeLimit:
    """ASGI middleware: answer 413 when a request body exceeds ``max_body`` bytes.

    Checks Content-Length up front and also counts streamed (chunked) bodies, so a missing or lying
    header does not get around it.
    """

    def __init__(self, app: Callable, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    return await _send_413(send, self.max_body)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _send_413(send, self.max_body)


class _BodyTooLarge(HTTPException):
    """Raised from ``receive``; an HTTPException so FastAPI's body parsing passes it through as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")


async def _send_413(send, limit: int) -> None:
    body = ('{"detail":"request body larger than %d bytes"}' % limit).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
