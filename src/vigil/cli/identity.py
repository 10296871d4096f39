"""``vigil person merge/split/undo/history``: identity decisions, kept and reversible."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit

Why = Annotated[str, typer.Option(help="The evidence that decides it (kept in the history)")]


def merge(
    kept: Annotated[int, typer.Argument(help="The record that stays")],
    other: Annotated[int, typer.Argument(help="The record merged into it")],
    why: Why,
) -> None:
    """Record that two person records are one person. Undo with `vigil person undo`."""
    from vigil.names import VERSION
    from vigil.store.db import transaction
    from vigil.store.identity import merge as do_merge

    with transaction(engine()) as conn:
        link = do_merge(conn, kept, other, by=settings().actor, why=why, matcher=VERSION)
    console.print(f"merged person {other} into {kept} (decision {link})")


def split(
    person_id: Annotated[int, typer.Argument(help="The record that conflates two people")],
    event: Annotated[list[int], typer.Option(help="An event that belongs to the other person")],
    name: Annotated[str, typer.Option(help="The other person's name")],
    why: Why,
) -> None:
    """Move some events of a record to a new person. Undo with `vigil person undo`."""
    from vigil.store.db import transaction
    from vigil.store.identity import split as do_split

    with transaction(engine()) as conn:
        link, new_id = do_split(conn, person_id, event, name, by=settings().actor, why=why)
    console.print(f"split {len(set(event))} events of person {person_id} to new person "
                  f"{new_id} (decision {link})")  # fmt: skip


def undo(
    decision: Annotated[int, typer.Argument(help="The merge or split to undo")],
    why: Why,
) -> None:
    """Undo a merge or split; both the decision and the undoing stay in the history."""
    from vigil.store.db import transaction
    from vigil.store.identity import undo as do_undo

    with transaction(engine()) as conn:
        undo_id = do_undo(conn, decision, by=settings().actor, why=why)
    console.print(f"undid decision {decision} (decision {undo_id})")


def history(
    person_id: Annotated[int, typer.Argument()],
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Every merge, split and undo that touched a person: who, when, why."""
    from vigil.store.db import connect
    from vigil.store.identity import history as load_history

    with connect(engine()) as conn:
        links = load_history(conn, person_id)
    rows = [
        {
            "decision": link.id,
            "kind": link.kind.value,
            "kept": link.kept_id,
            "other": link.other_id,
            "events": list(link.event_ids),
            "undoes": link.undoes,
            "by": link.by,
            "at": link.at.isoformat(timespec="seconds"),
            "why": link.why,
        }
        for link in links
    ]
    emit(rows, fmt, title=f"identity decisions about person {person_id}")
