"""``vigil event add/list``: facts on a person, each citing a source or a claim."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.ingest.records import EventInput, correct_event, record_event
from vigil.model import RecognitionStatus
from vigil.store.db import connect, transaction
from vigil.store.events import get_event, load_events

app = typer.Typer(no_args_is_help=True)

Source = Annotated[int | None, typer.Option(help="Id of the source this rests on")]
Quote = Annotated[str | None, typer.Option(help="The exact words of the source that say it")]
Claims = Annotated[list[int] | None, typer.Option(help="Id of an accepted claim")]
FacilityOpt = Annotated[int | None, typer.Option(help="Facility id (see `vigil facility`)")]
CaseOpt = Annotated[int | None, typer.Option(help="Case id")]
Articles = Annotated[
    list[str] | None, typer.Option(help="Criminal-code article, e.g. 342 or 361-1.1")
]
Term = Annotated[str | None, typer.Option(help="Sentence term: 5y, 2y6m, 18m")]
RegimeOpt = Annotated[str | None, typer.Option(help="general, strict, prison, ...")]
RecognizedBy = Annotated[str | None, typer.Option(help="Who recognized (Viasna, ...)")]
RecognitionOpt = Annotated[
    RecognitionStatus, typer.Option(help="For recognized_political_prisoner events")
]
Criterion = Annotated[str | None, typer.Option(help="e.g. 'PACE 1900 3.b'")]
Note = Annotated[str | None, typer.Option()]
AllowConflict = Annotated[bool, typer.Option(help="Record it even if it contradicts the history")]
TypeArg = Annotated[str, typer.Argument(metavar="TYPE", help="detained, sentenced, ...")]
DateArg = Annotated[str, typer.Argument(help="YYYY, YYYY-MM or YYYY-MM-DD; ~ for an estimate")]


def _given(person_id: int, event_type: str, date: str, source: int | None, quote: str | None,
           claim: list[int] | None, facility: int | None, case: int | None,
           article: list[str] | None, term: str | None, regime: str | None,
           recognized_by: str | None, recognition: RecognitionStatus, criterion: str | None,
           note: str | None, allow_conflict: bool) -> EventInput:  # fmt: skip
    return EventInput.parse(
        person_id=person_id, type=event_type, date=date, source_id=source, quote=quote or "",
        claim_ids=list(claim or ()), facility_id=facility, case_id=case,
        articles=list(article or ()), term=term or "", regime=regime or "",
        recognized_by=recognized_by or "", recognition=recognition.value,
        criterion=criterion or "", note=note or "", allow_conflict=allow_conflict,
    )  # fmt: skip


@app.command("add")
def add(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    event_type: TypeArg,
    date: DateArg,
    source: Source = None,
    quote: Quote = None,
    claim: Claims = None,
    facility: FacilityOpt = None,
    case: CaseOpt = None,
    article: Articles = None,
    term: Term = None,
    regime: RegimeOpt = None,
    recognized_by: RecognizedBy = None,
    recognition: RecognitionOpt = RecognitionStatus.RECOGNIZED,
    criterion: Criterion = None,
    note: Note = None,
    supersedes: Annotated[
        int | None, typer.Option(help="Id of the event this one corrects (needs --reason)")
    ] = None,
    reason: Annotated[
        str | None, typer.Option(help="Why --supersedes corrects the event (kept in the log)")
    ] = None,
    allow_conflict: AllowConflict = False,
) -> None:
    """Record an event. It must cite --source (with --quote) or --claim."""
    given = _given(person_id, event_type, date, source, quote, claim, facility, case, article,
                   term, regime, recognized_by, recognition, criterion, note,
                   allow_conflict)  # fmt: skip
    actor = settings().actor
    with transaction(engine()) as conn:
        if supersedes is not None:
            event_id = correct_event(conn, supersedes, given, reason=reason or "", by=actor)
        else:
            if reason:
                raise InvalidInput("--reason goes with --supersedes", hint="or leave it out")
            event_id = record_event(conn, given, by=actor)
    console.print(f"recorded event {event_id}: {given.type.value} on {given.date} "
                  f"for person {person_id}")  # fmt: skip


@app.command("correct")
def correct(
    event_id: Annotated[int, typer.Argument(help="The event to correct")],
    event_type: TypeArg,
    date: DateArg,
    reason: Annotated[str, typer.Option(help="Why it is corrected (required; kept in the log)")],
    source: Source = None,
    quote: Quote = None,
    claim: Claims = None,
    facility: FacilityOpt = None,
    case: CaseOpt = None,
    article: Articles = None,
    term: Term = None,
    regime: RegimeOpt = None,
    recognized_by: RecognizedBy = None,
    recognition: RecognitionOpt = RecognitionStatus.RECOGNIZED,
    criterion: Criterion = None,
    note: Note = None,
    allow_conflict: AllowConflict = False,
) -> None:
    """Correct an event: a new event supersedes it (the old one stays in the history).
    The correction rests on the old event's sources and on any --source or --claim."""
    actor = settings().actor
    with transaction(engine()) as conn:
        person_id = get_event(conn, event_id).person_id
        given = _given(person_id, event_type, date, source, quote, claim, facility, case,
                       article, term, regime, recognized_by, recognition, criterion, note,
                       allow_conflict)  # fmt: skip
        new_id = correct_event(conn, event_id, given, reason=reason, by=actor)
    console.print(f"recorded event {new_id}: {given.type.value} on {given.date}, "
                  f"correcting event {event_id}")  # fmt: skip


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
