"""Every export format streams, and loads in pandas and DuckDB with the documented columns."""
from __future__ import annotations

import json

import pytest

from hadath.store.db import open_store
from hadath.store.export import (
    ACLED_COLUMNS, FORMATS, GDELT_COLUMNS, ExportError, codebook, codebook_markdown, export_events,
)
from hadath.store.repository import EVENT_COLUMNS, EventFilter, count_events, iter_events
from hadath.paths import PROJECT_ROOT


@pytest.fixture
def session(populated):
    with open_store(populated).session() as s:
        yield s


def export(session, fmt, tmp_path, filters=None):
    out = tmp_path / f"events.{fmt.replace('-', '.')}"
    n = export_events(session, fmt, str(out), filters)
    return out, n


def test_csv_and_parquet_load_in_pandas_and_duckdb(session, tmp_path):
    import duckdb
    import pandas as pd

    total = count_events(session)
    csv_path, n = export(session, "csv", tmp_path)
    pq_path, n2 = export(session, "parquet", tmp_path)
    assert n == n2 == total
    df = pd.read_csv(csv_path, dtype={"cameo": str})
    assert list(df.columns) == list(EVENT_COLUMNS) and len(df) == total
    assert df["cameo"].str.len().min() >= 3  # leading zeros kept
    pdf = pd.read_parquet(pq_path)
    assert list(pdf.columns) == list(EVENT_COLUMNS) and len(pdf) == total
    assert pdf["num_mentions"].dtype.kind == "i" and pdf["goldstein"].dtype.kind == "f"
    assert set(pdf["id"]) == set(df["id"])
    con = duckdb.connect()
    assert con.execute(f"select count(*) from read_csv_auto('{csv_path}')").fetchone()[0] == total
    assert con.execute(f"select count(*) from read_parquet('{pq_path}') where type = 'ASSAULT'").fetchone()[0] \
        == count_events(session, EventFilter(type="ASSAULT"))


def test_plover_jsonl(session, tmp_path):
    import duckdb
    import pandas as pd

    path, n = export(session, "plover-jsonl", tmp_path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n == count_events(session)
    r = next(r for r in rows if r["actor"] and r["location"])
    assert r["event_type"] and isinstance(r["context"], list) and r["actor"][0]["code"]
    assert r["evidence"] and r["location"]["lat"] is not None
    assert len(pd.read_json(path, lines=True)) == n
    assert duckdb.connect().execute(f"select count(*) from read_json_auto('{path}')").fetchone()[0] == n


def test_gdelt_tsv(session, tmp_path):
    import duckdb
    import pandas as pd

    path, n = export(session, "gdelt-tsv", tmp_path)
    df = pd.read_csv(path, sep="\t", dtype={"EventCode": str, "EventRootCode": str, "SQLDATE": str})
    assert list(df.columns) == list(GDELT_COLUMNS) and len(df) == n == count_events(session)
    dated = df[df["SQLDATE"].notna()]
    assert dated["SQLDATE"].str.fullmatch(r"\d{8}").all()
    assert (df["EventRootCode"] == df["EventCode"].str[:2]).all()
    assert df["NumArticles"].min() >= 1
    rel = duckdb.connect().execute(f"select count(*) from read_csv('{path}', delim='\t', header=true)")
    assert rel.fetchone()[0] == n


def test_acled_csv_keeps_violence_and_protest(session, tmp_path):
    import duckdb
    import pandas as pd

    path, n = export(session, "acled-csv", tmp_path)
    df = pd.read_csv(path)
    assert list(df.columns) == list(ACLED_COLUMNS) and len(df) == n
    wanted = count_events(session, EventFilter(type="ASSAULT,PROTEST,COERCE,MOBILIZE,THREATEN,SANCTION,RETREAT"))
    assert n == wanted > 0
    assert set(df["event_type"]) <= {"Battles", "Violence against civilians", "Protests", "Strategic developments"}
    assert duckdb.connect().execute(f"select count(*) from read_csv_auto('{path}')").fetchone()[0] == n


def test_geojson_points(session, tmp_path):
    import duckdb

    path, n = export(session, "geojson", tmp_path)
    fc = json.loads(path.read_text(encoding="utf-8"))
    located = [e for e in iter_events(session) if e.place is not None and e.place.lat is not None]
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == len(located) > 0
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point" and -180 <= f["geometry"]["coordinates"][0] <= 180
    assert set(f["properties"]) == set(EVENT_COLUMNS)
    con = duckdb.connect()
    cols = [d[0] for d in con.execute(f"select * from read_json_auto('{path}') limit 0").description]
    if "features" in cols:  # DuckDB < 2 reads the collection as one row
        q = f"select count(*) from (select unnest(features) from read_json_auto('{path}'))"
    else:  # newer DuckDB reads GeoJSON as one row per feature
        q = f"select count(*) from read_json_auto('{path}')"
    assert con.execute(q).fetchone()[0] == n


def test_filters_apply_to_exports(session, tmp_path):
    import pandas as pd

    path, n = export(session, "csv", tmp_path, EventFilter(country="IRQ"))
    assert 0 < n < count_events(session)
    assert n == count_events(session, EventFilter(country="IRQ")) == len(pd.read_csv(path))


def test_empty_result_still_loads(session, tmp_path):
    import pandas as pd

    for fmt in ("csv", "parquet"):
        path, n = export(session, fmt, tmp_path, EventFilter(text="لا يوجد هذا النص"))
        assert n == 0
        df = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path)
        assert len(df) == 0 and list(df.columns) == list(EVENT_COLUMNS)


def test_unknown_format_and_bad_path(session, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export_events(session, "xlsx", str(tmp_path / "x"))
    with pytest.raises(ExportError):
        export_events(session, "csv", str(tmp_path / "no" / "such" / "dir" / "x.csv"))


def test_codebook_covers_every_column_and_format():
    cb = codebook()
    assert [c["name"] for c in cb["columns"]] == list(EVENT_COLUMNS)
    assert set(cb["formats"]) == set(FORMATS)
    assert all(c["desc"] and c["type"] in ("string", "integer", "float", "date") for c in cb["columns"])


def test_docs_codebook_is_generated_from_the_yaml():
    doc = PROJECT_ROOT / "docs" / "codebook.md"
    assert doc.read_text(encoding="utf-8").strip() == codebook_markdown().strip(), \
        "docs/codebook.md is stale: run `hadath export --codebook > docs/codebook.md`"
