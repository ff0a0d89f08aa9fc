"""The dashboard in a real browser (Debian Chromium via Playwright): every view renders, nothing leaves the box.

Screenshots go to tests/api/artifacts/ (kept as test artifacts, not committed).
"""
from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"Chromium not installed at {CHROMIUM} "
                       "(apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVE = """
import sys, uvicorn
sys.path.insert(0, {tests!r})
if {fake!r}:
    import hadath
    from api_fixtures import fake_extract
    hadath.extract = fake_extract
from hadath.api.app import create_app
uvicorn.run(create_app({db!r}), host="127.0.0.1", port={port}, log_level="warning")
"""


class _Server:
    """``create_app(db_url)`` served by uvicorn on 127.0.0.1:<free port> in a child process.

    A process of its own, so the server never waits for the GIL held by the Playwright client.
    ``fake_extract`` makes POST /api/extract answer from the fixture documents instead of the models.
    """

    def __init__(self, db_url: str, fake_extract: bool = False):
        self.port = _free_port()
        self.code = SERVE.format(tests=str(Path(__file__).resolve().parent), fake=fake_extract, db=db_url,
                                 port=self.port)
        self.proc = None

    def __enter__(self) -> str:
        import subprocess
        import sys
        import urllib.request

        self.proc = subprocess.Popen([sys.executable, "-c", self.code])
        url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            assert self.proc.poll() is None, "server exited"
            try:
                urllib.request.urlopen(url + "/api/health", timeout=2).close()
                return url
            except OSError:
                time.sleep(0.2)
        raise AssertionError("server did not start")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def server(api_db):
    """The fixture store served; POST /api/extract answers from the fixture documents."""
    with _Server(api_db, fake_extract=True) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page that records console errors and every request leaving the server."""
    # bypass_csp: lets Playwright poll with its own eval; it also means escaping alone must keep content inert
    ctx = browser.new_context(viewport={"width": 1400, "height": 950}, locale="ar", bypass_csp=True)
    pg = ctx.new_page()
    pg.errors, pg.foreign = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: pg.foreign.append(r.url) if not r.url.startswith((server, "data:")) else None)
    ARTIFACTS.mkdir(exist_ok=True)
    yield pg
    ctx.close()
    assert not pg.errors, pg.errors
    assert not pg.foreign, f"requests left the server: {pg.foreign}"


def _wait_views(pg) -> None:
    for flag in ("timelineReady", "networkReady", "mapReady"):
        pg.wait_for_function(f"document.body.dataset.{flag} !== undefined", timeout=15000)


def test_dashboard_views_render(page, server):
    page.goto(server + "/")
    _wait_views(page)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.body.dataset.timelineReady") == "6"  # days with dated events
    # chart: something was drawn on the canvas
    drawn = page.evaluate("""() => { const c = document.getElementById('timeline');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert drawn > 1000
    # network: one node per actor, one edge per dyad
    assert page.evaluate("window.hadathNetwork.nodes().length") == 9
    assert page.evaluate("window.hadathNetwork.edges().length") == 6
    # map: country shapes from the bundled Natural Earth file and one marker per place
    assert page.locator("#map path.leaflet-interactive").count() > 150
    assert page.locator("#map path.place-marker").count() == 5
    assert page.locator("#events-table tbody tr").count() == 8
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


def test_clicking_the_pictures_filters(page, server):
    page.goto(server + "/?type=CONSULT")
    _wait_views(page)
    page.locator("#map path.place-marker").first.click()
    page.wait_for_url("**place=Paris**")
    assert "type=CONSULT" in page.url
    _wait_views(page)
    # tap after evaluate returns: a navigation inside evaluate stalls Playwright for a minute
    page.evaluate("""() => { const n = window.hadathNetwork.nodes().filter(x => x.id() === 'Barham Salih')[0];
        setTimeout(() => n.emit('tap'), 0); }""")
    page.wait_for_url("**actor=Barham**")
    assert "place=Paris" in page.url and page.locator("#events-table tbody tr").count() == 2


def test_api_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 12


def test_filter_then_open_article_with_highlights(page, server):
    page.goto(server + "/")
    page.fill("input[name=actor]", "IRQGOV")
    page.click("#apply")
    page.wait_for_url("**/?*actor=IRQGOV*")
    _wait_views(page)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 2 and page.locator("#total").inner_text() == "2"
    assert page.locator("#map path.place-marker").count() == 1  # both events are in Paris
    page.screenshot(path=str(ARTIFACTS / "dashboard-filtered.png"), full_page=True)
    rows.first.locator("a.article-link").click()
    page.wait_for_selector("#article-text mark")
    kinds = set(page.eval_on_selector_all("#article-text mark", "ms => ms.map(m => m.dataset.kind)"))
    assert kinds == {"trigger", "actor", "recipient", "date", "place"}
    assert page.locator("#selected-event").is_visible()
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_network_dyad_drill_down(page, server):
    page.goto(server + "/")
    _wait_views(page)
    page.evaluate("""() => { const e = window.hadathNetwork.edges().filter(
        x => x.data('dyad').actor_code === 'TURMIL')[0]; e.select(); e.emit('tap'); }""")
    page.wait_for_function("document.body.dataset.dyadReady !== undefined")
    assert page.locator("#dyad-card").is_visible()
    assert page.locator("#dyad-body tbody tr").count() == 1
    assert "Turkish armed forces" in page.locator("#dyad-title").inner_text()
    page.locator("#dyad-card").screenshot(path=str(ARTIFACTS / "dyad.png"))


def test_paste_an_article(page, server):
    from api_fixtures import ARTICLES

    page.goto(server + "/?lang=en")
    _wait_views(page)
    assert page.evaluate("document.documentElement.dir") == "ltr"
    page.fill("#extract-text", ARTICLES[3]["text"])
    page.click("#extract-button")
    page.wait_for_function("document.body.dataset.extractReady !== undefined")
    kinds = set(page.eval_on_selector_all("#extract-result mark", "ms => ms.map(m => m.dataset.kind)"))
    assert kinds == {"trigger", "actor", "recipient", "date", "place"}
    assert page.locator("#extract-events tbody tr").count() == 1
    page.locator("#extract-card").screenshot(path=str(ARTIFACTS / "extract.png"))


def test_hostile_article_is_inert_in_the_browser(page, server):
    from api_fixtures import XSS_TEXT

    page.goto(server + "/?type=THREATEN")
    link = page.locator("#events-table a.article-link").first
    link.click()
    page.wait_for_selector("#article-text")
    assert page.evaluate("[window.__xss, window.__xss_title, window.__xss_url]") == [None, None, None]
    assert page.locator("#article script, #article img, #article b, #article i").count() == 0
    shown = page.locator("#article-text").inner_text()
    assert "<script>window.__xss=1</script>" in shown and "[RLO]" in shown
    assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert XSS_TEXT.split("<script>")[0].strip() in shown
    page.screenshot(path=str(ARTIFACTS / "hostile-article.png"), full_page=True)
    # the same text pasted into "analyse a text" (rendered by the dashboard script) is just as inert
    page.goto(server + "/")
    page.fill("#extract-text", XSS_TEXT)
    page.click("#extract-button")
    page.wait_for_function("document.body.dataset.extractReady !== undefined")
    assert page.evaluate("[window.__xss, window.__xss_title]") == [None, None]
    assert page.locator("#extract-result script, #extract-result img, #extract-result b").count() == 0
    shown = page.locator("#extract-result .article-text").inner_text()
    assert "<script>window.__xss=1</script>" in shown and "[RLO]" in shown and "[PDF]" in shown
    assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert page.locator("#extract-result mark[data-kind=trigger]").inner_text() == "حذر"


@pytest.mark.skipif(not os.environ.get("HADATH_DEMO_DB"), reason="set HADATH_DEMO_DB to the store `make demo` built")
def test_demo_database_in_the_browser(browser):
    """The acceptance walk on the real demo store: every view shows its data, events open their article."""
    with _Server(os.environ["HADATH_DEMO_DB"]) as url:
        ctx = browser.new_context(viewport={"width": 1400, "height": 950}, bypass_csp=True)
        pg = ctx.new_page()
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(url + "/")
        _wait_views(pg)
        assert int(pg.locator("#total").inner_text()) > 0
        assert int(pg.evaluate("document.body.dataset.timelineReady")) > 0
        assert int(pg.evaluate("document.body.dataset.networkReady")) >= 0
        assert int(pg.evaluate("document.body.dataset.mapReady")) >= 0
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "demo-dashboard.png"), full_page=True)
        pg.locator("#events-table a.article-link").first.click()
        pg.wait_for_selector("#article-text mark[data-kind=trigger]")
        pg.screenshot(path=str(ARTIFACTS / "demo-article.png"), full_page=True)
        ctx.close()
        assert not errors, errors
