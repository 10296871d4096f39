"""``vigil keys list/rotate``: the keys that seal restricted fields (never their material)."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit

app = typer.Typer(no_args_is_help=True)


@app.command("list")
def list_keys(
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Key ids, which one seals new values, and how many stored values each one seals."""
    from vigil.auth.keyring import KeySource
    from vigil.store.db import connect
    from vigil.store.restricted import census

    source = KeySource.of(settings())
    ring = source.load()
    with connect(engine()) as conn:
        counted = census(conn)
    held = list(ring.data_keys) if ring is not None else []
    ids = held + sorted((set(counted.fields) | set(counted.audit)) - set(held))
    rows = [
        {
            "key": key_id,
            "current": ring is not None and key_id == ring.current,
            "in_key_file": key_id in held,
            "restricted_values": counted.fields.get(key_id, 0),
            "audit_values": counted.audit.get(key_id, 0),
        }
        for key_id in ids
    ]
    emit(rows, fmt, title=f"keys in {source.where()}")
    if fmt is not Format.TABLE:
        return
    if ring is None:
        console.print("[red]no key file[/red]: restricted values cannot be opened")
    for row in rows:
        if not row["in_key_file"]:
            console.print(f"[red]key {row['key']} is missing[/red]: its values cannot be opened")
    if counted.plaintext:
        console.print(f"{counted.plaintext} restricted values are not encrypted: run vigil init")
    console.print(
        "[dim]The audit log is append-only and hash-chained, so the values it sealed are "
        "never re-sealed: a rotation keeps each old key that audit values still need.[/dim]",
        soft_wrap=True,
    )


@app.command("rotate")
def rotate() -> None:
    """Make a new key, re-encrypt every restricted field with it (one transaction), and
    drop old keys no stored value needs."""
    from vigil.auth.keyring import KeySource
    from vigil.store.restricted import rotate as rotate_keys

    source = KeySource.of(settings())
    done = rotate_keys(engine(), source)
    console.print(
        f"new key {done.current}: re-encrypted {done.resealed} restricted values; "
        f"key file {source.where()} rewritten (mode 0600)",
        soft_wrap=True,
    )
    if done.kept:
        console.print(
            f"kept old keys {', '.join(done.kept)}: audit entries hold values sealed with "
            "them (the log is never rewritten)"
        )
    if done.dropped:
        console.print(f"dropped old keys {', '.join(done.dropped)}", soft_wrap=True)
    console.print(
        f"the key file as it was is in {done.previous_file}: backups made before now need "
        "it. Keep it offline with them, or delete it if the old key was exposed.",
        soft_wrap=True,
    )
