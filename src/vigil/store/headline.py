"""Whose recognitions the cached counts count: the headline the segments were built with.

``VIGIL_HEADLINE`` names it; the store keeps the one its ``counted`` segments and count
deltas were built with, so that every write folds with the same rule, and a changed
setting rebuilds the cache once (``vigil.store.segments.follow_headline``).
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from vigil.status import Headline
from vigil.store.tables import registry_settings

__all__ = ["save", "stored", "stored_text"]

_KEY = "headline"


def stored_text(conn: Connection) -> str | None:
    """The stored headline as written, or None before one was stored."""
    row = conn.execute(
        select(registry_settings.c.value).where(registry_settings.c.key == _KEY)
    ).scalar_one_or_none()
    return row


def stored(conn: Connection) -> Headline:
    """The headline the cache was built with (any organisation before one was stored)."""
    text = stored_text(conn)
    return Headline() if text is None else Headline.parse(text)


def save(conn: Connection, headline: Headline) -> None:
    conn.execute(delete(registry_settings).where(registry_settings.c.key == _KEY))
    conn.execute(insert(registry_settings).values(key=_KEY, value=str(headline)))
