"""The GSR eval script's helpers: the fixed split, error classes and the org-code normalisation."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "eval" / "actors_gsr.py"


@pytest.fixture(scope="module")
def gsr():
    spec = importlib.util.spec_from_file_location("actors_gsr_eval", _PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_split_is_fixed_and_covers_both_halves(gsr):
    halves = {gsr.split_of(f"id{i}") for i in range(20)}
    assert halves == {"tune", "report"}
    assert gsr.split_of("abc") == gsr.split_of("abc")


def test_error_classes(gsr):
    assert gsr.category((None, None), {("IRQ", "GOV")}) == "no actor"
    assert gsr.category(("IRQ", "GOV"), {(None, None)}) == "spurious actor"
    assert gsr.category((None, "COP"), {("IRQ", "COP")}) == "country missing"
    assert gsr.category(("IRQ", "COP"), {("IRQ", "MIL")}) == "sector wrong"
    assert gsr.category(("IRQ", "COP"), {("SYR", "MIL"), ("IRQ", "MIL")}) == "sector wrong"


def test_org_codes_are_the_cameo_organisations(gsr):
    orgs = gsr.org_codes()
    assert {"NAT", "UNO", "ARL"} <= orgs
    assert not {"GOV", "MIL", "IGO"} & orgs


def test_locate_finds_the_tightest_cluster(gsr):
    text = "قال الجيش ان الجيش العراقي هاجم"
    s, e = gsr.locate(text, ["الجيش", "العراقي"])
    assert text[s:e] == "الجيش العراقي"
