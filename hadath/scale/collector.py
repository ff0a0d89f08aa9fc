"""Keep the cyclic garbage collector out of the way of batch extraction.

A document is ~100,000 small acyclic objects freed by reference counting, and processing one leaves a few
thousand long-lived ones behind (per-word caches of the text layer, NER and events). With the collector on,
each of those is walked again and again as it ages through the generations, and every collection that starts
while a document is alive walks the document too: 5-7 ms of CPU per article on SaudiNewsNet, and even one
walk of each survivor costs about 3 ms. Over 300 articles the pipeline made no cyclic garbage at all, so while
an engine maps documents the collector is off. What bounds memory should some input ever make cycles: every
``CHECK_EVERY`` documents the process's peak RSS is read (one system call), and when it has grown by
``GROWTH_MB`` since the last collection, one full collection runs. With ``--jobs 1`` this also covers the
caller's own work between documents (ingest's store writes), which runs in the same process.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Iterator

CHECK_EVERY = 50  # documents between two looks at this process's memory
GROWTH_MB = 256  # peak-RSS growth that triggers a collection

_done = 0  # documents since the last look at memory
_peak_at_collect = 0  # peak RSS (KiB) right after the last collection; 0 = not measured yet


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block (nesting-safe); the caller drops its objects before leaving."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _peak_rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def document_done() -> bool:
    """Count one document; collect if this process's peak RSS grew by GROWTH_MB since the last time. True if so."""
    global _done, _peak_at_collect
    _done += 1
    if _done < CHECK_EVERY:
        return False
    _done = 0
    peak = _peak_rss_kb()
    if not _peak_at_collect:
        _peak_at_collect = peak
    elif peak - _peak_at_collect > GROWTH_MB * 1024:
        gc.collect()
        _peak_at_collect = _peak_rss_kb()
        return True
    return False


class Quiet:
    """Wrap a per-document function so the engine's loop counts documents for the memory check.

    Picklable (a module-level class holding the function), so it can be sent to pool or Dask workers.
    """

    def __init__(self, func: Callable) -> None:
        self.func = func

    def __call__(self, item):
        try:
            return self.func(item)
        finally:
            document_done()
