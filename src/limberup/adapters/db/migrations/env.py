"""Alembic environment: runs migrations on the engine handed over in the config."""

from alembic import context
from sqlalchemy import Engine

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):  # pragma: no cover - only reachable by misuse
    raise RuntimeError("run migrations through limberup.adapters.db.migrate")

with engine.begin() as connection:
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
