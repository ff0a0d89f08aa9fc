"""Export events in the formats analysts already use, streaming (no format holds the whole result in memory).

Formats: csv, parquet, plover-jsonl, gdelt-tsv, acled-csv, geojson; the columns are described in
``data/codebook.yaml`` (rendered as docs/codebook.md by :func:`codebook_markdown`).
"""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator, Optional

from sqlalchemy.orm import Session

from hadath.store.repository import EVENT_COLUMNS, EventFilter, event_record, iter_events
from hadath.store.schema import Event

DATA = Path(__file__).resolve().parent / "data"
FORMATS = ("csv", "parquet", "plover-jsonl", "gdelt-tsv", "acled-csv", "geojson")
PARQUET_BATCH = 5000


class ExportError(ValueError):
    """Unknown format or unwritable destination."""


@lru_cache(maxsize=1)
def codebook() -> dict:
    import yaml

    return yaml.safe_load((DATA / "codebook.yaml").read_text(encoding="utf-8"))


def codebook_markdown() -> str:
    """docs/codebook.md: every column and every export format."""
    cb = codebook()
    lines = ["# Codebook of hadath event exports", "",
             "Generated from `hadath/store/data/codebook.yaml` by `hadath export --codebook`; do not edit by hand.",
             "", "## Event columns", "", "| column | type | meaning |", "|---|---|---|"]
    for c in cb["columns"]:
        lines.append(f"| `{c['name']}` | {c['type']} | {c['desc']} |")
    lines += ["", "## Formats", ""]
    for name, desc in cb["formats"].items():
        lines += [f"### {name}", "", desc, ""]
    return "\n".join(lines)


@lru_cache(maxsize=1)
def acled_map() -> list[tuple[str, Optional[str], str, str]]:
    rules = []
    for line in (DATA / "acled_map.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, etype, sub = line.split("\t")
        plover, _, sector = key.partition(":")
        rules.append((plover, sector or None, etype, sub))
    return rules


def _acled_type(ev: Event) -> Optional[tuple[str, str]]:
    sectors = {p.sector for p in ev.participants if p.role == "recipient"}
    for plover, sector, etype, sub in acled_map():
        if plover == ev.type and (sector is None or sector in sectors):
            return etype, sub
    return None


@contextmanager
def _open_text(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    with fh:
        yield fh


def _first_mention(ev: Event):
    return ev.mentions[0] if ev.mentions else None


def plover_record(ev: Event) -> dict:
    m = _first_mention(ev)
    p = ev.place
    return {
        "id": ev.id, "date": ev.date, "end_date": ev.end_date, "event_type": ev.type, "mode": ev.mode,
        "context": list(ev.context or []), "cameo": ev.cameo, "quad_class": ev.quad_class,
        "goldstein": ev.goldstein, "aux": ev.aux, "actor": list(ev.actors or []),
        "recipient": list(ev.recipients or []), "actor_code": ev.actor_code, "recipient_code": ev.recipient_code,
        "location": None if p is None else {
            "name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
            "geonameid": p.geonameid, "feature": p.feature},
        "num_mentions": ev.num_mentions, "num_sources": ev.num_sources, "num_articles": ev.num_articles,
        "confidence": ev.confidence, "source": ev.source_rule,
        "evidence": m.evidence if m else None, "url": (m.article.url if m and m.article else None),
    }


GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "HadathId",
)


def gdelt_row(ev: Event) -> list:
    d = ev.date if ev.date and len(ev.date) == 10 else None
    y, mo, day = (int(d[:4]), int(d[5:7]), int(d[8:10])) if d else (None, None, None)
    cameo = ev.cameo or ""
    p = ev.place
    m = _first_mention(ev)
    geo_type = 0 if p is None else (1 if (p.feature or "").startswith("PCL") else 4)
    added = (ev.created_at or datetime.utcnow()).strftime("%Y%m%d%H%M%S")
    return [
        ev.seq, d.replace("-", "") if d else "", f"{y}{mo:02d}" if d else "", y or "",
        f"{y + (mo - 1) / 12 + (day - 1) / 365:.4f}" if d else "",
        ev.actor_code or "", ev.actor_name or "", ev.actor_country or "", ev.actor_sector or "",
        ev.recipient_code or "", ev.recipient_name or "", ev.recipient_country or "", ev.recipient_sector or "",
        1, cameo, cameo[:3], cameo[:2], ev.quad_class or "", "" if ev.goldstein is None else ev.goldstein,
        ev.num_mentions, ev.num_sources, ev.num_articles, geo_type, p.name if p else "", p.country if p else "",
        p.lat if p and p.lat is not None else "", p.lon if p and p.lon is not None else "",
        p.geonameid if p and p.geonameid else "", added, (m.article.url or "") if m and m.article else "", ev.id,
    ]


ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "iso3", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities", "timestamp", "hadath_id",
)


def _country_name(code: Optional[str]) -> str:
    if not code:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
        return c.name if c else code
    except Exception:
        return code


def acled_row(ev: Event, kind: tuple[str, str]) -> list:
    p = ev.place
    m = _first_mention(ev)
    actors = [a.get("name") or a.get("text") or "" for a in ev.actors or []]
    recips = [a.get("name") or a.get("text") or "" for a in ev.recipients or []]
    killed = sum(float(q.get("value") or 0) for q in ev.quantities or [] if q.get("unit") == "killed")
    country = (p.country if p else None) or ev.actor_country
    source = ""
    if m and m.article:
        source = (m.article.source.name if m.article.source else "") or m.article.url or ""
    return [
        f"{country or 'XXX'}{ev.seq}", ev.date or "", (ev.date or "")[:4], kind[0], kind[1],
        actors[0] if actors else "", "; ".join(actors[1:]), recips[0] if recips else "", "; ".join(recips[1:]),
        country or "", _country_name(country), (p.admin1 or "") if p else "", p.name if p else "",
        p.lat if p and p.lat is not None else "", p.lon if p and p.lon is not None else "",
        (1 if p.feature and p.feature.startswith("PPL") else 2) if p and p.lat is not None else "",
        source, m.evidence if m else "", int(killed), int((ev.created_at or datetime.utcnow()).timestamp()), ev.id,
    ]


def _parquet_schema():
    import pyarrow as pa

    types = {c["name"]: c["type"] for c in codebook()["columns"]}
    return pa.schema([(name, {"integer": pa.int64(), "float": pa.float64()}.get(types.get(name), pa.string()))
                      for name in EVENT_COLUMNS])


def export_events(session: Session, fmt: str, output: str, filters: Optional[EventFilter] = None,
                  limit: Optional[int] = None) -> int:
    """Write the matching events to ``output`` ("-" = stdout for text formats); returns how many rows."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})")
    events = iter_events(session, filters, limit=limit,
                         with_mentions=fmt in ("plover-jsonl", "gdelt-tsv", "acled-csv"))
    n = 0
    if fmt == "parquet":
        if output == "-":
            raise ExportError("parquet needs a file (-o FILE)")
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _parquet_schema()
        try:
            writer = pq.ParquetWriter(output, schema)
        except OSError as exc:
            raise ExportError(f"{output}: {exc}") from None
        with writer:
            batch: list[dict] = []
            for ev in events:
                batch.append(event_record(ev))
                n += 1
                if len(batch) >= PARQUET_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        return n
    with _open_text(output) as fh:
        if fmt == "csv":
            w = csv.writer(fh)
            w.writerow(EVENT_COLUMNS)
            for ev in events:
                rec = event_record(ev)
                w.writerow(["" if rec[c] is None else rec[c] for c in EVENT_COLUMNS])
                n += 1
        elif fmt == "plover-jsonl":
            for ev in events:
                fh.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "gdelt-tsv":
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(GDELT_COLUMNS)
            for ev in events:
                w.writerow([_tsv_safe(v) for v in gdelt_row(ev)])
                n += 1
        elif fmt == "acled-csv":
            w = csv.writer(fh)
            w.writerow(ACLED_COLUMNS)
            for ev in events:
                kind = _acled_type(ev)
                if kind:
                    w.writerow(acled_row(ev, kind))
                    n += 1
        elif fmt == "geojson":
            fh.write('{"type": "FeatureCollection", "features": [\n')
            for ev in events:
                p = ev.place
                if p is None or p.lat is None or p.lon is None:
                    continue
                feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                           "properties": event_record(ev)}
                fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
                n += 1
            fh.write("\n]}\n")
    return n


def _tsv_safe(v) -> object:
    if isinstance(v, str):
        return v.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return v

