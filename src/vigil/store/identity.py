"""Merging and splitting person records, with full history, reversible.

Each decision is also an entry of the audit log (``person.merge``, ``person.split``,
``person.undo``), written in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, insert, or_, select, update

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import NameVariant, Person
from vigil.model.identity import LinkKind, PersonLink
from vigil.names import VERSION as MATCHER
from vigil.names import match as name_match
from vigil.store import audit
from vigil.store.db import savepoint
from vigil.store.event_reads import load_events
from vigil.store.person_links import all_links, load_identity
from vigil.store.persons import add_person, get_person
from vigil.store.segments import rematerialize
from vigil.store.tables import person_links, persons

__all__ = ["decision", "history", "load_identity", "merge", "split", "undo"]


def _write(conn: Connection, link: PersonLink) -> int:
    return int(
        conn.execute(
            insert(person_links).returning(person_links.c.id),
            {
                "kind": link.kind.value,
                "kept_id": link.kept_id,
                "other_id": link.other_id,
                "event_ids": list(link.event_ids),
                "undoes": link.undoes,
                "matcher": link.matcher,
                "by": link.by,
                "at": link.at,
                "why": link.why,
            },
        ).scalar_one()
    )


def _why(why: str) -> str:
    if not why.strip():
        raise InvalidInput("say why", hint="give --why: the evidence that decides it")
    return why.strip()


@savepoint
def merge(
    conn: Connection, kept: int, other: int, *, by: str, why: str, matcher: str = MATCHER
) -> int:
    """Record that ``other`` is the same person as ``kept``; their histories become one.
    One savepoint: a refused merge leaves nothing behind. The matcher's version is
    recorded on the link.

    If either name is withheld, the merged record is withheld: merging never publishes a
    name (an editor does that with ``publish_name`` and a reason)."""
    identity = load_identity(conn)
    a, b = get_person(conn, kept), get_person(conn, other)
    if identity.canonical(kept) != kept or identity.canonical(other) != other:
        raise Conflict(
            f"person {kept if identity.canonical(kept) != kept else other} was merged already",
            hint="merge the record it was merged into",
        )
    if kept == other:
        raise InvalidInput("a person cannot be merged with itself", hint="give two ids")
    known = {a.gender.value, b.gender.value} - {"unknown"}
    if len(known) > 1:
        raise Conflict(
            f"person {kept} is {a.gender.value} and person {other} is {b.gender.value}",
            hint="check both records: a husband and wife share a family name, not a record",
        )
    verdict = name_match(a.display_name, b.display_name)
    if verdict.relatives:
        raise Conflict(
            f"{a.display_name} and {b.display_name} are two forms of one family name",
            hint="relatives share a family name, not a record; if a name was written "
            "wrongly, add the right name to the record first",
        )
    reason = _why(why)
    now = dt.datetime.now(dt.UTC)
    link_id = _write(
        conn, PersonLink(LinkKind.MERGE, by, now, reason, kept, other, matcher=matcher)
    )
    withheld = a.name_withheld or b.name_withheld
    if withheld and not a.name_withheld:
        conn.execute(update(persons).where(persons.c.id == kept).values(name_withheld=True))
    rematerialize(conn, [kept, other])
    audit.record(
        conn,
        actor=by,
        action="person.merge",
        target=f"person:{kept}",
        before={"kept": kept, "other": other, "names": [a.display_name, b.display_name],
                "name_withheld": [a.name_withheld, b.name_withheld]},
        after={"decision": link_id, "kept": kept, "merged": other, "why": reason,
               "matcher": matcher, "name_withheld": withheld},
    )  # fmt: skip
    return link_id


@savepoint
def split(
    conn: Connection, person_id: int, event_ids: list[int], name: str, *, by: str, why: str
) -> tuple[int, int]:
    """Move ``event_ids`` of a person to a new person named ``name``; returns (link, new id).
    A split of a record whose name is withheld gives a record whose name is withheld."""
    if not event_ids:
        raise InvalidInput("a split moves at least one event", hint="give --event ID")
    owned = {e.id for e in load_events(conn, [person_id])[person_id]}
    stray = sorted(set(event_ids) - owned)
    if stray:
        raise InvalidInput(
            f"event {stray[0]} is not an event of person {person_id}",
            hint=f"see `vigil event list {person_id}`",
        )
    reason = _why(why)
    source = get_person(conn, person_id)
    new_id = add_person(
        conn,
        Person(names=(NameVariant.of(name, primary=True),), gender=source.gender,
               name_withheld=source.name_withheld),
        by=by,
    )  # fmt: skip
    moved = tuple(sorted(set(event_ids)))
    link_id = _write(
        conn,
        PersonLink(LinkKind.SPLIT, by, dt.datetime.now(dt.UTC), reason, person_id, new_id, moved),
    )
    rematerialize(conn, [person_id, new_id])
    audit.record(
        conn,
        actor=by,
        action="person.split",
        target=f"person:{person_id}",
        before={"person": person_id, "events": sorted(owned)},
        after={"decision": link_id, "person": person_id, "new_person": new_id, "name": name,
               "moved_events": list(moved), "why": reason,
               "name_withheld": source.name_withheld},
    )  # fmt: skip
    return link_id, new_id


def undo(conn: Connection, link_id: int, *, by: str, why: str) -> int:
    """Undo a merge or split; the decision and its undoing both stay in the history."""
    links = {link.id: link for link in all_links(conn)}
    link = links.get(link_id)
    if link is None or link.kind is LinkKind.UNDO:
        raise NotFound(f"no merge or split with id {link_id}", hint="see `vigil person history`")
    if any(other.undoes == link_id for other in links.values()):
        raise Conflict(f"decision {link_id} was undone already", hint="nothing to do")
    later = [
        x for x in links.values()
        if (x.id or 0) > link_id and x.kind is not LinkKind.UNDO
        and not any(u.undoes == x.id for u in links.values())
        and {x.kept_id, x.other_id} & {link.kept_id, link.other_id}
    ]  # fmt: skip
    if later:
        raise Conflict(
            f"decision {later[0].id} builds on {link_id}", hint=f"undo {later[0].id} first"
        )
    reason = _why(why)
    undo_id = _write(
        conn, PersonLink(LinkKind.UNDO, by, dt.datetime.now(dt.UTC), reason, undoes=link_id)
    )
    rematerialize(conn, [i for i in (link.kept_id, link.other_id) if i is not None])
    audit.record(
        conn,
        actor=by,
        action="person.undo",
        target=f"person:{link.kept_id}",
        before={"decision": link_id, "kind": link.kind.value, "kept": link.kept_id,
                "other": link.other_id, "events": list(link.event_ids), "why": link.why},
        after={"decision": undo_id, "undoes": link_id, "why": reason},
    )  # fmt: skip
    return undo_id


def history(conn: Connection, person_id: int) -> list[PersonLink]:
    """Every merge, split and undo that touched a person, oldest first."""
    rows = conn.execute(
        select(person_links.c.id).where(
            or_(person_links.c.kept_id == person_id, person_links.c.other_id == person_id)
        )
    ).scalars()
    mine = set(rows)
    return [link for link in all_links(conn) if link.id in mine or (link.undoes or 0) in mine]


def decision(conn: Connection, link_id: int) -> tuple[PersonLink, PersonLink | None]:
    """A merge or split, and its undoing when it was undone."""
    found = {link.id: link for link in all_links(conn)}
    link = found.get(link_id)
    if link is None or link.kind is LinkKind.UNDO:
        raise NotFound(f"no merge or split with id {link_id}", hint="see `vigil person history`")
    return link, next((x for x in found.values() if x.undoes == link_id), None)
