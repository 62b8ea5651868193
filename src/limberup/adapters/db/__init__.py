"""Storage: SQLAlchemy engine, schema migrations (Alembic), mappings and repositories."""
