"""The cyclic collector is off while an engine maps documents, restored afterwards, and memory still bounded."""
import gc
import pickle
import weakref

from hadath.scale import collector
from hadath.scale.engines import map_local


def _collector_state(_item):
    return gc.isenabled()


def test_collector_off_while_mapping_and_restored_after():
    assert gc.isenabled()
    states = list(map_local(_collector_state, range(3), jobs=1))
    assert states == [False, False, False]
    assert gc.isenabled()


def test_collector_stays_off_if_caller_had_it_off():
    gc.disable()
    try:
        list(map_local(_collector_state, range(2), jobs=1))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_memory_growth_triggers_a_collection(monkeypatch):
    rss = iter([1000, 1000 + 10, 1000 + collector.GROWTH_MB * 1024 + 1, 5000 * 1024])
    monkeypatch.setattr(collector, "_peak_rss_kb", lambda: next(rss))
    monkeypatch.setattr(collector, "_done", 0)
    monkeypatch.setattr(collector, "_peak_at_collect", 0)
    collected = []
    monkeypatch.setattr(collector.gc, "collect", lambda *a: collected.append(a) or 0)
    fired = [collector.document_done() for _ in range(3 * collector.CHECK_EVERY)]
    # first check sets the baseline, the second sees little growth, the third sees GROWTH_MB and collects
    assert fired.count(True) == 1 and fired[3 * collector.CHECK_EVERY - 1] is True
    assert len(collected) == 1


def test_cyclic_garbage_made_while_mapping_is_still_collectable():
    class Node:
        pass

    refs = []

    def make_cycle(_):
        a, b = Node(), Node()
        a.other, b.other = b, a
        refs.append(weakref.ref(a))

    list(map_local(make_cycle, range(10), jobs=1))
    gc.collect()
    assert len(refs) == 10 and all(r() is None for r in refs)


def test_quiet_wrapper_pickles_and_returns_the_result():
    wrapped = pickle.loads(pickle.dumps(collector.Quiet(abs)))
    assert wrapped(-3) == 3
