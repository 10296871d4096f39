"""Shared fixtures: a real SQLite file and a real PostgreSQL server for every storage test.

The PostgreSQL server is started once per session on a temporary directory and a
loopback port (``tests.support.throwaway``); each test gets its own database, cloned from a
migrated template. Set VIGIL_TEST_SKIP_POSTGRES=1 to run SQLite only on a machine
without PostgreSQL: CI never sets it, so there the PostgreSQL tests cannot be skipped.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.support.throwaway import ThrowawayPostgres
from vigil.auth.keyring import KeySource, new_keyring
from vigil.errors import StorageError
from vigil.store.db import make_engine, migrate

TEMPLATE = "vigil_template"
VIGIL = Path(sys.executable).parent / "vigil"

#: The keys of every registry the tests build. Settings read them from VIGIL_KEYS (so
#: ``create_app(Settings(...))`` and the ``vigil`` processes have them); engines made in
#: tests take ``keys=TEST_KEYS``. Tests of a missing key file say so explicitly.
TEST_RING = new_keyring()
TEST_KEYS = KeySource.fixed(TEST_RING)
os.environ["VIGIL_KEYS"] = TEST_RING.to_json()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    """The test keys as a key file, as `vigil init` makes it."""
    path = tmp_path / "vigil.keys"
    TEST_RING.save(path)
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayPostgres]:
    try:
        server = ThrowawayPostgres.start()
    except StorageError as exc:
        pytest.exit(f"cannot start PostgreSQL for the tests: {exc.one_line()}", returncode=3)
    admin = make_engine(server.url()).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    template = make_engine(server.url(TEMPLATE))
    migrate(template)
    template.dispose()
    yield server
    admin.dispose()
    server.stop()


def _backends() -> list[object]:
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    if os.environ.get("VIGIL_TEST_SKIP_POSTGRES") != "1":
        params.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, migrated, empty registry on SQLite or PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'vigil.db'}"
        engine = make_engine(url)
        migrate(engine)
        engine.dispose()
        yield url
        return
    server: ThrowawayPostgres = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server.url()).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
    yield server.url(name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url, keys=TEST_KEYS)
    yield eng
    eng.dispose()


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_in_process(args: Sequence[str], env: dict[str, str], cwd: Path,
                   stdin: str | None = None) -> Result:  # fmt: skip
    """``vigil *args`` through its entry point (`vigil.cli.app.main`) in this process, with
    its own environment, directory, stdin and captured output, as a child process would
    have: a process of its own costs 1-3 s of imports per command, this costs none. The
    real console script is still run as a process by the README tour (tests/test_docs.py)
    and the key and backup tests."""
    from vigil.cli import context, output
    from vigil.cli.app import main

    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_argv, saved_stdin = sys.argv, sys.stdin
    out, err = io.StringIO(), io.StringIO()
    code: int = 0
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(cwd)
        sys.argv = ["vigil", *args]
        sys.stdin = io.StringIO(stdin or "")
        width = int(env.get("COLUMNS", "80"))
        output.console.width = output.err_console.width = width
        context.reset()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    err.write(exc.code + "\n")
    finally:
        context.reset()
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
        sys.argv, sys.stdin = saved_argv, saved_stdin
    return Result(code, out.getvalue(), err.getvalue())


@dataclass
class Cli:
    """Runs ``vigil`` against one registry, in this process (see `run_in_process`)."""

    url: str
    cwd: Path

    def __call__(self, *args: str, ok: bool = True, stdin: str | None = None) -> Result:
        env = {
            **os.environ,
            "VIGIL_DATABASE_URL": self.url,
            "VIGIL_ACTOR": "tester",
            "COLUMNS": "200",
            "NO_COLOR": "1",
        }
        result = run_in_process(args, env, self.cwd, stdin)
        if ok and result.code != 0:
            raise AssertionError(
                f"vigil {' '.join(args)} failed ({result.code}):\n{result.out}\n{result.err}"
            )
        return result


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Cli:
    return Cli(db_url, tmp_path)


@pytest.fixture
def empty_url(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A second database of the same kind as ``db_url``, with no tables at all (a
    restore target)."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    server: ThrowawayPostgres = request.getfixturevalue("pg_server")
    name = f"r_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server.url()).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield server.url(name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()
