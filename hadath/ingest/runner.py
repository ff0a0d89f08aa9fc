"""Ingest: read sources, skip what is stored, dedup, run the pipeline, store — one transaction per batch.

Crash safety: an article, its entities, events and mentions, and the refreshed event counts are committed
together at the end of each batch; a killed run loses at most the uncommitted batch, and the next run finds
every committed article by its key (sha1 of normalized-text hash + locator) and skips it. Dedup decisions
depend only on what is stored plus the input order, so a resumed run ends in the same state as an
uninterrupted one.

The per-document work is ``process_document(doc)`` (module level, picklable) mapped over the stream by a
*mapper* ``(func, items) -> iterator`` that keeps input order: the built-in ``map`` by default, or
``hadath.scale.engines.map_items`` for a process pool or Dask. Dedup is decided before processing, in input
order, so parallel engines give the same store as the local one.
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from hadath.document import Document
from hadath.ingest.sources import Item, ItemError, RawItem, iter_items
from hadath.scale.collector import collector_paused, document_done

Mapper = Callable[[Callable, Iterable], Iterator]  # map(func, items) -> results in input order, lazily
ABORT_AFTER = 10  # consecutive failures at the start of a run that mean the pipeline itself is broken
CRASH_ENV = "HADATH_INGEST_CRASH_AFTER"  # tests: SIGKILL self after N articles are written, before commit


class IngestAborted(RuntimeError):
    """The run stopped because the pipeline fails on every document (nothing of the failing batch is kept)."""


@dataclass
class IngestStats:
    read: int = 0  # items read from the inputs (good ones)
    new: int = 0  # new original articles stored (processed by the pipeline)
    duplicates: int = 0  # exact or near duplicates stored as links
    existing: int = 0  # already in the store (skipped, or re-processed with reprocess=True)
    reprocessed: int = 0
    events: int = 0  # events in the store after the run minus before
    mentions: int = 0
    errors: int = 0  # bad items skipped + documents the pipeline failed on
    seconds: float = 0.0
    error_lines: list[str] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("error_lines")
        d["seconds"] = round(self.seconds, 2)
        return d

    def summary(self) -> str:
        rate = (self.new + self.reprocessed) / self.seconds if self.seconds else 0.0
        return (f"read {self.read}, new {self.new}, duplicates {self.duplicates}, already stored {self.existing}, "
                f"reprocessed {self.reprocessed}, events +{self.events} (mentions +{self.mentions}), "
                f"errors {self.errors}, {self.seconds:.1f} s ({rate:.1f} articles/s)")


def document_result(doc: Document) -> dict:
    """What a processor returns for one document: the SCHEMA dict plus the stage versions that ran."""
    d = doc.to_dict()
    d["stages"] = doc.meta.get("stages")
    return d


_PIPELINE = None


def set_pipeline(pipeline) -> None:
    """Use ``pipeline`` (any callable Document -> Document) instead of the default, in this process."""
    global _PIPELINE
    _PIPELINE = pipeline


@dataclass
class Failure:
    """The pipeline raised on a document (picklable, unlike some exceptions)."""

    message: str


def process_document(doc: Optional[Document]) -> Union[dict, Failure, None]:
    """The per-document function engines map: SCHEMA dict + stage versions, or a Failure; None passes."""
    global _PIPELINE
    if doc is None:
        return None
    if _PIPELINE is None:
        from hadath.pipeline import default_pipeline

        _PIPELINE = default_pipeline()
    try:
        return document_result(_PIPELINE(doc))
    except Exception as exc:  # one bad document must not stop a corpus
        return Failure(_describe(exc))


def _describe(exc: BaseException) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


@dataclass
class _Prepared:
    item: RawItem
    text_norm: str
    norm_hash: str
    content_hash: str
    key: str


def _prepare(item: RawItem) -> _Prepared:
    from hadath.ingest.dedup import compact, norm_hash
    from hadath.store.writer import sha1
    from hadath.text.normalize import normalize

    text_norm = compact(normalize(item.text).text)
    nh = norm_hash(text_norm)
    return _Prepared(item, text_norm, nh, sha1(item.text), sha1(f"{nh}|{item.locator}"))


def _batches(items: Iterable[Item], size: int, stats: IngestStats, report) -> Iterator[list[RawItem]]:
    batch: list[RawItem] = []
    for item in items:
        if isinstance(item, ItemError):
            report(str(item))
            continue
        stats.read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Plan:
    """What to do with one input, decided in order before processing."""

    prep: Optional[_Prepared] = None
    minhash: object = None
    dup_kind: Optional[str] = None  # None | exact | near
    dup_of: Optional[str] = None  # key of the original
    redo_id: Optional[int] = None  # re-process this stored article
    doc: Optional[Document] = None  # what the pipeline runs on (None for duplicates)


class Ingestor:
    """One ingest run against one store (holds the dedup index and the crash-test counter)."""

    def __init__(self, db: Optional[str] = None, mapper: Optional[Mapper] = None, batch_size: int = 50,
                 on_error: Optional[Callable[[str], None]] = None,
                 on_progress: Optional[Callable[[IngestStats], None]] = None):
        from hadath.store.db import open_store

        self.store = open_store(db)
        self.mapper = mapper or map
        self.batch_size = max(1, int(batch_size))
        self.stats = IngestStats()
        self._on_error = on_error
        self._on_progress = on_progress
        self._seen: set[str] = set()
        self._written = 0
        self._crash_after = int(os.environ.get(CRASH_ENV, "0") or 0)
        self._failed: set[str] = set()
        self._ok = 0
        self._first_failures = 0
        self.index = None

    def report(self, line: str) -> None:
        self.stats.errors += 1
        if len(self.stats.error_lines) < 1000:
            self.stats.error_lines.append(line)
        if self._on_error:
            self._on_error(line)

    def _progress(self) -> None:
        if self._on_progress:
            self._on_progress(self.stats)

    def _load_index(self) -> None:
        from sqlalchemy import select

        from hadath.ingest.dedup import DedupIndex
        from hadath.store.schema import Article

        self.index = DedupIndex()
        with self.store.session() as s:
            rows = s.execute(select(Article.key, Article.norm_hash, Article.minhash)
                             .where(Article.duplicate_of.is_(None)).order_by(Article.id)
                             .execution_options(yield_per=2000))
            self.index.load(rows)

    def _counts(self) -> tuple[int, int]:
        from sqlalchemy import func, select

        from hadath.store.schema import Event, EventMention

        with self.store.session() as s:
            return (s.scalar(select(func.count(Event.seq))) or 0,
                    s.scalar(select(func.count(EventMention.id))) or 0)

    def _check_abort(self, res) -> None:
        """A pipeline that fails on each of the first documents is broken (e.g. a model is missing): stop."""
        if self._ok == 0:
            self._first_failures += 1
            if self._first_failures >= ABORT_AFTER:
                msg = res.message if isinstance(res, Failure) else "no result"
                raise IngestAborted(f"the pipeline failed on the first {ABORT_AFTER} documents, stopping: {msg}")

    def _tick(self, session) -> None:
        self._written += 1
        if self._crash_after and self._written >= self._crash_after:
            session.flush()  # die with rows written but not committed: the worst moment
            os.kill(os.getpid(), signal.SIGKILL)

    # -- planning (sequential, in input order) -------------------------------------------------------
    def _plans(self, items: Iterable[Item], reprocess: bool) -> Iterator[_Plan]:
        from sqlalchemy import select

        from hadath.ingest.dedup import minhash
        from hadath.store.schema import Article

        for batch in _batches(items, self.batch_size, self.stats, self.report):
            prepared = []
            for item in batch:
                try:
                    prepared.append(_prepare(item))
                except Exception as exc:
                    self.report(f"{item.origin}: {_describe(exc)}")
            with self.store.session() as s:
                rows = s.execute(select(Article.key, Article.id, Article.duplicate_of, Article.text, Article.doc_id,
                                        Article.date, Article.url, Article.title)
                                 .where(Article.key.in_([p.key for p in prepared])))
                existing = {r.key: r for r in rows}
            for p in prepared:
                if p.key in existing or p.key in self._seen:
                    self.stats.existing += 1
                    r = existing.get(p.key)
                    if reprocess and r is not None and r.duplicate_of is None and r.text is not None:
                        yield _Plan(redo_id=r.id, doc=Document(text=r.text, id=r.doc_id, date=r.date, url=r.url,
                                                               title=r.title))
                    continue
                self._seen.add(p.key)
                m = minhash(p.text_norm)
                verdict = self.index.check(p.norm_hash, m)
                if verdict.kind is None:
                    self.index.add(p.key, p.norm_hash, m)
                    it = p.item
                    doc = Document(text=it.text, id=it.id or "", date=it.date, url=it.url, title=it.title)
                    yield _Plan(p, m, doc=doc)
                else:
                    yield _Plan(p, m, dup_kind=verdict.kind, dup_of=verdict.of)

    def run(self, paths: Iterable, date: Optional[str] = None, reprocess: bool = False,
            items: Optional[Iterable[Item]] = None) -> IngestStats:
        t0 = time.perf_counter()
        ev0, m0 = self._counts()
        self._load_index()
        source = items if items is not None else iter_items(paths, default_date=date)
        pending: deque[_Plan] = deque()

        def docs() -> Iterator[Optional[Document]]:
            for plan in self._plans(source, reprocess):
                pending.append(plan)
                yield plan.doc

        buffer: list[tuple[_Plan, object]] = []
        # Results are big acyclic dicts: the cyclic collector would walk each several times while a batch
        # fills. It is off here, and the RSS check of hadath.scale.collector still collects if memory grows.
        with collector_paused():
            for result in self.mapper(process_document, docs()):
                buffer.append((pending.popleft(), result))
                document_done()
                if len(buffer) >= self.batch_size:
                    self._write(buffer)
                    buffer = []
            if buffer:
                self._write(buffer)
        ev1, m1 = self._counts()
        self.stats.events, self.stats.mentions = ev1 - ev0, m1 - m0
        self.stats.seconds = time.perf_counter() - t0
        return self.stats

    # -- writing (one transaction per batch) ---------------------------------------------------------
    def _write(self, buffer: list[tuple[_Plan, object]]) -> None:
        from sqlalchemy import select

        from hadath.ingest.dedup import to_bytes
        from hadath.store.schema import Article
        from hadath.store.writer import StoreWriter

        with self.store.session() as s:
            writer = StoreWriter(s)
            redo_ids = [plan.redo_id for plan, _ in buffer if plan.redo_id is not None]
            redo = {a.id: a for a in s.scalars(select(Article).where(Article.id.in_(redo_ids)))} if redo_ids else {}
            writer.prefetch(
                [(res, plan.prep.item.date or res.get("date"), plan.prep.key) for plan, res in buffer
                 if plan.redo_id is None and plan.dup_kind is None and isinstance(res, dict)]
                + [(res, redo[plan.redo_id].date, redo[plan.redo_id].key) for plan, res in buffer
                   if plan.redo_id is not None and isinstance(res, dict)])
            arts: dict[str, Article] = {}
            for plan, res in buffer:
                if plan.redo_id is not None:
                    art = redo[plan.redo_id]
                    writer.clear_analysis(art)
                    if not isinstance(res, dict):
                        msg = res.message if isinstance(res, Failure) else "no result"
                        art.error, art.analysis, art.num_events = msg, None, 0
                        self._check_abort(res)
                        self.report(f"article {art.id}: pipeline failed: {msg}")
                    else:
                        self._ok += 1
                        writer.add_analysis(art, res, art.text, overwrite=True)
                    self.stats.reprocessed += 1
                    self._tick(s)
                    continue
                p, item = plan.prep, plan.prep.item
                common = dict(key=p.key, source=writer.source(item.source, item.kind), url=item.url,
                              title=item.title, content_hash=p.content_hash, norm_hash=p.norm_hash)
                if plan.dup_kind is None:
                    if not isinstance(res, dict):
                        # not stored, so the next run retries it; later copies of it are skipped too
                        self._failed.add(p.key)
                        self._check_abort(res)
                        self.report(f"{item.origin}: pipeline failed: "
                                    f"{res.message if isinstance(res, Failure) else 'no result'}")
                        continue
                    self._ok += 1
                    art = writer.add_article(
                        doc_id=res.get("id") or item.id or plan.doc.id, date=item.date or res.get("date"),
                        text=item.text, text_norm=p.text_norm, minhash=to_bytes(plan.minhash), **common)
                    arts[p.key] = art
                    writer.add_analysis(art, res, item.text)
                    self.stats.new += 1
                else:
                    if plan.dup_of in self._failed:
                        self.report(f"{item.origin}: skipped: copy of an article the pipeline failed on")
                        continue
                    orig = arts.get(plan.dup_of)
                    if orig is None:
                        with s.no_autoflush:
                            orig = s.scalar(select(Article).where(Article.key == plan.dup_of))
                    writer.add_article(
                        doc_id=item.id or p.content_hash, date=item.date,
                        text=item.text if plan.dup_kind == "near" else None, text_norm=None, minhash=None,
                        original=orig, duplicate_kind=plan.dup_kind, **common)
                    writer.touch_events_of(orig)
                    self.stats.duplicates += 1
                self._tick(s)
            writer.finish()
            s.commit()
        self._progress()


def ingest(paths: Iterable, db: Optional[str] = None, date: Optional[str] = None, reprocess: bool = False,
           mapper: Optional[Mapper] = None, batch_size: int = 50,
           on_error: Optional[Callable[[str], None]] = None,
           on_progress: Optional[Callable[[IngestStats], None]] = None,
           items: Optional[Iterable[Item]] = None) -> IngestStats:
    """Ingest files/directories (or ready ``items``) into the store at ``db``; returns the run's counts.

    ``reprocess`` re-runs the pipeline on inputs already stored (replacing their derived rows).
    """
    runner = Ingestor(db, mapper, batch_size, on_error, on_progress)
    return runner.run(paths, date=date, reprocess=reprocess, items=items)


def reprocess(db: Optional[str] = None, mapper: Optional[Mapper] = None, batch_size: int = 50,
              on_error: Optional[Callable[[str], None]] = None,
              on_progress: Optional[Callable[[IngestStats], None]] = None,
              only_failed: bool = False, only_outdated: bool = False) -> IngestStats:
    """Re-run the pipeline over every stored original article (or only those it failed on, or only those
    processed by other stage versions than the current pipeline's).

    Derived rows are replaced; events whose key is unchanged keep their id and row; events no mention points
    to any more are deleted.
    """
    from sqlalchemy import select

    from hadath.store.schema import Article

    runner = Ingestor(db, mapper, batch_size, on_error, on_progress)
    t0 = time.perf_counter()
    ev0, m0 = runner._counts()

    current = None
    if only_outdated:
        global _PIPELINE
        if _PIPELINE is None:
            from hadath.pipeline import default_pipeline

            _PIPELINE = default_pipeline()
        stages = getattr(_PIPELINE, "stages", None)
        current = {st.name: st.version for st in stages} if stages is not None else None

    def plans() -> Iterator[_Plan]:
        last = 0
        while True:
            with runner.store.session() as s:
                stmt = (select(Article.id, Article.text, Article.doc_id, Article.date, Article.url, Article.title,
                               Article.stages)
                        .where(Article.duplicate_of.is_(None), Article.text.is_not(None), Article.id > last)
                        .order_by(Article.id).limit(runner.batch_size))
                if only_failed:
                    stmt = stmt.where(Article.error.is_not(None))
                rows = s.execute(stmt).all()
            if not rows:
                return
            for r in rows:
                runner.stats.read += 1
                if current is not None and r.stages == current:
                    runner.stats.existing += 1  # already processed by these very stage versions
                    continue
                yield _Plan(redo_id=r.id, doc=Document(text=r.text, id=r.doc_id, date=r.date, url=r.url,
                                                       title=r.title))
            last = rows[-1].id

    pending: deque[_Plan] = deque()

    def docs() -> Iterator[Document]:
        for plan in plans():
            pending.append(plan)
            yield plan.doc

    buffer: list = []
    for result in runner.mapper(process_document, docs()):
        buffer.append((pending.popleft(), result))
        if len(buffer) >= runner.batch_size:
            runner._write(buffer)
            buffer = []
    if buffer:
        runner._write(buffer)
    ev1, m1 = runner._counts()
    runner.stats.events, runner.stats.mentions = ev1 - ev0, m1 - m0
    runner.stats.seconds = time.perf_counter() - t0
    return runner.stats
