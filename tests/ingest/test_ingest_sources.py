"""Readers: feeds, HTML pages, WARC crawls, JSONL, text files in any encoding, folders."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hadath.ingest.sources import ItemError, RawItem, iter_items

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PAGE = """<html><head><title>{title}</title><meta property="og:site_name" content="موقع الاختبار">
<meta name="date" content="{date}"></head><body><nav>الرئيسية | اتصل بنا</nav><article><h1>{title}</h1>
<p>{body}</p><p>وأشار المصدر إلى أن الاجتماعات ستتواصل خلال الأسبوع المقبل لبحث الملفات العالقة بين الطرفين.</p>
</article><footer>حقوق النشر محفوظة</footer></body></html>"""


def write_warc(path: Path) -> None:
    """A small crawl: two article pages, a 404, an image and a redirect (only the two pages are articles)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, url, status, ctype, body: bytes):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        response(w, "https://crawl.example/a/1", "200 OK", "text/html; charset=utf-8",
                 PAGE.format(title="هجوم على موقع", date="2021-06-01",
                             body="شنت تركيا هجوم على موقع في شمال العراق يوم 2021-06-01 حسب بيان رسمي.").encode())
        response(w, "https://crawl.example/a/2", "200 OK", "text/html; charset=windows-1256",
                 PAGE.format(title="اتفاق تجاري", date="2021-06-02",
                             body="وقعت مصر اتفاق مع الاردن لتوسيع التجارة البينية في القاهرة.").encode("cp1256"))
        response(w, "https://crawl.example/missing", "404 Not Found", "text/html", b"<html>not found</html>")
        response(w, "https://crawl.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n....")
        response(w, "https://crawl.example/old", "301 Moved Permanently", "text/html", b"")


@pytest.fixture
def warc_file(tmp_path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    return path


def items(*paths, **kw) -> list:
    return list(iter_items(paths, **kw))


def test_rss_feed_entries_with_dates_and_links():
    got = items(FIXTURES / "feed.rss")
    good = [i for i in got if isinstance(i, RawItem)]
    bad = [i for i in got if isinstance(i, ItemError)]
    assert [g.date for g in good] == ["2021-03-09", "2021-03-10"]
    assert good[0].url == "https://feed.example.org/news/101" and good[0].title == "زيارة مرتقبة"
    assert good[0].source == "feed.example.org" and good[0].kind == "feed"
    assert "<p>" not in good[0].text and "مصر" in good[0].text  # content:encoded, HTML stripped
    assert good[1].text.startswith("نظم محتجون")  # no content: the summary
    assert len(bad) == 1 and "no content" in str(bad[0])


def test_atom_feed():
    (entry,) = items(FIXTURES / "feed.atom")
    assert entry.date == "2021-04-01" and entry.url == "https://atom.example.net/a/7"
    assert entry.text == "وقعت تركيا اتفاق مع العراق في بغداد لتوسيع التبادل التجاري."


def test_html_page_text_title_date_site():
    (page,) = items(FIXTURES / "page.html")
    assert page.title == "مباحثات في موسكو"
    assert page.date == "2021-05-11"
    assert page.source == "صحيفة المثال"
    assert page.url == "https://paper.example.com/politics/2021/05/11/moscow-talks"
    assert "أجرى وزير خارجية العراق" in page.text
    assert "جميع الحقوق" not in page.text and "الأكثر قراءة" not in page.text  # boilerplate removed


def test_warc_html_responses_only(warc_file):
    got = items(warc_file)
    assert all(isinstance(i, RawItem) for i in got), got
    assert [i.url for i in got] == ["https://crawl.example/a/1", "https://crawl.example/a/2"]
    assert "شنت تركيا" in got[0].text and got[0].date == "2021-06-01"
    assert "وقعت مصر" in got[1].text  # declared windows-1256, decoded
    assert all(i.kind == "warc" for i in got)


def test_jsonl_lines_and_errors(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "1", "text": "نص أول", "date": "2020-11-26", "url": "https://www.site.example/x",
                    "title": "عنوان"}, ensure_ascii=False),
        "",
        "[1, 2]",
        json.dumps({"id": "3", "text": ""}),
        json.dumps({"text": "نص بلا رقم"}, ensure_ascii=False),
        '{"id": "5", "text": "نص", "date": "26/11/2020"}',
        "{broken",
    ]), encoding="utf-8")
    got = items(f, default_date="2021-01-01")
    good = [i for i in got if isinstance(i, RawItem)]
    errors = [str(i) for i in got if isinstance(i, ItemError)]
    assert [(g.id, g.date) for g in good] == [("1", "2020-11-26"), (None, "2021-01-01")]
    assert good[0].source == "site.example" and good[0].title == "عنوان"
    assert good[0].locator != good[1].locator
    assert len(errors) == 4
    assert any(":3:" in e and "not a JSON object" in e for e in errors)
    assert any(":6:" in e and "not a date" in e for e in errors)
    assert any(":7:" in e and "malformed JSON" in e for e in errors)


def test_text_files_any_encoding_folders_and_dates(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    text = "قالت وزارة الخارجية إن الوزير سيزور عمّان الأسبوع المقبل."
    (root / "2022-01-20_note.txt").write_text(text, encoding="utf-8")
    (root / "sub" / "legacy.txt").write_bytes(text.encode("cp1256"))
    (root / "sub" / "deeper" / "utf16.txt").write_bytes(text.encode("utf-16"))
    (root / ".hidden" / "skip.txt").write_text("مخفي", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG")
    got = items(root, default_date="2023-05-05")
    assert all(isinstance(i, RawItem) for i in got), got
    assert [i.text for i in got] == [text] * 3
    assert [i.date for i in got] == ["2022-01-20", "2023-05-05", "2023-05-05"]
    assert [i.locator for i in got] == ["2022-01-20_note.txt", "sub/legacy.txt", "sub/deeper/utf16.txt"]


def test_missing_path_is_an_error(tmp_path):
    (err,) = items(tmp_path / "nope.txt")
    assert isinstance(err, ItemError) and "no such file" in str(err)
