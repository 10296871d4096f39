"""Persons, their name variants and their restricted fields.

Every change a person makes here is also an entry of the audit log, written in the same
transaction (``person.add``, ``person.edit``). Restricted fields are stored sealed
(``vigil.store.restricted``); the log names those that changed and keeps their old and
new values sealed too (its ``sealed`` part), so a bad edit can be undone by whoever holds
the key, while the log itself, read by every member of staff, holds no plaintext.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import (
    RESTRICTED_FIELDS,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Precision,
    RestrictedInfo,
    Script,
    search_key,
)
from vigil.model.identity import Identity
from vigil.model.person_edit import EDITABLE_FIELDS, PUBLIC_FIELDS, PersonEdit
from vigil.names import keys as name_keys
from vigil.names import match as name_match
from vigil.names import sort_key
from vigil.names.match import NameForm, NameMatch
from vigil.store.audit import record
from vigil.store.db import prefix_match, savepoint
from vigil.store.person_links import load_identity
from vigil.store.restricted import SEALED, keys_of, open_info, seal_info, seal_values
from vigil.store.tables import person_name_keys, person_names, person_restricted, persons

__all__ = [
    "EDITABLE_FIELDS",
    "add_name",
    "add_names",
    "add_person",
    "candidates",
    "count_persons",
    "get_person",
    "get_persons",
    "insert_names",
    "list_persons",
    "publish_name",
    "record_names",
    "remove_name",
    "search",
    "set_restricted",
    "update_person",
]

#: The longest reason ``publish_name`` takes.
REASON_LIMIT = 2000


def add_person(conn: Connection, person: Person, *, by: str) -> int:
    """Store a new person with names and restricted fields; returns the new id."""
    if not person.names:
        raise InvalidInput("a person needs at least one name", hint="give --name")
    birth = person.birth_date
    if birth is not None and birth.earliest > dt.date.today():
        raise InvalidInput(f"birth date {birth} is in the future", hint="check the year")
    person_id = conn.execute(
        insert(persons).returning(persons.c.id),
        {
            "gender": person.gender.value,
            "birth_date": birth.earliest if birth else None,
            "birth_precision": birth.precision.value if birth else None,
            "birth_estimate": bool(birth and birth.estimate),
            "region": person.region,
            "occupation": person.occupation,
            "name_withheld": person.name_withheld,
            "created_at": dt.datetime.now(dt.UTC),
            "created_by": by,
        },
    ).scalar_one()
    add_names(conn, person_id, person.names)
    r = person.restricted
    given = {f: getattr(r, f) for f in RESTRICTED_FIELDS["person"] if getattr(r, f)}
    sealed: dict[str, Any] = {}
    if given:
        ring = keys_of(conn)
        conn.execute(
            insert(person_restricted), {"person_id": person_id, **seal_info(ring, person_id, r)}
        )
        sealed = {SEALED: seal_values(ring, f"person:{person_id}", given)}
    record(
        conn,
        actor=by,
        action="person.add",
        target=f"person:{person_id}",
        after={
            "names": [n.text for n in person.names],
            **_public_values(person),
            "restricted": list(given),
            **sealed,
        },
    )
    return int(person_id)


def add_names(conn: Connection, person_id: int, names: Sequence[NameVariant]) -> None:
    """Add name variants a person does not have yet."""
    have = set(
        conn.execute(
            select(person_names.c.text).where(person_names.c.person_id == person_id)
        ).scalars()
    )
    first_names = not have and not any(n.primary for n in names)
    rows = []
    for i, name in enumerate(names):
        if not name.text:
            raise InvalidInput("a name cannot be empty", hint="give the name as written")
        if name.text in have:
            continue
        have.add(name.text)
        rows.append(
            {
                "person_id": person_id,
                "text": name.text,
                "norm": search_key(name.text),
                "sort_key": sort_key(name.text),
                "script": name.script.value,
                "language": name.language,
                "system": name.system,
                "is_primary": name.primary or (first_names and i == 0),
            }
        )
    if rows:
        insert_names(conn, rows)


def insert_names(conn: Connection, rows: Sequence[Mapping[str, object]]) -> None:
    """Name rows with their blocking keys, so candidates can be found by key."""
    stmt = insert(person_names).returning(person_names.c.id, sort_by_parameter_order=True)
    name_ids = [int(r[0]) for r in conn.execute(stmt, rows)]
    key_rows = [
        {"name_id": name_id, "person_id": row["person_id"], "key": key}
        for name_id, row in zip(name_ids, rows, strict=True)
        for key in name_keys(str(row["text"]))
    ]
    if key_rows:
        conn.execute(insert(person_name_keys), key_rows)


def set_restricted(conn: Connection, person_id: int, info: RestrictedInfo, *, by: str) -> None:
    """Replace a person's restricted fields; the log keeps the old and new values sealed."""
    old = get_person(conn, person_id, restricted=True).restricted
    hidden = [f for f in RESTRICTED_FIELDS["person"] if getattr(info, f) != getattr(old, f)]
    if not hidden:
        return
    _store_restricted(conn, person_id, info)
    record(
        conn,
        actor=by,
        action="person.edit",
        target=f"person:{person_id}",
        before=_sealed_values(conn, person_id, old, hidden),
        after={"restricted": hidden} | _sealed_values(conn, person_id, info, hidden),
    )


def _store_restricted(conn: Connection, person_id: int, info: RestrictedInfo) -> None:
    values = seal_info(keys_of(conn), person_id, info)
    done = conn.execute(
        update(person_restricted).where(person_restricted.c.person_id == person_id), values
    )
    if done.rowcount == 0:
        conn.execute(insert(person_restricted), {"person_id": person_id, **values})


def _sealed_values(
    conn: Connection, person_id: int, info: RestrictedInfo, fields: Sequence[str]
) -> dict[str, Any]:
    """The audit entry's part that keeps restricted values, sealed for the log."""
    values = {f: getattr(info, f) for f in fields}
    return {SEALED: seal_values(keys_of(conn), f"person:{person_id}", values)}


def _public_values(person: Person) -> dict[str, Any]:
    return {
        "gender": person.gender.value,
        "birth_date": str(person.birth_date) if person.birth_date else None,
        "region": person.region,
        "occupation": person.occupation,
        "name_withheld": person.name_withheld,
    }


@savepoint
def update_person(conn: Connection, person_id: int, edit: PersonEdit, *, by: str) -> list[str]:
    """Change the fields ``edit`` carries and no other; returns the names of those that
    really changed. ``None`` clears a field. A withheld name stays withheld: publishing
    it is ``publish_name``. Restricted fields are read (and need the key) only when the
    edit carries one."""
    touches_restricted = any(f in edit.given() for f in RESTRICTED_FIELDS["person"])
    current = get_person(conn, person_id, restricted=touches_restricted)
    if current.merged_into is not None:
        raise Conflict(
            f"person {person_id} was merged into person {current.merged_into}",
            hint=f"edit person {current.merged_into}",
        )
    if edit.name_withheld is False and current.name_withheld:
        raise InvalidInput(
            f"an edit cannot publish the withheld name of person {person_id}",
            hint="an editor publishes a name with a reason: Publish the name on the staff "
            "page, or `vigil person publish-name`",
        )
    cleaned = edit.given()
    old = {f: getattr(current, f) for f in PUBLIC_FIELDS}
    old.update({f: getattr(current.restricted, f) for f in RESTRICTED_FIELDS["person"]})
    changed = [f for f in EDITABLE_FIELDS if f in cleaned and cleaned[f] != old[f]]
    if not changed:
        return []
    public = [f for f in changed if f in PUBLIC_FIELDS]
    hidden = [f for f in changed if f not in PUBLIC_FIELDS]
    if public:
        values: dict[str, object] = {}
        for f in public:
            if f == "birth_date":
                birth = cleaned[f]
                assert birth is None or isinstance(birth, PartialDate)
                values["birth_date"] = birth.earliest if birth else None
                values["birth_precision"] = birth.precision.value if birth else None
                values["birth_estimate"] = bool(birth and birth.estimate)
            elif f == "gender":
                values[f] = Gender(str(cleaned[f])).value
            else:
                values[f] = cleaned[f]
        conn.execute(update(persons).where(persons.c.id == person_id), values)
    r = current.restricted
    now = replace(r, **{f: cleaned[f] for f in hidden})  # type: ignore[arg-type]
    if hidden:
        _store_restricted(conn, person_id, now)
    before_all = _public_values(current)
    after_all = _public_values(get_person(conn, person_id))
    before = {f: before_all[f] for f in public}
    after = {f: after_all[f] for f in public}
    if hidden:
        before |= _sealed_values(conn, person_id, r, hidden)
        after |= {"restricted": hidden} | _sealed_values(conn, person_id, now, hidden)
    record(
        conn,
        actor=by,
        action="person.edit",
        target=f"person:{person_id}",
        before=before,
        after=after,
    )
    return changed


def publish_name(conn: Connection, person_id: int, *, by: str, reason: str) -> None:
    """Publish a withheld name: an editor's decision, audited with its reason
    (``person.publish_name``). Withholding a name is an ordinary edit; this is the only
    way back."""
    why = reason.strip()
    if not why:
        raise InvalidInput(
            "publishing a withheld name needs a reason",
            hint="say why the name may now be published, e.g. the family agreed",
        )
    if len(why) > REASON_LIMIT:
        raise InvalidInput(
            f"the reason is {len(why)} characters long", hint=f"keep it under {REASON_LIMIT}"
        )
    current = get_person(conn, person_id)
    if current.merged_into is not None:
        raise Conflict(
            f"person {person_id} was merged into person {current.merged_into}",
            hint=f"publish the name of person {current.merged_into}",
        )
    if not current.name_withheld:
        raise Conflict(
            f"the name of person {person_id} is not withheld", hint="there is nothing to publish"
        )
    with conn.begin_nested():
        conn.execute(update(persons).where(persons.c.id == person_id).values(name_withheld=False))
        record(
            conn,
            actor=by,
            action="person.publish_name",
            target=f"person:{person_id}",
            before={"name_withheld": True},
            after={"name_withheld": False, "reason": why},
        )


def _own_names(conn: Connection, person_id: int) -> list[Any]:
    return list(
        conn.execute(
            select(person_names)
            .where(person_names.c.person_id == person_id)
            .order_by(person_names.c.id)
        )
    )


def record_names(conn: Connection, person_id: int) -> list[str]:
    """The names written on this record itself (not those of records merged into it):
    the ones ``remove_name`` can remove."""
    return [r.text for r in _own_names(conn, person_id)]


def _editable(conn: Connection, person_id: int) -> Person:
    person = get_person(conn, person_id)
    if person.merged_into is not None:
        raise Conflict(
            f"person {person_id} was merged into person {person.merged_into}",
            hint=f"edit the names of person {person.merged_into}",
        )
    return person


@savepoint
def add_name(conn: Connection, person_id: int, name: NameVariant, *, by: str) -> bool:
    """Add a name variant to a person, or make an existing one primary when ``name`` is
    primary; returns whether anything changed."""
    _editable(conn, person_id)
    if not name.text:
        raise InvalidInput("a name cannot be empty", hint="give the name as written")
    if len(name.text) > 300:
        raise InvalidInput("a name is at most 300 characters", hint="give the name only")
    rows = _own_names(conn, person_id)
    existing = next((r for r in rows if r.text == name.text), None)
    if existing is not None and (not name.primary or existing.is_primary):
        return False
    if name.primary:
        conn.execute(
            update(person_names)
            .where(person_names.c.person_id == person_id)
            .values(is_primary=False)
        )
    if existing is not None:
        conn.execute(
            update(person_names).where(person_names.c.id == existing.id).values(is_primary=True)
        )
    else:
        add_names(conn, person_id, [name])
    record(
        conn,
        actor=by,
        action="person.edit",
        target=f"person:{person_id}",
        after={"name_added" if existing is None else "name_primary": name.text}
        | ({"primary": True} if name.primary and existing is None else {}),
    )
    return True


@savepoint
def remove_name(conn: Connection, person_id: int, text: str, *, by: str) -> None:
    """Remove a name variant written on this record (not one of a record merged into
    it); the last name stays, and the next name becomes primary if the primary goes."""
    _editable(conn, person_id)
    rows = _own_names(conn, person_id)
    row = next((r for r in rows if r.text == text), None)
    if row is None:
        raise NotFound(
            f"person {person_id} has no name {text!r} of its own",
            hint="a name of a record merged into this one stays with that record",
        )
    if len(rows) == 1:
        raise InvalidInput(
            f"{text!r} is the only name of person {person_id}",
            hint="add the right name first, then remove this one",
        )
    conn.execute(delete(person_name_keys).where(person_name_keys.c.name_id == row.id))
    conn.execute(delete(person_names).where(person_names.c.id == row.id))
    if row.is_primary:
        heir = next(r for r in rows if r.id != row.id)
        conn.execute(
            update(person_names).where(person_names.c.id == heir.id).values(is_primary=True)
        )
    record(
        conn,
        actor=by,
        action="person.edit",
        target=f"person:{person_id}",
        before={"name": text, "primary": bool(row.is_primary)},
        after={"name_removed": text},
    )


# Built once: making a statement costs several times more than running it on a page.
_PERSONS_BY_ID = select(persons).where(persons.c.id.in_(bindparam("ids", expanding=True)))
_RESTRICTED_OF = select(person_restricted).where(
    person_restricted.c.person_id.in_(bindparam("ids", expanding=True))
)
_NAMES_OF = (
    select(person_names)
    .where(person_names.c.person_id.in_(bindparam("ids", expanding=True)))
    .order_by(person_names.c.id)
)


def _names(
    conn: Connection, ids: Sequence[int], identity: Identity
) -> dict[int, list[NameVariant]]:
    """Name variants of each person, with those of records merged into it."""
    owner = {m: i for i in ids for m in identity.members(i) | {i}}
    result: dict[int, list[NameVariant]] = {i: [] for i in ids}
    rows = conn.execute(_NAMES_OF, {"ids": list(owner)})
    seen: dict[int, set[str]] = {i: set() for i in ids}
    for row in rows:
        mine = owner[row.person_id]
        if row.text in seen[mine]:
            continue
        seen[mine].add(row.text)
        primary = row.is_primary and row.person_id == mine
        result[mine].append(
            NameVariant(row.text, Script(row.script), row.language, row.system, primary)
        )
    for names in result.values():
        names.sort(key=lambda n: not n.primary)  # stable: the primary name first
    return result


def _person(row: object, names: list[NameVariant], restricted: RestrictedInfo) -> Person:
    birth = None
    if row.birth_date is not None:  # type: ignore[attr-defined]
        birth = PartialDate.from_parts(
            row.birth_date,  # type: ignore[attr-defined]
            Precision(row.birth_precision),  # type: ignore[attr-defined]
            row.birth_estimate,  # type: ignore[attr-defined]
        )
    return Person(
        names=tuple(names),
        gender=Gender(row.gender),  # type: ignore[attr-defined]
        birth_date=birth,
        region=row.region,  # type: ignore[attr-defined]
        occupation=row.occupation,  # type: ignore[attr-defined]
        name_withheld=row.name_withheld,  # type: ignore[attr-defined]
        restricted=restricted,
        id=row.id,  # type: ignore[attr-defined]
    )


def get_person(
    conn: Connection,
    person_id: int,
    *,
    restricted: bool = False,
    identity: Identity | None = None,
) -> Person:
    """One person; restricted fields only when asked for."""
    return get_persons(conn, [person_id], restricted=restricted, identity=identity)[0]


def get_persons(
    conn: Connection,
    ids: Sequence[int],
    *,
    restricted: bool = False,
    identity: Identity | None = None,
) -> list[Person]:
    """Persons in the order of ``ids``; NotFound names the first missing id.

    ``identity`` saves reading the merges and splits again when the caller has them."""
    rows = {r.id: r for r in conn.execute(_PERSONS_BY_ID, {"ids": list(ids)})}
    for person_id in ids:
        if person_id not in rows:
            raise NotFound(
                f"no person with id {person_id}",
                hint="find the id with `vigil person search NAME` or `vigil person list`",
            )
    if identity is None:
        identity = load_identity(conn)
    names = _names(conn, list(ids), identity)
    infos: dict[int, RestrictedInfo] = {}
    if restricted:
        found_rows = conn.execute(_RESTRICTED_OF, {"ids": list(ids)}).all()
        if found_rows:  # the keys are read only when there is something to open
            ring = keys_of(conn)
            for r in found_rows:
                infos[r.person_id] = open_info(ring, r.person_id, r)
    found = [_person(rows[i], names[i], infos.get(i, RestrictedInfo())) for i in ids]
    return [
        replace(p, merged_into=identity.canonical(i)) if identity.canonical(i) != i else p
        for p, i in zip(found, ids, strict=True)
    ]


def _merged_away(conn: Connection) -> list[int]:
    return sorted(load_identity(conn).redirect)


def list_persons(conn: Connection, *, limit: int = 50, offset: int = 0) -> list[Person]:
    """Person records in id order; records merged into another are not listed."""
    query = select(persons.c.id).where(persons.c.id.not_in(_merged_away(conn)))
    ids = list(conn.execute(query.order_by(persons.c.id).limit(limit).offset(offset)).scalars())
    return get_persons(conn, ids)


def count_persons(conn: Connection) -> int:
    """Persons in the registry (records merged into another not counted)."""
    total = conn.execute(select(func.count()).select_from(persons)).scalar_one()
    return int(total) - len(_merged_away(conn))


def search(conn: Connection, query: str, *, limit: int = 20) -> list[Person]:
    """Persons with a name variant that starts with ``query`` (any word of it), then
    persons whose name matches it in any script or romanization."""
    key = search_key(query)
    if not key:
        raise InvalidInput("the search is empty", hint="give part of a name")
    identity = load_identity(conn)
    starts = select(person_names.c.person_id).where(prefix_match(person_names.c.norm, key))
    words = select(person_names.c.person_id).where(person_names.c.norm.contains(" " + key))
    found = conn.execute(
        select(persons.c.id)
        .where(persons.c.id.in_(starts.union(words).scalar_subquery()))
        .order_by(persons.c.id)
        .limit(limit)
    ).scalars()
    ids = list(dict.fromkeys(identity.canonical(i) for i in found))
    # Then matches in other scripts. A lone surname is a weaker, surname-only match (score
    # 0.8, never a link on its own), which is what a search wants; the other gender's form
    # of the surname (a wife, a husband) is a relative, not the person searched for.
    for person_id, _, verdict in candidates(conn, query, limit=limit):
        if verdict.score >= 0.5 and not verdict.relatives and person_id not in ids:
            ids.append(person_id)
    return get_persons(conn, ids[:limit])


def candidates(
    conn: Connection, name: str | NameForm, *, limit: int = 10, gender: str | None = None
) -> list[tuple[int, str, NameMatch]]:
    """Registry persons whose names may be ``name``, best first: (person id, the variant
    that matched, the matcher's verdict with score and reason). Found by blocking key,
    so the registry is never compared name by name."""
    if isinstance(name, NameForm):  # its dictionary form, and as written where it differs
        forms = [name.text] + ([name.written] if name.written and name.written != name.text else [])
        wanted = list(dict.fromkeys(k for form in forms for k in name_keys(form)))
    else:
        wanted = name_keys(name)
    if not wanted:
        return []
    identity = load_identity(conn)
    rows = conn.execute(
        select(person_name_keys.c.person_id, person_names.c.text, persons.c.gender)
        .join(person_names, person_names.c.id == person_name_keys.c.name_id)
        .join(persons, persons.c.id == person_name_keys.c.person_id)
        .where(person_name_keys.c.key.in_(wanted))
        .distinct()
        .limit(2000)
    ).all()
    best: dict[int, tuple[str, NameMatch]] = {}
    for person_id, text, their_gender in rows:
        owner = identity.canonical(person_id)
        # Genders are compared only when both sides declare one: a name in a case form
        # ("Сергея") must not read as the other gender's.
        known = their_gender if gender and their_gender != "unknown" else None
        verdict = name_match(name, text, gender_a=gender, gender_b=known)
        if verdict.score > 0 and (owner not in best or verdict.score > best[owner][1].score):
            best[owner] = (text, verdict)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][1].score, kv[0]))
    return [(pid, text, verdict) for pid, (text, verdict) in ranked[:limit]]
