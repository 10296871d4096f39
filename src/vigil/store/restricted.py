"""Restricted fields sealed at rest, and the restricted values the audit log keeps.

Every value is encrypted on its own (AES-256-GCM, ``vigil.auth.keyring``) and bound to
where it belongs: ``person:<id>:<field>`` in ``person_restricted``,
``audit:person:<id>:<field>`` in an audit entry's ``sealed`` part. A value copied to
another record or field does not open. Each value names the key that sealed it.

The keys come with the engine (``make_engine(url, keys=KeySource.of(settings))``) and are
read only when a restricted value is written or opened: code that never touches
restricted fields (the public site) runs without a key file.

The audit log is append-only and hash-chained, so values it sealed are never re-sealed:
``vigil keys rotate`` keeps the old keys those values need (``census`` counts them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Text, bindparam, cast, or_, select, update

from vigil.auth.chain import AuditEntry
from vigil.auth.keyring import ENVELOPE_PREFIX, Keyring, KeyringMissing, KeySource, is_sealed
from vigil.errors import InvalidInput
from vigil.model import RESTRICTED_FIELDS, RestrictedInfo
from vigil.store import mfa
from vigil.store.db import KEYS_OPTION, lock_for_writes, transaction
from vigil.store.tables import audit_log, person_restricted

__all__ = [
    "SEALED",
    "KeyCensus",
    "Rotation",
    "census",
    "keys_of",
    "open_info",
    "open_values",
    "reseal",
    "reveal",
    "rotate",
    "seal_info",
    "seal_values",
    "unseal",
]

#: The part of an audit entry's ``before``/``after`` that holds sealed values by field.
SEALED = "sealed"
FIELDS = RESTRICTED_FIELDS["person"]
_BATCH = 500


def keys_of(conn: Connection) -> Keyring:
    """The keys the connection's engine carries; ``KeyringMissing`` when it has none."""
    source = conn.get_execution_options().get(KEYS_OPTION)
    if source is None:
        raise KeyringMissing(
            "restricted fields need the registry's keys, and none were given",
            hint="set VIGIL_KEY_FILE (or VIGIL_KEYS) to the registry's key file",
        )
    ring: Keyring = source.require()
    return ring


def _seal(ring: Keyring, value: str | None, context: str) -> str | None:
    return None if value is None else ring.encrypt(value, context)


def _open(ring: Keyring, value: str | None, context: str) -> str | None:
    return None if value is None else ring.decrypt(value, context)


def seal_info(ring: Keyring, person_id: int, info: RestrictedInfo) -> dict[str, str | None]:
    """The ``person_restricted`` column values of ``info``, each sealed on its own."""
    return {f: _seal(ring, getattr(info, f), f"person:{person_id}:{f}") for f in FIELDS}


def open_info(ring: Keyring, person_id: int, row: Any) -> RestrictedInfo:
    """The plaintext of one ``person_restricted`` row."""
    return RestrictedInfo(
        **{f: _open(ring, getattr(row, f), f"person:{person_id}:{f}") for f in FIELDS}
    )


def seal_values(
    ring: Keyring, target: str, values: Mapping[str, str | None]
) -> dict[str, str | None]:
    """Restricted values for an audit entry about ``target`` (e.g. ``person:12``)."""
    return {f: _seal(ring, v, f"audit:{target}:{f}") for f, v in values.items()}


def open_values(ring: Keyring, target: str, sealed: Mapping[str, Any]) -> dict[str, str | None]:
    """The plaintext of an audit entry's sealed values."""
    return {f: _open(ring, v, f"audit:{target}:{f}") for f, v in sealed.items()}


def reveal(entry: AuditEntry, ring: Keyring | None) -> AuditEntry:
    """``entry`` with its sealed values opened for display; without ``ring`` (or without
    a key it needs), each value says which key sealed it. Only for showing: the stored
    entry, and its hash, keep the envelopes."""

    def side(value: Any) -> Any:
        if not isinstance(value, dict) or not isinstance(value.get(SEALED), dict):
            return value
        shown: dict[str, str | None] = {}
        for name, envelope in value[SEALED].items():
            if not isinstance(envelope, str) or not is_sealed(envelope):
                shown[name] = envelope
                continue
            try:
                if ring is None:
                    raise KeyringMissing("no key")
                shown[name] = ring.decrypt(envelope, f"audit:{entry.target}:{name}")
            except KeyringMissing:
                shown[name] = f"(sealed with key {envelope.split(':')[1]})"
        return {**value, SEALED: shown}

    return replace(entry, before=side(entry.before), after=side(entry.after))


def _envelopes(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if is_sealed(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _envelopes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _envelopes(item)


def _key_id(envelope: str) -> str:
    return envelope[len(ENVELOPE_PREFIX) :].partition(":")[0]


@dataclass(frozen=True, slots=True)
class KeyCensus:
    """How many stored values each key id sealed: in restricted fields, in the log."""

    fields: dict[str, int] = field(default_factory=dict)
    audit: dict[str, int] = field(default_factory=dict)
    plaintext: int = 0  # restricted field values not sealed yet

    def needed(self) -> set[str]:
        """Key ids some stored value needs."""
        return {k for k, n in self.fields.items() if n} | {k for k, n in self.audit.items() if n}


def _rows(conn: Connection) -> Iterator[Any]:
    """``person_restricted`` in batches of person ids, so a large table streams."""
    last = 0
    while True:
        rows = conn.execute(
            select(person_restricted)
            .where(person_restricted.c.person_id > last)
            .order_by(person_restricted.c.person_id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].person_id


def unseal(conn: Connection, ring: Keyring) -> int:
    """Turn every sealed restricted value back into plaintext (only for downgrading the
    schema below migration 0010); returns how many values changed."""
    stmt = (
        update(person_restricted)
        .where(person_restricted.c.person_id == bindparam("pid"))
        .values({f: bindparam(f"v_{f}") for f in FIELDS})
    )
    batch: list[dict[str, Any]] = []
    changed = 0
    for row in _rows(conn):
        values: dict[str, Any] = {"pid": row.person_id}
        for f in FIELDS:
            value = getattr(row, f)
            if value is not None and is_sealed(value):
                value = ring.decrypt(value, f"person:{row.person_id}:{f}")
                changed += 1
            values[f"v_{f}"] = value
        batch.append(values)
        if len(batch) >= _BATCH:
            conn.execute(stmt, batch)
            batch = []
    if batch:
        conn.execute(stmt, batch)
    return changed


def census(conn: Connection) -> KeyCensus:
    """Count the sealed values of each key (and restricted values still plaintext)."""
    fields: Counter[str] = Counter()
    plaintext = 0
    for row in _rows(conn):
        for f in FIELDS:
            value = getattr(row, f)
            if value is None:
                continue
            if is_sealed(value):
                fields[_key_id(value)] += 1
            else:
                plaintext += 1
    audit: Counter[str] = Counter()
    marked = or_(
        cast(audit_log.c.before, Text).contains(ENVELOPE_PREFIX),
        cast(audit_log.c.after, Text).contains(ENVELOPE_PREFIX),
    )
    query = select(audit_log.c.before, audit_log.c.after).where(marked)
    for before, after in conn.execute(query.execution_options(yield_per=_BATCH)):
        for envelope in (*_envelopes(before), *_envelopes(after)):
            audit[_key_id(envelope)] += 1
    return KeyCensus(dict(fields), dict(audit), plaintext)


def reseal(conn: Connection, ring: Keyring, *, rotate: bool = True) -> int:
    """Seal every restricted field value with ``ring``'s current key: plaintext ones
    (a registry from before encryption) and, with ``rotate``, those sealed with an older
    key. Returns how many values changed. Writers wait until the caller's transaction
    ends; the table is read and written in batches."""
    lock_for_writes(conn, person_restricted.name)
    stmt = (
        update(person_restricted)
        .where(person_restricted.c.person_id == bindparam("pid"))
        .values({f: bindparam(f"v_{f}") for f in FIELDS})
    )
    changed = 0
    batch: list[dict[str, Any]] = []
    for row in _rows(conn):
        values: dict[str, Any] = {"pid": row.person_id}
        stale = 0
        for f in FIELDS:
            value = getattr(row, f)
            context = f"person:{row.person_id}:{f}"
            old_key = value is not None and is_sealed(value) and _key_id(value) != ring.current
            if value is not None and (not is_sealed(value) or (rotate and old_key)):
                plain = ring.decrypt(value, context) if is_sealed(value) else value
                value = ring.encrypt(plain, context)
                stale += 1
            values[f"v_{f}"] = value
        if stale:
            batch.append(values)
            changed += stale
        if len(batch) >= _BATCH:
            conn.execute(stmt, batch)
            batch = []
    if batch:
        conn.execute(stmt, batch)
    return changed


@dataclass(frozen=True, slots=True)
class Rotation:
    """What ``rotate`` did: the new key, values re-sealed, keys kept and dropped."""

    current: str
    resealed: int
    kept: tuple[str, ...]  # old keys that audit entries still need
    dropped: tuple[str, ...]
    previous_file: Path


def rotate(engine: Engine, source: KeySource) -> Rotation:
    """A new current key; every restricted field value and staff TOTP secret re-sealed
    with it in one transaction; old keys dropped from the key file unless the audit log needs them.

    The key file is written first with old and new keys, so whatever happens the file
    opens what the database holds; the file as it was is kept beside it (``.old``),
    because backups made before the rotation need its keys."""
    if source.from_environment or source.path is None:
        raise InvalidInput(
            "the keys come from VIGIL_KEYS, which vigil cannot rewrite",
            hint="rotate with a key file (VIGIL_KEY_FILE), then put its content in VIGIL_KEYS",
        )
    path = source.path
    ring = source.require()
    new = ring.rotated()
    previous = path.with_name(f"{path.name}.{ring.current}.old")
    ring.save(previous)
    new.save(path)
    with transaction(engine) as conn:
        resealed = reseal(conn, new) + mfa.reseal(conn, new)  # TOTP secrets too
        needed = census(conn).needed()
    old = [k for k in new.data_keys if k != new.current]
    kept = tuple(k for k in old if k in needed)
    final = Keyring(
        {k: v for k, v in new.data_keys.items() if k == new.current or k in kept},
        new.current,
        new.audit_key,
        path,
    )
    final.save(path)
    dropped = tuple(k for k in old if k not in kept)
    return Rotation(new.current, resealed, kept, dropped, previous)
