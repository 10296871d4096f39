"""``vigil facility add/list``."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.ingest.records import FacilityInput, add_facility_by_hand, edit_facility
from vigil.model import FacilityKind
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
    given = FacilityInput.parse(
        name, kind=kind.value, region=region or "", postal_address=address or ""
    )
    with transaction(engine()) as conn:
        facility_id = add_facility_by_hand(conn, given, by=settings().actor)
    console.print(f"added facility {facility_id}: {given.names[0]}")


@app.command("edit")
def edit(
    facility_id: Annotated[int, typer.Argument(help="The facility's id")],
    name: Annotated[
        list[str] | None,
        typer.Option("--name", "-n", help="Its names, all of them; repeat for variants"),
    ] = None,
    kind: Annotated[FacilityKind | None, typer.Option()] = None,
    region: Annotated[str | None, typer.Option(help="'' clears it")] = None,
    address: Annotated[
        str | None, typer.Option(help="Postal address, for letters; '' clears it")
    ] = None,
) -> None:
    """Change a facility's names, kind, region or postal address; what is not given stays."""
    actor = settings().actor
    with transaction(engine()) as conn:
        old = store.get_facility(conn, facility_id)
        given = FacilityInput.parse(
            name or old.names,
            kind=(kind or old.kind).value,
            region=old.region or "" if region is None else region,
            postal_address=old.postal_address or "" if address is None else address,
        )
        changed = edit_facility(conn, facility_id, given, by=actor)
    if changed:
        console.print(f"facility {facility_id}: changed {', '.join(changed).replace('_', ' ')}")
    else:
        console.print(f"facility {facility_id}: nothing changed (it has these values)")


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
