"""Backups of the registry, and restoring one into an empty (or, when asked, any) database.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies every page in one
step under a read transaction, so a live WAL database gives a consistent copy while
others write (a ``cp`` of the file can miss what is still in its -wal). PostgreSQL:
``pg_dump -Fc`` and ``pg_restore --clean --if-exists --single-transaction``, found on
PATH or in ``/usr/lib/postgresql/*/bin``.

Backup files are created with mode 0600. They hold restricted fields sealed, never the
key file: the keys are backed up separately (README, "Keys and backups"). A file that is
not a Vigil backup is refused before the target is touched.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Table, func, inspect, select

from vigil.errors import Conflict, InvalidInput, NotFound, StorageError
from vigil.store.db import is_sqlite, migrate, private_file
from vigil.store.tables import audit_log, events, persons, sources

__all__ = ["Contents", "backup", "contents", "restore"]

#: Tables every Vigil registry has; a backup without them is not one.
_MARKERS = ("alembic_version", "persons", "events", "audit_log")
_PG_HINT = "install the PostgreSQL client tools (postgresql-client), as new as the server"


@dataclass(frozen=True, slots=True)
class Contents:
    """How much a registry holds (what ``restore`` refuses to overwrite)."""

    persons: int = 0
    events: int = 0
    sources: int = 0
    audit_entries: int = 0

    @property
    def empty(self) -> bool:
        return not (self.persons or self.events or self.sources or self.audit_entries)


def contents(engine: Engine) -> Contents:
    """What the registry holds; all zero for a database without Vigil's tables."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("events"):
            return Contents()

        def count(table: Table) -> int:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

        return Contents(count(persons), count(events), count(sources), count(audit_log))


def backup(engine: Engine, path: Path, *, force: bool = False) -> int:
    """Write a backup of the registry to ``path`` (mode 0600); returns its size in bytes.

    The file appears only when complete (written beside it, then renamed)."""
    if path.exists() and not force:
        raise Conflict(f"{path} already exists", hint="name a new file, or give --force")
    if not path.parent.is_dir():
        raise NotFound(f"folder {path.parent} does not exist", hint="create it first")
    partial = path.with_name(f".{path.name}.partial")
    with suppress(FileNotFoundError):
        partial.unlink()
    try:
        if is_sqlite(engine):
            _sqlite_backup(engine, partial)
        else:
            _pg_dump(engine, partial)
        os.replace(partial, path)
    finally:
        with suppress(FileNotFoundError):
            partial.unlink()
    return path.stat().st_size


def restore(engine: Engine, path: Path, *, force: bool = False) -> Contents:
    """Replace the registry with the backup in ``path``; returns what it now holds.

    Refuses a registry that holds anything unless ``force``, and a file that is not a
    Vigil backup of this kind of database (the target is then untouched). The schema is
    brought up to date afterwards, as ``vigil init`` would."""
    if not path.is_file():
        raise NotFound(f"no backup file {path}", hint="give the file vigil backup wrote")
    sqlite = is_sqlite(engine)
    if sqlite:
        _check_sqlite_backup(path)
    else:
        _check_pg_backup(path)
    held = contents(engine)
    if not held.empty and not force:
        raise Conflict(
            f"the registry is not empty ({held.persons} persons, {held.events} events, "
            f"{held.audit_entries} audit entries)",
            hint="restore into an empty database, or give --force to replace everything",
        )
    if sqlite:
        _sqlite_restore(engine, path)
    else:
        _pg_restore(engine, path)
    engine.dispose()  # pooled connections may hold pages of the registry as it was
    migrate(engine)
    return contents(engine)


# --- SQLite -----------------------------------------------------------------------------


def _sqlite_backup(engine: Engine, target: Path) -> None:
    private_file(target)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(target)) as copy:
            source.backup(copy)  # every page in one step: one consistent snapshot
            # One self-contained file: no -wal beside it when it is opened or copied.
            copy.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise StorageError(f"the backup failed: {exc}", hint="check the disk space") from exc
    finally:
        raw.close()


def _check_sqlite_backup(path: Path) -> None:
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            ok = db.execute("PRAGMA quick_check").fetchone()
            names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        raise InvalidInput(
            f"{path} is not a SQLite backup of a registry ({exc})",
            hint="give a file written by vigil backup from a SQLite registry",
        ) from None
    if ok is None or ok[0] != "ok":
        raise InvalidInput(f"{path} is damaged ({ok[0] if ok else 'no answer'})",
                           hint="restore an older backup")  # fmt: skip
    missing = [t for t in _MARKERS if t not in names]
    if missing:
        raise InvalidInput(f"{path} is not a Vigil registry (no {missing[0]} table)",
                           hint="give a file written by vigil backup")  # fmt: skip


def _sqlite_restore(engine: Engine, path: Path) -> None:
    raw = engine.raw_connection()
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as src:
            src.backup(target)
    except sqlite3.Error as exc:
        raise StorageError(
            f"the restore failed: {exc}", hint="stop vigil serve and other writers, then retry"
        ) from exc
    finally:
        raw.close()


# --- PostgreSQL -------------------------------------------------------------------------


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        candidate = Path(bindir) / name
        if candidate.exists():
            return str(candidate)
    raise StorageError(
        f"{name} was found neither on PATH nor in /usr/lib/postgresql/*/bin", hint=_PG_HINT
    )


def _pg_env(engine: Engine) -> dict[str, str]:
    """libpq's variables for the engine's database: no password on a command line."""
    url = engine.url
    env = {**os.environ, "PGDATABASE": url.database or ""}
    for var, value in (
        ("PGHOST", url.host),
        ("PGPORT", url.port),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
    ):
        if value is not None:
            env[var] = str(value)
    return env


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, check=False, umask=0o077
    )
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        raise StorageError(
            f"{Path(command[0]).name} failed: {lines[0] if lines else done.returncode}",
            hint="check VIGIL_DATABASE_URL, that the server is running and the client "
            "tools are as new as the server",
        )
    return done.stdout


def _pg_dump(engine: Engine, target: Path) -> None:
    private_file(target)
    _run([_pg_tool("pg_dump"), "--format=custom", f"--file={target}"], _pg_env(engine))


def _check_pg_backup(path: Path) -> None:
    try:
        listing = _run([_pg_tool("pg_restore"), "--list", str(path)])
    except StorageError as exc:
        raise InvalidInput(
            f"{path} is not a PostgreSQL backup of a registry ({exc.message})",
            hint="give a file written by vigil backup from a PostgreSQL registry",
        ) from None
    for table in _MARKERS:
        if f" TABLE public {table} " not in listing:
            raise InvalidInput(f"{path} is not a Vigil registry (no {table} table)",
                               hint="give a file written by vigil backup")  # fmt: skip


def _pg_restore(engine: Engine, path: Path) -> None:
    # One transaction: a restore that fails leaves the database as it was.
    command = [_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
               "--no-privileges", "--single-transaction", "--exit-on-error",
               f"--dbname={engine.url.database}", str(path)]  # fmt: skip
    engine.dispose()  # our own pooled connections would hold locks the drops wait for
    _run(command, _pg_env(engine))
