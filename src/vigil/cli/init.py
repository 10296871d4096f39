"""``vigil init``: create or upgrade the registry's tables, and its key file."""

from __future__ import annotations

import stat
from pathlib import Path

from vigil.cli.context import engine, settings
from vigil.cli.output import console


def _tighten(db: Path) -> list[Path]:
    """Database files other users could read, made 0600 (registries created before)."""
    tightened = []
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if path.exists() and stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
            tightened.append(path)
    return tightened


def init() -> None:
    """Create the registry (or bring its schema up to date) and, when there is none, its
    key file. Safe to run twice."""
    from vigil.auth.keyring import KeyringMissing, KeySource, new_keyring
    from vigil.store import knowledge
    from vigil.store.db import connect, migrate, sqlite_path, transaction
    from vigil.store.restricted import census, reseal

    source = KeySource.of(settings())
    migrate(engine(initialised=False))  # with a key file, migration 0010 seals plaintext
    created = None
    if source.load() is None and source.path is not None:
        with connect(engine(initialised=False)) as conn:
            counted = census(conn)
        used = sorted(set(counted.fields) | set(counted.audit))
        if used:
            # A new key would seal new values with a key the old ones do not share.
            raise KeyringMissing(
                f"the registry holds values sealed with key {used[0]}, and there is no key "
                f"file at {source.where()}",
                hint="set VIGIL_KEY_FILE to the registry's key file; vigil init creates one "
                "only for a registry without encrypted values",
            )
        created = source.path
        new_keyring(created).save(created)
    ring = source.load()
    with transaction(engine(initialised=False)) as conn:
        # A registry migrated before it had a key file still holds plaintext: seal it now.
        sealed = reseal(conn, ring, rotate=False) if ring is not None else 0
        knowledge.rebuild(conn)  # snapshots of past counts, so "as known on" stays fast
    url = engine(initialised=False).url.render_as_string(hide_password=True)
    console.print(f"registry ready at {url}", soft_wrap=True)
    db = sqlite_path(settings().database_url)
    for path in _tighten(db) if db is not None else []:
        console.print(f"made {path} readable by its owner only (mode 0600)", soft_wrap=True)
    if sealed and ring is not None:
        console.print(f"encrypted {sealed} restricted values with key {ring.current}")
    if created is not None:
        console.print(
            f"[bold]created the key file {created}[/bold] (mode 0600): restricted fields "
            "cannot be read without it. Back it up now, and keep it apart from the "
            "database and its backups (see README, 'Keys and backups').",
            soft_wrap=True,
        )
    if settings().database_url.startswith("sqlite"):
        console.print("[dim]set VIGIL_DATABASE_URL=postgresql://… to use PostgreSQL[/dim]")
