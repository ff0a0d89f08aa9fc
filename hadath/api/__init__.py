"""HTTP API and analyst dashboard over a hadath store (``hadath serve``)."""
from hadath.api.app import create_app

__all__ = ["create_app"]
