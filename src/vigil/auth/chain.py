"""The audit log's hash chain: each entry's hash covers its content and the hash before.

Changing, removing or reordering any stored entry breaks every hash after it, so
``verify`` names the first entry that does not fit. Since schema 0009 the hash is an
HMAC-SHA256 under the audit key (``vigil.auth.keyring``), kept in the key file outside
the database: whoever can write to the database but does not hold the key file cannot
write an entry, nor rewrite the log, so that it passes ``verify``. Entries written before
keying began keep their plain SHA-256 (``scheme`` None) and still verify; once a keyed
entry is in the log, every later one must be keyed, and the first keyed entry's hash
covers the plain ones before it.

Two things a chain cannot show by itself: entries cut off its end, and a log rewritten
from some entry on by someone who holds the key. Both show against an anchor kept
elsewhere: the number of entries and the head hash at some moment (``vigil audit verify
--expect-count N --expect-head HASH``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigil.auth.keyring import Keyring

__all__ = ["GENESIS", "KEYED", "AuditEntry", "canonical", "entry_hash"]

GENESIS = "0" * 64
#: The scheme of keyed entries: HMAC-SHA256 under the audit key, with a state digest.
KEYED = "hmac1"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change made by a person: who, when, what, and the record before and after.

    ``state`` (keyed entries only) digests the statements the entry makes about the
    registry records it touched (``vigil.store.replay``): how many, and a hash of them."""

    at: dt.datetime
    actor: str
    action: str  # e.g. "person.merge", "claim.accept", "user.add"
    target: str  # e.g. "person:12", "claim:7", "user:alice"
    before: Any
    after: Any
    prev_hash: str = GENESIS
    hash: str = ""
    id: int | None = None
    scheme: str | None = None  # None: plain SHA-256, written before keying began
    state: Any = None


def canonical(value: Any) -> Any:
    """``value`` as it reads back from a JSON column: dates and other objects as text,
    tuples as lists, keys as strings. An entry is stored in this form, so the hash
    computed when it is written is the hash computed when it is read back."""
    return json.loads(json.dumps(value, sort_keys=True, default=str, ensure_ascii=False))


def entry_hash(entry: AuditEntry, keyring: Keyring | None = None) -> str:
    """The entry's hash over its content (times in UTC, microseconds dropped) and the
    previous hash: SHA-256 for entries written before keying, HMAC-SHA256 under the audit
    key for keyed ones. The database may round times, so the hash does not depend on them
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
    if entry.scheme is None:
        data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(data.encode("utf-8")).hexdigest()
    if entry.scheme != KEYED:
        return ""  # an unknown scheme fits no hash
    if keyring is None:
        raise ValueError("a keyed entry's hash needs the keyring")
    body |= {"id": entry.id, "scheme": entry.scheme, "state": canonical(entry.state)}
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return keyring.mac(data.encode("utf-8"))
