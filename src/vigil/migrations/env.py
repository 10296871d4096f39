"""Alembic environment: runs migrations on the engine Vigil passes in."""

from __future__ import annotations

from alembic import context

from vigil.store.tables import metadata

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copes
        compare_type=True,
    )
    context.run_migrations()
