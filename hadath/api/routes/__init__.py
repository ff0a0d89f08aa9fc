"""Routers: ``api`` (JSON, under /api) and ``pages`` (the server-rendered dashboard)."""
