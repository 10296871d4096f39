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
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigil.auth.keyring import Keyring

__all__ = ["GENESIS", "KEYED", "AuditEntry", "KeySource", "canonical", "entry_hash"]

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


class KeySource:
    """Where a process finds the key file: read once, when first needed.

    An engine carries one (``vigil.store.db.make_engine``), so whatever writes the audit
    log on that engine (CLI, web, ingest, review, demo) finds the key without a global.
    Reading waits until a change must be audited: the public side runs without keys."""

    def __init__(self, path: Path | None, env_value: str | None = None) -> None:
        self.path = path
        self.env_value = env_value
        self._find: Callable[[], tuple[Path | None, str | None]] | None = None
        self._ring: Keyring | None = None
        self._lock = threading.Lock()

    @classmethod
    def lazy(cls, find: Callable[[], tuple[Path | None, str | None]]) -> KeySource:
        """A source whose place (path, ``VIGIL_KEYS`` value) is found when first needed."""
        source = cls(None)
        source._find = find
        return source

    @classmethod
    def of(cls, ring: Keyring) -> KeySource:
        """A source that holds ``ring`` already (tests, scripts)."""
        source = cls(ring.path)
        source._ring = ring
        return source

    def keyring(self) -> Keyring:
        """The keyring; KeyringMissing (one line, with what to do) when there is none."""
        from vigil.auth.keyring import KeyringMissing, read_keyring

        with self._lock:
            if self._find is not None:
                self.path, self.env_value = self._find()
                self._find = None
            if self._ring is None:
                self._ring = read_keyring(self.path, self.env_value)
            if self._ring is None:
                where = f"the key file {self.path}" if self.path else "a key file"
                raise KeyringMissing(
                    f"the audit log needs {where} to record or check changes, and there is none",
                    hint="run `vigil init` to create it, or point VIGIL_KEY_FILE at the "
                    "registry's key file",
                )
            return self._ring
