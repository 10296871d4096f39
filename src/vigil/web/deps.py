"""Request dependencies shared by pages and API: a read-only connection, the publication
(the public side's only road to the registry), dates, the public list's parameters and
rows (the same for the page, its downloads and the API), the review queue's filter and
the extractor ingestion runs (the same for the staff pages and the staff API)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Path, Query, Request
from sqlalchemy import Connection, Engine

from vigil.errors import InvalidInput
from vigil.ingest.pipeline import ExtractFn
from vigil.ingest.queue import QueueFilter
from vigil.model import Gender, PartialDate, normalize_article
from vigil.publish import PersonQuery, PersonSort, PersonSummary, Publication, StatusFilter
from vigil.store.db import connect

__all__ = [
    "Conn",
    "Extract",
    "Filter",
    "FilterId",
    "ListParams",
    "Pub",
    "RecordId",
    "extractor",
    "list_params",
    "parse_day",
    "public_rows",
    "queue_filter",
    "today",
]

PER_PAGE = (25, 50, 100, 200)
E = TypeVar("E", StatusFilter, PersonSort, Gender)


def _conn(request: Request) -> Iterator[Connection]:
    engine: Engine = request.app.state.engine
    with connect(engine) as conn:
        yield conn


Conn = Annotated[Connection, Depends(_conn)]


def _publication(request: Request, conn: Conn) -> Publication:
    state = request.app.state
    return Publication.open(conn, state.policy, state.redactors)


#: What every public page and public API route reads the registry through.
Pub = Annotated[Publication, Depends(_publication)]

#: A record id in a path: bounded so a huge number is a clear 422, not a database error.
RecordId = Annotated[int, Path(le=2**31 - 1, description="A record id")]
#: An optional record id in the query string (a filter: ``/cases?court=3``).
FilterId = Annotated[int | None, Query(ge=1, le=2**31 - 1, description="A record id")]


def today() -> dt.date:
    return dt.date.today()


def parse_day(text: str | None, name: str) -> dt.date | None:
    """A full ``YYYY-MM-DD`` date, or None when empty."""
    if not text:
        return None
    date = PartialDate.parse(text)
    if date.day is None or date.estimate:
        raise InvalidInput(f"{name} needs a full date, not {text!r}", hint="write YYYY-MM-DD")
    return date.earliest


def _choice(kind: type[E], text: str, name: str) -> E:
    try:
        return kind(text)
    except ValueError:
        known = ", ".join(m.value for m in kind)
        raise InvalidInput(f"{name} cannot be {text!r}", hint=f"use one of: {known}") from None


@dataclass(frozen=True, slots=True)
class ListParams:
    """The public list's parameters as given (for forms and links) and as parsed."""

    q: str
    status: str
    region: str
    facility: str
    article: str
    gender: str
    sort: str
    page: int
    per_page: int
    query: PersonQuery
    from_: str = ""  # in custody on some day from ... (the ``from`` parameter)
    to: str = ""  # ... to this day

    def as_params(self, **changes: object) -> dict[str, object]:
        """The parameters for a link to this list, with ``changes``."""
        values: dict[str, object] = {
            "q": self.q,
            "status": self.status,
            "region": self.region,
            "facility": self.facility,
            "article": self.article,
            "gender": self.gender,
            "from": self.from_,
            "to": self.to,
            "sort": "" if self.sort == PersonSort.NAME.value else self.sort,
            "page": "" if self.page == 1 else self.page,
            "per_page": "" if self.per_page == 50 else self.per_page,
        }
        values.update(changes)
        return values


def list_params(
    q: Annotated[str, Query(max_length=200, description="A name in any script")] = "",
    status: Annotated[
        str, Query(description="Status today: " + ", ".join(s.value for s in StatusFilter))
    ] = "",
    region: Annotated[str, Query(max_length=200)] = "",
    facility: Annotated[str, Query(description="A facility id", max_length=12)] = "",
    article: Annotated[str, Query(description="A criminal-code article", max_length=40)] = "",
    gender: Annotated[str, Query(description="female, male or unknown")] = "",
    from_: Annotated[
        str,
        Query(
            alias="from",
            max_length=10,
            description="YYYY-MM-DD: in custody (detained or imprisoned) on some day from this one",
        ),
    ] = "",
    to: Annotated[
        str,
        Query(max_length=10, description="YYYY-MM-DD: in custody on some day up to this one"),
    ] = "",
    sort: Annotated[
        str, Query(description="One of: " + ", ".join(s.value for s in PersonSort))
    ] = PersonSort.NAME.value,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="25, 50, 100 or 200")] = 50,
) -> ListParams:
    facility_id = None
    if facility:
        if not facility.isdigit():
            raise InvalidInput(f"facility must be an id, not {facility!r}", hint="e.g. facility=3")
        facility_id = int(facility)
    first, last = parse_day(from_, "from"), parse_day(to, "to")
    if first is not None and last is not None and first > last:
        raise InvalidInput(f"from {first} is after to {last}", hint="swap the two dates")
    query = PersonQuery(
        status=_choice(StatusFilter, status, "status") if status else None,
        region=region or None,
        facility_id=facility_id,
        article=normalize_article(article) if article else None,
        gender=_choice(Gender, gender, "gender").value if gender else None,
        custody_from=first,
        custody_to=last,
        sort=_choice(PersonSort, sort or PersonSort.NAME.value, "sort"),
        page=page,
        per_page=per_page,
    )
    return ListParams(q, status, region, facility, article, gender, sort or "name", page,
                      per_page, query, from_, to)  # fmt: skip


def public_rows(pub: Publication, params: ListParams) -> tuple[list[PersonSummary], int, int]:
    """The rows a list page shows, the number of matches and of pages."""
    page = pub.persons(params.query, params.q, today())
    return page.rows, page.total, page.pages


def queue_filter(
    source: Annotated[str, Query(max_length=12, description="Only claims on this source")] = "",
    kind: Annotated[str, Query(max_length=20, description="person, event, figure, ...")] = "",
    min_confidence: Annotated[
        str, Query(max_length=6, description="Only claims at least this confident (0 to 1)")
    ] = "",
) -> QueueFilter:
    return QueueFilter.parse(source, kind, min_confidence)


#: The review queue's filter, from the query string (staff pages and staff API).
Filter = Annotated[QueueFilter, Depends(queue_filter)]


def extractor() -> ExtractFn:
    """The extractor ingestion runs (a dependency, so a test can give its own)."""
    from vigil.extract import extract

    return extract


Extract = Annotated[ExtractFn, Depends(extractor)]
