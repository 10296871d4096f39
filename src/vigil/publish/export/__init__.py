"""Exports: the whole registry as files, public (through the publication boundary) or
full (for editors, audited with the file's hash).

``export_file`` is the one verb: ``vigil export`` calls it; the site's ``/downloads``
calls ``write_public`` (public only). See docs/data.md for the tables and columns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine

from vigil.auth.roles import Role, can
from vigil.errors import Forbidden, InvalidInput
from vigil.publish.export.formats import ExportFormat, ExportInfo, chunks, write, write_csv
from vigil.publish.export.tables import TABLES, Dataset, Table, table
from vigil.publish.policy import PublicationPolicy
from vigil.publish.queries.persons import withheld_names
from vigil.publish.redact import Redactor
from vigil.store import audit
from vigil.store.accounts import find_user
from vigil.store.db import connect, transaction

__all__ = [
    "TABLES",
    "Dataset",
    "ExportFormat",
    "ExportInfo",
    "ExportResult",
    "Table",
    "chunks",
    "dataset",
    "export_file",
    "table",
    "write",
    "write_csv",
    "write_public",
]


def dataset(
    conn: Connection,
    *,
    public: bool,
    policy: PublicationPolicy,
    at: dt.date,
    known_at: dt.date | None = None,
    base_url: str,
    redactor: Redactor | None = None,
) -> Dataset:
    """The rows of an export over ``conn``; a public one redacts the withheld names."""
    if public and redactor is None:
        redactor = Redactor(withheld_names(conn))
    return Dataset(conn, public=public, policy=policy, redactor=redactor or Redactor(()),
                   at=at, known_at=known_at, base_url=base_url)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    public: bool
    sha256: str
    size: int
    audit_id: int | None  # the audit log entry of a full export


def _require_editor(conn: Connection, actor: str) -> None:
    user = find_user(conn, actor)
    if user is None or not user.active or not can(user.role, Role.EDITOR):
        who = f"{actor!r} is not an editor" if user else f"{actor!r} has no staff account"
        raise Forbidden(
            f"a full export needs the editor role ({who})",
            hint="add --public for the public dataset, or act as an editor (VIGIL_ACTOR)",
        )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export_file(
    engine: Engine,
    out: Path,
    fmt: ExportFormat,
    *,
    public: bool,
    policy: PublicationPolicy,
    at: dt.date,
    known_at: dt.date | None,
    base_url: str,
    actor: str,
    tables: Sequence[Table] = TABLES,
) -> ExportResult:
    """Write the export to ``out`` (whole or not at all: a temporary file beside it is
    renamed when complete). A full export needs ``actor`` to be an editor and is
    recorded in the audit log with the file's SHA-256."""
    if out.is_dir():
        raise InvalidInput(
            f"{out} is a directory", hint=f"name a file, e.g. {out}/vigil{fmt.suffix}"
        )
    if not out.parent.exists():
        raise InvalidInput(f"no directory {out.parent}", hint="create it first")
    if not public:
        with connect(engine) as conn:
            _require_editor(conn, actor)
    made = dt.datetime.now(dt.UTC)
    info = ExportInfo(public, at, known_at, made, None if public else actor)
    handle, name = tempfile.mkstemp(prefix=".vigil-export-", dir=out.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as f, connect(engine) as conn:
            data = dataset(conn, public=public, policy=policy, at=at, known_at=known_at,
                           base_url=base_url)  # fmt: skip
            write(f, fmt, data, info, tables)
        digest = _sha256(temp)
        audit_id = None
        if not public:
            with transaction(engine) as conn:
                entry = audit.record(
                    conn, actor=actor, action="export.full", target=f"export:{fmt.value}",
                    after={"sha256": digest, "format": fmt.value, "file": out.name,
                           "at": at.isoformat(),
                           "known_at": known_at.isoformat() if known_at else None,
                           "tables": [t.name for t in tables]},
                )  # fmt: skip
                audit_id = entry.id
        temp.replace(out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return ExportResult(out, fmt, public, digest, out.stat().st_size, audit_id)


def write_public(out: IO[bytes], conn: Connection, fmt: ExportFormat | Table, *,
                 policy: PublicationPolicy, redactor: Redactor, at: dt.date,
                 base_url: str) -> None:  # fmt: skip
    """The public dataset in ``fmt`` (or one table as CSV) into ``out``: the site's
    downloads."""
    data = dataset(conn, public=True, policy=policy, at=at, base_url=base_url,
                   redactor=redactor)  # fmt: skip
    if isinstance(fmt, Table):
        write_csv(out, fmt, data.rows(fmt.name))
        return
    write(out, fmt, data, ExportInfo(True, at, None, dt.datetime.now(dt.UTC)))
