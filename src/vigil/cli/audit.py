"""``vigil audit show/verify``: the append-only, hash-chained log of changes people made."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import Format, emit

app = typer.Typer(no_args_is_help=True)


class ShowFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def _compact(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


@app.command("show")
def show(
    actor: Annotated[str | None, typer.Option(help="Only changes made by this actor")] = None,
    target: Annotated[
        str | None, typer.Option(help="Only changes to this record, e.g. person:12, claim:7")
    ] = None,
    action: Annotated[
        str | None,
        typer.Option(help="Only actions starting with this, e.g. person.merge or claim."),
    ] = None,
    table: Annotated[
        str | None, typer.Option(help="Only changes to records of this kind, e.g. person")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD, UTC)")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this day, included")] = None,
    limit: Annotated[int, typer.Option(min=1, help="The newest N entries")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip the newest N entries first")] = 0,
    fmt: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.TABLE,
) -> None:
    """List the log, newest first: who changed what, when, and the record before and after.

    Restricted values the log keeps sealed are shown opened when the key file is there."""
    from vigil.auth.keyring import KeySource
    from vigil.store.audit import entries
    from vigil.store.db import connect
    from vigil.store.restricted import reveal

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    with connect(engine()) as conn:
        found = entries(conn, actor=actor, target=target, action=action, table=table,
                        since=first, until=last, limit=limit, offset=offset)  # fmt: skip
    ring = KeySource.of(settings()).load()
    found = [reveal(e, ring) for e in found]
    rows = [
        {
            "id": e.id,
            "at": e.at.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "actor": e.actor,
            "action": e.action,
            "target": e.target,
            "before": e.before,
            "after": e.after,
            "prev_hash": e.prev_hash,
            "hash": e.hash,
        }
        for e in found
    ]
    if fmt is ShowFormat.JSONL:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is ShowFormat.JSON:
        emit(rows, Format.JSON)
    else:
        shown = [
            {**r, "before": _compact(r["before"]), "after": _compact(r["after"]),
             "hash": r["hash"][:12]}
            for r in rows
        ]  # fmt: skip
        columns = ["id", "at", "actor", "action", "target", "before", "after", "hash"]
        emit(shown, Format.TABLE, title="audit log, newest first", columns=columns)


@app.command("verify")
def verify(
    expect_head: Annotated[
        str | None,
        typer.Option(help="A head hash printed earlier: it must still be in the log"),
    ] = None,
    expect_count: Annotated[
        int | None,
        typer.Option(min=0, help="An entry count printed earlier: the log must not be shorter"),
    ] = None,
) -> None:
    """Check every entry's keyed hash and its link to the one before, then replay the log
    against the registry: a record changed without an entry is reported; exit 1.

    With an anchor printed earlier (--expect-count, --expect-head) it also sees entries
    cut off the end and a log rewritten with fresh hashes. Needs the key file.
    """
    from vigil.errors import VigilError
    from vigil.store.audit import verify as check
    from vigil.store.db import connect

    with connect(engine()) as conn:
        result = check(conn, expect_count=expect_count, expect_head=expect_head)
    if not result.ok:
        for line in result.records:
            typer.echo(line, err=True)
        if result.unrecorded > len(result.records):
            typer.echo(f"... and {result.unrecorded - len(result.records)} more", err=True)
        if result.records:
            raise VigilError(
                f"audit log does not match the registry: {result.problem}",
                hint="someone wrote to the database around Vigil; compare with a backup, and "
                "find out who could write to it",
            )
        where = f" at entry {result.first_bad_id}" if result.first_bad_id is not None else ""
        raise VigilError(
            f"audit log broken{where}: {result.problem}",
            hint="restore from backup, and find out who could write to the database; "
            f"the first {result.checked} entries still fit the chain",
        )
    typer.echo(f"audit log intact: {result.checked} entries, head {result.head}")


@app.command("baseline")
def baseline(
    why: Annotated[str, typer.Option(help="Why the registry is vouched for as it is now")],
) -> None:
    """Write one entry that states every record as it is now: once, after upgrading a
    registry whose log was written before keying. Run `vigil audit verify` first."""
    from vigil.cli.context import settings
    from vigil.store.audit import baseline as write
    from vigil.store.db import transaction

    with transaction(engine()) as conn:
        entry = write(conn, by=settings().actor, why=why)
    total = sum(entry.after["records"].values())
    typer.echo(f"baseline entry {entry.id}: {total} records stated, head {entry.hash}")
