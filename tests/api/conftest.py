"""Fixtures for the API tests live in api_fixtures.py (a unique module name, importable by the tests)."""
from api_fixtures import *  # noqa: F401,F403
