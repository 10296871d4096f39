"""``vigil facility add/list``."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.model import Facility, FacilityKind
from vigil.store import facilities as store
from vigil.store.db import connect, transaction

app = typer.Typer(no_args_is_help=True)


@app.command("add")
def add(
    name: Annotated[list[str], typer.Option("--name", "-n", help="A name; repeat for variants")],
    kind: Annotated[FacilityKind, typer.Option()] = FacilityKind.OTHER,
    region: Annotated[str | None, typer.Option()] = None,
    address: Annotated[str | None, typer.Option(help="Postal address, for letters")] = None,
) -> None:
    """Add a place of detention."""
    names = tuple(" ".join(n.split()) for n in name if n.strip())
    with transaction(engine()) as conn:
        facility_id = store.add_facility(
            conn, Facility(names, kind, region, address), by=settings().actor
        )
    console.print(f"added facility {facility_id}: {names[0] if names else ''}")


@app.command("list")
def list_(fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE) -> None:
    """List facilities."""
    with connect(engine()) as conn:
        found = store.list_facilities(conn)
    rows = [
        {
            "id": f.id,
            "name": f.name,
            "other_names": list(f.names[1:]),
            "kind": f.kind.value,
            "region": f.region,
            "address": f.postal_address,
        }
        for f in found
    ]
    emit(rows, fmt, title="facilities")
