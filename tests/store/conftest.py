"""Fixtures for the store tests live in store_fixtures.py (shared with tests/ingest)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_fixtures import *  # noqa: E402,F401,F403
