"""Queries behind the public list of persons: filters, sorting, paging, and the choices
the filters offer.

Nothing here joins ``person_restricted``. A person whose name is withheld is never found
by name and never ordered by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    true,
)

from vigil.model import Event, EventType, NameVariant, PartialDate, Precision, Regime
from vigil.stats.sight import OutOfSight, Sight, out_of_sight_of, recognizes, sight_filter
from vigil.status.fold import Custody, fold
from vigil.status.recognition import decode_organisations
from vigil.status.release import ReleaseEstimate, expected_release
from vigil.status.spans import OPENS_CUSTODY, opening_date
from vigil.store.db import plus_months
from vigil.store.event_reads import load_events
from vigil.store.facilities import list_facilities
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.tables import events, facility_names, person_names, persons, status_segments

__all__ = [
    "PersonQuery",
    "PersonRow",
    "PersonSort",
    "PersonsPage",
    "StatusFilter",
    "facility_choices",
    "facility_labels",
    "list_public_persons",
    "person_rows",
    "region_choices",
    "withheld_names",
]

S = status_segments.c
_HELD = (Custody.DETAINED.value, Custody.IMPRISONED.value)


class StatusFilter(StrEnum):
    """What a person's status is today, as the public list filters it."""

    POLITICAL_PRISONER = "political_prisoner"  # held and recognized: counted
    HELD = "held"  # detained or imprisoned, recognized or not
    DETAINED = "detained"
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    DIED = "died"
    INCOMMUNICADO = "incommunicado"  # held, outside contact not permitted
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown"  # incommunicado, no place of detention known


class PersonSort(StrEnum):
    NAME = "name"
    HELD_SINCE = "held_since"  # longest held first
    REGION = "region"
    ADDED = "added"  # newest records first
    OUT_OF_SIGHT = "out_of_sight"  # longest held incommunicado first
    RELEASE = "expected_release"  # soonest expected release first


@dataclass(frozen=True, slots=True)
class PersonQuery:
    """One page of the public list. ``ids`` limits it to the results of a name search;
    ``custody_from`` and ``custody_to`` (either may be open) to persons in custody on at
    least one day between them, as known now."""

    ids: tuple[int, ...] | None = None
    status: StatusFilter | None = None
    region: str | None = None
    facility_id: int | None = None
    article: str | None = None
    gender: str | None = None
    custody_from: dt.date | None = None
    custody_to: dt.date | None = None
    #: Recognized today by this organisation (as the registry writes its name).
    recognized_by: str | None = None
    sort: PersonSort = PersonSort.NAME
    page: int = 1
    per_page: int = 50
    #: What the public may not learn of a person whose name is withheld ("region",
    #: "gender", "facility", "article", "dates"): a filter on one of these never finds
    #: them, and a sort by it puts them last, by id.
    withheld_hides: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PersonRow:
    """Public fields of one person in the list."""

    id: int
    name: str  # "name withheld" when withheld
    name_withheld: bool
    gender: str
    birth_year: int | None
    region: str | None
    status: str | None  # a Custody value, or None with no custody events
    recognized: bool
    held_since: PartialDate | None  # as precisely as the detention's date is known
    facility: str | None
    articles: tuple[str, ...]
    incommunicado: bool = False
    #: Held incommunicado today: since when, and the days out of sight before today.
    out_of_sight: OutOfSight | None = None
    recognized_by: tuple[str, ...] = ()  # the organisations recognizing them today
    facility_id: int | None = None
    release: ReleaseEstimate | None = None  # the sentence in force and its expected end
    #: Every written name, the displayed one first (the full export's; a public view
    #: reads only the others of a person whose name is published).
    all_names: tuple[str, ...] = ()
    names: tuple[NameVariant, ...] = ()  # every recorded spelling, the display name first


@dataclass(frozen=True, slots=True)
class PersonsPage:
    rows: list[PersonRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _known_now() -> ColumnElement[bool]:
    # This and ``_counted`` are written so that SQLite's planner cannot serve them from
    # ix_status_segments_known (a skip-scan over (counted, known_from), then a table
    # lookup per row): 0.8-1.7 s instead of one 0.1 s pass over the table at 100,000
    # persons. The terms mean the same on PostgreSQL, which reads the table in one pass
    # for a condition that holds for half its rows either way.
    return S.known_until.is_(None) == true()


def _counted() -> ColumnElement[bool]:
    return S.counted.is_(True) == true()


def _current(today: dt.date) -> list[ColumnElement[bool]]:
    return [_known_now(), S.start <= today, or_(S.end.is_(None), S.end > today)]


def _held_since(today: dt.date) -> Select[tuple[int, dt.date]]:
    """Per person held today: the first day of the present spell in custody."""
    cur = status_segments.alias("cur")
    free = (
        select(cur.c.person_id, func.max(cur.c.start).label("free_from"))
        .where(
            cur.c.known_until.is_(None) == true(), cur.c.custody.not_in(_HELD), cur.c.start <= today
        )
        .group_by(cur.c.person_id)
        .subquery()
    )
    held = status_segments.alias("held")
    return (
        select(held.c.person_id, func.min(held.c.start).label("since"))
        .outerjoin(free, free.c.person_id == held.c.person_id)
        .where(
            held.c.known_until.is_(None) == true(),
            held.c.custody.in_(_HELD),
            held.c.start <= today,
            or_(free.c.free_from.is_(None), held.c.start > free.c.free_from),
        )
        .group_by(held.c.person_id)
    )


def _out_of_sight_since(today: dt.date) -> Select[tuple[int, dt.date]]:
    """Per person held incommunicado today: the first day of the present spell out of
    sight (as ``_held_since`` finds the present spell in custody)."""
    cur = status_segments.alias("cur")
    seen = (
        select(cur.c.person_id, func.max(cur.c.start).label("seen_from"))
        .where(
            cur.c.known_until.is_(None) == true(),
            cur.c.incommunicado.is_(False) == true(),
            cur.c.start <= today,
        )
        .group_by(cur.c.person_id)
        .subquery()
    )
    out = status_segments.alias("out")
    return (
        select(out.c.person_id, func.min(out.c.start).label("since"))
        .outerjoin(seen, seen.c.person_id == out.c.person_id)
        .where(
            out.c.known_until.is_(None) == true(),
            out.c.incommunicado.is_(True) == true(),
            out.c.start <= today,
            or_(seen.c.seen_from.is_(None), out.c.start > seen.c.seen_from),
        )
        .group_by(out.c.person_id)
    )


def _in_custody(first: dt.date | None, last: dt.date | None) -> Select[tuple[int]]:
    """Persons detained or imprisoned on at least one day from ``first`` to ``last``
    (both included, either open), as known now. A segment's ``end`` is its first day out."""
    overlap: list[ColumnElement[bool]] = [_known_now(), S.custody.in_(_HELD)]
    if last is not None:
        overlap.append(S.start <= last)
    if first is not None:
        overlap.append(or_(S.end.is_(None), S.end > first))
    return select(S.person_id).where(*overlap)


def _conditions(conn: Connection, query: PersonQuery, today: dt.date) -> list[ColumnElement[bool]]:
    """The filters, each on ``persons`` alone: those on today's status as one IN over the
    status segments, so that no filter costs a join when it is not asked for."""
    identity = load_identity(conn)
    conditions: list[ColumnElement[bool]] = []
    if identity.redirect:
        conditions.append(persons.c.id.not_in(sorted(identity.redirect)))
    if query.ids is not None:
        # A name search never reveals that a withheld name matched.
        conditions += [persons.c.id.in_(query.ids), persons.c.name_withheld.is_(False)]
    if query.region:
        conditions.append(persons.c.region == query.region)
    if query.gender:
        conditions.append(persons.c.gender == query.gender)
    now: list[ColumnElement[bool]] = []
    if query.status is StatusFilter.POLITICAL_PRISONER:
        now.append(_counted())
    elif query.status is StatusFilter.HELD:
        now.append(S.custody.in_(_HELD))
    elif query.status in (StatusFilter.INCOMMUNICADO, StatusFilter.WHEREABOUTS_UNKNOWN):
        which = Sight(query.status.value)
        now.append(and_(*sight_filter(which)))
    elif query.status is not None:
        now.append(S.custody == query.status.value)
    if query.facility_id is not None:
        now.append(S.facility_id == query.facility_id)
    if query.recognized_by is not None:
        now.append(recognizes(query.recognized_by))
    if query.article:
        padded = literal(",") + S.articles + literal(",")
        now.append(padded.contains(f",{query.article},", autoescape=True))
    if now:
        conditions.append(persons.c.id.in_(select(S.person_id).where(*_current(today), *now)))
    dated = query.custody_from is not None or query.custody_to is not None
    if dated:
        conditions.append(persons.c.id.in_(_in_custody(query.custody_from, query.custody_to)))
    asked = {"region": query.region, "gender": query.gender, "dates": dated,
             "facility": query.facility_id is not None, "article": query.article}  # fmt: skip
    if any(asked[field] for field in query.withheld_hides if field in asked):
        conditions.append(persons.c.name_withheld.is_(False))
    return conditions


def list_public_persons(conn: Connection, query: PersonQuery, today: dt.date) -> PersonsPage:
    """A filtered, sorted page of persons with public fields only.

    Sorted by name, published names come first in name order, then the persons whose
    name is withheld, by id (their names are never used to order anything).
    """
    conditions = _conditions(conn, query, today)
    matches = select(persons.c.id).where(*conditions)
    total = int(conn.execute(select(func.count()).select_from(matches.subquery())).scalar_one())
    page = max(1, query.page)
    offset, limit = (page - 1) * query.per_page, query.per_page
    if query.sort is PersonSort.NAME:
        ids = _by_name(conn, conditions, total, offset, limit)
    else:
        since = _held_since(today).subquery("since")
        name = (
            select(person_names.c.person_id, func.min(person_names.c.sort_key).label("sort_key"))
            .where(person_names.c.is_primary.is_(True))
            .group_by(person_names.c.person_id)
            .subquery("name")
        )
        hidden_name = case((persons.c.name_withheld.is_(True), None), else_=name.c.sort_key)
        by_name: list[ColumnElement[Any]] = [persons.c.name_withheld, hidden_name, persons.c.id]
        ordered = matches
        hides = {PersonSort.REGION: "region", PersonSort.HELD_SINCE: "dates",
                 PersonSort.OUT_OF_SIGHT: "dates",
                 PersonSort.RELEASE: "article"}.get(query.sort)  # fmt: skip
        first: list[ColumnElement[Any]] = (
            [persons.c.name_withheld]
            if hides in query.withheld_hides
            or (query.sort is PersonSort.RELEASE and "dates" in query.withheld_hides)
            else []
        )
        if query.sort is PersonSort.ADDED:
            order: list[ColumnElement[Any]] = [persons.c.id.desc()]
        elif query.sort is PersonSort.REGION:
            ordered = ordered.outerjoin(name, name.c.person_id == persons.c.id)
            order = [*first, persons.c.region.is_(None), persons.c.region, *by_name]
        elif query.sort is PersonSort.OUT_OF_SIGHT:
            out = _out_of_sight_since(today).subquery("out")
            ordered = ordered.outerjoin(out, out.c.person_id == persons.c.id).outerjoin(
                name, name.c.person_id == persons.c.id
            )
            order = [*first, out.c.since.is_(None), out.c.since, *by_name]
        elif query.sort is PersonSort.RELEASE:
            ordered = ordered.outerjoin(since, since.c.person_id == persons.c.id).outerjoin(
                name, name.c.person_id == persons.c.id
            )
            due = plus_months(conn, since.c.since, _term())
            order = [*first, due.is_(None), due, *by_name]
        else:
            ordered = ordered.outerjoin(since, since.c.person_id == persons.c.id).outerjoin(
                name, name.c.person_id == persons.c.id
            )
            order = [*first, since.c.since.is_(None), since.c.since, *by_name]
        ids = list(conn.execute(ordered.order_by(*order).limit(limit).offset(offset)).scalars())
    return PersonsPage(_rows(conn, ids, today), total, page, query.per_page)


def _term() -> Any:
    """Per person (correlated): the term in months of their latest custodial sentence
    that no later record corrects. Merged records are left to the rows' own reading."""
    later = events.alias("later")
    term = events.c.detail["term_months"].as_integer()
    regime = events.c.detail["regime"].as_string()
    custodial = [r.value for r in Regime if r.custodial]
    return (
        select(term)
        .where(
            events.c.person_id == persons.c.id,
            events.c.type == EventType.SENTENCED.value,
            term.is_not(None),
            or_(regime.is_(None), regime.in_(custodial)),
            ~select(later.c.id).where(later.c.supersedes == events.c.id).exists(),
        )
        .order_by(events.c.date.desc(), events.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _by_name(
    conn: Connection, conditions: list[ColumnElement[bool]], total: int, offset: int, limit: int
) -> list[int]:
    """One page in name order (surname first, ``person_names.sort_key``): walk the primary
    names in the order of their index (so a
    first page reads a page of rows, not every name), one row per person (its first
    primary name), then the persons whose name is withheld, by id.

    Published names are counted only for a page in the second half of the list, where
    the withheld ones may begin: a first page need not read every person."""
    named: int | None = None
    if 2 * offset >= total:
        named = int(
            conn.execute(
                select(func.count()).where(*conditions, persons.c.name_withheld.is_(False))
            ).scalar_one()
        )
    ids: list[int] = []
    if named is None or offset < named:
        other = person_names.alias("other")
        earlier = (
            select(other.c.id)
            .where(
                other.c.person_id == person_names.c.person_id,
                other.c.is_primary.is_(True),
                or_(
                    other.c.sort_key < person_names.c.sort_key,
                    (other.c.sort_key == person_names.c.sort_key)
                    & (other.c.id < person_names.c.id),
                ),
            )
            .exists()
        )
        walk = (
            select(person_names.c.person_id)
            .join(persons, persons.c.id == person_names.c.person_id)
            .where(person_names.c.is_primary.is_(True), ~earlier, *conditions)
            .where(persons.c.name_withheld.is_(False))
            .order_by(person_names.c.sort_key, person_names.c.id)
            .limit(limit)
            .offset(offset)
        )
        ids = list(conn.execute(walk).scalars())
        if named is None and len(ids) < limit:
            named = offset + len(ids)  # the walk ran out on this page
    if len(ids) < limit:
        assert named is not None  # a short page, or a page past the published names
        rest = (
            select(persons.c.id)
            .where(*conditions, persons.c.name_withheld.is_(True))
            .order_by(persons.c.id)
            .limit(limit - len(ids))
            .offset(max(0, offset - named))
        )
        ids += conn.execute(rest).scalars()
    return ids


def _since(segments: list[Any], today: dt.date) -> dt.date | None:
    """The first day of the present spell in custody, from one person's segments as
    known now (as ``_held_since`` computes it for everyone)."""
    past = [seg for seg in segments if seg.start <= today]
    free = [seg.start for seg in past if seg.custody not in _HELD]
    free_from = max(free) if free else None
    held = [seg.start for seg in past if seg.custody in _HELD
            and (free_from is None or seg.start > free_from)]  # fmt: skip
    return min(held) if held else None


def _held_since_dates(conn: Connection, days: dict[int, dt.date | None]) -> dict[int, PartialDate]:
    """The date of the detention (or custodial sentence) that began each present spell
    in custody, as precisely as it is known: "2020" stays a year, never 2020-01-01.

    Reads only the events that can have opened a spell on those days (not superseded),
    with the records merged into each person and the events split to them."""
    held = {pid: day for pid, day in days.items() if day is not None}
    if not held:
        return {}
    identity = load_identity(conn)
    raw = set(held)
    for pid in held:
        raw |= identity.members(pid)
    moved = [e for e, p in identity.moved.items() if identity.canonical(p) in held]
    later = events.alias("later")
    rows = conn.execute(
        select(events.c.id, events.c.person_id, events.c.type, events.c.date,
               events.c.date_precision, events.c.date_estimate, events.c.recorded_at)
        .where(events.c.type.in_([k.value for k in OPENS_CUSTODY]),
               events.c.date.in_(sorted(set(held.values()))),
               or_(events.c.person_id.in_(sorted(raw)), events.c.id.in_(moved)),
               ~select(later.c.id).where(later.c.supersedes == events.c.id).exists())
    )  # fmt: skip
    found: dict[int, list[Event]] = {pid: [] for pid in held}
    for r in rows:
        owner = identity.owner(r.id, r.person_id)
        if held.get(owner) == r.date:
            date = PartialDate.from_parts(r.date, Precision(r.date_precision), r.date_estimate)
            found[owner].append(Event(owner, EventType(r.type), date, r.recorded_at, id=r.id))
    return {pid: opening_date(found[pid], day, OPENS_CUSTODY) for pid, day in held.items()}


def person_rows(
    conn: Connection, ids: list[int], today: dt.date, known_at: dt.date | None = None
) -> list[PersonRow]:
    """The list's rows of persons ``ids`` on ``today``: as known now, or with ``known_at``
    from the status as the registry knew it on that day."""
    return _rows(conn, ids, today, known_at)


def _known(known_at: dt.date | None) -> ColumnElement[bool]:
    if known_at is None:
        return _known_now()
    return (S.known_from <= known_at) & or_(S.known_until.is_(None), S.known_until > known_at)


def _rows(
    conn: Connection, ids: list[int], today: dt.date, known_at: dt.date | None = None
) -> list[PersonRow]:
    if not ids:
        return []
    people = {p.id: p for p in get_persons(conn, ids)}
    segments: dict[int, list[Any]] = {i: [] for i in ids}
    for r in conn.execute(select(status_segments).where(S.person_id.in_(ids), _known(known_at))):
        segments[r.person_id].append(r)
    state = {
        pid: next((r for r in rows if r.start <= today and (r.end is None or r.end > today)), None)
        for pid, rows in segments.items()
    }
    facility_ids = sorted({r.facility_id for r in state.values() if r and r.facility_id})
    names = facility_labels(conn, facility_ids)
    since = _held_since_dates(conn, {pid: _since(segments[pid], today) for pid in ids})
    cut_off = [pid for pid, seg in state.items() if seg is not None and seg.incommunicado]
    sight = out_of_sight_of(conn, cut_off, today)
    identity = load_identity(conn)
    histories = load_events(conn, ids, identity)
    releases = {pid: expected_release(fold(evs), evs, today) for pid, evs in histories.items()}
    rows = []
    for person_id in ids:
        p = people[person_id]
        seg = state.get(person_id)
        rows.append(
            PersonRow(
                id=person_id,
                name=p.public_name,
                name_withheld=p.name_withheld,
                gender=p.gender.value,
                birth_year=p.birth_date.year if p.birth_date else None,
                region=p.region,
                status=seg.custody if seg is not None else None,
                recognized=bool(seg is not None and seg.recognized),
                held_since=since.get(person_id),
                facility=names.get(seg.facility_id) if seg is not None else None,
                articles=tuple(a for a in seg.articles.split(",") if a) if seg else (),
                incommunicado=bool(seg is not None and seg.incommunicado),
                out_of_sight=sight.get(person_id),
                recognized_by=decode_organisations(seg.recognized_by) if seg else (),
                facility_id=seg.facility_id if seg is not None else None,
                release=releases.get(person_id),
                all_names=(p.display_name, *(n.text for n in p.names if n.text != p.display_name)),
                names=tuple(p.names),
            )
        )
    return rows


def facility_labels(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """The names of the facilities ``ids``, by id."""
    if not ids:
        return {}
    rows = conn.execute(
        select(facility_names.c.facility_id, facility_names.c.text)
        .where(facility_names.c.facility_id.in_(ids))
        .order_by(facility_names.c.facility_id, facility_names.c.position.desc())
    )
    return {r.facility_id: r.text for r in rows}  # the last row wins: position 0


def _region_steps() -> Any:
    # Walk the region index one distinct value at a time (a loose index scan): a seek
    # per region, where DISTINCT would read an entry per person.
    public = persons.c.name_withheld.is_(False)
    walk = (
        select(func.min(persons.c.region).label("region")).where(public).cte("walk", recursive=True)
    )
    following = select(func.min(persons.c.region)).where(persons.c.region > walk.c.region, public)
    walk = walk.union_all(select(following.scalar_subquery()).where(walk.c.region.is_not(None)))
    return select(walk.c.region).where(walk.c.region.is_not(None))


_REGIONS = _region_steps()


def region_choices(conn: Connection) -> list[str]:
    """The distinct regions of persons whose name is published, sorted (a region only a
    withheld person comes from is not offered: the choice alone would say so)."""
    return sorted(conn.execute(_REGIONS).scalars())


def facility_choices(conn: Connection) -> list[tuple[int, str]]:
    return [(f.id, f.name) for f in list_facilities(conn) if f.id is not None]


def withheld_names(conn: Connection) -> list[list[str]]:
    """Every written name of each person whose name is withheld, merged records included
    (a record merged into a withheld one is withheld with it)."""
    identity = load_identity(conn)
    flagged = set(
        conn.execute(select(persons.c.id).where(persons.c.name_withheld.is_(True))).scalars()
    )
    roots = {p for p in flagged if identity.canonical(p) == p}
    members = {m for m in set(identity.redirect) if identity.canonical(m) in roots}
    # A withheld record merged into a record an editor has published is published too.
    wanted = sorted(roots | members)
    found: dict[int, list[str]] = {}
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start : start + 5000]
        rows = conn.execute(
            select(person_names.c.person_id, person_names.c.text).where(
                person_names.c.person_id.in_(chunk)
            )
        )
        for person_id, text in rows:
            found.setdefault(identity.canonical(person_id), []).append(text)
    return list(found.values())
