"""``vigil stats``: the number held, its history, and its breakdowns."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from vigil.cli.context import engine, parse_day
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.stats import counts, summary
from vigil.stats.counts import BreakdownField
from vigil.status import Step
from vigil.store.db import connect


def stats(
    at: Annotated[str | None, typer.Option(help="Count on this day (default today)")] = None,
    known_at: Annotated[
        str | None,
        typer.Option(help="Count as the registry knew it on this day (reproduces old figures)"),
    ] = None,
    by: Annotated[
        BreakdownField | None, typer.Option(help="Break the count down by a field")
    ] = None,
    series: Annotated[Step | None, typer.Option(help="A series: monthly or daily")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="Series start (YYYY-MM-DD)")] = None,
    to: Annotated[str | None, typer.Option(help="Series end (YYYY-MM-DD, default --at)")] = None,
    cases: Annotated[bool, typer.Option("--cases", help="Also count prosecutions")] = False,
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Recognized political prisoners held: on a day, over time, or broken down."""
    day = parse_day(at, "--at") or dt.date.today()
    known = parse_day(known_at, "--known-at")
    if (from_ or to) and series is None:
        raise InvalidInput("--from and --to go with --series", hint="add --series monthly")
    with connect(engine()) as conn:
        if series is not None:
            end = parse_day(to, "--to") or day
            start = parse_day(from_, "--from") or end.replace(year=end.year - 5)
            rows = [
                {"date": str(d), "held": n}
                for d, n in counts.series(conn, start, end, series, known)
            ]
            title = f"held, {series.value}, {start} to {end}"
            emit(rows, fmt, title=title + (f" (as known on {known})" if known else ""))
            return
        if by is not None:
            total = counts.count_at(conn, day, known)
            rows = [
                {by.value: key, "held": n, "share": f"{100 * n / total:.1f}%" if total else ""}
                for key, n in counts.breakdown(conn, day, by, known)
            ]
            emit(
                rows,
                fmt,
                title=f"held on {day} by {by.value}" + (f" (as known on {known})" if known else ""),
            )
            return
        s = summary(conn, day, known_at=known, with_cases=cases)
    row: dict[str, object] = {
        "date": str(s.at),
        "held": s.held,
        "change_since_month_before": s.held - s.held_month_before,
    }
    if s.known_at is not None:
        row |= {
            "known_at": str(s.known_at),
            "held_as_known": s.held_as_known,
            "back_filled": s.back_filled,
        }
    if s.cases is not None:
        row["prosecutions"] = s.cases
    if fmt is not Format.TABLE:
        emit([row], fmt)
        return
    change = s.held - s.held_month_before
    console.print(
        f"[bold]{s.held}[/bold] recognized political prisoners held on {s.at} "
        f"({'+' if change >= 0 else ''}{change} since a month before)"
    )
    if s.known_at is not None:
        console.print(
            f"as the registry knew it on {s.known_at}: [bold]{s.held_as_known}[/bold]; "
            f"{s.back_filled} recorded since (back-filled cases)"
        )
    if s.cases is not None:
        console.print(f"prosecutions of the persons held: {s.cases}")
    console.print(
        "[dim]Counts are verified minimums: only persons with a sourced detention "
        "and a recognition are counted.[/dim]"
    )
