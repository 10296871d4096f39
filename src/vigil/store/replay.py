"""What the audit log says about the registry's records, and a replay that checks it.

Every keyed entry states, for each registry record it touched, a *tag* of the record's
fields as they were after the change: one ``audit_records`` row per record (kind, id,
tags). The tags are keyed with the audit key (BLAKE2b in keyed mode), so nobody without
the key file can compute the tag of a record they changed. A tag is 16 hex digits for
the whole record, then 6 per field, so a mismatch names the fields that changed.

``vigil audit verify`` replays: for every record of every kind, the last statement about
it must match the record as it is now. A record changed, added or removed by a direct
write to the tables has no entry that says so, and is reported. Bulk operations (the
demo build, the baseline after an upgrade) state every record they wrote in the same way,
so a direct change to one of them shows too. Both sides are read in id order, in
batches: memory stays flat whatever the size of the registry.

Which records an entry touched is read from its target and its ``after`` (``_REFS``):
the call sites of ``vigil.store.audit.record`` need not name them.

What a tag covers is versioned (``VERSION``): a later version may add fields; entries
keep the version they were written with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, and_, insert, or_, select

from vigil.store.tables import (
    audit_records,
    case_defendants,
    case_hearings,
    cases,
    claim_reviews,
    courts,
    event_claims,
    events,
    facilities,
    facility_names,
    figure_claims,
    figures,
    judges,
    person_links,
    person_names,
    persons,
    sources,
    users,
)

__all__ = [
    "KINDS",
    "VERSION",
    "Replay",
    "entry_digests",
    "replay",
    "rows_digest",
    "state_rows",
    "touched",
    "write_rows",
]

VERSION = 1
_BATCH = 2000

Where = Callable[[Any], Any]  # the id column -> a condition on it
Fields = dict[str, Any]


def _persons(conn: Connection, where: Where) -> dict[int, Fields]:
    p = persons.c
    found: dict[int, Fields] = {}
    query = select(p.id, p.gender, p.birth_date, p.birth_precision, p.birth_estimate,
                   p.region, p.occupation, p.name_withheld).where(where(p.id))  # fmt: skip
    for r in conn.execute(query):
        found[r.id] = {
            "gender": r.gender,
            "birth_date": r.birth_date,
            "birth_precision": r.birth_precision,
            "birth_estimate": bool(r.birth_estimate),
            "region": r.region,
            "occupation": r.occupation,
            "name_withheld": bool(r.name_withheld),
            "names": [],
        }
    n = person_names.c
    for r in conn.execute(
        select(n.person_id, n.text, n.script, n.language, n.system, n.is_primary).where(
            where(n.person_id)
        )
    ):
        if r.person_id in found:
            found[r.person_id]["names"].append(
                [r.text, r.script, r.language, r.system, bool(r.is_primary)]
            )
    for fields in found.values():
        fields["names"].sort(key=lambda name: json.dumps(name, ensure_ascii=False))
    return found


def _events(conn: Connection, where: Where) -> dict[int, Fields]:
    e = events.c
    found: dict[int, Fields] = {}
    for r in conn.execute(
        select(e.id, e.person_id, e.type, e.date, e.date_precision, e.date_estimate,
               e.facility_id, e.case_id, e.detail, e.supersedes, e.recorded_by)
        .where(where(e.id))
    ):  # fmt: skip
        found[r.id] = {
            "person_id": r.person_id,
            "type": r.type,
            "date": r.date,
            "date_precision": r.date_precision,
            "date_estimate": bool(r.date_estimate),
            "facility_id": r.facility_id,
            "case_id": r.case_id,
            "detail": r.detail,
            "supersedes": r.supersedes,
            "recorded_by": r.recorded_by,
            "claims": [],
        }
    c = event_claims.c
    for r in conn.execute(select(c.event_id, c.claim_id).where(where(c.event_id))):
        if r.event_id in found:
            found[r.event_id]["claims"].append(r.claim_id)
    for fields in found.values():
        fields["claims"].sort()
    return found


def _links(conn: Connection, where: Where) -> dict[int, Fields]:
    k = person_links.c
    return {
        r.id: {
            "kind": r.kind,
            "kept_id": r.kept_id,
            "other_id": r.other_id,
            "event_ids": r.event_ids,
            "undoes": r.undoes,
            "by": r.by,
            "why": r.why,
        }
        for r in conn.execute(
            select(k.id, k.kind, k.kept_id, k.other_id, k.event_ids, k.undoes, k.by, k.why)
            .where(where(k.id))
        )
    }  # fmt: skip


def _facilities(conn: Connection, where: Where) -> dict[int, Fields]:
    f = facilities.c
    found: dict[int, Fields] = {
        r.id: {"kind": r.kind, "region": r.region, "postal_address": r.postal_address,
               "names": []}
        for r in conn.execute(
            select(f.id, f.kind, f.region, f.postal_address).where(where(f.id))
        )
    }  # fmt: skip
    n = facility_names.c
    rows = conn.execute(select(n.facility_id, n.text, n.position).where(where(n.facility_id))).all()
    for r in sorted(rows, key=lambda r: (r.position, r.text)):
        if r.facility_id in found:
            found[r.facility_id]["names"].append(r.text)
    return found


def _cases(conn: Connection, where: Where) -> dict[int, Fields]:
    c = cases.c
    found: dict[int, Fields] = {
        r.id: {"title": r.title, "articles": r.articles, "activity": r.activity,
               "court_id": r.court_id, "judge_id": r.judge_id, "prosecutor": r.prosecutor,
               "defendants": [], "hearings": []}
        for r in conn.execute(
            select(c.id, c.title, c.articles, c.activity, c.court_id, c.judge_id, c.prosecutor)
            .where(where(c.id))
        )
    }  # fmt: skip
    d = case_defendants.c
    rows = conn.execute(
        select(d.case_id, d.person_id, d.verdict_date, d.verdict_precision, d.verdict_estimate,
               d.term_months, d.regime, d.verdict_note, d.appeal, d.appeal_date,
               d.appeal_precision).where(where(d.case_id))
    ).all()  # fmt: skip
    for r in sorted(rows, key=lambda r: r.person_id):
        if r.case_id in found:
            found[r.case_id]["defendants"].append(
                [r.person_id, _day(r.verdict_date), r.verdict_precision, bool(r.verdict_estimate),
                 r.term_months, r.regime, r.verdict_note, r.appeal, _day(r.appeal_date),
                 r.appeal_precision]
            )  # fmt: skip
    h = case_hearings.c
    hearings = conn.execute(
        select(h.case_id, h.date, h.precision, h.estimate).where(where(h.case_id))
    ).all()
    for r in sorted(hearings, key=lambda r: (r.date, r.precision, bool(r.estimate))):
        if r.case_id in found:
            found[r.case_id]["hearings"].append([_day(r.date), r.precision, bool(r.estimate)])
    return found


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _courts(conn: Connection, where: Where) -> dict[int, Fields]:
    c = courts.c
    query = select(c.id, c.name, c.norm, c.region).where(where(c.id))
    return {r.id: {"name": r.name, "norm": r.norm, "region": r.region}
            for r in conn.execute(query)}  # fmt: skip


def _judges(conn: Connection, where: Where) -> dict[int, Fields]:
    j = judges.c
    query = select(j.id, j.name, j.norm, j.court_id).where(where(j.id))
    return {r.id: {"name": r.name, "norm": r.norm, "court_id": r.court_id}
            for r in conn.execute(query)}  # fmt: skip


def _figures(conn: Connection, where: Where) -> dict[int, Fields]:
    f = figures.c
    return {
        r.id: {
            "value": r.value,
            "qualifier": r.qualifier,
            "category": r.category,
            "as_of": r.as_of,
            "as_of_precision": r.as_of_precision,
            "as_of_estimate": bool(r.as_of_estimate),
            "breakdown": r.breakdown,
            "attributed_to": r.attributed_to,
            "claim_id": r.claim_id,
        }
        for r in conn.execute(
            select(f.id, f.value, f.qualifier, f.category, f.as_of, f.as_of_precision,
                   f.as_of_estimate, f.breakdown, f.attributed_to, f.claim_id)
            .where(where(f.id))
        )
    }  # fmt: skip


def _figure_claims(conn: Connection, where: Where) -> dict[int, Fields]:
    """A further claim a figure rests on (corroboration): a record of its own."""
    c = figure_claims.c
    return {
        r.id: {"figure_id": r.figure_id, "claim_id": r.claim_id}
        for r in conn.execute(select(c.id, c.figure_id, c.claim_id).where(where(c.id)))
    }


def _claims(conn: Connection, where: Where) -> dict[int, Fields]:
    """A claim is a record of its own once it is reviewed: its review decisions."""
    c = claim_reviews.c
    found: dict[int, Fields] = {}
    for r in conn.execute(
        select(c.claim_id, c.state, c.by, c.note, c.bulk, c.decision)
        .where(where(c.claim_id))
        .order_by(c.id)
    ):
        found.setdefault(r.claim_id, {"reviews": []})["reviews"].append(
            [r.state, r.by, r.note, bool(r.bulk), r.decision]
        )
    return found


def _sources(conn: Connection, where: Where) -> dict[int, Fields]:
    s = sources.c
    return {
        r.id: {
            "content_hash": r.content_hash,
            "url": r.url,
            "title": r.title,
            "publisher": r.publisher,
            "published": r.published,
            "language": r.language,
            "reliability": r.reliability,
            "connection": r.connection,
            "origin": r.origin,
        }
        for r in conn.execute(
            select(s.id, s.content_hash, s.url, s.title, s.publisher, s.published, s.language,
                   s.reliability, s.connection, s.origin).where(where(s.id))
        )
    }  # fmt: skip


def _users(conn: Connection, where: Where) -> dict[int, Fields]:
    u = users.c
    return {
        r.id: {
            "username": r.username,
            "display_name": r.display_name,
            "role": r.role,
            "active": bool(r.active),
            "password_hash": r.password_hash,
        }
        for r in conn.execute(
            select(u.id, u.username, u.display_name, u.role, u.active, u.password_hash)
            .where(where(u.id))
        )
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of registry record: the column that lists its ids, and its fields."""

    name: str
    ids: Column[Any]
    fields: tuple[str, ...]
    load: Callable[[Connection, Where], dict[int, Fields]]
    distinct: bool = False  # ids come from a column that repeats them


#: Every kind of record the replay checks, by the name used in targets (``person:12``).
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "case",
            cases.c.id,
            (
                "title",
                "articles",
                "activity",
                "court_id",
                "judge_id",
                "prosecutor",
                "defendants",
                "hearings",
            ),
            _cases,
        ),
        Kind("claim", claim_reviews.c.claim_id, ("reviews",), _claims, distinct=True),
        Kind("court", courts.c.id, ("name", "norm", "region"), _courts),
        Kind(
            "event",
            events.c.id,
            (
                "person_id",
                "type",
                "date",
                "date_precision",
                "date_estimate",
                "facility_id",
                "case_id",
                "detail",
                "supersedes",
                "recorded_by",
                "claims",
            ),
            _events,
        ),
        Kind(
            "facility", facilities.c.id, ("kind", "region", "postal_address", "names"), _facilities
        ),
        Kind(
            "figure",
            figures.c.id,
            (
                "value",
                "qualifier",
                "category",
                "as_of",
                "as_of_precision",
                "as_of_estimate",
                "breakdown",
                "attributed_to",
                "claim_id",
            ),
            _figures,
        ),
        Kind("figure_claim", figure_claims.c.id, ("figure_id", "claim_id"), _figure_claims),
        Kind("judge", judges.c.id, ("name", "norm", "court_id"), _judges),
        Kind(
            "link",
            person_links.c.id,
            ("kind", "kept_id", "other_id", "event_ids", "undoes", "by", "why"),
            _links,
        ),
        Kind(
            "person",
            persons.c.id,
            (
                "gender",
                "birth_date",
                "birth_precision",
                "birth_estimate",
                "region",
                "occupation",
                "name_withheld",
                "names",
            ),
            _persons,
        ),
        Kind(
            "source",
            sources.c.id,
            (
                "content_hash",
                "url",
                "title",
                "publisher",
                "published",
                "language",
                "reliability",
                "connection",
                "origin",
            ),
            _sources,
        ),
        Kind(
            "user",
            users.c.id,
            ("username", "display_name", "role", "active", "password_hash"),
            _users,
        ),
    )
}

# Keys of an entry's ``after`` (and of its ``written`` decision) that name a record the
# change wrote or relied on. Naming an unchanged record is harmless: it states it again.
_REFS = {
    "person": "person",
    "person_id": "person",
    "new_person": "person",
    "kept": "person",
    "merged": "person",
    "event": "event",
    "event_id": "event",
    "claim": "claim",
    "claim_id": "claim",
    "claims": "claim",
    "facility": "facility",
    "facility_id": "facility",
    "figure_id": "figure",
    "figure_claim": "figure_claim",
    "source": "source",
    "decision": "link",
    "case_id": "case",
    "court_id": "court",
    "judge_id": "judge",
}


def _ints(value: Any) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, int) and not isinstance(v, bool)]
    return []


def touched(conn: Connection, target: str, after: Any) -> dict[str, set[int]]:
    """The records an entry with this target and ``after`` is about, by kind."""
    found: dict[str, set[int]] = {}
    kind, _, key = target.partition(":")
    if kind == "user" and key:
        user_id = conn.execute(select(users.c.id).where(users.c.username == key)).scalar()
        if user_id is not None:
            found.setdefault("user", set()).add(int(user_id))
    elif kind in KINDS and key.isdigit():
        found.setdefault(kind, set()).add(int(key))
    parts = [after] if isinstance(after, Mapping) else []
    if parts and isinstance(after.get("written"), Mapping):
        parts.append(after["written"])
    for part in parts:
        for name, ref_kind in _REFS.items():
            for rid in _ints(part.get(name)):
                found.setdefault(ref_kind, set()).add(rid)
    return found


def _value(value: Any) -> bytes:
    """A field's value as bytes, the same whichever database it was read from: scalars
    by type and value, dates as ISO text, JSON documents with sorted keys."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value).encode("utf-8")
    if isinstance(value, dt.date):
        return value.isoformat().encode("ascii")
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")


def _values(kind: Kind, fields: Fields) -> list[bytes]:
    return [_value(fields.get(name)) for name in kind.fields]


def _whole(key: bytes, kind: Kind, rid: int, values: list[bytes]) -> str:
    return hashlib.blake2b(
        f"{kind.name}:{rid}:".encode() + b"\x1f".join(values), key=key, digest_size=8
    ).hexdigest()


def tags(key: bytes, kind: Kind, rid: int, fields: Fields) -> str:
    """The record's tag (16 hex digits, all fields) and then each field's (6 each)."""
    values = _values(kind, fields)
    each = "".join(
        hashlib.blake2b(
            f"{kind.name}:{rid}:{name}:".encode() + value, key=key, digest_size=3
        ).hexdigest()
        for name, value in zip(kind.fields, values, strict=True)
    )
    return _whole(key, kind, rid, values) + each


def matches(key: bytes, kind: Kind, rid: int, fields: Fields, stated: str) -> bool:
    """Whether the record is as ``stated`` says (the whole-record tag only: cheap)."""
    return _whole(key, kind, rid, _values(kind, fields)) == stated[:16]


def changed_fields(key: bytes, kind: Kind, rid: int, fields: Fields, stated: str) -> list[str]:
    """The fields whose tag differs from the stated one."""
    now = tags(key, kind, rid, fields)
    return [
        name
        for i, name in enumerate(kind.fields)
        if now[16 + 6 * i : 22 + 6 * i] != stated[16 + 6 * i : 22 + 6 * i]
    ]


def rows_digest(rows: Iterable[tuple[str, int, str]]) -> tuple[int, str]:
    """How many (kind, id, tags) rows, and a hash of them in (kind, id) order: what an
    entry's keyed hash covers, so rows cannot be altered, moved or dropped unseen."""
    digest = hashlib.sha256()
    count = 0
    for kind, rid, tag in rows:
        digest.update(f"{kind}:{rid}:{tag}\n".encode())
        count += 1
    return count, digest.hexdigest()


def _between(lo: int, hi: int) -> Where:
    return lambda column: column.between(lo, hi)


def _in(ids: list[int]) -> Where:
    return lambda column: column.in_(ids)


def _ids_from(conn: Connection, kind: Kind, after: int, upto: int | None) -> list[int]:
    query = select(kind.ids).where(kind.ids > after)
    if upto is not None:
        query = query.where(kind.ids <= upto)
    if kind.distinct:
        query = query.distinct()
    return [int(i) for i in conn.execute(query.order_by(kind.ids).limit(_BATCH)).scalars()]


def _stream(
    conn: Connection, kind: Kind, lo: int | None = None, hi: int | None = None
) -> Iterator[tuple[int, Fields]]:
    """Every record of ``kind`` (with id in [lo, hi]), in id order, read in batches."""
    after = (lo - 1) if lo is not None else -1  # ids start at 1
    while True:
        ids = _ids_from(conn, kind, after, hi)
        if not ids:
            return
        found = kind.load(conn, _between(ids[0], ids[-1]))
        for rid in sorted(found):
            yield rid, found[rid]
        after = ids[-1]


def state_rows(
    conn: Connection,
    key: bytes,
    records: Mapping[str, Iterable[int]],
    ranges: Mapping[str, tuple[int, int] | None] | None = None,
) -> Iterator[tuple[str, int, str]]:
    """(kind, id, tags) of each named record that exists, and of every record in
    ``ranges`` (None: the whole kind), in (kind, id) order."""
    ranges = ranges or {}
    for name in sorted(set(records) | set(ranges)):
        kind = KINDS[name]
        if name in ranges:
            bounds = ranges[name]
            if bounds is None:
                extra: list[int] = []
                inside = _stream(conn, kind)
            else:
                lo, hi = bounds
                extra = sorted(i for i in set(records.get(name, ())) if i < lo or i > hi)
                inside = _stream(conn, kind, lo, hi)
            found = kind.load(conn, _in(extra)) if extra else {}
            for rid, fields in _merge_sorted(inside, iter(sorted(found.items()))):
                yield name, rid, tags(key, kind, rid, fields)
        else:
            ids = sorted(set(records[name]))
            found = kind.load(conn, _in(ids)) if ids else {}
            for rid in sorted(found):
                yield name, rid, tags(key, kind, rid, found[rid])


def _merge_sorted(
    a: Iterator[tuple[int, Fields]], b: Iterator[tuple[int, Fields]]
) -> Iterator[tuple[int, Fields]]:
    import heapq

    return heapq.merge(a, b, key=lambda item: item[0])


def write_rows(
    conn: Connection, entry_id: int, rows: Iterable[tuple[str, int, str]]
) -> tuple[int, str]:
    """Store the rows for ``entry_id`` in batches; returns ``rows_digest`` of them."""
    digest = hashlib.sha256()
    count = 0
    batch: list[dict[str, Any]] = []
    for kind, rid, tag in rows:
        digest.update(f"{kind}:{rid}:{tag}\n".encode())
        count += 1
        batch.append({"entry_id": entry_id, "kind": kind, "rid": rid, "tags": tag})
        if len(batch) >= _BATCH:
            conn.execute(insert(audit_records), batch)
            batch = []
    if batch:
        conn.execute(insert(audit_records), batch)
    return count, digest.hexdigest()


def entry_digests(conn: Connection) -> Iterator[tuple[int, int, str]]:
    """(entry id, rows, ``rows_digest``) of the stored rows, by entry, in entry order."""
    r = audit_records.c
    last: tuple[int, str, int] | None = None
    current: int | None = None
    digest = hashlib.sha256()
    count = 0
    while True:
        query = select(r.entry_id, r.kind, r.rid, r.tags)
        if last is not None:
            e, k, i = last
            query = query.where(
                or_(r.entry_id > e, and_(r.entry_id == e, or_(r.kind > k,
                    and_(r.kind == k, r.rid > i))))
            )  # fmt: skip
        rows = conn.execute(query.order_by(r.entry_id, r.kind, r.rid).limit(_BATCH * 2)).all()
        if not rows:
            break
        for row in rows:
            if row.entry_id != current:
                if current is not None:
                    yield current, count, digest.hexdigest()
                current, digest, count = row.entry_id, hashlib.sha256(), 0
            digest.update(f"{row.kind}:{row.rid}:{row.tags}\n".encode())
            count += 1
        last = (rows[-1].entry_id, rows[-1].kind, rows[-1].rid)
    if current is not None:
        yield current, count, digest.hexdigest()


def _latest(conn: Connection, kind: str) -> Iterator[tuple[int, str, int]]:
    """(id, tags, entry id) of the last statement about each record of ``kind``."""
    r = audit_records.c
    last: tuple[int, int] | None = None
    pending: tuple[int, str, int] | None = None
    while True:
        query = select(r.rid, r.entry_id, r.tags).where(r.kind == kind)
        if last is not None:
            query = query.where(or_(r.rid > last[0], and_(r.rid == last[0], r.entry_id > last[1])))
        rows = conn.execute(query.order_by(r.rid, r.entry_id).limit(_BATCH * 2)).all()
        if not rows:
            break
        for row in rows:
            if pending is not None and pending[0] != row.rid:
                yield pending
            pending = (row.rid, row.tags, row.entry_id)
        last = (rows[-1].rid, rows[-1].entry_id)
    if pending is not None:
        yield pending


@dataclass(frozen=True, slots=True)
class Replay:
    """What the replay found: the first problems, in words, and how many in all."""

    problems: tuple[str, ...]
    total: int
    records: int  # records in the registry, checked


def _label(kind: Kind, rid: int, fields: Fields | None) -> str:
    if kind.name == "user" and fields is not None:
        return f"user:{fields['username']}"
    return f"{kind.name}:{rid}"


def replay(conn: Connection, key: bytes, *, limit: int = 20) -> Replay:
    """Compare every record with the last statement the log makes about it."""
    problems: list[str] = []
    total = 0
    records = 0

    def report(text: str) -> None:
        nonlocal total
        total += 1
        if len(problems) < limit:
            problems.append(text)

    for name, kind in KINDS.items():
        stated = _latest(conn, name)
        now = _stream(conn, kind)
        s = next(stated, None)
        n = next(now, None)
        while s is not None or n is not None:
            if n is not None and (s is None or n[0] < s[0]):
                records += 1
                report(f"record {_label(kind, n[0], n[1])} has no audit entry")
                n = next(now, None)
            elif s is not None and (n is None or s[0] < n[0]):
                report(f"record {kind.name}:{s[0]} was removed without an audit entry "
                       f"(last stated by entry {s[2]})")  # fmt: skip
                s = next(stated, None)
            else:
                assert s is not None
                assert n is not None
                records += 1
                rid, fields = n
                if not matches(key, kind, rid, fields, s[1]):
                    changed = changed_fields(key, kind, rid, fields, s[1])
                    which = (
                        f"field{'s' if len(changed) > 1 else ''} {', '.join(changed)}"
                        if changed
                        else "its identity"
                    )
                    report(f"record {_label(kind, rid, fields)} changed without an audit "
                           f"entry ({which}; last stated by entry {s[2]})")  # fmt: skip
                s, n = next(stated, None), next(now, None)
    return Replay(tuple(problems), total, records)


def any_record(conn: Connection) -> bool:
    """Whether the registry holds any record of any kind, or the log states any."""
    if conn.execute(select(audit_records.c.id).limit(1)).first() is not None:
        return True
    return any(
        conn.execute(select(kind.ids).limit(1)).first() is not None for kind in KINDS.values()
    )


def counts(conn: Connection) -> dict[str, int]:
    """How many records of each kind the registry holds."""
    from sqlalchemy import func

    return {
        name: int(
            conn.execute(
                select(func.count(kind.ids.distinct() if kind.distinct else kind.ids))
            ).scalar_one()
        )
        for name, kind in KINDS.items()
    }
