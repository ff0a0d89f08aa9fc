"""Gazetteer data: Persian/Kurdish spellings dropped at build, malformed files rejected, CLI check works."""
from __future__ import annotations

import shutil

import pytest
import typer
from typer.testing import CliRunner

from hadath.places.build import arabic_names
from hadath.places.gazetteer import DATA_DIR, GazetteerError, load, load_gazetteer


def test_build_keeps_arabic_and_drops_persian_kurdish_urdu_spellings():
    names = arabic_names(["Mosul", "الموصل", "موسڵ", "مووسڵ", "قاہرہ", "پاریس", "گرگان",
                          "غزة", "غزه", "حفر الباطن\u200e"])
    assert names == ["الموصل", "غزة", "حفر الباطن"]


def test_every_country_has_an_entry_with_coordinates():
    gaz = load_gazetteer()
    for iso3 in ("IRQ", "SYR", "EGY", "GBR", "RUS", "USA", "PSE", "YEM", "CYP", "AFG"):
        e = gaz.country(iso3)
        assert e is not None and e.feature == "PCLI" and e.geonameid and e.lat is not None


def test_regions_carry_their_country():
    gaz = load_gazetteer()
    assert [e.country for e in gaz.lookup("الضفة الغربية")] == ["PSE"]
    assert [e.country for e in gaz.lookup("قره باغ")] == ["AZE"]
    assert [e.country for e in gaz.lookup("الجولان")] == ["SYR"]


def test_malformed_data_file_gives_a_clear_error(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    with open(d / "regions.tsv", "a", encoding="utf-8") as f:
        f.write("مكان\tPlace\tXXX\n")
    with pytest.raises(GazetteerError, match=r"regions.tsv:\d+"):
        load(d)


def test_cli_check_and_lookup():
    from hadath.places.commands import register

    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    runner = CliRunner()
    r = runner.invoke(app, ["places", "check"])
    assert r.exit_code == 0 and "gazetteer OK" in r.output
    r = runner.invoke(app, ["places", "lookup", "زار موسكو"])
    assert r.exit_code == 0 and "Moscow" in r.output and "RUS" in r.output
