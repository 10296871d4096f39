"""``vigil export``: the whole registry as one file, public or full."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import console
from vigil.errors import InvalidInput
from vigil.publish import PublicationPolicy
from vigil.publish.export import TABLES, ExportFormat, export_file, table


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="csv (a zip of tables), xlsx, json, datapackage or ftm"),
    ],
    public: Annotated[
        bool,
        typer.Option(
            "--public",
            help="Through the publication boundary: what the public may see. Without it, "
            "a full export (editors only, recorded in the audit log)",
        ),
    ] = False,
    at: Annotated[str | None, typer.Option(help="Status on this day (default today)")] = None,
    known_at: Annotated[
        str | None,
        typer.Option(help="As the registry knew it on this day (records added later left out)"),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="The file to write (default vigil-public-DATE.EXT)")
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--table",
            help="Only this table (repeat for more): " + ", ".join(t.name for t in TABLES),
        ),
    ] = None,
) -> None:
    """Write the whole registry (persons, events, cases, defendants, facilities, sources,
    figures) as one file in the format of your tool."""
    day = parse_day(at, "--at") or dt.date.today()
    known = parse_day(known_at, "--known-at")
    names = {t.name for t in TABLES}
    for name in only or ():
        if name not in names:
            raise InvalidInput(f"there is no table {name!r}", hint="use one of: " + ", ".join(
                t.name for t in TABLES))  # fmt: skip
    tables = [table(n) for n in only] if only else list(TABLES)
    kind = "public" if public else "full"
    target = out or Path(f"vigil-{kind}-{day.isoformat()}{fmt.suffix}")
    s = settings()
    policy = PublicationPolicy.parse(s.withheld_dates, s.withheld_shows, s.min_cell)
    result = export_file(engine(), target, fmt, public=public, policy=policy, at=day,
                         known_at=known, base_url=s.public_url, actor=s.actor,
                         tables=tables)  # fmt: skip
    console.print(f"wrote {result.path} ({result.size:,} bytes, {kind}, status on {day}"
                  + (f" as known on {known}" if known else "") + ")", soft_wrap=True)  # fmt: skip
    console.print(f"sha256 {result.sha256}", soft_wrap=True)
    if result.audit_id is not None:
        console.print(f"recorded in the audit log as entry {result.audit_id}: a full export "
                      "holds withheld names; do not publish it", soft_wrap=True)  # fmt: skip
