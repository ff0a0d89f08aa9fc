"""Ontology tables: PLOVER types/modes/contexts, CAMEO codes, the CAMEO->PLOVER map and quad classes."""
from __future__ import annotations

import pytest

from hadath.events import ontology


def test_sixteen_types_with_quad_classes():
    types = ontology.plover_types()
    assert set(types) == set(ontology.PLOVER_TYPES) and len(types) == 16
    assert types["CONSULT"].quad_class == 1 and types["AID"].quad_class == 2
    assert types["ACCUSE"].quad_class == 3 and types["ASSAULT"].quad_class == 4
    assert {"visit", "phone", "third-party", "multilateral"} <= set(types["CONSULT"].modes)


def test_cameo_codes_names_goldstein_and_gdelt_quads():
    c = ontology.cameo("042")
    assert c.name == "Make a visit" and c.goldstein == pytest.approx(1.9) and c.plover_type == "CONSULT"
    assert ontology.quad_class("057") == 1
    assert ontology.quad_class("073") == 2
    assert ontology.quad_class("111") == 3
    assert ontology.quad_class("145") == 4 and ontology.quad_class("190") == 4
    assert ontology.goldstein("190") < 0 < ontology.goldstein("051")


def test_mapping_both_ways():
    assert ontology.plover_of_cameo("0332") == "AGREE"
    assert ontology.plover_of_cameo("173") == "COERCE"
    assert "195" in ontology.cameo_of_plover("ASSAULT")
    assert ontology.plover_of_cameo("010") is None


def test_contexts_and_errors():
    assert "military" in ontology.contexts() and "diplomatic" in ontology.contexts()
    with pytest.raises(ontology.OntologyError, match="unknown CAMEO"):
        ontology.cameo("999")
    with pytest.raises(ontology.OntologyError, match="unknown PLOVER type"):
        ontology.check_type("MEET")
    with pytest.raises(ontology.OntologyError, match="not a mode"):
        ontology.check_mode("CONSULT", "riot")
