"""``vigil case add/join/verdict/hearing/show/list/courts/judges``."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import Connection

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.ingest.cases import (
    CaseInput,
    VerdictInput,
    add_case_hearing,
    join_case,
    open_case,
    record_verdict,
)
from vigil.model import Case
from vigil.store import cases as store
from vigil.store.db import connect, transaction
from vigil.store.persons import get_persons

app = typer.Typer(no_args_is_help=True)

CaseId = Annotated[int, typer.Argument(help="The case's id")]
PersonId = Annotated[int, typer.Argument(help="The defendant's person id")]
FormatOpt = Annotated[Format, typer.Option("--format")]


@app.command("add")
def add(
    title: Annotated[str, typer.Option(help="What the case is called: 'Case of the five'")],
    defendant: Annotated[
        list[int], typer.Option("--defendant", "-d", help="A defendant's person id; repeat")
    ],
    article: Annotated[
        list[str] | None, typer.Option("--article", "-a", help="A criminal-code article; repeat")
    ] = None,
    activity: Annotated[
        str | None, typer.Option(help="What they actually did (kept apart from the charge)")
    ] = None,
    court: Annotated[str | None, typer.Option(help="The court, by name (made when new)")] = None,
    judge: Annotated[str | None, typer.Option(help="The judge, by name (made when new)")] = None,
    prosecutor: Annotated[str | None, typer.Option()] = None,
    hearing: Annotated[
        list[str] | None, typer.Option(help="A hearing date (YYYY[-MM[-DD]]); repeat")
    ] = None,
) -> None:
    """Open a case (a prosecution) with one or more defendants."""
    given = CaseInput.parse(
        title=title, defendants=defendant, articles=article or (), activity=activity or "",
        court=court or "", judge=judge or "", prosecutor=prosecutor or "",
        hearings=hearing or (),
    )  # fmt: skip
    with transaction(engine()) as conn:
        case_id = open_case(conn, given, by=settings().actor)
    n = len(given.person_ids)
    console.print(f"added case {case_id}: {given.title} ({n} defendant{'s' if n > 1 else ''})")


@app.command("join")
def join(case_id: CaseId, person_id: PersonId) -> None:
    """Add a person to a case's defendants."""
    with transaction(engine()) as conn:
        person = join_case(conn, case_id, person_id, by=settings().actor)
    console.print(f"case {case_id}: person {person} is a defendant")


@app.command("verdict")
def verdict(
    case_id: CaseId,
    person_id: PersonId,
    date: Annotated[str, typer.Option(help="The verdict's date, YYYY[-MM[-DD]]")] = "",
    term: Annotated[str, typer.Option(help="The term: 5y, 2y6m or 18m")] = "",
    regime: Annotated[str, typer.Option(help="general, enhanced, strict, ...")] = "",
    note: Annotated[str, typer.Option(help="What else: 'acquitted', 'fine of 1,000 BYN'")] = "",
    appeal: Annotated[
        str, typer.Option(help="pending, upheld, reduced, increased, overturned or retrial")
    ] = "",
    appeal_date: Annotated[str, typer.Option(help="When the appeal was decided")] = "",
) -> None:
    """Record a defendant's verdict and appeal; what is given replaces what was recorded."""
    given = VerdictInput.parse(date=date, term=term, regime=regime, note=note, appeal=appeal,
                               appeal_date=appeal_date)  # fmt: skip
    with transaction(engine()) as conn:
        changed = record_verdict(conn, case_id, person_id, given, by=settings().actor)
    if changed:
        console.print(f"case {case_id}, person {person_id}: changed "
                      + ", ".join(changed).replace("_", " "))  # fmt: skip
    else:
        console.print(f"case {case_id}, person {person_id}: nothing changed")


@app.command("hearing")
def hearing(case_id: CaseId, date: Annotated[str, typer.Argument(help="YYYY[-MM[-DD]]")]) -> None:
    """Record a hearing of a case."""
    with transaction(engine()) as conn:
        add_case_hearing(conn, case_id, date, by=settings().actor)
    console.print(f"case {case_id}: hearing on {date}")


def _names(conn: Connection, cases: list[Case]) -> dict[int, str]:
    ids = sorted({p for c in cases for p in c.person_ids})
    return {p.id: p.display_name for p in get_persons(conn, ids) if p.id is not None}


@app.command("show")
def show(case_id: CaseId, fmt: FormatOpt = Format.TABLE) -> None:
    """A case: its court, judge, charge and activity, and each defendant's verdict."""
    with connect(engine()) as conn:
        case = store.get_case(conn, case_id)
        names = _names(conn, [case])
    rows = [
        {"person": d.person_id, "name": names.get(d.person_id, ""),
         "verdict": d.verdict.describe() if d.verdict else "", "appeal": d.appeal_text()}
        for d in case.defendants
    ]  # fmt: skip
    if fmt is not Format.TABLE:
        emit(rows, fmt)
        return
    console.print(f"[bold]case {case.id}[/bold]: {case.title}", soft_wrap=True)
    for label, value in (
        ("court", case.court.name if case.court else None),
        ("judge", case.judge.name if case.judge else None),
        ("prosecutor", case.prosecutor),
        ("articles", ", ".join(case.articles) or None),
        ("activity", case.activity),
        ("hearings", ", ".join(str(h) for h in case.hearings) or None),
    ):
        if value:
            console.print(f"  {label}: {value}", soft_wrap=True, markup=False)
    emit(rows, fmt, title=f"{len(rows)} defendant{'s' if len(rows) != 1 else ''}")


@app.command("list")
def list_(
    person: Annotated[int | None, typer.Option(help="Only this person's cases")] = None,
    court: Annotated[int | None, typer.Option(help="Only this court's cases (its id)")] = None,
    judge: Annotated[int | None, typer.Option(help="Only this judge's cases (their id)")] = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List cases."""
    with connect(engine()) as conn:
        found = store.list_cases(conn, person_id=person, court_id=court, judge_id=judge)
    rows = [
        {"id": c.id, "title": c.title, "defendants": len(c.defendants),
         "court": c.court.name if c.court else None, "judge": c.judge.name if c.judge else None,
         "articles": list(c.articles)}
        for c in found
    ]  # fmt: skip
    emit(rows, fmt, title="cases")


def _tally_rows(tallies: list[store.Tally]) -> list[dict[str, object]]:
    return [
        {"id": t.id, "name": t.name, "cases": t.cases, "defendants": t.defendants,
         "sentenced": t.sentenced, "years": round(t.months / 12, 1)}
        for t in tallies
    ]  # fmt: skip


@app.command("courts")
def courts(fmt: FormatOpt = Format.TABLE) -> None:
    """Courts, with what each decided: cases, defendants, verdicts, years given."""
    with connect(engine()) as conn:
        rows = _tally_rows(store.tally_courts(conn))
    emit(rows, fmt, title="courts")


@app.command("judges")
def judges(fmt: FormatOpt = Format.TABLE) -> None:
    """Judges, with what each decided: cases, defendants, verdicts, years given."""
    with connect(engine()) as conn:
        rows = _tally_rows(store.tally_judges(conn))
    emit(rows, fmt, title="judges")
