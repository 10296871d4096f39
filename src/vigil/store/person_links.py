"""The merges, splits and undos recorded in ``person_links``, read back: the identity in
force. Below ``persons``, ``events`` and ``identity``, which all need it; the decisions
themselves are written by ``identity``."""

from __future__ import annotations

from sqlalchemy import Connection, select

from vigil.model.identity import Identity, LinkKind, PersonLink
from vigil.store.tables import person_links

__all__ = ["all_links", "load_identity"]


_ALL_LINKS = select(person_links).order_by(person_links.c.id)


def all_links(conn: Connection) -> list[PersonLink]:
    """Every decision, undone ones and undos included, in the order they were made."""
    return [
        PersonLink(
            LinkKind(r.kind),
            r.by,
            r.at,
            r.why,
            r.kept_id,
            r.other_id,
            tuple(r.event_ids or ()),
            r.undoes,
            r.matcher,
            r.id,
        )
        for r in conn.execute(_ALL_LINKS)
    ]


def load_identity(conn: Connection) -> Identity:
    """The merges and splits in force."""
    return Identity.of(all_links(conn))
