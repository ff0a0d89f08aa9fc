"""The ingest tests use the store's fixtures (tests/store/store_fixtures.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from store_fixtures import *  # noqa: E402,F401,F403
