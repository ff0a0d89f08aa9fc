"""Read side of the store: event queries, facets and records shared by the CLI, the exports and the HTTP API.

Public API (all take an open SQLAlchemy ``Session``; see ``hadath.store.db.open_store(url).session()``)::

    EventFilter(since=None, until=None, actor=None, country=None, sector=None, type=None, cameo=None,
                quad_class=None, place=None, text=None, aux=None, article_id=None, source=None)
        .from_mapping(d) -> EventFilter           # build from query params / CLI options (str values ok)
    query_events(session, filters, after_id=None, limit=100) -> list[Event]
        # ordered by insertion (Event.seq); keyset paging: pass the last returned event's ``id`` as after_id
    iter_events(session, filters, batch=1000, limit=None, with_mentions=False) -> Iterator[Event]  # streaming
    count_events(session, filters) -> int
    get_event(session, event_id: str) -> Event | None               # with .mentions (each with .article)
    get_article(session, article_id: int) -> Article | None         # with .entities and .mentions
    search_articles(session, text, limit=20) -> list[Article]        # Arabic-normalized substring search
    actor_counts(session, filters=None, role=None, limit=50) -> list[dict]
        # {"name", "code", "country", "sector", "events"}; role "actor" | "recipient" | None (both)
    dyad_counts(session, filters=None, limit=100) -> list[dict]
        # {"actor_name", "actor_code", "recipient_name", "recipient_code", "events", "goldstein"}
    timeline(session, filters=None) -> list[dict]
        # per day: {"date", "events", "q1", "q2", "q3", "q4", "goldstein"} (goldstein = mean, may be None)
    place_counts(session, filters=None, limit=500) -> list[dict]
        # {"place_id", "name", "country", "lat", "lon", "events"}
    event_record(event) -> dict        # flat row: the columns of docs/codebook.md (CLI table/csv/jsonl, API)
    event_detail(event) -> dict        # event_record + "actors", "recipients", "mentions" with evidence
    article_record(article, with_text=True) -> dict   # article + SCHEMA analysis (entities, times, quantities)

Filter semantics (identical for the CLI and the API): ``since``/``until`` bound the event date (inclusive,
YYYY-MM-DD); ``actor`` matches any participant's code exactly (IRQGOV) or its English/Arabic name as a
normalized substring; ``country`` matches a participant's country or the event place's country; ``sector`` a
participant's sector; ``type`` is one PLOVER type or a comma list; ``cameo`` is a code prefix (``04`` = all
consultations); ``quad_class`` 1-4; ``place`` a substring of the place name (English or Arabic surface);
``text`` an Arabic-normalized substring of a mention's evidence sentence; ``aux`` one value or a comma list.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterator, Mapping, Optional

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from hadath.store.schema import Article, Event, EventActor, EventMention, Place, Source


class FilterError(ValueError):
    """A filter value is malformed (bad date, quad class outside 1-4, ...)."""


def _norm(s: str) -> str:
    from hadath.text.normalize import normalize_word

    return normalize_word(s)


def _check_date(value: Optional[str], name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    from datetime import date

    value = str(value)
    try:
        if len(value) == 4:
            return value
        if len(value) == 7:
            date.fromisoformat(value + "-01")
            return value
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise FilterError(f"--{name}: {value!r} is not a date (YYYY-MM-DD)") from None


@dataclass
class EventFilter:
    since: Optional[str] = None
    until: Optional[str] = None
    actor: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    type: Optional[str] = None
    cameo: Optional[str] = None
    quad_class: Optional[int] = None
    place: Optional[str] = None
    text: Optional[str] = None
    aux: Optional[str] = None
    article_id: Optional[int] = None
    source: Optional[str] = None

    def __post_init__(self) -> None:
        self.since = _check_date(self.since, "since")
        self.until = _check_date(self.until, "until")
        if self.quad_class not in (None, ""):
            try:
                self.quad_class = int(self.quad_class)
            except (TypeError, ValueError):
                raise FilterError(f"--quad-class: {self.quad_class!r} is not a number 1-4") from None
            if self.quad_class not in (1, 2, 3, 4):
                raise FilterError(f"--quad-class: {self.quad_class} is not 1, 2, 3 or 4")
        else:
            self.quad_class = None
        if self.article_id not in (None, ""):
            try:
                self.article_id = int(self.article_id)
            except (TypeError, ValueError):
                raise FilterError(f"article_id: {self.article_id!r} is not a number") from None
        for name in ("actor", "country", "sector", "type", "cameo", "place", "text", "aux", "source"):
            v = getattr(self, name)
            setattr(self, name, str(v).strip() or None if v is not None else None)

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any]) -> "EventFilter":
        names = {f.name for f in fields(cls)}
        return cls(**{k.replace("-", "_"): v for k, v in d.items() if k.replace("-", "_") in names})

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def conditions(f: Optional[EventFilter]) -> list:
    """SQL conditions on Event for a filter (shared by every query here)."""
    if f is None:
        return []
    out: list = []
    if f.since:
        out.append(Event.date >= f.since)
    if f.until:
        # "2020-11" or "2020" bounds include the whole month / year
        out.append(Event.date <= f.until + ("-99" if len(f.until) < 10 else ""))
    if f.type:
        out.append(Event.type.in_([t.upper() for t in _csv(f.type)]))
    if f.aux:
        out.append(Event.aux.in_([a.lower() for a in _csv(f.aux)]))
    if f.cameo:
        out.append(or_(*[Event.cameo.startswith(c, autoescape=True) for c in _csv(f.cameo)]))
    if f.quad_class is not None:
        out.append(Event.quad_class == f.quad_class)
    # EXISTS subqueries over aliases: safe inside queries that themselves join event_actors/places/mentions
    if f.actor:
        q, ea = f.actor, aliased(EventActor)
        out.append(exists().where(
            ea.event_seq == Event.seq,
            or_(ea.code == q.upper(), ea.name_norm.contains(_norm(q), autoescape=True))))
    if f.sector:
        ea = aliased(EventActor)
        out.append(exists().where(ea.event_seq == Event.seq, ea.sector == f.sector.upper()))
    if f.country:
        c, ea, pl = f.country.upper(), aliased(EventActor), aliased(Place)
        out.append(or_(
            exists().where(ea.event_seq == Event.seq, ea.country == c),
            exists().where(pl.id == Event.place_id, pl.country == c)))
    if f.place:
        q, pl = _norm(f.place), aliased(Place)
        out.append(exists().where(pl.id == Event.place_id, pl.names_norm.contains(q, autoescape=True)))
    if f.text:
        em = aliased(EventMention)
        out.append(exists().where(em.event_seq == Event.seq,
                                  em.evidence_norm.contains(_norm(f.text), autoescape=True)))
    if f.article_id is not None:
        em = aliased(EventMention)
        out.append(exists().where(em.event_seq == Event.seq, em.article_id == f.article_id))
    if f.source:
        em, ar, so = aliased(EventMention), aliased(Article), aliased(Source)
        out.append(exists().where(
            em.event_seq == Event.seq, em.article_id == ar.id, ar.source_id == so.id, so.name == f.source))
    return out


def _event_select(filters: Optional[EventFilter]):
    return (select(Event).where(*conditions(filters)).order_by(Event.seq)
            .options(selectinload(Event.participants)))


def query_events(session: Session, filters: Optional[EventFilter] = None, after_id: Optional[str] = None,
                 limit: Optional[int] = 100) -> list[Event]:
    """A page of events matching ``filters``, in insertion order, after the event ``after_id`` (keyset)."""
    stmt = _event_select(filters)
    if after_id:
        cursor = select(Event.seq).where(Event.id == after_id).scalar_subquery()
        stmt = stmt.where(Event.seq > cursor)
    if limit is not None:
        stmt = stmt.limit(int(limit))
    return list(session.scalars(stmt).unique())


def iter_events(session: Session, filters: Optional[EventFilter] = None, batch: int = 1000,
                limit: Optional[int] = None, with_mentions: bool = False) -> Iterator[Event]:
    """Stream every matching event without loading them all (server-side cursor / yield_per)."""
    stmt = _event_select(filters).execution_options(yield_per=batch)
    if with_mentions:
        stmt = stmt.options(selectinload(Event.mentions).selectinload(EventMention.article))
    if limit is not None:
        stmt = stmt.limit(int(limit))
    for ev in session.scalars(stmt):
        yield ev


def count_events(session: Session, filters: Optional[EventFilter] = None) -> int:
    return session.scalar(select(func.count(Event.seq)).where(*conditions(filters))) or 0


def get_event(session: Session, event_id: str) -> Optional[Event]:
    stmt = (select(Event).where(Event.id == event_id)
            .options(selectinload(Event.participants),
                     selectinload(Event.mentions).selectinload(EventMention.article)))
    return session.scalars(stmt).first()


def get_article(session: Session, article_id: int) -> Optional[Article]:
    stmt = (select(Article).where(Article.id == int(article_id))
            .options(selectinload(Article.entities), selectinload(Article.mentions)))
    return session.scalars(stmt).first()


def search_articles(session: Session, text: str, limit: int = 20) -> list[Article]:
    q = _norm(text or "")
    if not q:
        return []
    stmt = (select(Article).where(Article.text_norm.contains(q, autoescape=True))
            .order_by(Article.id).limit(int(limit)))
    return list(session.scalars(stmt))


def _round(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(float(x), 3)


def actor_counts(session: Session, filters: Optional[EventFilter] = None, role: Optional[str] = None,
                 limit: int = 50) -> list[dict]:
    """Most frequent participants (by number of distinct events) among the matching events."""
    n = func.count(func.distinct(EventActor.event_seq)).label("events")
    stmt = (select(EventActor.name, EventActor.code, EventActor.country, EventActor.sector, n)
            .join(Event, Event.seq == EventActor.event_seq).where(*conditions(filters))
            .group_by(EventActor.name, EventActor.code, EventActor.country, EventActor.sector)
            .order_by(n.desc(), EventActor.name).limit(int(limit)))
    if role:
        stmt = stmt.where(EventActor.role == role)
    return [{"name": r[0], "code": r[1], "country": r[2], "sector": r[3], "events": r[4]}
            for r in session.execute(stmt)]


def dyad_counts(session: Session, filters: Optional[EventFilter] = None, limit: int = 100) -> list[dict]:
    """Actor -> recipient pairs (first actor and first recipient of each event) with counts and mean Goldstein."""
    n = func.count(Event.seq).label("events")
    stmt = (select(Event.actor_name, Event.actor_code, Event.recipient_name, Event.recipient_code, n,
                   func.avg(Event.goldstein))
            .where(*conditions(filters), Event.actor_name.is_not(None), Event.recipient_name.is_not(None))
            .group_by(Event.actor_name, Event.actor_code, Event.recipient_name, Event.recipient_code)
            .order_by(n.desc(), Event.actor_name, Event.recipient_name).limit(int(limit)))
    return [{"actor_name": r[0], "actor_code": r[1], "recipient_name": r[2], "recipient_code": r[3],
             "events": r[4], "goldstein": _round(r[5])} for r in session.execute(stmt)]


def timeline(session: Session, filters: Optional[EventFilter] = None) -> list[dict]:
    """Events per day: total, per quad class, and mean Goldstein (days without a date are left out)."""
    def q(k: int):
        return func.sum(case((Event.quad_class == k, 1), else_=0))

    stmt = (select(Event.date, func.count(Event.seq), q(1), q(2), q(3), q(4), func.avg(Event.goldstein))
            .where(*conditions(filters), Event.date.is_not(None))
            .group_by(Event.date).order_by(Event.date))
    return [{"date": r[0], "events": r[1], "q1": int(r[2] or 0), "q2": int(r[3] or 0), "q3": int(r[4] or 0),
             "q4": int(r[5] or 0), "goldstein": _round(r[6])} for r in session.execute(stmt)]


def place_counts(session: Session, filters: Optional[EventFilter] = None, limit: int = 500) -> list[dict]:
    n = func.count(Event.seq).label("events")
    stmt = (select(Place.id, Place.name, Place.country, Place.lat, Place.lon, n)
            .join(Event, Event.place_id == Place.id).where(*conditions(filters))
            .group_by(Place.id, Place.name, Place.country, Place.lat, Place.lon)
            .order_by(n.desc(), Place.name).limit(int(limit)))
    return [{"place_id": r[0], "name": r[1], "country": r[2], "lat": r[3], "lon": r[4], "events": r[5]}
            for r in session.execute(stmt)]


# Columns of one flat event row, in order (documented in docs/codebook.md).
EVENT_COLUMNS = (
    "id", "date", "end_date", "type", "mode", "context", "cameo", "quad_class", "goldstein", "aux",
    "actor_code", "actor_name", "actor_country", "actor_sector",
    "recipient_code", "recipient_name", "recipient_country", "recipient_sector",
    "place_name", "place_country", "lat", "lon", "geonameid",
    "confidence", "source_rule", "num_mentions", "num_sources", "num_articles", "first_article_id",
)


def event_record(ev: Event) -> dict[str, Any]:
    """One flat row per event (same in every CLI format and in the API list)."""
    p = ev.place
    return {
        "id": ev.id, "date": ev.date, "end_date": ev.end_date, "type": ev.type, "mode": ev.mode,
        "context": ";".join(ev.context or []), "cameo": ev.cameo, "quad_class": ev.quad_class,
        "goldstein": ev.goldstein, "aux": ev.aux,
        "actor_code": ev.actor_code, "actor_name": ev.actor_name, "actor_country": ev.actor_country,
        "actor_sector": ev.actor_sector,
        "recipient_code": ev.recipient_code, "recipient_name": ev.recipient_name,
        "recipient_country": ev.recipient_country, "recipient_sector": ev.recipient_sector,
        "place_name": p.name if p else None, "place_country": p.country if p else None,
        "lat": p.lat if p else None, "lon": p.lon if p else None, "geonameid": p.geonameid if p else None,
        "confidence": ev.confidence, "source_rule": ev.source_rule,
        "num_mentions": ev.num_mentions, "num_sources": ev.num_sources, "num_articles": ev.num_articles,
        "first_article_id": ev.first_article_id,
    }


def mention_record(m: EventMention) -> dict[str, Any]:
    a = m.article
    return {
        "article_id": m.article_id, "doc_event_id": m.doc_event_id, "primary": bool(m.is_primary),
        "trigger": {"text": m.trigger_text, "start": m.trigger_start, "end": m.trigger_end},
        "sentence": {"start": m.sentence_start, "end": m.sentence_end},
        "evidence": m.evidence, "confidence": m.confidence, "source_rule": m.source_rule, "aux": m.aux,
        "article_title": a.title if a else None, "article_url": a.url if a else None,
        "article_date": a.date if a else None,
    }


def event_detail(ev: Event) -> dict[str, Any]:
    d = event_record(ev)
    d["context"] = list(ev.context or [])
    d["actors"] = list(ev.actors or [])
    d["recipients"] = list(ev.recipients or [])
    d["date_text"] = ev.date_text
    d["quantities"] = list(ev.quantities or [])
    d["mentions"] = [mention_record(m) for m in ev.mentions]
    return d


def article_record(a: Article, with_text: bool = True) -> dict[str, Any]:
    analysis = a.analysis or {}
    d: dict[str, Any] = {
        "id": a.id, "doc_id": a.doc_id, "source": a.source.name if a.source else None, "url": a.url,
        "title": a.title, "date": a.date, "duplicate_of": a.duplicate_of, "duplicate_kind": a.duplicate_kind,
        "num_events": a.num_events,
        "entities": analysis.get("entities", []), "times": analysis.get("times", []),
        "quantities": analysis.get("quantities", []),
        "events": [{"event_id": m.event.id if m.event else None, "doc_event_id": m.doc_event_id,
                    "type": m.event.type if m.event else None, "primary": bool(m.is_primary),
                    "trigger": {"text": m.trigger_text, "start": m.trigger_start, "end": m.trigger_end},
                    "sentence": {"start": m.sentence_start, "end": m.sentence_end}}
                   for m in a.mentions],
    }
    if with_text:
        d["text"] = a.text
    return d


__all__ = [
    "EventFilter", "FilterError", "conditions", "query_events", "iter_events", "count_events", "get_event",
    "get_article", "search_articles", "actor_counts", "dyad_counts", "timeline", "place_counts",
    "EVENT_COLUMNS", "event_record", "event_detail", "mention_record", "article_record",
]
