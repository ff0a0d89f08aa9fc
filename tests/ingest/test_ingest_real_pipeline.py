"""One ingest through the real default pipeline (not the fake): SCHEMA output lands in the store intact."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_real_pipeline_ingest(tmp_path):
    from hadath.ingest import runner
    from hadath.store.db import close_all, open_store
    from hadath.store.repository import article_record, event_detail, get_article, get_event, iter_events

    from hadath.pipeline import default_pipeline

    runner.set_pipeline(default_pipeline())
    close_all()
    db = f"sqlite:///{tmp_path / 'real.db'}"
    stats = runner.ingest([FIXTURES / "page.html", FIXTURES / "feed.atom"], db=db)
    assert stats.new == 2 and stats.errors == 0
    with open_store(db).session() as s:
        for ev in iter_events(s):
            d = event_detail(get_event(s, ev.id))
            for m in d["mentions"]:
                text = get_article(s, m["article_id"]).text
                assert text[m["trigger"]["start"]:m["trigger"]["end"]] == m["trigger"]["text"]
                assert text[m["sentence"]["start"]:m["sentence"]["end"]] == m["evidence"]
        for art_id in (1, 2):
            rec = article_record(get_article(s, art_id))
            assert all(rec["text"][e["start"]:e["end"]] == e["text"] for e in rec["entities"])
    close_all()
