"""The review queue: which proposed claims wait, in which order, a page at a time.

The CLI (``vigil review``), the staff pages and the staff API all read the queue here, so
a filter means the same everywhere and the order is applied and paged by the database.

The order puts first what a claim needs: by source; within a source persons first (an
event naming a person finds them decided), then facilities, then events by stage
(``EVENT_ORDER``: a detention before what happens in custody, such as a charge, a
sentence, a transfer or incommunicado, and those before a release), then figures,
organisations and quotes; then by position in the text. ``queue_order`` is the same key
in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.model import Claim, ClaimKind, EventType, GradeFilter
from vigil.store.claims import count_pending, event_stage, pending_claims

__all__ = [
    "EVENT_ORDER",
    "KIND_ORDER",
    "QueueFilter",
    "QueuePage",
    "next_pending",
    "position",
    "queue_ids",
    "queue_order",
    "queue_page",
]

#: Within a source, persons come first, so that the events naming them find the person
#: already decided. The CLI, the staff pages and the API review in this order.
KIND_ORDER = {
    ClaimKind.PERSON: 0,
    ClaimKind.FACILITY: 1,
    ClaimKind.EVENT: 2,
    ClaimKind.CASE: 3,  # after the persons it names, and the events it may explain
    ClaimKind.FIGURE: 4,
    ClaimKind.ORGANIZATION: 5,
    ClaimKind.QUOTE: 6,
}

#: Within a source's events, what an event needs comes first: the detention, then what
#: happens in custody (accepted before it, incommunicado would be "not held"), then its
#: end. Events of one stage keep the order of the text.
EVENT_ORDER = {
    EventType.DETAINED: 0,
    EventType.CHARGED: 1,
    EventType.SENTENCED: 2,
    EventType.CONVICTED_IN_ABSENTIA: 2,
    EventType.APPEAL_REJECTED: 2,
    EventType.RECOGNIZED_POLITICAL_PRISONER: 3,
    EventType.TRANSFERRED: 4,
    EventType.INCOMMUNICADO: 5,
    EventType.CONTACT_RESTORED: 6,
    EventType.PARDONED: 7,
    EventType.RELEASED: 8,
    EventType.SENTENCE_COMPLETED: 8,
    EventType.DIED_IN_CUSTODY: 9,
    EventType.EXILED: 9,
}


def queue_order(claim: Claim) -> tuple[int, int, int, int, int]:
    """The sort key of the review queue: source, kind, event stage, position."""
    return (
        claim.source_id,
        KIND_ORDER[claim.kind],
        event_stage(claim, EVENT_ORDER),
        claim.start,
        claim.id or 0,
    )


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which pending claims the queue holds: one source, one kind, a least confidence,
    sources of some grades (``GradeFilter``: ``B2``, ``AB``, ``AB12``, ``ungraded``)."""

    source: int | None = None
    kind: ClaimKind | None = None
    min_confidence: float = 0.0
    grade: GradeFilter | None = None

    @classmethod
    def parse(
        cls, source: str = "", kind: str = "", min_confidence: str = "", grade: str = ""
    ) -> QueueFilter:
        """A filter from the words a person typed (a query string), each checked."""
        source, kind, min_confidence = source.strip(), kind.strip(), min_confidence.strip()
        if source and not source.isdigit():
            raise InvalidInput(f"source must be an id, not {source!r}", hint="e.g. source=3")
        if kind and kind not in {k.value for k in ClaimKind}:
            raise InvalidInput(
                f"kind cannot be {kind!r}",
                hint="use one of: " + ", ".join(k.value for k in ClaimKind),
            )
        try:
            confidence = float(min_confidence) if min_confidence else 0.0
        except ValueError:
            confidence = -1.0
        if not 0.0 <= confidence <= 1.0:
            raise InvalidInput(
                f"min_confidence cannot be {min_confidence!r}", hint="give a number from 0 to 1"
            )
        try:
            grades = GradeFilter.parse(grade)
        except ValueError:
            raise InvalidInput(
                f"grade cannot be {grade[:20]!r}",
                hint="give reliability letters A–F and/or credibility digits 1–6 "
                "(B2, AB, AB12, 12), or ungraded",
            ) from None
        return cls(int(source) if source else None, ClaimKind(kind) if kind else None,
                   confidence, grades)  # fmt: skip

    def params(self, **more: object) -> dict[str, object]:
        """The filter (and ``more``) as query parameters, the empty ones left out."""
        values: dict[str, object] = {
            "source": self.source,
            "kind": self.kind.value if self.kind else None,
            "min_confidence": self.min_confidence or None,
            "grade": self.grade.text if self.grade else None,
            **more,
        }
        return {k: v for k, v in values.items() if v not in (None, "")}

    def query(self, **more: object) -> str:
        params = self.params(**more)
        return "?" + urlencode(params) if params else ""


@dataclass(frozen=True, slots=True)
class QueuePage:
    """One page of the queue, and how many claims wait in all."""

    claims: tuple[Claim, ...]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _claims(
    conn: Connection, f: QueueFilter, *, after: Claim | None = None, offset: int = 0,
    limit: int | None = None,
) -> list[Claim]:  # fmt: skip
    return pending_claims(
        conn,
        min_confidence=f.min_confidence,
        source_id=f.source,
        kind=f.kind,
        grade=f.grade,
        kind_order=KIND_ORDER,
        event_order=EVENT_ORDER,
        after=after,
        offset=offset,
        limit=limit,
    )


def queue_page(conn: Connection, f: QueueFilter, page: int = 1, per_page: int = 50) -> QueuePage:
    """The claims of page ``page`` (from 1) of the queue, in review order."""
    shown = _claims(conn, f, offset=(page - 1) * per_page, limit=per_page)
    total = count_pending(conn, min_confidence=f.min_confidence, source_id=f.source, kind=f.kind,
                          grade=f.grade)  # fmt: skip
    return QueuePage(tuple(shown), total, page, per_page)


def queue_ids(conn: Connection, f: QueueFilter, limit: int | None = None) -> list[int]:
    """The ids of the first ``limit`` claims of the queue (all without a limit), in order."""
    return [c.id or 0 for c in _claims(conn, f, limit=limit)]


def next_pending(conn: Connection, f: QueueFilter, after: Claim | None = None) -> int | None:
    """The claim to review after ``after``: the next in order, else the first still
    waiting (that is not ``after`` itself)."""
    if after is not None:
        later = _claims(conn, f, after=after, limit=1)
        if later:
            return later[0].id
    first = [c for c in _claims(conn, f, limit=2) if after is None or c.id != after.id]
    return first[0].id if first else None


def position(conn: Connection, f: QueueFilter, claim: Claim) -> int:
    """Where ``claim`` stands in the queue (from 1), 0 when it does not wait there."""
    ids = queue_ids(conn, f)
    return ids.index(claim.id) + 1 if claim.id in ids else 0
