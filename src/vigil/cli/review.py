"""``vigil review``: walk the proposed claims with their evidence; accept, reject, edit."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from vigil.cli.context import engine, settings
from vigil.cli.output import console
from vigil.errors import Conflict, InvalidInput, VigilError
from vigil.model import Claim, ClaimKind

_CONTEXT = 240


def review(
    source: Annotated[int | None, typer.Option(help="Only claims on this source")] = None,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every claim that can be, unattended")
    ] = False,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Only claims at least this confident")
    ] = 0.0,
    limit: Annotated[int | None, typer.Option(min=1, help="Review at most this many")] = None,
) -> None:
    """Review proposed claims: the quote in its context, what it would add, and why.

    Interactive keys: a accept, r reject, e edit then accept, s skip, q quit.
    With --accept-all, claims needing a decision (which person, a missing date, a
    contradiction) are left for a person and listed; bulk decisions are recorded as such.
    """
    from vigil.ingest.review import queue_order
    from vigil.store.claims import pending_claims
    from vigil.store.db import connect

    with connect(engine()) as conn:
        pending = pending_claims(conn, min_confidence=min_confidence, source_id=source)
    pending.sort(key=queue_order)
    if limit is not None:
        pending = pending[:limit]
    if not pending:
        console.print("nothing to review")
        return
    if accept_all:
        _bulk(pending)
    else:
        _interactive(pending)


def _bulk(pending: list[Claim]) -> None:
    from vigil.ingest.review import Choice, accept
    from vigil.store.claims import get_claims
    from vigil.store.db import transaction

    done, left = 0, []
    for claim in pending:
        assert claim.id is not None
        try:
            with transaction(engine()) as conn:
                fresh = get_claims(conn, [claim.id])[0]  # earlier accepts may link persons
                accept(conn, fresh, Choice(), by=settings().actor, bulk=True)
            done += 1
        except (InvalidInput, Conflict) as exc:
            left.append((claim, exc.one_line()))
    console.print(f"accepted {done} claims (recorded as bulk decisions by {settings().actor})")
    for claim, why in left:
        console.print(f"  left for review: claim {claim.id} ({claim.kind.value}): {escape(why)}")


def _context(text: str, claim: Claim) -> Text:
    start = max(0, claim.start - _CONTEXT)
    end = min(len(text), claim.end + _CONTEXT)
    shown = Text("…" if start else "")
    shown.append(text[start : claim.start])
    shown.append(text[claim.start : claim.end], style="bold black on yellow")
    shown.append(text[claim.end : end])
    shown.append("…" if end < len(text) else "")
    return shown


def _summary(claim: Claim) -> str:
    p = claim.payload
    if claim.kind is ClaimKind.EVENT:
        bits = [f"{p.get('type')}", f"on {p.get('date') or '(no date)'}"]
        bits.append(f"of {p.get('person')}" if p.get("person") else "of an unnamed group")
        for key in ("facility", "detail"):
            if p.get(key):
                bits.append(f"{key}: {p[key]}")
        if p.get("articles"):
            bits.append("articles " + ", ".join(p["articles"]))
        return " ".join(bits)
    if claim.kind is ClaimKind.FIGURE:
        return (
            f"{p.get('qualifier')} {p.get('value')} {p.get('category')}"
            + (f" as of {p['as_of']}" if p.get("as_of") else "")
            + (f" {p['breakdown']}" if p.get("breakdown") else "")
            + (f", said by {p['attributed_to']}" if p.get("attributed_to") else "")
        )
    if claim.kind is ClaimKind.PERSON:
        return f"{p.get('name')} ({p.get('role')})"
    if claim.kind is ClaimKind.QUOTE:
        return f"said by {p.get('speaker') or '?'}" + (
            f" on {p['channel']}" if p.get("channel") else ""
        )
    return str(p.get("name", ""))


def _show(claim: Claim, text: str, title: str, candidates: list[tuple[int, str]]) -> None:
    head = (
        f"claim {claim.id} · {claim.kind.value} · confidence {claim.confidence:.2f} · "
        f"{claim.extractor} · source {claim.source_id}: {title}"
    )
    console.print(Panel(_context(text, claim), title=escape(head), title_align="left"))
    console.print(f"[bold]proposes:[/bold] {escape(_summary(claim))}")
    if claim.payload.get("reason"):
        console.print(f"[dim]why: {escape(str(claim.payload['reason']))}[/dim]")
    for pid, name in candidates:
        console.print(f"  candidate: person {pid} {escape(name)}")


def _ask(prompt: str) -> str:
    console.print(prompt, end="", markup=False, highlight=False)
    line = sys.stdin.readline()
    if not line:  # end of input: stop cleanly, nothing half-done
        return "q"
    return line.strip()


def _edit(claim: Claim) -> dict[str, Any]:
    fields = {
        ClaimKind.EVENT: ("type", "date", "person", "facility"),
        ClaimKind.FIGURE: ("value", "qualifier", "category", "as_of"),
        ClaimKind.PERSON: ("name",),
        ClaimKind.FACILITY: ("name",),
    }.get(claim.kind, ())
    edited: dict[str, Any] = {}
    for name in fields:
        current = claim.payload.get(name)
        answer = _ask(f"{name} [{current if current is not None else ''}]: ")
        if answer:
            edited[name] = int(answer) if name == "value" and answer.isdigit() else answer
    return edited


def _interactive(pending: list[Claim]) -> None:
    from vigil.ingest.review import Choice, NeedsDecision, accept, reject
    from vigil.store.claims import get_claims
    from vigil.store.db import connect, transaction
    from vigil.store.persons import get_persons
    from vigil.store.sources import get_source

    actor = settings().actor
    counts = {"accepted": 0, "rejected": 0, "skipped": 0}
    for queued in pending:
        assert queued.id is not None
        with connect(engine()) as conn:
            claim = get_claims(conn, [queued.id])[0]  # earlier decisions may have changed it
            source = get_source(conn, claim.source_id)
            ids = [int(i) for i in claim.payload.get("candidates") or []]
            candidates = [(p.id or 0, p.display_name) for p in get_persons(conn, ids)]
        _show(claim, source.text, source.title or source.url or "(untitled)", candidates)
        choice = Choice()
        again: str | None = None
        while True:
            key = again or _ask("[a]ccept [r]eject [e]dit [s]kip [q]uit > ").lower()[:1]
            again = None
            if key == "q":
                _totals(counts)
                return
            if key == "s":
                counts["skipped"] += 1
                break
            try:
                with transaction(engine()) as conn:
                    if key == "r":
                        reject(conn, claim, by=actor, note=_ask("why (optional): "))
                        counts["rejected"] += 1
                        break
                    if key == "e":
                        choice = Choice(edited=_edit(claim))
                    elif key != "a":
                        continue
                    decision = accept(conn, claim, choice, by=actor)
                counts["accepted"] += 1
                made = ", ".join(
                    f"{k.removesuffix('_id')} {v}" for k, v in decision.items() if k.endswith("_id")
                )
                console.print(f"[green]accepted[/green] {escape(made)}")
                break
            except NeedsDecision as exc:
                console.print(f"[yellow]{escape(exc.one_line())}[/yellow]")
                answer = _ask("person id, n for a new person, or Enter to go back: ")
                if answer.isdigit():
                    choice = Choice(person_id=int(answer), edited=choice.edited)
                    again = "a"
                elif answer.lower() == "n":
                    choice = Choice(new_person=True, edited=choice.edited)
                    again = "a"
            except VigilError as exc:
                console.print(f"[red]not accepted:[/red] {escape(exc.one_line())}")
    _totals(counts)


def _totals(counts: dict[str, int]) -> None:
    console.print(", ".join(f"{n} {what}" for what, n in counts.items()))
