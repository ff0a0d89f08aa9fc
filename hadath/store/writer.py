"""Write side of the store: articles, their analysis (SCHEMA dicts) and the cross-article event merge.

An event reported by several articles is one row in ``events``; its key is::

    type | cameo | aux | actor side | recipient side | date

where a side is the sorted ``+``-joined actor codes (or normalized names when an actor has no code), and the
date is the event's resolved date, else the article's publication date, else ``article:<article key>``
(undated events never merge across articles; the article key is content-based, so ids do not depend on the
database's row ids). The event id is ``ev`` + the first 20 hex digits of sha1(key), so it is stable
across re-processing as long as the event itself is unchanged. Every mention keeps its evidence sentence.
Counts follow GDELT: ``num_mentions`` (mention rows), ``num_articles`` (distinct articles, including the
duplicates linked to them) and ``num_sources`` (distinct sources of those articles).

A writer is used inside one transaction per batch; the caller commits.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any, Iterable, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hadath.store.schema import Article, EntityMention, Event, EventActor, EventMention, Place, Source, utcnow


def sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _norm(s: str) -> str:
    from hadath.text.normalize import normalize_word

    return normalize_word(s)


def _side(actors: list[dict]) -> str:
    parts = sorted({(a.get("code") or _norm(a.get("name_ar") or a.get("name") or a.get("text") or "?"))
                    for a in actors or []})
    return "+".join(parts)


def event_date(ev: dict, pub_date: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    d = ev.get("date") or {}
    value = d.get("value") or pub_date
    end = d.get("end_value")
    return (value[:10] if value else None), (end[:10] if end else None)


def event_key(ev: dict, pub_date: Optional[str], article_key: str) -> str:
    date, _ = event_date(ev, pub_date)
    return "|".join([ev.get("type") or "?", ev.get("cameo") or "", ev.get("aux") or "asserted",
                     _side(ev.get("actor") or []), _side(ev.get("recipient") or []),
                     date or f"article:{article_key}"])


def event_id_for(key: str) -> str:
    return "ev" + sha1(key)[:20]


def place_key(p: dict) -> str:
    if p.get("geonameid"):
        return f"gn:{p['geonameid']}"
    return f"name:{p.get('name') or p.get('text')}|{p.get('country') or ''}"


class StoreWriter:
    """Adds one batch of rows within the caller's session; :meth:`finish` writes them (before commit).

    Articles, places and events are ORM objects (a few per article; one flush assigns their ids). The many
    small rows (entities, event participants, mentions) are buffered as dicts and inserted with one
    executemany each: building an ORM object per entity costed more than the rest of ingest together.
    Stored events and places are looked up once per batch (:meth:`prefetch`).
    """

    def __init__(self, session: Session):
        self.session = session
        self._sources: dict[str, Source] = {}
        self._places: dict[str, Place] = {}
        self._looked_up: set[str] = set()  # event ids and place keys prefetch looked up
        self._seen_surfaces: set[tuple] = set()
        self._events: dict[str, Event] = {}
        self._entities: list[tuple[Article, Optional[Place], dict]] = []
        self._mentions: list[tuple[Event, Article, dict]] = []
        self._participants: dict[Event, list[dict]] = {}  # new or overwritten events -> their actors
        self.touched: set[Event] = set()  # events whose counts must be refreshed
        self.touched_seqs: set[int] = set()

    # -- sources and places -------------------------------------------------------------------------
    def source(self, name: str, kind: str = "file", url: Optional[str] = None) -> Source:
        src = self._sources.get(name)
        if src is None:
            with self.session.no_autoflush:
                src = self.session.scalar(select(Source).where(Source.name == name))
            if src is None:
                src = Source(name=name, kind=kind, url=url)
                self.session.add(src)
            self._sources[name] = src
        return src

    def place(self, p: Optional[dict]) -> Optional[Place]:
        if not p or not (p.get("name") or p.get("text")):
            return None
        key = place_key(p)
        place = self._places.get(key)
        seen = (key, p.get("text"))
        if place is not None and seen in self._seen_surfaces:
            return place
        self._seen_surfaces.add(seen)
        if place is None and key not in self._looked_up:
            with self.session.no_autoflush:  # only when prefetch did not see this place
                place = self.session.scalar(select(Place).where(Place.key == key))
        surface = _norm(p.get("text") or "")
        if place is None:
            place = Place(key=key, name=p.get("name") or p.get("text"), country=p.get("country"),
                          admin1=p.get("admin1"), lat=p.get("lat"), lon=p.get("lon"),
                          geonameid=p.get("geonameid"), feature=p.get("feature"),
                          names_norm=" | ".join(x for x in (_norm(p.get("name") or ""), surface) if x))
            self.session.add(place)
        elif surface and surface not in (place.names_norm or "").split(" | ") and len(place.names_norm or "") < 900:
            place.names_norm = f"{place.names_norm} | {surface}" if place.names_norm else surface
        self._places[key] = place
        return place

    # -- articles ------------------------------------------------------------------------------------
    def add_article(self, **fields: Any) -> Article:
        art = Article(**fields)
        self.session.add(art)
        return art

    def prefetch(self, docs: Iterable[tuple[dict, Optional[str], str]]) -> None:
        """Load, in a few queries, the stored events and places that (doc, publication date, article key)
        items refer to."""
        docs = list(docs)
        ids = {event_id_for(event_key(ev, date, akey)) for doc, date, akey in docs for ev in doc.get("events", [])}
        places = {place_key(p) for doc, _, _ in docs
                  for p in [e.get("place") for e in doc.get("entities", [])]
                  + [ev.get("location") for ev in doc.get("events", [])]
                  if p and (p.get("name") or p.get("text"))}
        with self.session.no_autoflush:
            for model, col, keys, cache in ((Event, Event.id, ids, self._events),
                                            (Place, Place.key, places, self._places)):
                todo = sorted(k for k in keys if k not in cache)
                self._looked_up.update(todo)  # what is not found below is known to be new
                for i in range(0, len(todo), 500):
                    for row in self.session.scalars(select(model).where(col.in_(todo[i:i + 500]))):
                        cache[row.id if model is Event else row.key] = row

    def clear_analysis(self, article: Article) -> None:
        """Delete an article's derived rows; the events that lose mentions are marked for a count refresh."""
        s = self.session
        self.touched_seqs |= set(s.scalars(select(EventMention.event_seq).where(EventMention.article_id == article.id)))
        s.execute(delete(EventMention).where(EventMention.article_id == article.id))
        s.execute(delete(EntityMention).where(EntityMention.article_id == article.id))
        s.expire(article, ["mentions", "entities"])

    def add_analysis(self, article: Article, doc: dict, text: str, overwrite: bool = False) -> None:
        """Store one SCHEMA document dict for ``article``.

        ``overwrite`` (re-processing) refreshes the attributes of events that already exist.
        """
        article.analysis = {k: doc.get(k, []) for k in ("entities", "times", "quantities")}
        article.stages = doc.get("stages")
        article.processed_at = utcnow()
        article.error = None
        for e in doc.get("entities", []):
            a = e.get("actor") or {}
            self._entities.append((article, self.place(e.get("place")), {
                "start": e["start"], "end": e["end"], "text": e["text"], "label": e["label"],
                "actor_name": a.get("name"), "actor_code": a.get("code"), "actor_country": a.get("country"),
                "actor_sector": a.get("sector"), "wikidata": a.get("wikidata")}))
        events = doc.get("events", [])
        for ev in events:
            self._add_event(article, ev, text, overwrite)
        article.num_events = len(events)

    def _add_event(self, article: Article, ev: dict, text: str, overwrite: bool) -> None:
        s = self.session
        key = event_key(ev, article.date, article.key)
        eid = event_id_for(key)
        row = self._events.get(eid)
        if row is None and eid not in self._looked_up:
            with s.no_autoflush:
                row = s.scalar(select(Event).where(Event.id == eid))  # only when prefetch was skipped
        date, end_date = event_date(ev, article.date)
        actors, recipients = ev.get("actor") or [], ev.get("recipient") or []
        new = row is None
        if new or overwrite:
            place = self.place(ev.get("location"))
            first_a = actors[0] if actors else {}
            first_r = recipients[0] if recipients else {}
            attrs = dict(
                key=key, type=ev.get("type"), mode=ev.get("mode"), context=list(ev.get("context") or []),
                cameo=ev.get("cameo"), quad_class=ev.get("quad_class"), goldstein=ev.get("goldstein"),
                aux=ev.get("aux") or "asserted",
                actor_code=first_a.get("code"), actor_name=first_a.get("name"),
                actor_country=first_a.get("country"), actor_sector=first_a.get("sector"),
                recipient_code=first_r.get("code"), recipient_name=first_r.get("name"),
                recipient_country=first_r.get("country"), recipient_sector=first_r.get("sector"),
                actors=actors, recipients=recipients, date=date, end_date=end_date,
                date_text=(ev.get("date") or {}).get("text"), place=place,
                quantities=list(ev.get("quantities") or []), source_rule=ev.get("source"),
            )
            if new:
                row = Event(id=eid, confidence=float(ev.get("confidence") or 0.5), num_mentions=0,
                            num_sources=0, num_articles=0, **attrs)
                s.add(row)
            else:
                for k, v in attrs.items():
                    setattr(row, k, v)
            self._participants[row] = [
                {"role": role, "position": i, "name": a.get("name"), "name_ar": a.get("name_ar"),
                 "name_norm": _norm(" ".join(x for x in (a.get("name"), a.get("name_ar"), a.get("text")) if x)),
                 "code": a.get("code"), "country": a.get("country"), "sector": a.get("sector"),
                 "wikidata": a.get("wikidata")}
                for role, people in (("actor", actors), ("recipient", recipients)) for i, a in enumerate(people)]
        self._events[eid] = row
        row.confidence = max(row.confidence or 0.0, float(ev.get("confidence") or 0.5))
        spots = [(ev["trigger"], ev["sentence"], True)]
        spots += [(m["trigger"], m["sentence"], False) for m in ev.get("mentions") or []]
        conf = float(ev.get("confidence") or 0.5)
        for trig, sent, primary in spots:
            evidence = text[sent["start"]:sent["end"]]
            self._mentions.append((row, article, {
                "doc_event_id": ev.get("id"), "is_primary": primary, "trigger_text": trig["text"],
                "trigger_start": trig["start"], "trigger_end": trig["end"], "sentence_start": sent["start"],
                "sentence_end": sent["end"], "evidence": evidence, "evidence_norm": _norm(evidence),
                "confidence": conf, "source_rule": ev.get("source"), "aux": ev.get("aux")}))
        self.touched.add(row)

    def touch_events_of(self, article: Article) -> None:
        """A new duplicate of ``article`` changes the article/source counts of its events."""
        if article.id is None:  # an original from this same batch
            self.touched |= {ev for ev, art, _ in self._mentions if art is article}
        else:
            self.touched_seqs |= set(self.session.scalars(
                select(EventMention.event_seq).where(EventMention.article_id == article.id)))

    def finish(self) -> None:
        """Write the batch: one flush for the ORM rows, one executemany per table for the small rows, then
        refresh the counts of every event it touched (call before commit)."""
        s = self.session
        s.flush()
        if self._participants:
            old = [ev.seq for ev in self._participants]
            for i in range(0, len(old), 500):
                s.execute(delete(EventActor).where(EventActor.event_seq.in_(old[i:i + 500])))
            rows = [dict(p, event_seq=ev.seq) for ev, people in self._participants.items() for p in people]
            if rows:
                s.execute(EventActor.__table__.insert(), rows)
        if self._entities:
            s.execute(EntityMention.__table__.insert(),
                      [dict(d, article_id=art.id, place_id=place.id if place else None)
                       for art, place, d in self._entities])
        if self._mentions:
            s.execute(EventMention.__table__.insert(),
                      [dict(d, event_seq=ev.seq, article_id=art.id) for ev, art, d in self._mentions])
        seqs = self.touched_seqs | {ev.seq for ev in self.touched}
        self._entities, self._mentions, self._participants = [], [], {}
        self.touched, self.touched_seqs = set(), set()
        self.refresh_events(seqs)

    def refresh_events(self, seqs: Iterable[int]) -> None:
        """Recompute GDELT-style counts of the given events; delete those left without mentions."""
        seqs = sorted(set(seqs))
        if not seqs:
            return
        s = self.session
        s.flush()
        for i in range(0, len(seqs), 500):
            chunk = seqs[i:i + 500]
            mentions = s.execute(
                select(EventMention.event_seq, EventMention.article_id).where(EventMention.event_seq.in_(chunk))
            ).all()
            by_event: dict[int, list[int]] = defaultdict(list)
            for seq, aid in mentions:
                by_event[seq].append(aid)
            art_ids = {aid for _, aid in mentions}
            source_of: dict[int, Optional[int]] = {}
            dups: dict[int, list[int]] = defaultdict(list)
            if art_ids:
                for aid, sid, dup in s.execute(
                        select(Article.id, Article.source_id, Article.duplicate_of)
                        .where((Article.id.in_(art_ids)) | (Article.duplicate_of.in_(art_ids)))):
                    source_of[aid] = sid
                    if dup is not None:
                        dups[dup].append(aid)
            empty = [seq for seq in chunk if seq not in by_event]
            if empty:
                s.execute(delete(EventActor).where(EventActor.event_seq.in_(empty)))
                s.execute(delete(Event).where(Event.seq.in_(empty)))
            rows = []
            now = utcnow()
            for seq, aids in by_event.items():
                arts = set(aids)
                for a in list(arts):
                    arts.update(dups.get(a, ()))
                sources = {source_of.get(a) if source_of.get(a) is not None else f"a{a}" for a in arts}
                rows.append({"seq": seq, "num_mentions": len(aids), "num_articles": len(arts),
                             "num_sources": len(sources), "first_article_id": min(aids), "updated_at": now})
            if rows:  # ORM bulk UPDATE by primary key: one executemany, no identity-map scan
                s.execute(update(Event), rows)


def store_stats(session: Session) -> dict[str, int]:
    """Row counts for summaries and tests."""
    def n(col, *where) -> int:
        return session.scalar(select(func.count(col)).where(*where)) or 0

    return {
        "articles": n(Article.id),
        "originals": n(Article.id, Article.duplicate_of.is_(None)),
        "duplicates": n(Article.id, Article.duplicate_of.is_not(None)),
        "events": n(Event.seq),
        "mentions": n(EventMention.id),
        "entities": n(EntityMention.id),
        "places": n(Place.id),
        "sources": n(Source.id),
    }
