"""``vigil stats``: the number held, its history, and its breakdowns."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.markup import escape
from sqlalchemy import Connection

from vigil.cli.context import engine, parse_day
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.stats import counts, sight, summary
from vigil.stats.counts import BreakdownField
from vigil.stats.sight import Sight
from vigil.status import Step
from vigil.status.recognition import UNATTRIBUTED_LABEL
from vigil.store import headline as stored_headline
from vigil.store.db import connect
from vigil.store.persons import get_persons


def _out_of_sight(
    conn: Connection, day: dt.date, known: dt.date | None, which: Sight, fmt: Format
) -> None:
    found = sight.out_of_sight(conn, day, known, which)
    people = {p.id: p for p in get_persons(conn, [o.person_id for o in found])}
    rows = [
        {"id": o.person_id, "name": people[o.person_id].display_name, "since": str(o.since),
         "days": o.days.days, "at_least": o.days.at_least}
        for o in found
    ]  # fmt: skip
    if fmt is Format.TABLE:
        rows = [r | {"days": str(o.days)} for r, o in zip(rows, found, strict=True)]
        for r in rows:
            del r["at_least"]
    what = "whereabouts unknown" if which is Sight.WHEREABOUTS_UNKNOWN else "incommunicado"
    emit(rows, fmt, title=f"held {what} on {day}" + (f" (as known on {known})" if known else "")
         + f": {len(rows)}, days out of sight before {day}")  # fmt: skip


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
    recognized_by: Annotated[
        str | None,
        typer.Option(help="Count (with --list: list) those held whom this organisation recognizes"),
    ] = None,
    organisations: Annotated[
        bool, typer.Option("--organisations", help="Each organisation's own count")
    ] = False,
    incommunicado: Annotated[
        bool, typer.Option("--incommunicado", help="Those held incommunicado, with their days")
    ] = False,
    whereabouts_unknown: Annotated[
        bool,
        typer.Option("--whereabouts-unknown", help="Those held incommunicado, place unknown"),
    ] = False,
    list_: Annotated[
        bool, typer.Option("--list", help="With --recognized-by: the persons")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Recognized political prisoners held: on a day, over time, or broken down; each
    organisation's own count; those held incommunicado."""
    day = parse_day(at, "--at") or dt.date.today()
    known = parse_day(known_at, "--known-at")
    if (from_ or to) and series is None:
        raise InvalidInput("--from and --to go with --series", hint="add --series monthly")
    if list_ and recognized_by is None:
        raise InvalidInput("--list goes with --recognized-by", hint="add --recognized-by ORG")
    asked = [n for n, on in (("--series", series is not None), ("--by", by is not None),
             ("--recognized-by", recognized_by is not None), ("--organisations", organisations),
             ("--incommunicado", incommunicado or whereabouts_unknown)) if on]  # fmt: skip
    if len(asked) > 1:
        raise InvalidInput(f"{' and '.join(asked)} cannot be combined", hint="ask for one")
    as_known = f" (as known on {known})" if known else ""
    with connect(engine()) as conn:
        if incommunicado or whereabouts_unknown:
            which = Sight.WHEREABOUTS_UNKNOWN if whereabouts_unknown else Sight.INCOMMUNICADO
            _out_of_sight(conn, day, known, which, fmt)
            return
        if organisations:
            rows = [
                {"organisation": org or UNATTRIBUTED_LABEL, "held": n}
                for org, n in sight.organisation_counts(conn, day, known)
            ]
            headline = stored_headline.stored(conn)
            emit(rows, fmt, title=f"held on {day}, each organisation's own count{as_known} "
                 f"(headline: {headline.describe()})")  # fmt: skip
            return
        if recognized_by is not None:
            org = sight.resolve_organisation(conn, recognized_by)
            label = org or UNATTRIBUTED_LABEL
            if list_:
                ids = sight.recognized_by(conn, org, day, known)
                people = get_persons(conn, ids)
                rows = [{"id": p.id, "name": p.display_name} for p in people]
                emit(rows, fmt, title=f"held on {day}, recognized by {label}{as_known}: "
                     f"{len(rows)}")  # fmt: skip
                return
            n = sight.count_recognized_by(conn, org, day, known)
            if fmt is not Format.TABLE:
                emit([{"date": str(day), "recognized_by": label, "held": n}
                      | ({"known_at": str(known)} if known else {})], fmt)  # fmt: skip
                return
            console.print(f"[bold]{n}[/bold] held on {day}, recognized by {escape(label)}"
                          f"{as_known}")  # fmt: skip
            return
        if series is not None:
            end = parse_day(to, "--to") or day
            start = parse_day(from_, "--from") or end.replace(year=end.year - 5)
            rows = [
                {"date": str(d), "held": n}
                for d, n in counts.series(conn, start, end, series, known)
            ]
            title = f"held, {series.value}, {start} to {end}"
            emit(rows, fmt, title=title + as_known)
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
        f"[bold]{s.held}[/bold] political prisoners held on {s.at}, {escape(s.headline)} "
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
