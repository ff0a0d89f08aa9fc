"""The store's tables (SQLAlchemy 2 declarative); Alembic migrations in ``migrations/`` create them.

One row per source, article, entity mention, event, event participant (actor/recipient), event mention
and place. Derived rows (entities, mentions, participants) hang off an article with ON DELETE CASCADE, so
re-processing an article replaces them in one statement. Events are shared across articles: an event row
is the cross-article merge of every mention with the same key (see ``hadath.store.repository.event_key``).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, DateTime,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """Where articles come from: a web site, a feed, a WARC crawl, or a local folder."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="file")  # file | jsonl | html | feed | warc
    url: Mapped[Optional[str]] = mapped_column(Text)


class Article(Base):
    """One ingested article. Duplicates keep their metadata and point at the article they repeat."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # sha1(norm_hash + locator): idempotence key
    doc_id: Mapped[str] = mapped_column(String(200), index=True)  # input id, or sha1 of the text
    source_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[Optional[str]] = mapped_column(Text)
    title: Mapped[Optional[str]] = mapped_column(Text)
    date: Mapped[Optional[str]] = mapped_column(String(10), index=True)  # publication date YYYY-MM-DD
    text: Mapped[Optional[str]] = mapped_column(Text)  # NULL for exact duplicates (same as the original)
    text_norm: Mapped[Optional[str]] = mapped_column(Text)  # normalized shadow column for Arabic search
    content_hash: Mapped[str] = mapped_column(String(40), index=True)  # sha1 of the raw text
    norm_hash: Mapped[str] = mapped_column(String(40), index=True)  # sha1 of the normalized text
    minhash: Mapped[Optional[bytes]] = mapped_column(LargeBinary)  # datasketch MinHash hash values
    duplicate_of: Mapped[Optional[int]] = mapped_column(ForeignKey("articles.id"), index=True)
    duplicate_kind: Mapped[Optional[str]] = mapped_column(String(10))  # exact | near
    analysis: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # SCHEMA entities/times/quantities
    stages: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # stage name -> version that ran
    num_events: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[Optional[str]] = mapped_column(Text)  # why the pipeline failed on it (retried by reprocess)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    processed_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    source: Mapped[Optional[Source]] = relationship(lazy="joined")
    original: Mapped[Optional["Article"]] = relationship(remote_side=lambda: [Article.id],
                                                         foreign_keys=lambda: [Article.duplicate_of])
    entities: Mapped[list["EntityMention"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EntityMention.start")
    mentions: Mapped[list["EventMention"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EventMention.trigger_start")


class Place(Base):
    """A geocoded place (one row per gazetteer entry, or per name+country when there is no id)."""

    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("key", name="uq_places_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))  # "gn:<geonameid>" or "name:<name>|<country>"
    name: Mapped[str] = mapped_column(String(300))
    names_norm: Mapped[Optional[str]] = mapped_column(Text)  # normalized name + Arabic surface forms seen
    country: Mapped[Optional[str]] = mapped_column(String(8), index=True)
    admin1: Mapped[Optional[str]] = mapped_column(String(100))
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    geonameid: Mapped[Optional[int]] = mapped_column(Integer)
    feature: Mapped[Optional[str]] = mapped_column(String(10))


class EntityMention(Base):
    """A named entity found in an article, with its actor/place resolution when there is one."""

    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(10))
    actor_name: Mapped[Optional[str]] = mapped_column(String(300))
    actor_code: Mapped[Optional[str]] = mapped_column(String(20))
    actor_country: Mapped[Optional[str]] = mapped_column(String(8))
    actor_sector: Mapped[Optional[str]] = mapped_column(String(10))
    wikidata: Mapped[Optional[str]] = mapped_column(String(20))
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"))

    article: Mapped[Article] = relationship(back_populates="entities")
    place: Mapped[Optional[Place]] = relationship()


class Event(Base):
    """One real-world event, merged across every article and mention that reports it (GDELT-style counts)."""

    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)  # insertion order; keyset-paging cursor
    id: Mapped[str] = mapped_column(String(40), unique=True)  # stable: derived from the merge key
    key: Mapped[str] = mapped_column(Text)  # the merge key, readable
    type: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[Optional[str]] = mapped_column(String(40))
    context: Mapped[Optional[list[Any]]] = mapped_column(JSON)
    cameo: Mapped[Optional[str]] = mapped_column(String(6), index=True)
    quad_class: Mapped[Optional[int]] = mapped_column(Integer, index=True)
    goldstein: Mapped[Optional[float]] = mapped_column(Float)
    aux: Mapped[str] = mapped_column(String(15), default="asserted")
    actor_code: Mapped[Optional[str]] = mapped_column(String(20))
    actor_name: Mapped[Optional[str]] = mapped_column(String(300))
    actor_country: Mapped[Optional[str]] = mapped_column(String(8))
    actor_sector: Mapped[Optional[str]] = mapped_column(String(10))
    recipient_code: Mapped[Optional[str]] = mapped_column(String(20))
    recipient_name: Mapped[Optional[str]] = mapped_column(String(300))
    recipient_country: Mapped[Optional[str]] = mapped_column(String(8))
    recipient_sector: Mapped[Optional[str]] = mapped_column(String(10))
    actors: Mapped[Optional[list[Any]]] = mapped_column(JSON)  # every SCHEMA Actor of the first mention
    recipients: Mapped[Optional[list[Any]]] = mapped_column(JSON)
    date: Mapped[Optional[str]] = mapped_column(String(10), index=True)  # event date, else publication date
    end_date: Mapped[Optional[str]] = mapped_column(String(10))
    date_text: Mapped[Optional[str]] = mapped_column(Text)
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)
    quantities: Mapped[Optional[list[Any]]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)  # highest over mentions
    source_rule: Mapped[Optional[str]] = mapped_column(String(200))
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    first_article_id: Mapped[Optional[int]] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    place: Mapped[Optional[Place]] = relationship(lazy="joined")
    participants: Mapped[list["EventActor"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True,
        order_by=lambda: [EventActor.role, EventActor.position])
    mentions: Mapped[list["EventMention"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EventMention.id")


class EventActor(Base):
    """One participant of an event (role actor or recipient); compound actors give several rows."""

    __tablename__ = "event_actors"
    __table_args__ = (Index("ix_event_actors_code", "code"), Index("ix_event_actors_country", "country"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_seq: Mapped[int] = mapped_column(ForeignKey("events.seq", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # actor | recipient
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[Optional[str]] = mapped_column(String(300))
    name_ar: Mapped[Optional[str]] = mapped_column(String(300))
    name_norm: Mapped[Optional[str]] = mapped_column(String(300))  # normalize_word(name_ar or name)
    code: Mapped[Optional[str]] = mapped_column(String(20))
    country: Mapped[Optional[str]] = mapped_column(String(8))
    sector: Mapped[Optional[str]] = mapped_column(String(10))
    wikidata: Mapped[Optional[str]] = mapped_column(String(20))

    event: Mapped[Event] = relationship(back_populates="participants")


class EventMention(Base):
    """Where an article reports an event: the trigger, the sentence and its text as evidence."""

    __tablename__ = "event_mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_seq: Mapped[int] = mapped_column(ForeignKey("events.seq", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    doc_event_id: Mapped[Optional[str]] = mapped_column(String(100))  # the event id inside the document
    is_primary: Mapped[bool] = mapped_column(default=True)  # the event's own trigger (else a repeat mention)
    trigger_text: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)  # the sentence text
    evidence_norm: Mapped[str] = mapped_column(Text)  # normalized shadow column for Arabic search
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    source_rule: Mapped[Optional[str]] = mapped_column(String(200))
    aux: Mapped[Optional[str]] = mapped_column(String(15))

    event: Mapped[Event] = relationship(back_populates="mentions")
    article: Mapped[Article] = relationship(back_populates="mentions")


class Setting(Base):
    """Small key/value facts about the store (e.g. the MinHash parameters it was built with)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Optional[str]] = mapped_column(Text)
