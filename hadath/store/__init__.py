"""The store: SQLAlchemy schema, Alembic migrations, queries shared by the CLI and the API, exports."""
