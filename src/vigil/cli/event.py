"""``vigil event add/list``: facts on a person, each citing a source or a claim."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventPayload,
    EventType,
    NameLink,
    PartialDate,
    Recognition,
    RecognitionStatus,
    Regime,
    normalize_article,
)
from vigil.store.claims import cite
from vigil.store.db import connect, transaction
from vigil.store.events import add_event, load_events

app = typer.Typer(no_args_is_help=True)

_TERM = re.compile(r"^(?:(\d+)\s*y)?\s*(?:(\d+)\s*m)?$")


def parse_term(text: str) -> int:
    """``5y`` → 60, ``2y6m`` → 30, ``18m`` or ``18`` → 18 (months)."""
    clean = text.strip().lower()
    if clean.isdigit():
        return int(clean)
    match = _TERM.match(clean)
    if not clean or match is None or not any(match.groups()):
        raise InvalidInput(f"{text!r} is not a term", hint="write e.g. 5y, 2y6m or 18m")
    years, months = (int(g) if g else 0 for g in match.groups())
    return years * 12 + months


@app.command("add")
def add(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    event_type: Annotated[str, typer.Argument(metavar="TYPE", help="detained, sentenced, ...")],
    date: Annotated[str, typer.Argument(help="YYYY, YYYY-MM or YYYY-MM-DD; ~ for an estimate")],
    source: Annotated[int | None, typer.Option(help="Id of the source this rests on")] = None,
    quote: Annotated[
        str | None, typer.Option(help="The exact words of the source that say it")
    ] = None,
    claim: Annotated[list[int] | None, typer.Option(help="Id of an accepted claim")] = None,
    facility: Annotated[int | None, typer.Option(help="Facility id (see `vigil facility`)")] = None,
    case: Annotated[int | None, typer.Option(help="Case id")] = None,
    article: Annotated[
        list[str] | None, typer.Option(help="Criminal-code article, e.g. 342 or 361-1.1")
    ] = None,
    term: Annotated[str | None, typer.Option(help="Sentence term: 5y, 2y6m, 18m")] = None,
    regime: Annotated[str | None, typer.Option(help="general, strict, prison, ...")] = None,
    recognized_by: Annotated[str | None, typer.Option(help="Who recognized (Viasna, ...)")] = None,
    recognition: Annotated[
        RecognitionStatus, typer.Option(help="For recognized_political_prisoner events")
    ] = RecognitionStatus.RECOGNIZED,
    criterion: Annotated[str | None, typer.Option(help="e.g. 'PACE 1900 3.b'")] = None,
    note: Annotated[str | None, typer.Option()] = None,
    supersedes: Annotated[
        int | None, typer.Option(help="Id of the event this one corrects")
    ] = None,
    allow_conflict: Annotated[
        bool, typer.Option(help="Record it even if it contradicts the history")
    ] = False,
) -> None:
    """Record an event. It must cite --source (with --quote) or --claim."""
    kind = EventType.parse(event_type)
    when = PartialDate.parse(date)
    if source is None and not claim:
        raise InvalidInput(
            "an event must rest on a source", hint="cite one with --source ID or --claim ID"
        )
    if quote and source is None:
        raise InvalidInput("--quote needs --source", hint="say which source the words are from")
    detail = EventDetail(
        articles=tuple(normalize_article(a) for a in article or ()),
        term_months=parse_term(term) if term else None,
        regime=Regime.parse(regime) if regime else None,
        recognition=Recognition(recognition, recognized_by, criterion)
        if kind is EventType.RECOGNIZED_POLITICAL_PRISONER
        else None,
        note=note,
    )
    actor = settings().actor
    with transaction(engine()) as conn:
        claims = list(claim or ())
        if source is not None:
            claims.append(
                cite(
                    conn,
                    source,
                    quote,
                    kind=ClaimKind.EVENT,
                    extractor=MANUAL_EXTRACTOR,
                    by=actor,
                    payload=EventPayload(kind, when, link=NameLink(person_id)),
                )
            )
        event_id = add_event(
            conn,
            Event(
                person_id,
                kind,
                when,
                dt.datetime.now(dt.UTC),
                facility_id=facility,
                case_id=case,
                detail=detail,
                claim_ids=tuple(claims),
                supersedes=supersedes,
                recorded_by=actor,
            ),
            allow_conflict=allow_conflict,
        )
    console.print(f"recorded event {event_id}: {kind.value} on {when} for person {person_id}")


@app.command("list")
def list_(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Every event of a person, superseded ones included."""
    with connect(engine()) as conn:
        from vigil.store.persons import get_person

        get_person(conn, person_id)
        history = load_events(conn, [person_id])[person_id]
    superseded = {e.supersedes for e in history}
    rows = [
        {
            "id": e.id,
            "date": str(e.date),
            "type": e.type.value,
            "facility_id": e.facility_id,
            "detail": e.detail.to_json() or None,
            "claims": list(e.claim_ids),
            "supersedes": e.supersedes,
            "superseded": e.id in superseded,
            "recorded_at": e.recorded_at.isoformat(timespec="seconds"),
        }
        for e in history
    ]
    emit(rows, fmt, title=f"events of person {person_id}")
