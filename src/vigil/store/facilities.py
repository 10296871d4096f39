"""Facilities (places of detention) and figures: small reference records.

Each new record is an entry of the audit log (``facility.add``, ``figure.add``) in the
same transaction, with ``by`` as the actor; so is each change of a facility
(``facility.edit``, with the values before and after).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import (
    Facility,
    FacilityKind,
    Figure,
    PartialDate,
    Precision,
    ReviewState,
    search_key,
)
from vigil.store import audit
from vigil.store.claims import get_claims
from vigil.store.db import prefix_match
from vigil.store.tables import (
    claims,
    facilities,
    facility_names,
    figure_claims,
    figures,
    sources,
)

__all__ = [
    "StatedFigure",
    "add_facility",
    "add_figure",
    "corroborate_figure",
    "figure_claim_ids",
    "figures_stating",
    "find_facility",
    "get_facility",
    "list_facilities",
    "update_facility",
]

#: The actor recorded when a caller does not say who made the change.
UNATTRIBUTED = "unknown"


def add_facility(conn: Connection, facility: Facility, *, by: str | None = None) -> int:
    """Store a place of detention with its name variants; returns the new id."""
    if not facility.names:
        raise InvalidInput("a facility needs a name", hint="e.g. 'Penal colony No. 1, Navapolatsk'")
    facility_id = conn.execute(
        insert(facilities).returning(facilities.c.id),
        {
            "kind": facility.kind.value,
            "region": facility.region,
            "postal_address": facility.postal_address,
        },
    ).scalar_one()
    conn.execute(
        insert(facility_names),
        [
            {"facility_id": facility_id, "text": n, "norm": search_key(n), "position": i}
            for i, n in enumerate(facility.names)
        ],
    )
    audit.record(
        conn,
        actor=by or UNATTRIBUTED,
        action="facility.add",
        target=f"facility:{facility_id}",
        after={
            "names": list(facility.names),
            "kind": facility.kind.value,
            "region": facility.region,
            "postal_address": facility.postal_address,
        },
    )
    return int(facility_id)


def _names_rows(facility_id: int, names: Sequence[str]) -> list[dict[str, object]]:
    return [
        {"facility_id": facility_id, "text": n, "norm": search_key(n), "position": i}
        for i, n in enumerate(names)
    ]


def _fields(f: Facility) -> dict[str, object]:
    return {"names": list(f.names), "kind": f.kind.value, "region": f.region,
            "postal_address": f.postal_address}  # fmt: skip


def update_facility(conn: Connection, facility: Facility, *, by: str) -> list[str]:
    """Give facility ``facility.id`` the names, kind, region and postal address of
    ``facility``; returns the fields that changed (none: nothing is written)."""
    if facility.id is None:
        raise InvalidInput("say which facility to change", hint="give its id")
    if not facility.names:
        raise InvalidInput("a facility needs a name", hint="e.g. 'Penal colony No. 1, Navapolatsk'")
    old = get_facility(conn, facility.id)
    before, after = _fields(old), _fields(facility)
    changed = [k for k in after if after[k] != before[k]]
    if not changed:
        return []
    conn.execute(
        update(facilities)
        .where(facilities.c.id == facility.id)
        .values(kind=facility.kind.value, region=facility.region,
                postal_address=facility.postal_address)
    )  # fmt: skip
    if "names" in changed:
        conn.execute(delete(facility_names).where(facility_names.c.facility_id == facility.id))
        conn.execute(insert(facility_names), _names_rows(facility.id, facility.names))
    audit.record(
        conn,
        actor=by,
        action="facility.edit",
        target=f"facility:{facility.id}",
        before={k: before[k] for k in changed},
        after={k: after[k] for k in changed},
    )
    return changed


_NAMES_OF = (
    select(facility_names)
    .where(facility_names.c.facility_id.in_(bindparam("ids", expanding=True)))
    .order_by(facility_names.c.position)
)
_FACILITIES_BY_ID = select(facilities).where(facilities.c.id.in_(bindparam("ids", expanding=True)))


def _facilities(conn: Connection, ids: list[int]) -> list[Facility]:
    names: dict[int, list[str]] = {i: [] for i in ids}
    for row in conn.execute(_NAMES_OF, {"ids": ids}):
        names[row.facility_id].append(row.text)
    rows = conn.execute(_FACILITIES_BY_ID, {"ids": ids})
    by_id = {
        r.id: Facility(tuple(names[r.id]), FacilityKind(r.kind), r.region, r.postal_address, r.id)
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def get_facility(conn: Connection, facility_id: int) -> Facility:
    found = _facilities(conn, [facility_id])
    if not found:
        raise NotFound(
            f"no facility with id {facility_id}", hint="list them with `vigil facility list`"
        )
    return found[0]


def get_facilities(conn: Connection, ids: Sequence[int]) -> dict[int, Facility]:
    """The facilities of ``ids`` that exist, by id, read in one go."""
    return {f.id: f for f in _facilities(conn, sorted(set(ids))) if f.id is not None}


def list_facilities(conn: Connection) -> list[Facility]:
    ids = list(conn.execute(select(facilities.c.id).order_by(facilities.c.id)).scalars())
    return _facilities(conn, ids)


def find_facility(conn: Connection, name: str) -> list[Facility]:
    """Facilities with a name variant starting with ``name``."""
    ids = conn.execute(
        select(facility_names.c.facility_id)
        .where(prefix_match(facility_names.c.norm, search_key(name)))
        .distinct()
    ).scalars()
    return _facilities(conn, sorted(ids))


def add_figure(conn: Connection, figure: Figure, *, by: str | None = None) -> int:
    """Store a figure a source states; it must rest on a claim."""
    if figure.claim_id is None:
        raise InvalidInput("a figure must rest on a claim", hint="cite the source it comes from")
    if conn.execute(select(claims.c.id).where(claims.c.id == figure.claim_id)).first() is None:
        raise NotFound(f"no claim with id {figure.claim_id}", hint="check the claim id")
    if figure.value < 0:
        raise InvalidInput(f"a count cannot be negative ({figure.value})", hint="check the number")
    as_of = figure.as_of
    figure_id = int(
        conn.execute(
            insert(figures).returning(figures.c.id),
            {
                "value": figure.value,
                "qualifier": figure.qualifier.value,
                "category": figure.category,
                "as_of": as_of.earliest if as_of else None,
                "as_of_precision": as_of.precision.value if as_of else None,
                "as_of_estimate": bool(as_of and as_of.estimate),
                "breakdown": dict(figure.breakdown),
                "attributed_to": figure.attributed_to,
                "claim_id": figure.claim_id,
                "recorded_at": dt.datetime.now(dt.UTC),
            },
        ).scalar_one()
    )
    audit.record(
        conn,
        actor=by or UNATTRIBUTED,
        action="figure.add",
        target=f"figure:{figure_id}",
        after={
            "value": figure.value,
            "qualifier": figure.qualifier.value,
            "category": figure.category,
            "as_of": str(as_of) if as_of else None,
            "breakdown": dict(figure.breakdown),
            "attributed_to": figure.attributed_to,
            "claim": figure.claim_id,
        },
    )
    return figure_id


def corroborate_figure(conn: Connection, figure_id: int, claim_id: int, *, by: str) -> int:
    """Add ``claim_id`` to the claims figure ``figure_id`` rests on: another report of the
    same statement. Appended and audited (``figure.corroborate``); returns the link's id."""
    with conn.begin_nested():
        if conn.execute(select(figures.c.id).where(figures.c.id == figure_id)).first() is None:
            raise NotFound(f"no figure with id {figure_id}", hint="check the figure id")
        claim = get_claims(conn, [claim_id])[0]
        if claim.state is ReviewState.REJECTED:
            raise InvalidInput(
                f"claim {claim_id} was rejected in review", hint="cite another claim or source"
            )
        if claim_id in figure_claim_ids(conn, [figure_id])[figure_id]:
            raise Conflict(
                f"figure {figure_id} already rests on claim {claim_id}", hint="nothing to add"
            )
        link_id = int(
            conn.execute(
                insert(figure_claims).returning(figure_claims.c.id),
                {"figure_id": figure_id, "claim_id": claim_id},
            ).scalar_one()
        )
        audit.record(
            conn,
            actor=by,
            action="figure.corroborate",
            target=f"figure:{figure_id}",
            after={"figure_claim": link_id, "claim": claim_id, "source": claim.source_id},
        )
    return link_id


def figure_claim_ids(conn: Connection, figure_ids: Sequence[int]) -> dict[int, list[int]]:
    """The claims each figure rests on: the one it was recorded from, then the further
    reports of it in the order they were added."""
    wanted = sorted(set(figure_ids))
    found: dict[int, list[int]] = {f: [] for f in wanted}
    if not wanted:
        return found
    for r in conn.execute(select(figures.c.id, figures.c.claim_id).where(figures.c.id.in_(wanted))):
        found[r.id].append(r.claim_id)
    more = (
        select(figure_claims.c.figure_id, figure_claims.c.claim_id)
        .where(figure_claims.c.figure_id.in_(wanted))
        .order_by(figure_claims.c.id)
    )
    for r in conn.execute(more):
        found[r.figure_id].append(r.claim_id)
    return found


@dataclass(frozen=True, slots=True)
class StatedFigure:
    """A recorded figure as a second report of it is compared with: its date (or, when
    it has none, the publication day of the source it was recorded from)."""

    id: int
    value: int
    qualifier: str
    as_of: PartialDate | None
    breakdown: dict[str, int]
    attributed_to: str | None


def figures_stating(
    conn: Connection, category: str, value: int, qualifier: str
) -> list[StatedFigure]:
    """The recorded figures of ``category`` with this value and qualifier, oldest first."""
    f = figures.c
    rows = conn.execute(
        select(f.id, f.value, f.qualifier, f.as_of, f.as_of_precision, f.as_of_estimate,
               f.breakdown, f.attributed_to, sources.c.published)
        .join(claims, claims.c.id == f.claim_id)
        .join(sources, sources.c.id == claims.c.source_id)
        .where(f.category == category, f.value == value, f.qualifier == qualifier)
        .order_by(f.id)
    ).all()  # fmt: skip
    found = []
    for r in rows:
        if r.as_of is not None:
            as_of: PartialDate | None = PartialDate.from_parts(
                r.as_of, Precision(r.as_of_precision or "day"), bool(r.as_of_estimate)
            )
        else:
            as_of = PartialDate.of(r.published) if r.published else None
        found.append(StatedFigure(r.id, r.value, r.qualifier, as_of, dict(r.breakdown or {}),
                                  r.attributed_to))  # fmt: skip
    return found
