"""Link a name found in a source to registry persons: certain, or candidates to review.

A link is *certain* only when the best candidate is the same person by the matcher with
a high score and no other candidate comes close; otherwise the candidates go to the
reviewer with their scores and reasons. A wrong link erases a prisoner, so when in doubt
Vigil asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from vigil.names import VERSION, NameForm
from vigil.store.persons import candidates

__all__ = ["CERTAIN", "Link", "link_person"]

CERTAIN = 0.95  # the matcher's score above which a sole candidate is linked
_RIVAL = 0.8  # a second candidate this close makes any link uncertain


@dataclass(frozen=True, slots=True)
class Link:
    person_id: int | None  # set only when certain
    candidates: list[dict[str, Any]] = field(default_factory=list)
    matcher: str = VERSION

    @property
    def ids(self) -> list[int]:
        return [int(c["person_id"]) for c in self.candidates]


def link_person(conn: Connection, name: str | NameForm, gender: str | None = None) -> Link:
    """Link a name as written, or a ``NameForm`` (dictionary form, case and gender known)."""
    found = candidates(conn, name, limit=5, gender=gender)
    listed = [
        {"person_id": pid, "name": text, "score": round(v.score, 3), "same": v.same,
         "reason": v.reason}
        for pid, text, v in found
    ]  # fmt: skip
    top = found[0][2] if found else None
    rival = found[1][2].score if len(found) > 1 else 0.0
    certain = top is not None and top.same and top.score >= CERTAIN and rival < _RIVAL
    return Link(found[0][0] if certain else None, listed)
