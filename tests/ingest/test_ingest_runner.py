"""Ingest end to end with the fake pipeline: counts, idempotence, dedup, cross-article event merge."""
from __future__ import annotations

import json

from sqlalchemy import select

from hadath.ingest.runner import ingest, reprocess
from hadath.store.db import open_store
from hadath.store.schema import Article, Event
from hadath.store.writer import store_stats
from store_fakes import write_corpus


def stats_of(url: str) -> dict:
    with open_store(url).session() as s:
        return store_stats(s)


def test_ingest_directory_twice_same_counts(db_url, tmp_path):
    info = write_corpus(tmp_path / "corpus", 24)
    first = ingest([tmp_path / "corpus"], db=db_url)
    assert first.read == info["inputs"]
    assert first.new == info["inputs"] - info["duplicates"]
    assert first.duplicates == info["duplicates"]
    assert first.errors == 0
    assert first.events > 0
    after_first = stats_of(db_url)
    second = ingest([tmp_path / "corpus"], db=db_url)
    assert second.new == 0 and second.duplicates == 0 and second.events == 0
    assert second.existing == info["inputs"]
    assert stats_of(db_url) == after_first


def test_duplicates_are_linked_and_counted(db_url, tmp_path):
    write_corpus(tmp_path / "c", 6)
    ingest([tmp_path / "c"], db=db_url)
    with open_store(db_url).session() as s:
        dups = s.scalars(select(Article).where(Article.duplicate_of.is_not(None))).all()
        assert sorted(d.duplicate_kind for d in dups) == ["exact", "near"]
        orig = s.get(Article, dups[0].duplicate_of)
        assert orig.duplicate_of is None and orig.text
        assert dups[0].duplicate_of == dups[1].duplicate_of
        ev = s.scalars(select(Event).where(Event.first_article_id == orig.id, Event.actor_code.is_not(None))).first()
        # the original and its two copies report it, from three different sources
        assert ev.num_articles == 3 and ev.num_sources == 3
        assert ev.num_mentions == 2  # lede + repeat in the original's body


def test_same_event_from_two_articles_is_one_event(db_url, tmp_path):
    rows = [
        {"id": "x1", "text": "اعلنت مصر عن اتفاق مع تركيا يوم 2022-05-04. وهذا نص اول مختلف تماما عن غيره.",
         "url": "https://a.example/1"},
        {"id": "x2", "text": "ذكرت وكالة انباء ان مصر وقعت اتفاق مع تركيا 2022-05-04 بعد مفاوضات طويلة وشاقة.",
         "url": "https://b.example/2"},
    ]
    f = tmp_path / "two.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    st = ingest([f], db=db_url)
    assert st.new == 2 and st.duplicates == 0
    with open_store(db_url).session() as s:
        evs = s.scalars(select(Event).where(Event.type == "AGREE")).all()
        assert len(evs) == 1
        ev = evs[0]
        assert (ev.num_mentions, ev.num_articles, ev.num_sources) == (2, 2, 2)
        assert {m.article.doc_id for m in ev.mentions} == {"x1", "x2"}
        assert all("اتفاق" in m.evidence for m in ev.mentions)


def test_bad_items_are_reported_and_skipped(db_url, tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_text("   ", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00garbage\x00" * 10)
    (d / "lines.jsonl").write_text('{"id": "ok", "text": "اعلنت مصر عن زيارة مع الاردن."}\n{not json}\n'
                                   '{"id": "nodate", "text": "نص", "date": "yesterday"}\n', encoding="utf-8")
    (d / "boom.txt").write_text("نص <<boom>> هنا عن زيارة", encoding="utf-8")
    errors = []
    st = ingest([d], db=db_url, on_error=errors.append)
    assert st.read == 2 and st.new == 1  # the document the pipeline fails on is not stored (retried next run)
    assert st.errors == 5 and len(errors) == 5
    assert any("empty" in e for e in errors) and any("malformed JSON" in e for e in errors)
    assert any("not a date" in e for e in errors) and any("pipeline failed" in e for e in errors)
    assert all("\n" not in e for e in errors)


def test_reprocess_keeps_stable_ids(db_url, tmp_path, fake_pipeline):
    from hadath.ingest import runner

    write_corpus(tmp_path / "c", 9)
    ingest([tmp_path / "c"], db=db_url)
    with open_store(db_url).session() as s:
        before = {e.id: (e.seq, e.num_mentions, e.num_articles) for e in s.scalars(select(Event))}
        stats_before = store_stats(s)
    st = reprocess(db=db_url)
    assert st.reprocessed == stats_before["originals"] and st.events == 0 and st.mentions == 0
    with open_store(db_url).session() as s:
        after = {e.id: (e.seq, e.num_mentions, e.num_articles) for e in s.scalars(select(Event))}
        assert store_stats(s) == stats_before
    assert after == before

    # a "model update" that drops every ASSAULT event: those rows go, the others keep their ids
    def no_assault(doc):
        doc = fake_pipeline(doc)
        doc.events = [e for e in doc.events if e.type != "ASSAULT"]
        return doc

    runner.set_pipeline(no_assault)
    reprocess(db=db_url)
    with open_store(db_url).session() as s:
        types = {e.id: e.type for e in s.scalars(select(Event))}
    assert "ASSAULT" not in types.values()
    assert set(types) == {i for i in before if i in types} and len(types) < len(before)
    assert set(types) <= set(before)


def test_ingest_reprocess_flag(db_url, tmp_path):
    write_corpus(tmp_path / "c", 6)
    ingest([tmp_path / "c"], db=db_url)
    before = stats_of(db_url)
    st = ingest([tmp_path / "c"], db=db_url, reprocess=True)
    assert st.reprocessed == before["originals"] and st.new == 0
    assert stats_of(db_url) == before


def test_broken_pipeline_aborts(db_url, tmp_path):
    from hadath.ingest import runner

    def broken(doc):
        raise FileNotFoundError("model missing")

    write_corpus(tmp_path / "c", 12, with_dups=False)
    runner.set_pipeline(broken)
    import pytest

    with pytest.raises(runner.IngestAborted, match="model missing"):
        ingest([tmp_path / "c"], db=db_url, batch_size=5)
    assert stats_of(db_url)["articles"] == 0


def test_reprocess_only_outdated_articles(db_url, tmp_path):
    from hadath.ingest import runner
    from hadath.pipeline import Pipeline
    from store_fakes import FakeStage

    write_corpus(tmp_path / "c", 6, with_dups=False)
    runner.set_pipeline(Pipeline([FakeStage()]))
    ingest([tmp_path / "c"], db=db_url)
    st = reprocess(db=db_url, only_outdated=True)
    assert st.reprocessed == 0 and st.existing == 6

    class NewerStage(FakeStage):
        version = "2"

    runner.set_pipeline(Pipeline([NewerStage()]))
    assert reprocess(db=db_url, only_outdated=True).reprocessed == 6
    assert reprocess(db=db_url, only_outdated=True).reprocessed == 0
