"""Where things live: package data inside the wheel, and the shared data folder for training/eval."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


def shared_dir() -> Path:
    """The ../shared folder (override with HADATH_SHARED); used only by training, eval, tests, benchmarks."""
    env = os.environ.get("HADATH_SHARED")
    return Path(env) if env else (PROJECT_ROOT.parent / "shared")


def shared_data(*parts: str) -> Path:
    return shared_dir().joinpath("data", *parts)
