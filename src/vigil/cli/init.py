"""``vigil init``: create or upgrade the registry's tables."""

from __future__ import annotations

from vigil.cli.context import engine, settings
from vigil.cli.output import console
from vigil.store.db import migrate


def init() -> None:
    """Create the registry (or bring its schema up to date). Safe to run twice."""
    migrate(engine(initialised=False))
    from vigil.store import knowledge
    from vigil.store.db import transaction

    with transaction(engine(initialised=False)) as conn:
        knowledge.rebuild(conn)  # snapshots of past counts, so "as known on" stays fast
    url = engine(initialised=False).url.render_as_string(hide_password=True)
    console.print(f"registry ready at {url}")
    if settings().database_url.startswith("sqlite"):
        console.print("[dim]set VIGIL_DATABASE_URL=postgresql://… to use PostgreSQL[/dim]")
