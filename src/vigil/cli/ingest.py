"""``vigil ingest``: store sources, extract, and propose claims for review."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import console
from vigil.errors import VigilError


def ingest(
    files: Annotated[list[Path], typer.Argument(help="UTF-8 text files, front matter optional")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (overrides the front matter)")
    ] = None,
) -> None:
    """Store each file as a source, extract what it says, and propose claims to review.

    Each file is its own transaction: a bad file is reported and the others go in.
    Re-ingesting a file proposes nothing twice and never brings back a rejected claim.
    """
    from vigil.extract import extract
    from vigil.ingest import read_source
    from vigil.ingest.pipeline import ingest_source
    from vigil.store.db import transaction

    day = parse_day(published, "--published")
    failed = 0
    for path in files:
        try:
            source = read_source(path)
            if day is not None:
                source = replace(source, published=day)
            with transaction(engine()) as conn:
                report = ingest_source(conn, source, extract, by=settings().actor)
        except VigilError as exc:
            failed += 1
            sys.stderr.write(f"error: {path}: not ingested: {exc.one_line()}\n")
            continue
        what = "new source" if report.new_source else "known source"
        console.print(
            f"{path}: {what} {report.source_id}, {report.proposed} claims proposed"
            + (f", {report.already_known} already seen" if report.already_known else "")
            + (f", {report.linked} persons linked to the registry" if report.linked else "")
            + f" [dim]({report.extractor})[/dim]"
        )
        for note in report.notes:
            console.print(f"  [yellow]note:[/yellow] {note}")
    if failed:
        raise typer.Exit(2)
    console.print("[dim]next: `vigil review` to accept or reject what was proposed[/dim]")
