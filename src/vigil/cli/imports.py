"""``vigil import``: an organisation's list (CSV or XLSX) into the registry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import console

if TYPE_CHECKING:
    from vigil.ingest.lists.importer import ImportReport


def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The list: a .csv or .xlsx file")],
    recognized_by: Annotated[
        str | None,
        typer.Option(
            "--recognized-by",
            metavar="ORG",
            help="The organisation whose list it is: each person on it is recorded as "
            "recognised by ORG as of the list's date",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="The date the list speaks for (default: a date in its title rows, else today)",
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            metavar="FILE",
            help="Which column holds what (TOML); --dry-run prints the guessed one to edit",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be created; write nothing")
    ] = False,
    all_or_nothing: Annotated[
        bool, typer.Option("--all-or-nothing", help="Refuse the whole file if any row is bad")
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Propose each row's claims for review instead of recording them",
        ),
    ] = False,
) -> None:
    """Import a list of political prisoners: each row becomes claims quoting it, recorded
    as an audited import (or, with --review, left in the review queue).

    A person the registry already holds (in any script) is confirmed, not duplicated; a
    bad row is reported with its line and why, and the other rows go in. The whole file
    is one transaction.
    """
    from vigil.ingest.lists.columns import read_mapping
    from vigil.ingest.lists.importer import ImportOptions, import_list

    options = ImportOptions(
        recognized_by=" ".join((recognized_by or "").split()) or None,
        as_of=parse_day(as_of, "--as-of"),
        mapping=read_mapping(mapping) if mapping else None,
        review=review,
        all_or_nothing=all_or_nothing,
        dry_run=dry_run,
    )
    report = import_list(engine(), file, options, by=settings().actor)
    _show(report, show_mapping=dry_run)
    if report.bad:
        raise typer.Exit(2)


def _show(report: ImportReport, *, show_mapping: bool) -> None:
    from vigil.ingest.lists.importer import Fate

    name = escape(report.file)
    if not report.new_source:
        console.print(
            f"{name}: imported before as source {report.source_id}; nothing to do "
            f"(what is left undecided: vigil review --source {report.source_id})",
            soft_wrap=True,
        )
        return
    if show_mapping:
        for toml in report.mappings:
            console.print(escape(toml), soft_wrap=True, end="")
        console.print()
    f = report.fates
    console.print(
        f"{name}: {report.rows} person rows, {report.skipped} other rows skipped"
        + (f" → source {report.source_id}" if report.committed else ""),
        soft_wrap=True,
    )
    console.print(
        f"  as of {report.as_of} ({_whence(report.as_of_from)})"
        + (f", recognised by {escape(report.recognized_by)}" if report.recognized_by else ""),
        soft_wrap=True,
    )
    if report.review:
        console.print(f"  {report.claims} claims proposed for review", soft_wrap=True)
    else:
        console.print(
            f"  persons: {f[Fate.CREATED]} new, {f[Fate.EXISTING]} already in the registry, "
            f"{f[Fate.DUPLICATE]} rows repeat a person of this list"
            + (f", {f[Fate.REVIEW]} left for review" if f[Fate.REVIEW] else ""),
            soft_wrap=True,
        )
        console.print(
            f"  events: {report.events} recorded, {report.corroborated} confirm known facts; "
            f"{report.recognitions} recognitions; {report.facilities_created} new facilities",
            soft_wrap=True,
        )
        if report.statuses:
            held = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in report.statuses.most_common())
            console.print(f"  on {report.as_of}: {held}", soft_wrap=True)
    for problem in report.uncertain:
        console.print(f"  [yellow]review[/yellow] {escape(str(problem))}", soft_wrap=True)
    for problem in report.bad:
        console.print(f"  [red]bad row[/red] {escape(str(problem))}", soft_wrap=True)
    if report.dry_run:
        console.print("dry run: nothing was written", soft_wrap=True)
    elif not report.committed:
        console.print(
            f"refused: {len(report.bad)} bad rows and --all-or-nothing; nothing was written",
            soft_wrap=True,
        )
    elif report.review or f[Fate.REVIEW]:
        console.print("[dim]next: `vigil review` to decide what was left[/dim]")


def _whence(origin: str) -> str:
    return {
        "option": "--as-of",
        "mapping": "the mapping",
        "title": "the list's title",
        "today": "today: no date given, use --as-of",
    }.get(origin, origin)
