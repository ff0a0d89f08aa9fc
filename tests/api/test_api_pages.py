"""Server-rendered pages: dashboard with filters, language toggle, article view with highlights."""
from __future__ import annotations

import re


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr data-event-id="([^"]+)"', page)


def test_dashboard_lists_filtered_events(client):
    all_ids = _rows(client.get("/").text)
    assert len(all_ids) == 8
    page = client.get("/", params={"type": "ASSAULT"}).text
    api = [r["id"] for r in client.get("/api/events", params={"type": "ASSAULT"}).json()["rows"]]
    assert _rows(page) == api and len(api) == 2
    assert '<option value="ASSAULT" selected>' in page
    assert 'id="total">2<' in page


def test_dashboard_is_arabic_rtl_with_english_toggle(client):
    page = client.get("/").text
    assert '<html lang="ar" dir="rtl">' in page and "الخط الزمني" in page
    toggle = re.search(r'id="lang-toggle" href="([^"]+)"', page).group(1)
    assert "lang=en" in toggle
    r = client.get("/", params={"lang": "en", "type": "AGREE"})
    assert '<html lang="en" dir="ltr">' in r.text and "Timeline" in r.text
    assert r.cookies.get("hadath_lang") == "en"
    back = re.search(r'id="lang-toggle" href="([^"]+)"', r.text).group(1)
    assert "lang=ar" in back and "type=AGREE" in back


def test_charts_live_in_ltr_islands(client):
    page = client.get("/").text
    for box in ("timeline", "network", "map"):
        assert re.search(rf'dir="ltr"[^>]*>\s*<canvas id="{box}"|dir="ltr" id="{box}"', page), box


def test_event_link_opens_its_article_with_every_highlight_kind(client):
    ev = client.get("/api/events", params={"type": "CONSULT", "aux": "future"}).json()["rows"][0]
    r = client.get(f"/events/{ev['id']}", follow_redirects=False)
    assert r.status_code == 303 and f"event={ev['id']}" in r.headers["location"]
    page = client.get(r.headers["location"]).text
    body = page.split('id="article-text"', 1)[1].split("</article>", 1)[0]
    marks = dict(re.findall(r'<mark class="hl[^"]*" data-kind="(\w+)"[^>]*>([^<]+)</mark>', body))
    assert marks == {"trigger": "سيزور", "actor": "برهم صالح", "recipient": "إيمانويل ماكرون",
                     "date": "الأربعاء المقبل", "place": "باريس"}
    # the same event's other report is listed as evidence, highlighted too
    assert page.count('class="evidence-text"') == 2


def test_every_event_row_links_to_an_article(client):
    page = client.get("/").text
    links = re.findall(r'<a class="article-link" href="(/events/[^"]+)"', page)
    assert len(links) == 8
    for link in links[:3]:
        assert client.get(link).status_code == 200


def test_missing_article_is_404(client):
    assert client.get("/articles/4242").status_code == 404
    assert client.get("/events/nope").status_code == 404


def test_vendored_assets_are_served(client):
    for path in ("/static/vendor/chart.umd.min.js", "/static/vendor/cytoscape.min.js",
                 "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                 "/static/vendor/topojson-client.min.js", "/static/vendor/countries-110m.json",
                 "/static/vendor/fonts/fonts.css", "/static/dashboard.js", "/static/hadath.css"):
        assert client.get(path).status_code == 200, path
    css = client.get("/static/vendor/fonts/fonts.css").text
    for font in re.findall(r"url\(\./([^)]+)\)", css):
        assert client.get(f"/static/vendor/fonts/{font}").status_code == 200


def test_download_links_carry_the_filters(client):
    page = client.get("/", params={"type": "ASSAULT", "country": "IRQ"}).text
    href = re.search(r'id="download-csv" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert href.startswith("/api/events.csv?") and "type=ASSAULT" in href and "country=IRQ" in href
    lines = client.get(href).text.splitlines()
    assert len(lines) == 1 + 2


def test_api_docs_are_served_locally(client):
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "/static/api-docs.js" in page
    assert "cdn" not in page.lower() and "<script>" not in page  # no inline script either (CSP)
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_dashboard_pages_through_events(client, monkeypatch):
    from hadath.api.routes import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    seen, url = [], "/?quad_class=3"
    for _ in range(5):
        page = client.get(url).text
        seen += _rows(page)
        m = re.search(r'id="next-page" href="([^"]+)"', page)
        if not m:
            break
        url = m.group(1).replace("&amp;", "&")
        assert "quad_class=3" in url
    api = [r["id"] for r in client.get("/api/events", params={"quad_class": "3"}).json()["rows"]]
    assert seen == api and len(api) == 3
