"""Engines map one per-document function over a stream of items and yield results in input order.

- ``local``: this process (jobs=1) or a fork-based process pool (jobs>1); models load once in the parent and
  are shared copy-on-write by the workers. The cyclic collector is off while documents are mapped
  (hadath.scale.collector explains why and what bounds memory).
- ``dask``: dask.distributed — a LocalCluster of N worker processes, or an existing scheduler by address.
  Items are sent in chunks with a bounded number in flight, so a corpus larger than memory streams through.
"""
from __future__ import annotations

import gc
import itertools
import sys
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

from hadath.scale.collector import Quiet, collector_paused


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _warm() -> None:
    """Load every model and lexicon now (they load lazily on first use), so forked workers share them."""
    from hadath.document import Document
    from hadath.pipeline import default_pipeline

    with collector_paused():  # loading builds long-lived tables: collecting while they grow is wasted work
        default_pipeline()(Document(text="وبحث الرئيس العراقي في بغداد أمس مع السفير البريطاني.", date="2020-01-01"))
        # Models and lexicons live for the whole run: the collector need not scan (and unshare) them. Frozen
        # before it is back on: otherwise its first young collection walks every object loading made.
        gc.freeze()


def quiet_pool(jobs: int, ctx, initializer: Optional[Callable] = None):
    """A process pool whose worker-maintenance thread sleeps while results flow (the parent's main cost).

    The stdlib pool's maintenance thread waits on the result pipe as well as on the workers: each result wakes
    it, and it loops (waitpid on every worker) until the result thread has drained the pipe, 0.4-0.5 ms of the
    parent's CPU per article with two workers. It need only wake when a worker exits or the pool changes state;
    the timeout bounds its wait where the stdlib counts on a result to re-check (close and join while busy).
    """
    from multiprocessing.pool import Pool

    if not all(hasattr(Pool, name) for name in ("_get_sentinels", "_wait_for_updates")):
        return Pool(jobs, initializer=initializer, context=ctx)  # another Python's pool: the stdlib one, unchanged

    class QuietPool(Pool):
        def _get_sentinels(self):
            return [self._change_notifier._reader]

        @staticmethod
        def _wait_for_updates(sentinels, change_notifier, timeout=None):
            Pool._wait_for_updates(sentinels, change_notifier, timeout=_MAINTENANCE_TIMEOUT if timeout is None
                                   else timeout)

    return QuietPool(jobs, initializer=initializer, context=ctx)


_MAINTENANCE_TIMEOUT = 0.5  # seconds the pool's maintenance thread may sleep without news


def map_local(func: Callable, items: Iterable, jobs: int = 1, chunksize: int = 4) -> Iterator:
    """``map`` in this process, or over a process pool when jobs > 1, keeping input order."""
    if jobs <= 1:
        with collector_paused():
            yield from map(Quiet(func), items)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    _warm()
    with quiet_pool(jobs, ctx, initializer=gc.disable) as pool:  # the parent's own collector stays as it was
        yield from pool.imap(Quiet(func), items, chunksize=chunksize)


def _apply_chunk(func: Callable, chunk: list) -> list:
    with collector_paused():  # see hadath.scale.collector; a Dask worker runs other code, so only per chunk
        return [func(x) for x in chunk]


def map_dask(func: Callable, items: Iterable, workers: int = 2, scheduler: Optional[str] = None,
             chunksize: int = 16, in_flight: int = 4) -> Iterator:
    """``map`` on Dask: a LocalCluster with ``workers`` processes, or the scheduler at ``scheduler``."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        client.run(_warm)
        pending: deque = deque()
        limit = max(in_flight, 1) * max(len(client.scheduler_info().get("workers", {})), 1)
        for chunk in _chunks(items, chunksize):
            pending.append(client.submit(_apply_chunk, func, chunk, pure=False))
            while len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_items(func: Callable, items: Iterable, engine: str = "local", jobs: int = 1,
              scheduler: Optional[str] = None) -> Iterator:
    """Dispatch to an engine by name; ``jobs`` is processes (local) or workers (dask)."""
    if engine == "local":
        return map_local(func, items, jobs=jobs)
    if engine == "dask":
        return map_dask(func, items, workers=jobs, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r} (use local or dask)")
