"""Arabic names of countries, capitals and the largest Arab cities resolve to the right GeoNames entry."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import Document
from hadath.places.stage import geocode

FIXTURE = Path(__file__).parent / "data" / "place_names.tsv"


def _rows() -> list[tuple[str, int, str, str]]:
    rows = []
    for line in FIXTURE.read_text("utf-8").splitlines():
        if line.startswith("#") or line.startswith("name\t") or not line.strip():
            continue
        name, gid, iso3, kind = line.split("\t")
        rows.append((name, int(gid), iso3, kind))
    return rows


def resolve(name: str):
    """The last place found in ``name`` (so a leading place noun like مدينة does not count)."""
    places = geocode(Document(name))
    return places[-1] if places else None


def test_fixture_is_large_enough():
    rows = _rows()
    assert sum(r[3] == "city" for r in rows) >= 200
    assert sum(r[3] == "country" for r in rows) >= 60
    assert sum(r[3] == "capital" for r in rows) >= 60


@pytest.mark.parametrize("kind", ["country", "capital", "city"])
def test_names_resolve_to_the_right_entry(kind):
    rows = [r for r in _rows() if r[3] == kind]
    wrong = []
    for name, gid, iso3, _ in rows:
        p = resolve(name)
        if p is None or p.geonameid != gid:
            wrong.append((name, gid, p and (p.name, p.geonameid, p.country)))
    rate = 1 - len(wrong) / len(rows)
    assert rate >= 0.95, f"{kind}: {rate:.1%} right; wrong: {wrong}"


def test_countries_resolve_to_the_right_country_code():
    rows = _rows()
    right = sum(1 for name, _, iso3, _ in rows if (p := resolve(name)) and p.country == iso3)
    assert right / len(rows) >= 0.97


def test_held_out_cities_resolve():
    """Names written after the curated files were frozen: measures generalization, lower bar."""
    rows = [ln.split("\t") for ln in (FIXTURE.parent / "held_out_cities.tsv").read_text("utf-8").splitlines()
            if ln and not ln.startswith(("#", "name\t"))]
    wrong = [(name, gid) for name, gid in rows if not (p := resolve(name)) or p.geonameid != int(gid)]
    assert 1 - len(wrong) / len(rows) >= 0.80, wrong  # measured 85.5%: the misses lack Arabic names in GeoNames
