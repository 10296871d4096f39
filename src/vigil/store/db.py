"""Engines, transactions and every difference between SQLite and PostgreSQL.

Everything else in ``store`` is portable SQLAlchemy Core.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    String,
    create_engine,
    event,
    func,
    inspect,
    literal,
    make_url,
)
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from vigil.auth.keyring import KeySource
from vigil.errors import StorageError

if TYPE_CHECKING:
    from vigil.settings import Settings

__all__ = [
    "APPEND_ONLY",
    "KEYS_OPTION",
    "add_to",
    "append_only_triggers",
    "connect",
    "is_postgres",
    "is_sqlite",
    "lock_for_writes",
    "make_engine",
    "migrate",
    "plus_months",
    "private_file",
    "require_schema",
    "savepoint",
    "sqlite_path",
    "transaction",
]

#: Tables whose rows are never updated or deleted.
APPEND_ONLY = (
    "sources",
    "claims",
    "claim_reviews",
    "events",
    "event_claims",
    "figure_claims",
    "person_links",
    "audit_log",
    "audit_records",
)

_SQLITE_BUSY_MS = 10_000
_SQLITE_MMAP_BYTES = 1 << 30  # address space, not memory: pages load as they are read


def is_sqlite(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "sqlite"


def is_postgres(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "postgresql"


def _normalize_url(url: str) -> str:
    # psycopg 3 is the driver we ship; accept the URLs people paste.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


#: The execution option under which an engine carries its ``KeySource``.
KEYS_OPTION = "vigil_keys"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(_normalize_url(url))
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return None
    if name.startswith("file:"):
        return None  # URI filenames carry their own options; left to SQLite
    return Path(name)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists. SQLite gives its -wal and
    -shm files the mode of the database file, so they are private too."""
    # A missing folder is SQLite's error to report.
    with suppress(FileExistsError, FileNotFoundError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def make_engine(target: str | Settings, *, keys: KeySource | None = None) -> Engine:
    """An engine for a URL or for ``Settings``; SQLite gets WAL, a busy timeout and
    foreign keys, and a new database file is created with mode 0600.

    Every connection carries where the key file is (``KEYS_OPTION``): the audit log and
    restricted fields find their keys there, read only when first needed, so the public
    side runs without them. Given a URL alone, the keys are found as the CLI finds them
    (``VIGIL_KEYS``, ``VIGIL_KEY_FILE``, or beside the SQLite file)."""
    from vigil.settings import Settings

    if isinstance(target, str):
        url = target
        keys = keys or KeySource.of(Settings(database_url=url))
    else:
        url = target.database_url
        keys = keys or KeySource.of(target)
    return _make_engine(url).execution_options(**{KEYS_OPTION: keys})


def _make_engine(url: str) -> Engine:
    url = _normalize_url(url)
    if url.startswith("sqlite"):
        # A pool of open connections: opening one costs more than a page's queries. The
        # web server lets a few requests work at once (``vigil.web.admission``); the
        # overflow serves bursts outside it (slow requests past their hold, CLI threads,
        # cache version reads). Last in, first out: the connection used last is warm.
        memory = url in ("sqlite://", "sqlite:///:memory:")
        pooling: dict[str, Any] = (
            {"poolclass": NullPool}
            if memory
            else {"pool_size": 10, "max_overflow": 30, "pool_use_lifo": True}
        )
        engine = create_engine(url, **pooling)
        path = sqlite_path(url)

        @event.listens_for(engine, "do_connect")
        def _private(*_args: Any) -> None:
            if path is not None:
                private_file(path)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            # Reads straight from the operating system's page cache, shared by every
            # connection and process, instead of copying pages into each connection's.
            cursor.execute(f"PRAGMA mmap_size={_SQLITE_MMAP_BYTES}")
            cursor.close()

        # pysqlite's own transaction handling defers BEGIN; take it over so that a
        # transaction really starts at begin() (needed for serialized writers).
        @event.listens_for(engine, "connect")
        def _no_pysqlite_tx(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the lock at once (no upgrade deadlocks); readers never wait.
            read = conn.get_execution_options().get("vigil_read", False)
            conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql"):
        return create_engine(url, pool_pre_ping=True)
    raise StorageError(
        f"unsupported database URL {url.split(':', 1)[0]!r}",
        hint="set VIGIL_DATABASE_URL to sqlite:///PATH or postgresql://USER@HOST/DB",
    )


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """One unit of work: everything inside commits together or not at all."""
    try:
        with engine.begin() as conn:
            yield conn
    except OperationalError as exc:
        raise StorageError(
            f"the database cannot be used: {str(exc.orig).splitlines()[0]}",
            hint="check VIGIL_DATABASE_URL and that the server is running",
        ) from exc


P = ParamSpec("P")
R = TypeVar("R")


def savepoint(
    verb: Callable[Concatenate[Connection, P], R],
) -> Callable[Concatenate[Connection, P], R]:
    """Make a write verb one savepoint of the caller's transaction: when it fails,
    nothing of it stays, and the caller's transaction goes on (a page can answer with
    the problem; a batch can go on to the next item). The verb owns it, so callers
    (pages, CLI, API) never open one."""

    @functools.wraps(verb)
    def inside(conn: Connection, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with conn.begin_nested():
            return verb(conn, *args, **kwargs)

    return inside


@contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    """A read-only unit of work: on SQLite it takes no write lock, so readers run side
    by side with each other and with a writer (WAL)."""
    try:
        with engine.connect() as conn:
            reading = conn.execution_options(vigil_read=True)
            with reading.begin():
                yield reading
    except OperationalError as exc:
        raise StorageError(
            f"the database cannot be used: {str(exc.orig).splitlines()[0]}",
            hint="check VIGIL_DATABASE_URL and that the server is running",
        ) from exc


def lock_for_writes(conn: Connection, table: str) -> None:
    """Make other writers of ``table`` wait until this transaction ends (readers go on).
    SQLite writers are already serialized by ``BEGIN IMMEDIATE``."""
    if is_postgres(conn):
        conn.exec_driver_sql(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")


def append_only_triggers(dialect: str, tables: tuple[str, ...]) -> list[str]:
    """SQL that makes the database itself refuse UPDATE and DELETE on ``tables``.

    Migrations name their tables explicitly, so an old migration keeps meaning what it
    meant when it was written.
    """
    statements: list[str] = []
    if dialect == "sqlite":
        for table in tables:
            for op in ("UPDATE", "DELETE"):
                statements.append(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END"
                )
    elif dialect == "postgresql":
        statements.append(
            "CREATE OR REPLACE FUNCTION vigil_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION '% are append-only', TG_TABLE_NAME; END; "
            "$$ LANGUAGE plpgsql"
        )
        for table in tables:
            statements.append(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION vigil_append_only()"
            )
    return statements


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    here = Path(__file__).resolve().parent.parent / "migrations"
    config = Config()
    config.set_main_option("script_location", str(here))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it on an empty database)."""
    from alembic import command

    try:
        command.upgrade(_alembic_config(engine), "head")
    except OperationalError as exc:
        raise StorageError(
            f"cannot migrate the database: {str(exc.orig).splitlines()[0]}",
            hint="check VIGIL_DATABASE_URL and that the server is running",
        ) from exc


def require_schema(engine: Engine) -> None:
    """Fail with a clear message when the registry has not been initialised."""
    try:
        with engine.connect() as conn:
            present = inspect(conn).has_table("events")
    except (OperationalError, ProgrammingError) as exc:
        raise StorageError(
            f"cannot open the registry: {str(exc.orig).splitlines()[0]}",
            hint="check VIGIL_DATABASE_URL and that the server is running",
        ) from exc
    if not present:
        raise StorageError("the registry has no tables yet", hint="run `vigil init` first")


def prefix_match(column: Any, prefix: str) -> Any:
    """``column`` starts with ``prefix``, in a form the dialect's index can serve."""
    if not prefix:
        return column.is_not(None)
    # A range works on SQLite's binary collation; escaping keeps % and _ literal.
    upper = prefix + "\U0010ffff"
    return (column >= prefix) & (column < upper)


def plus_months(conn: Connection, day: Any, months: Any) -> Any:
    """``day`` plus ``months`` calendar months, in the dialect's words (SQLite carries a
    31st past a shorter month's end; PostgreSQL keeps to its last day)."""
    if is_postgres(conn):
        return func.date(day + func.make_interval(0, months))
    return func.date(day, literal("+") + months.cast(String) + literal(" months"))


def add_to(
    conn: Connection, table: Any, key: str | list[str], column: str, rows: list[dict[str, Any]]
) -> None:
    """Add each row's ``column`` value to the stored one with the same ``key`` (inserting
    missing keys): ``INSERT ... ON CONFLICT DO UPDATE`` in each dialect's words."""
    if not rows:
        return
    if is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(table)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(table)  # type: ignore[assignment]
    stmt = stmt.on_conflict_do_update(
        index_elements=[key] if isinstance(key, str) else key,
        set_={column: table.c[column] + stmt.excluded[column]},
    )
    conn.execute(stmt, rows)
