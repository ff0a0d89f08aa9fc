"""The local engine's pool: its maintenance thread ignores results, yet still replaces workers and lets join end."""
import multiprocessing as mp
import multiprocessing.pool
import os
import sys
import time

import pytest

from hadath.scale.engines import quiet_pool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork-based pool")


def _slow_square(x):
    time.sleep(0.05)
    return x * x


def _pid(_):
    return os.getpid()


def _ctx():
    return mp.get_context("fork")


def test_stdlib_still_has_the_hooks_the_quiet_pool_overrides():
    assert callable(getattr(multiprocessing.pool.Pool, "_get_sentinels", None))
    assert callable(getattr(multiprocessing.pool.Pool, "_wait_for_updates", None))


def test_maintenance_thread_does_not_wait_on_results():
    with quiet_pool(2, _ctx()) as pool:
        assert pool._outqueue._reader not in pool._get_sentinels()
        assert list(pool.imap(_slow_square, range(12), chunksize=2)) == [x * x for x in range(12)]


def test_close_and_join_while_busy_still_end():
    pool = quiet_pool(2, _ctx())
    pending = pool.map_async(_slow_square, range(8), chunksize=1)
    pool.close()
    start = time.monotonic()
    pool.join()
    assert pending.get(timeout=1) == [x * x for x in range(8)]
    assert time.monotonic() - start < 5


def _die(_):
    os._exit(1)


def test_a_dead_worker_is_replaced():
    """The maintenance thread still wakes when a worker exits (dying mid-task: an idle one may hold the queue lock)."""
    with quiet_pool(1, _ctx()) as pool:
        first = pool.apply(_pid, (0,))
        pool.apply_async(_die, (0,))  # its result never comes, as with the stdlib pool
        assert pool.apply_async(_pid, (0,)).get(timeout=20) != first
