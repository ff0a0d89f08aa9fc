"""Safety: write tokens off loopback, body size limits, inert article text (markup and bidi controls)."""
from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from hadath.api.app import create_app
from hadath.api.highlight import Highlight, render
from hadath.api.security import BIDI_CONTROLS, is_loopback, safe_text

BIDI = "".join(BIDI_CONTROLS)


@pytest.mark.parametrize("host,expected", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("10.0.0.1", False), ("example.org", False),
])
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected


def _client(api_db, **kw):
    return TestClient(create_app(api_db, **kw))


def test_exposed_server_refuses_writes_without_token(api_db, no_pipeline):
    c = _client(api_db, host="0.0.0.0", token="s3cret-token")
    body = {"text": "نص قصير"}
    assert c.post("/api/extract", json=body).status_code == 401
    assert c.post("/api/extract", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.post("/api/extract", json=body, headers={"X-API-Token": "s3cret-token"}).status_code == 200
    assert c.post("/api/extract", json=body, headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    assert c.get("/api/events").status_code == 200  # reads stay open
    assert c.get("/api/health").json()["writes_need_token"] is True


def test_exposed_server_without_configured_token_refuses_every_write(api_db, no_pipeline):
    c = _client(api_db, host="192.168.1.20")
    assert c.post("/api/extract", json={"text": "نص"}).status_code == 401
    assert c.post("/api/extract", json={"text": "نص"}, headers={"Authorization": "Bearer "}).status_code == 401


def test_loopback_writes_are_open_unless_a_token_is_set(api_db, no_pipeline):
    assert _client(api_db, host="127.0.0.1").post("/api/extract", json={"text": "نص"}).status_code == 200
    guarded = _client(api_db, host="127.0.0.1", token="t")
    assert guarded.post("/api/extract", json={"text": "نص"}).status_code == 401


def test_request_body_limit(api_db, no_pipeline):
    c = _client(api_db, max_body=2048)
    assert c.post("/api/extract", json={"text": "ب" * 5000}).status_code == 413
    assert c.post("/api/extract", json={"text": "ب" * 100}).status_code == 200

    def chunks():  # no Content-Length: the limit must count the streamed bytes
        for _ in range(10):
            yield b"x" * 1000

    r = c.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def _article_id(client, title_part: str) -> int:
    hits = client.get("/api/search", params={"q": "تصعيد"}).json()["articles"]
    return next(a["id"] for a in hits if title_part in (a["title"] or ""))


def test_hostile_article_renders_inert(client):
    aid = _article_id(client, "تحذير")
    page = client.get(f"/articles/{aid}").text
    assert "<script>window" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert not any(ch in page for ch in BIDI), "bidi controls must not reach the page"
    assert "[RLO]" in page and "[LRI]" in page and "[PDF]" in page
    assert 'href="javascript:' not in page
    assert re.search(r"<title>[^<]*&lt;script&gt;", page)
    assert page.count("<script") == 0  # the article page needs no script at all
    evs = client.get(f"/api/articles/{aid}").json()["events"]
    page = client.get(f"/articles/{aid}", params={"event": evs[0]["event_id"]}).text
    assert "<script>window" not in page and not any(ch in page for ch in BIDI)


def test_pages_forbid_inline_and_remote_scripts(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r'(src|href)="(https?:)?//', r.text), "every asset must be served locally"


def test_json_config_cannot_close_its_script_tag(client):
    page = client.get("/", params={"actor": "</script><script>alert(1)</script>"}).text
    assert "</script><script>alert(1)" not in page


@given(st.text(alphabet=st.sampled_from(list("ab<>&\"' \u0628\u062a" + BIDI)), max_size=40))
def test_safe_text_is_inert(text):
    out = str(safe_text(text))
    without_markers = re.sub(r'<span class="bidi-marker" title="U\+[0-9A-F]{4}">\[[A-Z]{3}\]</span>', "", out)
    assert "<" not in without_markers and ">" not in without_markers
    assert not any(ch in out for ch in BIDI)
    assert html.unescape(without_markers) == "".join(ch for ch in text if ch not in BIDI)


@given(st.text(alphabet="ab<&\u0628 ", min_size=1, max_size=30), st.lists(
    st.tuples(st.integers(0, 35), st.integers(0, 35), st.sampled_from(["actor", "trigger", "place", "date"])),
    max_size=5))
def test_highlights_keep_the_text(text, spans):
    out = str(render(text, [Highlight(min(a, b), max(a, b), k) for a, b, k in spans]))
    assert html.unescape(re.sub(r"</?mark[^>]*>", "", out)) == text
    assert out.count("<mark") == out.count("</mark>")


def test_overlapping_highlights_are_split():
    out = str(render("abcdef", [Highlight(0, 4, "actor", "X"), Highlight(2, 6, "trigger")]))
    assert out == ('<mark class="hl hl-actor" data-kind="actor" title="X">ab</mark>'
                   '<mark class="hl hl-trigger hl-actor" data-kind="trigger" title="X">cd</mark>'
                   '<mark class="hl hl-trigger" data-kind="trigger">ef</mark>')
