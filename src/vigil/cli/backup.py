"""``vigil backup FILE`` and ``vigil restore FILE``: the registry to one file and back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import console


def backup(
    file: Annotated[Path, typer.Argument(help="The backup file to write (mode 0600)")],
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists")] = False,
) -> None:
    """Write a consistent backup of the registry while it is in use (SQLite: the online
    backup API; PostgreSQL: pg_dump). The key file is not in it."""
    from vigil.auth.keyring import KeySource
    from vigil.store.backup import backup as write_backup

    size = write_backup(engine(), file, force=force)
    console.print(f"backup written to {file} ({size:,} bytes, mode 0600)", soft_wrap=True)
    keys = KeySource.of(settings())
    console.print(
        f"it does not contain the key file ({keys.where()}): keep a copy of that "
        "separately, or the restricted fields in this backup cannot be read",
        soft_wrap=True,
    )


def restore(
    file: Annotated[Path, typer.Argument(help="A file written by vigil backup")],
    force: Annotated[
        bool, typer.Option("--force", help="Replace a registry that is not empty")
    ] = False,
) -> None:
    """Replace the registry (an empty one, unless --force) with a backup. Stop vigil
    serve and other writers first."""
    from vigil.store.backup import restore as read_backup

    held = read_backup(engine(initialised=False), file, force=force)
    console.print(
        f"restored {file}: {held.persons} persons, {held.events} events, "
        f"{held.sources} sources, {held.audit_entries} audit entries",
        soft_wrap=True,
    )
    console.print("check it with `vigil audit verify`; restricted fields need the key file")
