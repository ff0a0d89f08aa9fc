"""Dedup: exact and near duplicates, stable signatures, and an ingest through a process pool."""
from __future__ import annotations

import multiprocessing
import subprocess
import sys

from hadath.ingest.dedup import DedupIndex, compact, from_bytes, minhash, norm_hash, shingle_hashes, shingles, to_bytes
from hadath.text.normalize import normalize
from store_fakes import article, write_corpus


def prep(text: str):
    c = compact(normalize(text).text)
    return c, norm_hash(c), minhash(c)


def test_exact_near_and_distinct():
    idx = DedupIndex()
    base = article(3)[0]
    c, nh, m = prep(base)
    assert idx.check(nh, m).kind is None
    idx.add("k0", nh, m)
    # harakat, hamza forms and spacing vanish in normalization: an exact duplicate
    c2, nh2, m2 = prep(base.replace("اعلنت", "أَعلنت").replace(" ", "  ", 3))
    assert idx.check(nh2, m2).kind == "exact" and idx.check(nh2, m2).of == "k0"
    # a few words changed: near duplicate
    c3, nh3, m3 = prep(base.replace("المصادر", "مصادر مطلعة") + " وتابع التقرير.")
    v = idx.check(nh3, m3)
    assert (v.kind, v.of) == ("near", "k0")
    # another article: no duplicate
    c4, nh4, m4 = prep(article(4)[0])
    assert idx.check(nh4, m4).kind is None
    idx.remove("k0", nh)
    assert idx.check(nh2, m2).kind is None


def test_shingle_hashes_count_distinct_shingles():
    text = compact(normalize(article(5)[0]).text)
    assert len(shingle_hashes(text)) == len(shingles(text))
    assert len(shingle_hashes("قصير")) == 1


def test_signature_roundtrip_and_stable_across_processes():
    text = compact(normalize(article(7)[0]).text)
    m = minhash(text)
    assert from_bytes(to_bytes(m)).jaccard(m) == 1.0
    code = ("import sys; from hadath.ingest.dedup import minhash, to_bytes; "
            "sys.stdout.write(to_bytes(minhash(sys.argv[1])).hex())")
    out = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, timeout=60,
                         env={"PYTHONHASHSEED": "123", "PATH": ""})
    assert out.stdout == to_bytes(m).hex()


def test_process_pool_gives_the_same_store(db_url, tmp_path):
    from hadath.ingest.runner import ingest
    from hadath.store.db import open_store
    from hadath.store.writer import store_stats

    write_corpus(tmp_path / "c", 18)
    ref = f"sqlite:///{tmp_path / 'ref.db'}"
    ingest([tmp_path / "c"], db=ref, batch_size=5)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        st = ingest([tmp_path / "c"], db=db_url, batch_size=5, mapper=lambda f, it: pool.imap(f, it, chunksize=2))
    assert st.errors == 0
    with open_store(ref).session() as a, open_store(db_url).session() as b:
        assert store_stats(a) == store_stats(b)
        from sqlalchemy import select

        from hadath.store.schema import Event
        assert sorted((e.id, e.num_mentions, e.num_articles) for e in a.scalars(select(Event))) == \
            sorted((e.id, e.num_mentions, e.num_articles) for e in b.scalars(select(Event)))
