"""Shared fixtures: the ../shared folder (skip when absent) and the example articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.paths import PROJECT_ROOT, shared_dir


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if not (d / "data").is_dir():
        pytest.skip(f"shared data not found at {d} (set HADATH_SHARED)")
    return d


@pytest.fixture(scope="session")
def seed(shared) -> tuple[str, dict]:
    import json

    base = shared / "examples" / "seed"
    return (base / "article.txt").read_text(encoding="utf-8"), json.loads((base / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return PROJECT_ROOT / "examples"
