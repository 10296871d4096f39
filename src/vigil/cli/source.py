"""``vigil source add/claim/list/show/edit/history``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.ingest import read_source
from vigil.ingest.manual import propose_span
from vigil.model.source_edit import SOURCE_FIELDS, SourceCorrection
from vigil.store import sources as store
from vigil.store.db import connect, transaction

app = typer.Typer(no_args_is_help=True)


@app.command("add")
def add(
    files: Annotated[list[Path], typer.Argument(help="UTF-8 text files, front matter optional")],
) -> None:
    """Add text files as sources. All are checked first: one bad file adds none."""
    read = [(path, read_source(path)) for path in files]
    actor = settings().actor
    with transaction(engine()) as conn:
        results = [(path, *store.add_source(conn, src, by=actor)) for path, src in read]
    for path, source_id, created in results:
        what = "added" if created else "already stored as"
        console.print(f"{path}: {what} source {source_id}")


@app.command("claim")
def claim(
    source_id: Annotated[int, typer.Argument(help="The source's id")],
    kind: Annotated[
        str, typer.Argument(help="person, event, figure, facility, organization, quote")
    ],
    start: Annotated[int | None, typer.Option(help="First character of the span (from 0)")] = None,
    end: Annotated[int | None, typer.Option(help="The character after the span")] = None,
    words: Annotated[
        str | None, typer.Option(help="Or: the words of the span, as the source writes them")
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field", "-f", help="What it states, NAME=VALUE; repeat (e.g. type=detained)"
        ),
    ] = None,
) -> None:
    """Propose a claim on a span of a source, for review (what the extractor missed)."""
    fields: dict[str, str] = {}
    for item in field or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--field {item!r} is not NAME=VALUE", hint="e.g. --field date=2020")
        fields[name.strip()] = value
    with transaction(engine()) as conn:
        claim_id = propose_span(conn, source_id, kind, fields, by=settings().actor,
                                start=start, end=end, words=words or "")  # fmt: skip
    console.print(f"proposed claim {claim_id} on source {source_id}; "
                  f"review it with `vigil review --source {source_id}`")  # fmt: skip


@app.command("list")
def list_(
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """List sources."""
    with connect(engine()) as conn:
        found = store.list_sources(conn, limit=limit, offset=offset)
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "published": str(s.published) if s.published else None,
            "language": s.language,
            "grade": s.grade.code or None,
            "chars": len(s.text),
            "url": s.url,
        }
        for s in found
    ]
    emit(rows, fmt, title="sources")


@app.command("show")
def show(source_id: Annotated[int, typer.Argument()]) -> None:
    """Print a source with its metadata."""
    with connect(engine()) as conn:
        s = store.get_source(conn, source_id)
    console.print(f"[bold]{s.title or '(untitled)'}[/bold]  source {s.id}")
    for label, value in (
        ("url", s.url),
        ("publisher", s.publisher),
        ("published", s.published),
        ("language", s.language),
        ("grade", s.grade.label),
        ("hash", s.hash),
    ):
        if value:
            console.print(f"[dim]{label}:[/dim] {value}")
    console.print()
    console.print(s.text, markup=False)


@app.command("edit")
def edit(
    source_id: Annotated[int, typer.Argument(help="The source's id")],
    title: Annotated[str | None, typer.Option()] = None,
    url: Annotated[str | None, typer.Option(help="An http(s) address")] = None,
    publisher: Annotated[str | None, typer.Option()] = None,
    published: Annotated[str | None, typer.Option(help="YYYY-MM-DD, not in the future")] = None,
    language: Annotated[str | None, typer.Option(help="en, ru, be, uk, ...")] = None,
    reliability: Annotated[
        str | None,
        typer.Option(help="A (completely reliable) to E (unreliable), F (cannot be judged)"),
    ] = None,
    credibility: Annotated[
        str | None, typer.Option(help="1 (confirmed) to 5 (improbable), 6 (cannot be judged)")
    ] = None,
    clear: Annotated[
        list[str] | None, typer.Option(help="Clear a detail (title, url, ...); repeat")
    ] = None,
    why: Annotated[str | None, typer.Option(help="Why, kept in the audit log")] = None,
) -> None:
    """Correct a source's details or grade; its text never changes. Audited, with history."""
    # in SOURCE_FIELDS order
    values = (title, url, publisher, published, language, reliability, credibility)
    given: dict[str, object] = {
        f: v for f, v in zip(SOURCE_FIELDS, values, strict=True) if v is not None
    }
    for name in clear or ():
        field = name.strip().lower()
        if field not in SOURCE_FIELDS:
            raise InvalidInput(
                f"--clear {name}: no such detail", hint=f"clear one of {', '.join(SOURCE_FIELDS)}"
            )
        if field in given:
            raise InvalidInput(
                f"{field} is both given and cleared", hint="give a value or --clear it, not both"
            )
        given[field] = None
    if not given:
        raise InvalidInput("nothing to change", hint="give a detail, e.g. --published, or --clear")
    correction = SourceCorrection.parse(given)
    with transaction(engine()) as conn:
        changed = store.correct_source(conn, source_id, correction, by=settings().actor, why=why)
    if changed:
        console.print(f"source {source_id}: " + "; ".join(str(c) for c in changed), markup=False)
    else:
        console.print(f"source {source_id}: nothing changed (it has these values)")


@app.command("history")
def history(
    source_id: Annotated[int, typer.Argument()],
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """The source's details over time, newest first: who changed what, when and why."""
    with connect(engine()) as conn:
        revisions = store.source_history(conn, source_id)
    rows = [
        {
            "entry": r.entry_id,
            "at": r.at.isoformat(),
            "by": r.by,
            "action": r.action,
            "changes": str(r),
        }
        for r in revisions
    ]
    emit(rows, fmt, title=f"source {source_id}")
