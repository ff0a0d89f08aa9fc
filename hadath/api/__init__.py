"""HTTP API and analyst dashboard over a hadath store (``hadath serve``).

``create_app`` is imported lazily so ``hadath --help`` does not pay for FastAPI.
"""
from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from hadath.api.app import create_app

        return create_app
    raise AttributeError(name)
