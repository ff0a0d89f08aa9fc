"""eval/events_gsr.py: role scoring, where an empty side is the coder's unnamed party (session 26)."""
from __future__ import annotations

import importlib.util
import sys

from hadath.document import Actor
from hadath.paths import PROJECT_ROOT

_PATH = PROJECT_ROOT / "eval" / "events_gsr.py"
_spec = importlib.util.spec_from_file_location("events_gsr", _PATH)
gsr = importlib.util.module_from_spec(_spec)
sys.modules["events_gsr"] = gsr
_spec.loader.exec_module(gsr)


def _actor(country, sector, kind="group"):
    return Actor(text="x", start=0, end=1, name="x", name_ar=None, country=country, sector=sector, kind=kind)


def test_a_named_party_matches_by_country_and_sector():
    assert gsr.role_match([_actor("IRQ", "MIL")], ("IRQ", "MIL")) == (True, True)
    assert gsr.role_match([_actor("IRQ", "GOV")], ("IRQ", "MIL")) == (True, False)
    assert gsr.role_match([_actor("SYR", "MIL")], ("IRQ", "MIL")) == (False, False)


def test_an_empty_side_is_an_unidentified_party():
    assert gsr.role_match([], ("None", "UAF")) == (True, True)
    assert gsr.role_match([], (None, "CVL")) == (True, False)
    assert gsr.role_match([], (None, "CVL"), [_actor(None, "CVL")]) == (True, True)
    assert gsr.role_match([], ("IRQ", "MIL")) == (False, False)


def test_no_gold_participant_wants_an_empty_side():
    assert gsr.role_match([], (None, None)) == (True, True)
    assert gsr.role_match([], (None, None), [_actor(None, "UAF")]) == (False, False)
    assert gsr.role_match([_actor("IRQ", "MIL")], (None, None)) == (False, False)
