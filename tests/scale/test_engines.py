"""Engines keep order, and process pools / Dask give exactly what one process gives."""
import pytest

from hadath.batch import BatchItem, process_item
from hadath.scale.engines import map_items

TEXTS = ["وبحث الرئيس العراقي مع السفير البريطاني علاقات البلدين.", "تظاهر آلاف الطلاب في الجزائر العاصمة أمس.",
         "أدانت الخارجية المصرية الهجوم.", "قصفت طائرات حربية مواقع في إدلب.", "وقعت تونس والجزائر اتفاقية تعاون."]


def _items(n=20):
    return [BatchItem("t", i, f"id{i}", TEXTS[i % len(TEXTS)] + f" {i}", "2021-01-0%d" % (1 + i % 9)) for i in range(n)]


def _square(x):
    return x * x


def test_local_pool_keeps_order():
    assert list(map_items(_square, range(50), engine="local", jobs=2)) == [x * x for x in range(50)]


def test_local_pool_equals_single_process():
    one = list(map_items(process_item, _items(), engine="local", jobs=1))
    two = list(map_items(process_item, _items(), engine="local", jobs=2))
    assert one == two and [d["id"] for d in one] == [f"id{i}" for i in range(20)]


def test_dask_local_cluster_equals_local_engine():
    pytest.importorskip("dask.distributed")
    local = list(map_items(process_item, _items(), engine="local", jobs=1))
    dask = list(map_items(process_item, _items(), engine="dask", jobs=2))
    assert dask == local


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown engine"):
        list(map_items(_square, [1], engine="spark"))
