"""A throwaway PostgreSQL server on a temporary directory and a loopback port.

Used by the test suite (``tests/conftest.py``) and the benchmarks (``bench/``), not
shipped with the product: ``initdb`` and ``pg_ctl`` of the local PostgreSQL (15 on our
machines), run as the ``postgres`` user when we are root, because PostgreSQL refuses to
run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from vigil.errors import StorageError

__all__ = ["ThrowawayPostgres", "find_bindir"]

INSTALL_HINT = "install PostgreSQL: apt-get install postgresql (Debian/Ubuntu)"


def find_bindir() -> Path:
    """The directory holding initdb and pg_ctl."""
    candidates = [os.environ.get("VIGIL_PG_BINDIR", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise StorageError("PostgreSQL server binaries (initdb, pg_ctl) not found", hint=INSTALL_HINT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ThrowawayPostgres:
    """Start with ``start()``, stop with ``stop()``; ``url(db)`` gives a SQLAlchemy URL."""

    bindir: Path
    root: Path
    port: int
    as_postgres_user: bool

    @classmethod
    def start(cls) -> ThrowawayPostgres:
        bindir = find_bindir()
        root = Path(tempfile.mkdtemp(prefix="vigil-pg-"))
        as_root = os.geteuid() == 0
        server = cls(bindir, root, _free_port(), as_root)
        if as_root:
            shutil.chown(root, "postgres", "postgres")
            root.chmod(0o700)
        server._run(
            "initdb", "-D", str(root / "data"), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        server._run(
            "pg_ctl", "-D", str(root / "data"), "-l", str(root / "log"), "-w", "-t", "60",
            "-o", f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start",
        )  # fmt: skip
        return server

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self.as_postgres_user:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = ""
            if (self.root / "log").exists():
                log = (self.root / "log").read_text(errors="replace")[-2000:]
            raise StorageError(
                f"{tool} failed: {(done.stderr or done.stdout).strip()[-500:]} {log}",
                hint=INSTALL_HINT,
            )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            for _ in range(20):
                try:
                    shutil.rmtree(self.root)
                    break
                except OSError:
                    time.sleep(0.1)
