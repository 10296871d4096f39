"""Link a name found in a source to registry persons: certain, or candidates to review.

A link is *certain* only when the best candidate is the same person by the matcher with
a high score and no other candidate comes close; otherwise the candidates go to the
reviewer with their scores and reasons. A wrong link erases a prisoner, so when in doubt
Vigil asks.
"""

from __future__ import annotations

from sqlalchemy import Connection

from vigil.model import LinkCandidate, NameLink
from vigil.names import VERSION, NameForm
from vigil.store.persons import candidates

__all__ = ["CERTAIN", "Link", "link_person"]

CERTAIN = 0.95  # the matcher's score above which a sole candidate is linked
_RIVAL = 0.8  # a second candidate this close makes any link uncertain


#: A name's link: ``person_id`` set only when certain, the candidates with their scores.
Link = NameLink


def link_person(conn: Connection, name: str | NameForm, gender: str | None = None) -> NameLink:
    """Link a name as written, or a ``NameForm`` (dictionary form, case and gender known)."""
    found = candidates(conn, name, limit=5, gender=gender)
    listed = tuple(
        LinkCandidate(pid, text, round(v.score, 3), v.same, v.reason) for pid, text, v in found
    )
    top = found[0][2] if found else None
    rival = found[1][2].score if len(found) > 1 else 0.0
    certain = top is not None and top.same and top.score >= CERTAIN and rival < _RIVAL
    return NameLink(found[0][0] if certain else None, listed, VERSION)
