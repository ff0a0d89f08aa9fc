"""Queries the dashboard needs beyond hadath.store.repository, over the same schema and filter conditions.

Kept here (not in the store) because they exist for views: a dyad drill-down and per-country counts for the
map. Both reuse ``repository.conditions`` so they honour exactly the CLI's filters; SQL is built with
SQLAlchemy expressions only (bound parameters).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from hadath.store.repository import EventFilter, conditions
from hadath.store.schema import Event, EventActor, Place


def dyad_events(session: Session, filters: Optional[EventFilter], actor_name: str, recipient_name: str,
                actor_code: Optional[str] = None, recipient_code: Optional[str] = None,
                after_id: Optional[str] = None, limit: int = 100) -> list[Event]:
    """Events whose first actor and first recipient are the given dyad (as grouped by ``dyad_counts``)."""
    stmt = (select(Event).where(*conditions(filters), Event.actor_name == actor_name,
                                Event.recipient_name == recipient_name)
            .order_by(Event.seq).options(selectinload(Event.participants)))
    if actor_code:
        stmt = stmt.where(Event.actor_code == actor_code)
    if recipient_code:
        stmt = stmt.where(Event.recipient_code == recipient_code)
    if after_id:
        stmt = stmt.where(Event.seq > select(Event.seq).where(Event.id == after_id).scalar_subquery())
    return list(session.scalars(stmt.limit(int(limit))).unique())


@lru_cache(maxsize=512)
def iso_numeric(alpha3: Optional[str]) -> Optional[str]:
    """ISO 3166 numeric code ("368" for IRQ): the ids of the bundled Natural Earth country shapes."""
    if not alpha3 or len(alpha3) != 3:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3.upper())
    return c.numeric if c else None


def country_counts(session: Session, filters: Optional[EventFilter] = None) -> list[dict]:
    """Events per country: the event place's country, else the actor's country."""
    # An alias, so the filter's own EXISTS(... Place ...) subqueries do not correlate with this join.
    place = aliased(Place)
    # Group by the expression, not its label: PostgreSQL would read a bare "country" as places.country.
    country = func.coalesce(place.country, Event.actor_country)
    n = func.count(Event.seq)
    stmt = (select(country, n, func.avg(Event.goldstein)).select_from(Event)
            .outerjoin(place, place.id == Event.place_id)
            .where(*conditions(filters)).group_by(country).order_by(n.desc(), country))
    return [{"country": c, "numeric": iso_numeric(c), "events": k,
             "goldstein": None if g is None else round(float(g), 3)}
            for c, k, g in session.execute(stmt) if c]


def snippet(text: str, query: str, width: int = 80) -> str:
    """A short piece of ``text`` around the first (normalized) match of ``query``, for search results."""
    from hadath.text.normalize import normalize

    if not text:
        return ""
    norm = normalize(text)
    i = norm.text.find(normalize(query).text.strip())
    if i < 0:
        return text[: 2 * width]
    start, end = norm.to_raw(i, i)
    lo, hi = max(0, start - width), min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
