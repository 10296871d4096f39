"""``import_list``: an organisation's list of political prisoners into the registry.

Provenance stays the rule. The file is one source (its text stored and hashed like any
source; the file's own SHA-256 in its details), and each row is claims quoting the
row: the person, and each event the row states (detained, sentenced, released ...).
An audited import by a staff user then accepts those claims through the review service
(``ingest.review.accept``), exactly as a reviewer would: a row whose person the
registry already holds, in any script, confirms that person's facts (corroboration)
instead of making a duplicate; a row whose person only *may* be someone known is left
proposed, for a person to decide. With ``review=True`` every claim is left proposed.

Each person on the list is recorded as recognised by the organisation as of the list's
date (``records.record_event``, the one way a recognition is recorded), once per person.

One transaction per file, one savepoint per row: a row that cannot be read or that
contradicts the record is reported with its line and why, and the others go in;
``all_or_nothing`` refuses the whole file on any bad row; ``dry_run`` does everything
and rolls it back, to show what would be created.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection, Engine

from vigil.errors import InvalidInput, VigilError
from vigil.ingest.linking import CERTAIN, link_person
from vigil.ingest.lists.cells import FacilityName, parse_name
from vigil.ingest.lists.columns import ColumnMap, MappingFile, find_header
from vigil.ingest.lists.dates import find_dates
from vigil.ingest.lists.rows import ListRow, PlannedEvent, read_row
from vigil.ingest.lists.sheet import RowRef, Sheet, SheetRow, cell_text, open_sheet
from vigil.ingest.records import (
    EventInput,
    FacilityInput,
    PersonInput,
    add_facility_by_hand,
    add_person_by_hand,
    record_event,
)
from vigil.ingest.review import Choice, accept, facility_matches
from vigil.model import (
    Claim,
    ClaimKind,
    EventPayload,
    EventType,
    NameLink,
    PartialDate,
    PersonPayload,
    Regime,
    RestrictedInfo,
    Source,
    fingerprint,
)
from vigil.model import (
    Connection as SourceConnection,
)
from vigil.names import match
from vigil.status import fold
from vigil.store import audit
from vigil.store.claims import add_claim, get_claims
from vigil.store.db import transaction
from vigil.store.event_reads import load_events
from vigil.store.events import corroborate_event
from vigil.store.persons import get_person
from vigil.store.sources import add_source

__all__ = [
    "EXTRACTOR",
    "Fate",
    "ImportOptions",
    "ImportReport",
    "RowProblem",
    "RowSeen",
    "import_list",
    "import_sheet",
]

#: The extractor version every claim of an imported list records.
EXTRACTOR = "import.list.v1"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    recognized_by: str | None = None  # the organisation whose list it is
    as_of: dt.date | None = None  # the date the list speaks for
    mapping: MappingFile | None = None
    review: bool = False  # propose the claims instead of recording them
    all_or_nothing: bool = False
    dry_run: bool = False


@dataclass(frozen=True, slots=True)
class RowProblem:
    ref: RowRef
    reason: str

    def __str__(self) -> str:
        return f"{self.ref}: {self.reason}"


class Fate(StrEnum):
    """What became of a person row."""

    CREATED = "created"  # a new person
    EXISTING = "existing"  # a person the registry held before the import
    DUPLICATE = "duplicate"  # a person an earlier row of the same file gave (new or not)
    REVIEW = "review"  # claims left for a person to decide
    BAD = "bad"


@dataclass(frozen=True, slots=True)
class RowSeen:
    """One row as a preview shows it: where, who, what became of them, what it states."""

    ref: RowRef
    name: str
    fate: Fate
    events: tuple[str, ...]


#: How many rows a report lists one by one (a preview of the file).
PREVIEW_ROWS = 50


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file: str
    sha256: str
    as_of: dt.date
    as_of_from: str  # "option", "mapping", "title", "today"
    recognized_by: str | None
    dry_run: bool = False
    review: bool = False
    source_id: int | None = None
    new_source: bool = True
    mappings: list[str] = field(default_factory=list)  # one TOML per table read
    rows: int = 0  # rows that describe a person
    skipped: int = 0  # titles, notes, totals, blanks
    fates: Counter[Fate] = field(default_factory=Counter)
    bad: list[RowProblem] = field(default_factory=list)
    uncertain: list[RowProblem] = field(default_factory=list)  # left for review, and why
    events: int = 0
    corroborated: int = 0
    recognitions: int = 0
    claims: int = 0
    facilities_created: int = 0
    statuses: Counter[str] = field(default_factory=Counter)  # distinct persons on as_of
    preview: list[RowSeen] = field(default_factory=list)  # the first rows
    committed: bool = False

    @property
    def persons(self) -> int:
        return self.fates[Fate.CREATED] + self.fates[Fate.EXISTING]


def import_list(engine: Engine, path: Path, options: ImportOptions, *, by: str) -> ImportReport:
    """Import the list in ``path`` in one transaction (see the module's docstring)."""
    sheet = open_sheet(path)
    with transaction(engine) as conn:
        return import_sheet(conn, sheet, options, by=by)


def import_sheet(
    conn: Connection, sheet: Sheet, options: ImportOptions, *, by: str
) -> ImportReport:
    """Import a list inside the caller's transaction, as one savepoint: kept, or (a dry
    run, or a bad row with ``all_or_nothing``) rolled back whole after it was reported."""
    unit = conn.begin_nested()
    try:
        report = _Import(conn, sheet, options, by).run()
    except BaseException:
        unit.rollback()
        raise
    undo = options.dry_run or (options.all_or_nothing and bool(report.bad))
    if undo:
        unit.rollback()
    else:
        unit.commit()
    report.committed = not undo
    return report


class _Import:
    def __init__(self, conn: Connection, sheet: Sheet, options: ImportOptions, by: str) -> None:
        self.conn, self.sheet, self.options, self.by = conn, sheet, options, by
        self.seen: dict[int, ListRow] = {}  # person id → the first row that gave them
        self.recognized: set[int] = set()
        self.persons: set[int] = set()  # every person a row was recorded on
        self.facilities: dict[str, int | None] = {}

    def run(self) -> ImportReport:
        o, sheet = self.options, self.sheet
        tables = []
        for table in sheet.tables():
            if o.mapping and o.mapping.sheet and table.name != o.mapping.sheet:
                continue
            found = find_header(table, o.mapping)
            if found is not None:
                tables.append((table, found))
        if not tables:
            raise _no_header(sheet, o.mapping)
        as_of, whence = self._as_of([r for _, (_, _, above) in tables for r in above])
        report = self.report = ImportReport(sheet.name, sheet.sha256, as_of, whence,
                                            o.recognized_by, o.dry_run, o.review)  # fmt: skip
        source_id, created = add_source(self.conn, self._source(as_of), by=self.by)
        report.source_id, report.new_source = source_id, created
        if not created:
            return report  # the same file was imported before: nothing to do twice
        for table, (cmap, rows, above) in tables:
            report.mappings.append(cmap.toml(table.name, PartialDate.of(as_of)))
            report.skipped += len(above)
            for row in rows:
                self._row(source_id, cmap, row)
        self._statuses(as_of)
        audit.record(
            self.conn,
            actor=self.by,
            action="list.import",
            target=f"source:{source_id}",
            after={"file": sheet.name, "sha256": sheet.sha256, "as_of": str(as_of),
                   "recognized_by": o.recognized_by, "rows": report.rows,
                   "bad": len(report.bad), "review": o.review,
                   "persons_created": report.fates[Fate.CREATED],
                   "persons_existing": report.fates[Fate.EXISTING]},
        )  # fmt: skip
        return report

    # The list as a whole --------------------------------------------------------------

    def _as_of(self, above: list[SheetRow]) -> tuple[dt.date, str]:
        o = self.options
        if o.as_of is not None:
            return o.as_of, "option"
        if o.mapping is not None and o.mapping.as_of is not None:
            return o.mapping.as_of.earliest, "mapping"
        for row in above:
            text = " ".join(cell_text(c) for c in row.cells)
            days = [d for d in find_dates(text) if d.day is not None]
            if days:
                return days[-1].earliest, "title"
        return dt.date.today(), "today"

    def _source(self, as_of: dt.date) -> Source:
        sheet, o = self.sheet, self.options
        return Source(
            text=sheet.text,
            title=f"List {sheet.name}" + (f" ({o.recognized_by})" if o.recognized_by else ""),
            publisher=o.recognized_by,
            published=as_of,
            language=_language(sheet.text),
            connection=SourceConnection.NGO,
            origin=f"list:sha256:{sheet.sha256}",
            meta={
                "kind": "list",
                "file": sheet.name,
                "sha256": sheet.sha256,
                "format": sheet.kind,
                "encoding": sheet.encoding,
                "delimiter": sheet.delimiter,
            },
        )

    # One row --------------------------------------------------------------------------

    def _row(self, source_id: int, cmap: ColumnMap, row: SheetRow) -> None:
        report = self.report
        if row.blank():
            report.skipped += 1
            return
        try:
            listed = read_row(row, cmap)
        except InvalidInput as exc:
            report.rows += 1
            report.fates[Fate.BAD] += 1
            report.bad.append(RowProblem(row.ref, exc.one_line()))
            return
        if listed is None:
            report.skipped += 1
            return
        report.rows += 1
        try:
            with self.conn.begin_nested():
                fate = self._write(source_id, listed)
        except VigilError as exc:
            report.fates[Fate.BAD] += 1
            report.bad.append(RowProblem(row.ref, exc.one_line()))
            return
        report.fates[fate] += 1
        if len(report.preview) < PREVIEW_ROWS:
            events = tuple(f"{e.type.value.replace('_', ' ')} {e.date}"
                           for e in listed.events(report.as_of))  # fmt: skip
            shown = listed.name.text or "(name withheld)"
            report.preview.append(RowSeen(row.ref, shown, fate, events))

    def _write(self, source_id: int, listed: ListRow) -> Fate:
        conn, report = self.conn, self.report
        name = listed.name
        text = name.text or f"name withheld ({self.sheet.name}, {listed.row.ref})"
        gender = listed.gender.value if listed.gender.value != "unknown" else None
        link = NameLink() if name.withheld else link_person(conn, text, gender)
        person_id, fate, why = self._resolve(listed, link)
        claims = self._claims(source_id, listed, text, link)
        report.claims += len(claims)
        if self.options.review or fate is Fate.REVIEW:
            if fate is Fate.REVIEW:
                report.uncertain.append(RowProblem(listed.row.ref, why))
            return Fate.REVIEW
        if person_id is None:
            person_id = add_person_by_hand(conn, _person_input(listed, text), by=self.by)
        person_claim, *event_claims = claims
        accept(conn, person_claim, Choice(person_id=person_id), by=self.by)
        planned = listed.events(report.as_of)
        for claim, event in zip(event_claims, planned, strict=True):
            facility_id = self._facility(event.facility) if event.facility else None
            decision = accept(conn, claim, Choice(person_id=person_id, facility_id=facility_id),
                              by=self.by)  # fmt: skip
            report.corroborated += decision.corroborates
            report.events += not decision.corroborates and decision.event_id is not None
        self._recognize(person_id, person_claim)
        self.persons.add(person_id)
        self.seen.setdefault(person_id, listed)
        return fate

    def _resolve(self, listed: ListRow, link: NameLink) -> tuple[int | None, Fate, str]:
        """The person a row is: a certain link that nothing on the row contradicts, or a
        new person; a close name that is not certain is for a person to decide."""
        if listed.name.withheld:
            return None, Fate.CREATED, ""
        # Another patronymic is another person (brothers share a surname and may share
        # a given name, never a father's name and a different one).
        close = [c for c in link.candidates if c.same and not _other_person(listed, c.name)]
        pid = link.person_id
        if pid is None and len(close) == 1 and close[0].score >= CERTAIN:
            pid = close[0].person_id  # its rivals were ruled out by their patronymics
        if pid is not None and listed.name.honorific is not None:
            # A Burmese name has no surname to move: "Win Oo" is not "Oo Win".
            written = {_key(n.text) for n in get_person(self.conn, pid).names}
            if _key(listed.name.text) not in written:
                shown = get_person(self.conn, pid).display_name
                why = f"may be person {pid} {shown} (the same words in another order)"
                return None, Fate.REVIEW, f"{why}: left for review"
        if pid is not None:
            clash = self._contradicts(pid, listed)
            if clash is None:
                return pid, (Fate.DUPLICATE if pid in self.seen else Fate.EXISTING), ""
            return None, Fate.CREATED, ""  # the same name, another person
        if close:
            listed_ = "; ".join(f"person {c.person_id} {c.name} ({c.reason})" for c in close[:3])
            return None, Fate.REVIEW, f"may be {listed_}: left for review"
        return None, Fate.CREATED, ""

    def _contradicts(self, person_id: int, listed: ListRow) -> str | None:
        """Why the row cannot be the person linked by name: another birth date, another
        father, another detention on the same list."""
        earlier = self.seen.get(person_id)
        birth = get_person(self.conn, person_id).birth_date
        if birth is not None and listed.birth is not None and not birth.compatible(listed.birth):
            return f"born {birth}, not {listed.birth}"
        if earlier is not None:
            if earlier.father and listed.father and _key(earlier.father) != _key(listed.father):
                return "another father's name"
            if (earlier.detention and listed.detention
                    and not earlier.detention.compatible(listed.detention)):  # fmt: skip
                return "another detention date on the same list"
        return None

    def _claims(self, source_id: int, listed: ListRow, text: str, link: NameLink) -> list[Claim]:
        """The person claim and one event claim per event, each quoting the row."""
        row = listed.row
        quote = self.sheet.text[row.start : row.end]
        made: list[Claim] = []

        def claim(kind: ClaimKind, key: object, payload: PersonPayload | EventPayload) -> None:
            mark = fingerprint(source_id, kind, row.start, row.end, key)
            c = Claim(source_id, row.start, row.end, quote, kind, EXTRACTOR, 1.0, payload,
                      fingerprint=mark)  # fmt: skip
            made.append(get_claims(self.conn, [add_claim(self.conn, c)])[0])

        why = f"row {row.ref} of the list {self.sheet.name}"
        gender = listed.gender if listed.gender.value != "unknown" else None
        claim(ClaimKind.PERSON, text, PersonPayload(text, gender=gender, link=link, reason=why))
        for event in listed.events(self.report.as_of):
            payload = _event_payload(event, text, link, why)
            claim(ClaimKind.EVENT, [event.type.value, str(event.date)], payload)
        return made

    def _facility(self, name: FacilityName) -> int | None:
        """The registry facility a cell names: one of the same name, else the only one it
        resembles (the facility matching of review), else a new facility."""
        key = name.text.casefold()
        if key in self.facilities:
            return self.facilities[key]
        matches = facility_matches(self.conn, name.text)
        same = [m for m in matches if m.same]
        found: int | None
        if same:
            found = same[0].facility_id
        elif len(matches) == 1:
            found = matches[0].facility_id
        elif matches:
            found = None  # several resemble it: the event goes in without its place
        else:
            found = add_facility_by_hand(
                self.conn, FacilityInput((name.text,), name.kind), by=self.by
            )
            self.report.facilities_created += 1
        self.facilities[key] = found
        return found

    def _recognize(self, person_id: int, person_claim: Claim) -> None:
        org, report = self.options.recognized_by, self.report
        if not org or person_id in self.recognized:
            return
        self.recognized.add(person_id)
        assert person_claim.id is not None
        for event in load_events(self.conn, [person_id]).get(person_id, []):
            rec = event.detail.recognition
            if (event.type is EventType.RECOGNIZED_POLITICAL_PRISONER and rec is not None
                    and rec.by == org and event.id is not None):  # fmt: skip
                corroborate_event(self.conn, event.id, person_claim.id, by=self.by)
                return
        record_event(
            self.conn,
            EventInput(
                person_id=person_id,
                type=EventType.RECOGNIZED_POLITICAL_PRISONER,
                date=PartialDate.of(report.as_of),
                claim_ids=(person_claim.id,),
                recognized_by=org,
                note=f"on the list {self.sheet.name}",
            ),
            by=self.by,
        )
        report.recognitions += 1

    def _statuses(self, as_of: dt.date) -> None:
        ids = sorted(self.persons)
        events = load_events(self.conn, ids)
        for pid in ids:
            segment = fold(events.get(pid, [])).at(as_of)
            self.report.statuses[segment.custody.value if segment else "at_liberty"] += 1


def _event_payload(event: PlannedEvent, name: str, link: NameLink, why: str) -> EventPayload:
    return EventPayload(
        event.type,
        event.date,
        person=name,
        facility=event.facility.text if event.facility else None,
        articles=event.articles,
        term_months=event.term_months,
        regime=Regime(event.regime) if event.regime else None,
        detail=event.note,
        link=link,
        reason=why,
    )


def _person_input(listed: ListRow, text: str) -> PersonInput:
    notes = f"Father's name: {listed.father}" if listed.father else ""
    given = PersonInput.parse(
        [text],
        gender=listed.gender.value,
        born=str(listed.birth) if listed.birth else "",
        region=listed.region or "",
        occupation=listed.occupation or "",
        name_withheld=listed.name.withheld,
        notes=notes,
    )
    return given if notes else PersonInput(given.names, given.gender, given.birth_date,
                                           given.region, given.occupation,
                                           given.name_withheld, RestrictedInfo())  # fmt: skip


def _other_person(listed: ListRow, known: str) -> bool:
    """Both names are whole (surname, given name, patronymic) and give another
    patronymic, or a surname that is not the same in any script."""
    theirs, mine = parse_name(known), listed.name
    if theirs is None or not (mine.patronymic and theirs.patronymic):
        return False
    if not match(mine.patronymic, theirs.patronymic).same:
        return True
    return bool(mine.surname and theirs.surname and not match(mine.surname, theirs.surname).same)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _language(text: str) -> str:
    sample = text[:5000]
    if re.search(r"[іўІЎ]", sample):
        return "be"
    if re.search(r"[а-яА-ЯёЁ]", sample):
        return "ru"
    return "en"


def _no_header(sheet: Sheet, given: MappingFile | None) -> InvalidInput:
    first = next((r for t in sheet.tables() for r in t.rows() if not r.blank()), None)
    headers = ", ".join(repr(str(c)) for c in first.cells if c is not None)[:200] if first else ""
    if given is not None and given.columns:
        return InvalidInput(
            f"{sheet.name}: no row has the headers the mapping names",
            hint="check the headers under [columns] against the file"
            + (f" (its first row: {headers})" if headers else ""),
        )
    return InvalidInput(
        f"{sheet.name}: no column of names found" + (f" (first row: {headers})" if headers else ""),
        hint='say which column holds what in a mapping file: write name = "<its header>" '
        "under [columns] and pass it with --mapping",
    )
