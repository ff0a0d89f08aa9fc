"""Alembic migrations of the store (run automatically by hadath.store.db.open_store)."""
