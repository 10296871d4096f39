"""``vigil person add/edit/publish-name/show/list/search``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput
from vigil.ingest.records import PersonInput, add_person_by_hand
from vigil.model import Gender, PartialDate, Person, PersonEdit
from vigil.read.dossier import Dossier, dossier
from vigil.status.recognition import UNATTRIBUTED_LABEL
from vigil.status.spans import opening_date
from vigil.store import persons as store
from vigil.store.db import connect, transaction

app = typer.Typer(no_args_is_help=True)

FormatOpt = Annotated[Format, typer.Option("--format", help="table, json or csv")]


@app.command("add")
def add(
    name: Annotated[list[str], typer.Option("--name", "-n", help="A name; repeat for variants")],
    gender: Annotated[Gender, typer.Option(help="female, male or unknown")] = Gender.UNKNOWN,
    born: Annotated[
        str | None, typer.Option(help="Birth date: YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
    region: Annotated[str | None, typer.Option(help="Region, e.g. Minsk, Homiel")] = None,
    occupation: Annotated[str | None, typer.Option()] = None,
    withhold_name: Annotated[
        bool, typer.Option("--withhold-name", help="Count the person but never publish the name")
    ] = False,
    notes: Annotated[str | None, typer.Option(help="Restricted: internal notes")] = None,
    health: Annotated[str | None, typer.Option(help="Restricted: health")] = None,
    family_contacts: Annotated[
        str | None, typer.Option(help="Restricted: how to reach the family")
    ] = None,
) -> None:
    """Add a person. The first --name is the primary name."""
    given = PersonInput.parse(
        name,
        gender=gender.value,
        born=born or "",
        region=region or "",
        occupation=occupation or "",
        name_withheld=withhold_name,
        notes=notes or "",
        health=health or "",
        family_contacts=family_contacts or "",
    )
    with transaction(engine()) as conn:
        person_id = add_person_by_hand(conn, given, by=settings().actor)
    console.print(f"added person {person_id}: {given.names[0]}")


#: ``--clear`` names a field as the options do, or as the record does.
_CLEARABLE = {
    "gender": "gender",
    "born": "birth_date",
    "birth-date": "birth_date",
    "region": "region",
    "occupation": "occupation",
    "notes": "notes",
    "health": "health",
    "family-contacts": "family_contacts",
}


@app.command("edit")
def edit(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    gender: Annotated[Gender | None, typer.Option(help="female, male or unknown")] = None,
    born: Annotated[
        str | None, typer.Option(help="Birth date: YYYY, YYYY-MM or YYYY-MM-DD; ~ estimates")
    ] = None,
    region: Annotated[str | None, typer.Option()] = None,
    occupation: Annotated[str | None, typer.Option()] = None,
    withhold_name: Annotated[
        bool,
        typer.Option("--withhold-name", help="Withhold the name (publishing it: publish-name)"),
    ] = False,
    notes: Annotated[str | None, typer.Option(help="Restricted: internal notes")] = None,
    health: Annotated[str | None, typer.Option(help="Restricted: health")] = None,
    family_contacts: Annotated[
        str | None, typer.Option(help="Restricted: how to reach the family")
    ] = None,
    clear: Annotated[
        list[str] | None,
        typer.Option(help="Clear a field (born, region, occupation, notes, ...); repeat"),
    ] = None,
) -> None:
    """Change the fields given, and no other: a field left out stays as it is."""
    given: dict[str, object] = {
        f: v
        for f, v in (
            ("gender", gender),
            ("birth_date", born),
            ("region", region),
            ("occupation", occupation),
            ("notes", notes),
            ("health", health),
            ("family_contacts", family_contacts),
        )
        if v is not None
    }
    if withhold_name:
        given["name_withheld"] = True
    for name in clear or ():
        field = _CLEARABLE.get(name.strip().lower().replace("_", "-"))
        if field is None:
            raise InvalidInput(
                f"--clear {name}: no such field", hint=f"clear one of {', '.join(_CLEARABLE)}"
            )
        if field in given:
            raise InvalidInput(
                f"{name} is both given and cleared", hint="give a value or --clear it, not both"
            )
        given[field] = None
    if not given:
        raise InvalidInput("nothing to change", hint="give a field, e.g. --region, or --clear")
    change = PersonEdit.parse(given)
    with transaction(engine()) as conn:
        changed = store.update_person(conn, person_id, change, by=settings().actor)
    if changed:
        console.print(f"person {person_id}: changed {', '.join(changed).replace('_', ' ')}")
    else:
        console.print(f"person {person_id}: nothing changed (it has these values)")


@app.command("publish-name")
def publish_name(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    reason: Annotated[
        str, typer.Option(help="Why the name may now be published (required; audited)")
    ] = "",
) -> None:
    """Publish a withheld name: an editor's decision, with a reason kept in the audit log."""
    with transaction(engine()) as conn:
        store.publish_name(conn, person_id, by=settings().actor, reason=reason)
    console.print(f"person {person_id}: the name is now published")


def _row(p: Person) -> dict[str, object]:
    return {
        "id": p.id,
        "name": p.display_name,
        "other_names": [n.text for n in p.names if n.text != p.display_name],
        "gender": p.gender.value,
        "born": str(p.birth_date) if p.birth_date else None,
        "region": p.region,
        "name_withheld": p.name_withheld,
    }


@app.command("list")
def list_(
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List persons by id."""
    with connect(engine()) as conn:
        people = store.list_persons(conn, limit=limit, offset=offset)
        total = store.count_persons(conn)
    emit(
        [_row(p) for p in people],
        fmt,
        title=f"persons {offset + 1}–{offset + len(people)} of {total}",
    )


@app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="The start of any name or word of a name")],
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Find persons by the start of any of their names, in any script."""
    with connect(engine()) as conn:
        people = store.search(conn, query, limit=limit)
    emit([_row(p) for p in people], fmt, title=f"persons matching {query!r}")


@app.command("show")
def show(
    person_id: Annotated[int, typer.Argument(help="The person's id")],
    restricted: Annotated[
        bool, typer.Option("--restricted", help="Also show restricted fields")
    ] = False,
    as_of: Annotated[
        str | None, typer.Option(help="Days held counted up to this day (default today)")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table or json")] = Format.TABLE,
) -> None:
    """A person's names, status, days held and every event with its source."""
    day = parse_day(as_of, "--as-of")
    with connect(engine()) as conn:
        d = dossier(conn, person_id, restricted=restricted, as_of=day)
    if fmt is Format.TABLE:
        _print(d, restricted)
    else:
        emit([_json(d, restricted)], Format.JSON)


def _since(d: Dossier) -> PartialDate | None:
    """The start of the present custody (not of the latest change within it), as
    precisely as its date is known."""
    seg = d.fold.current
    if seg is None:
        return None
    since = seg.start
    for earlier in reversed(d.fold.segments[:-1]):
        if earlier.custody is not seg.custody or earlier.end != since:
            break
        since = earlier.start
    return opening_date(d.events, since)


def _status_line(d: Dossier) -> str:
    seg = d.fold.current
    if seg is None:
        return "no custody events recorded"
    text = f"{seg.custody.value.replace('_', ' ')} since {_since(d)}"
    if seg.facility_id in d.facilities:
        text += f", {d.facilities[seg.facility_id].name}"
    if seg.recognized:
        text += f"; political prisoner ({d.headline.describe()})"
    if seg.incommunicado:
        text += "; [bold]incommunicado[/bold]"
    return text


def _print(d: Dossier, restricted: bool) -> None:
    p = d.person
    lines = [
        f"[bold]{escape(p.display_name)}[/bold]  (person {p.id})"
        + ("  [yellow]name withheld from publication[/yellow]" if p.name_withheld else ""),
        "also written: " + escape(", ".join(n.text for n in p.names[1:]))
        if len(p.names) > 1
        else "",
        f"{p.gender.value}"
        + (f", born {p.birth_date}" if p.birth_date else "")
        + (f", {p.region}" if p.region else "")
        + (f", {p.occupation}" if p.occupation else ""),
        f"status: {_status_line(d)}",
        f"days held: {d.held}   days incommunicado: {d.incommunicado}   (as of {d.as_of})",
        *(
            f"{escape(p.organisation or UNATTRIBUTED_LABEL)}: {p.status.value.replace('_', ' ')}"
            f" {p.date}"
            + (f" to {p.until}" if p.until else "")
            + (f" ({escape(p.criterion)})" if p.criterion else "")
            for p in d.positions
        ),
        _sentence_line(d),
    ]
    if restricted:
        r = p.restricted
        lines.append(
            f"[red]restricted[/red] notes: {r.notes or '-'} | health: {r.health or '-'} | "
            f"family: {r.family_contacts or '-'}"
        )
    console.print(Panel("\n".join(line for line in lines if line), expand=False))
    # The date is the key: it never wraps; what happened and the quotes wrap beside it.
    events = Table.grid(padding=(0, 2))
    events.add_column(no_wrap=True, min_width=10)
    events.add_column(overflow="fold", ratio=1)
    for e in d.events:
        mark = " [dim](superseded)[/dim]" if e.id in d.superseded else ""
        where = f" at {d.facilities[e.facility_id].name}" if e.facility_id in d.facilities else ""
        detail = e.detail.describe()
        events.add_row(
            str(e.date),
            f"[bold]{e.type.value.replace('_', ' ')}[/bold]{escape(where)}"
            f"{': ' + escape(detail) if detail else ''}  [dim]event {e.id}[/dim]{mark}",
        )
        for cid in e.claim_ids:
            claim = d.claims[cid]
            quote = " ".join(claim.quote.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            title = d.source_titles.get(claim.source_id, "")
            grade = d.source_grades.get(claim.source_id)
            graded = f", {grade.code}" if grade and grade.graded else ""
            events.add_row(
                "",
                f"“{escape(quote)}” — {escape(title)}"
                f" [dim](source {claim.source_id}{graded}, claim {cid})[/dim]",
            )
    if d.events:
        console.print(events, highlight=False)
    for c in d.fold.conflicts:
        console.print(f"[yellow]conflict:[/yellow] event {c.event_id}: {escape(c.reason)}")


def _sentence_line(d: Dossier) -> str:
    """The sentence in force, the time served and the expected release (an estimate,
    "~", where the start of the term is known only in part)."""
    r = d.release
    if r is None:
        return ""
    years, months = divmod(r.term_months, 12)
    line = f"sentence: {years} y {months} m from {r.start}; served {r.served} days"
    return line + (f"; expected release {r.release}" if r.held else "")


def _json(d: Dossier, restricted: bool) -> dict[str, object]:
    data: dict[str, object] = _row(d.person)
    data["names"] = [{"text": n.text, "script": n.script.value} for n in d.person.names]
    data["occupation"] = d.person.occupation
    seg = d.fold.current
    data["status"] = seg.custody.value if seg else None
    since = _since(d)
    data["status_since"] = str(since) if since else None
    data["recognized"] = bool(seg and seg.recognized)
    data["incommunicado"] = bool(seg and seg.incommunicado)
    data["days_held"] = d.days_held
    data["days_incommunicado"] = d.days_incommunicado
    data["days_held_at_least"] = d.held.at_least
    data["days_incommunicado_at_least"] = d.incommunicado.at_least
    data["as_of"] = str(d.as_of)
    data["recognitions"] = [
        {"organisation": p.organisation or UNATTRIBUTED_LABEL, "status": p.status.value,
         "date": str(p.date), "until": str(p.until) if p.until else None,
         "criterion": p.criterion, "event_id": p.event_id}
        for p in d.positions
    ]  # fmt: skip
    sentence = d.release
    data["sentence_months"] = sentence.term_months if sentence else None
    data["served_days"] = sentence.served.days if sentence else None
    data["expected_release"] = str(sentence.release) if sentence and sentence.held else None
    data["events"] = [
        {
            "id": e.id,
            "type": e.type.value,
            "date": str(e.date),
            "facility": d.facilities[e.facility_id].name if e.facility_id in d.facilities else None,
            "detail": e.detail.to_json(),
            "superseded": e.id in d.superseded,
            "supersedes": e.supersedes,
            "recorded_at": e.recorded_at.isoformat(),
            "claims": [
                {"id": c, "source_id": d.claims[c].source_id, "quote": d.claims[c].quote}
                for c in e.claim_ids
            ],
        }
        for e in d.events
    ]
    data["conflicts"] = [{"event_id": c.event_id, "reason": c.reason} for c in d.fold.conflicts]
    if restricted:
        r = d.person.restricted
        data["restricted"] = {
            "notes": r.notes,
            "health": r.health,
            "family_contacts": r.family_contacts,
        }
    return data
