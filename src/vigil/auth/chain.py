"""The audit log's hash chain: each entry's hash covers its content and the hash before.

Changing, removing or reordering any stored entry breaks every hash after it, so
``verify`` names the first entry that does not fit. Two things a chain cannot show by
itself: entries cut off its end, and a log rewritten with fresh hashes from some entry
on. Both show against an anchor kept elsewhere: the number of entries and the head hash
at some moment (``vigil audit verify --expect-count N --expect-head HASH``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["GENESIS", "AuditEntry", "canonical", "entry_hash"]

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change made by a person: who, when, what, and the record before and after."""

    at: dt.datetime
    actor: str
    action: str  # e.g. "person.merge", "claim.accept", "user.add"
    target: str  # e.g. "person:12", "claim:7", "user:alice"
    before: Any
    after: Any
    prev_hash: str = GENESIS
    hash: str = ""
    id: int | None = None


def canonical(value: Any) -> Any:
    """``value`` as it reads back from a JSON column: dates and other objects as text,
    tuples as lists, keys as strings. An entry is stored in this form, so the hash
    computed when it is written is the hash computed when it is read back."""
    return json.loads(json.dumps(value, sort_keys=True, default=str, ensure_ascii=False))


def entry_hash(entry: AuditEntry) -> str:
    """SHA-256 over the entry's content (times in UTC, microseconds dropped) and the
    previous hash. The database may round times, so the hash does not depend on them
    beyond the second."""
    at = entry.at.astimezone(dt.UTC) if entry.at.tzinfo else entry.at.replace(tzinfo=dt.UTC)
    body = {
        "at": at.replace(microsecond=0).isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "before": canonical(entry.before),
        "after": canonical(entry.after),
        "prev": entry.prev_hash,
    }
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
