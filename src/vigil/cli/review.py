"""``vigil review``: walk the proposed claims with their evidence; accept, reject, edit.

The queue, what a claim shows, the fields an edit may correct and the decisions are those
of ``vigil.ingest`` (``queue``, ``evidence``, ``review``), as on the staff pages and in
the staff API; this module only asks and prints.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from vigil.cli.context import engine, settings
from vigil.cli.output import console
from vigil.errors import Conflict, VigilError
from vigil.ingest.corroboration import ContradictsFact, Relation
from vigil.ingest.evidence import ClaimView, reason
from vigil.ingest.review import Bulk, Choice
from vigil.model import ClaimKind, EditValue


def review(
    source: Annotated[int | None, typer.Option(help="Only claims on this source")] = None,
    kind: Annotated[
        str | None, typer.Option(help="Only claims of this kind: person, event, figure, ...")
    ] = None,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every claim that can be, unattended")
    ] = False,
    reject_all: Annotated[
        bool, typer.Option("--reject-all", help="Reject every claim of the queue, unattended")
    ] = False,
    note: Annotated[str, typer.Option(help="With --reject-all: why (kept on each)")] = "",
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Only claims at least this confident")
    ] = 0.0,
    grade: Annotated[
        str | None,
        typer.Option(help="Only claims on sources of these grades: B2, AB12, 12, ungraded"),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Review at most this many")] = None,
) -> None:
    """Review proposed claims: the quote in its context, what it would add, and why.

    Interactive keys: a accept, r reject, e edit then accept, s skip, q quit; for a claim
    that states a known fact, c confirm it (adds the source to it); for one that
    contradicts a fact, u supersede it (with a reason). A claim that contradicts the
    record can be recorded anyway with a reason (as --allow-conflict does for `vigil
    event add`); the conflict stays on the record.

    With --accept-all, claims needing a decision (which person, a missing date, a
    contradiction) are left for a person and listed; --reject-all rejects the queue (as
    filtered) with one --note. Bulk decisions are one transaction, each claim its own
    savepoint, and are recorded as bulk decisions.
    """
    from vigil.ingest.queue import QueueFilter, queue_ids
    from vigil.store.db import connect

    if accept_all and reject_all:
        raise typer.BadParameter("--accept-all cannot be used with --reject-all")
    f = QueueFilter.parse(str(source or ""), kind or "", str(min_confidence or ""), grade or "")
    with connect(engine()) as conn:
        pending = queue_ids(conn, f, limit)
    if not pending:
        console.print("nothing to review")
        return
    if accept_all or reject_all:
        _bulk(pending, reject=reject_all, note=note)
    else:
        _interactive(pending)


def _bulk(pending: list[int], *, reject: bool, note: str) -> None:
    from vigil.ingest.review import accept_many, reject_many
    from vigil.store.db import transaction

    actor = settings().actor
    result: Bulk
    with transaction(engine()) as conn:
        if reject:
            result = reject_many(conn, pending, by=actor, note=note.strip())
        else:
            result = accept_many(conn, pending, by=actor)
    what = "rejected" if reject else "accepted"
    console.print(f"{what} {len(result.done)} claims (recorded as bulk decisions by {actor})")
    if not result.left:
        return
    console.print("  left for review:")
    # The claim is the key: it never wraps; why wraps beside it.
    left_over = Table.grid(padding=(0, 1))
    left_over.add_column(no_wrap=True)
    left_over.add_column(overflow="fold", ratio=1)
    for left in result.left:
        kind = f" ({left.kind.value})" if left.kind else ""
        left_over.add_row(f"    claim {left.claim_id}{kind}:", escape(left.why))
    console.print(left_over)


def _context(v: ClaimView) -> Text:
    c = v.context
    shown = Text("…" if c.clipped_start else "")
    shown.append(c.before)
    shown.append(v.claim.quote, style="bold black on yellow")
    shown.append(c.after)
    shown.append("…" if c.clipped_end else "")
    return shown


def _show(v: ClaimView) -> None:
    claim, source = v.claim, v.source
    title = source.title or source.url or "(untitled)"
    head = (
        f"claim {claim.id} · {claim.kind.value} · confidence {claim.confidence:.2f} · "
        f"{claim.extractor} · source {claim.source_id}: {title}"
    )
    console.print(Panel(_context(v), title=escape(head), title_align="left"))
    console.print(f"[bold]proposes:[/bold] {escape(v.summary)}")
    why = reason(claim)
    if why:
        console.print(f"[dim]why: {escape(why)}[/dim]")
    for m in v.facts:
        f = m.fact
        what = f"{f.what.replace('_', ' ')} {f.date}".strip() + (
            f"; {f.detail}" if f.detail else ""
        )
        sources = f"{f.sources} source{'' if f.sources == 1 else 's'}"
        if m.relation is Relation.CONFIRMS:
            console.print(f"[green]confirms {f.kind.value} #{f.id}[/green] (already from "
                          f"{sources}): {escape(what)}")  # fmt: skip
            continue
        why = f" — {escape(m.conflict)}" if m.conflict else ""
        console.print(f"[yellow]contradicts {f.kind.value} #{f.id}[/yellow] (from {sources}): "
                      f"{escape(what)}{why}")  # fmt: skip
        for d in m.differences:
            console.print(f"  {d.field.replace('_', ' ')}: #{f.id} says {escape(d.fact or '—')}, "
                          f"this claim {escape(d.claim or '—')}")  # fmt: skip
    if v.decided_by is not None:
        person, by_claim = v.decided_by
        console.print(f"  person {person}, as person claim {by_claim} of this source decided")
        return
    for c in v.candidates:
        console.print(f"  candidate: person {c.person_id} {escape(c.name)} ({c.reason})")
    for known in v.facilities:
        console.print(f"  candidate: facility {known.facility_id} {escape(known.name)} "
                      f"({known.reason})")  # fmt: skip


def _ask(prompt: str, at_end: str = "q") -> str:
    """A line typed; at the end of input ``at_end`` (quit: stop cleanly, nothing
    half-done; in an edit, keep the field)."""
    console.print(prompt, end="", markup=False, highlight=False)
    line = sys.stdin.readline()
    if not line:
        return at_end
    return line.strip()


def _edit(v: ClaimView) -> dict[str, EditValue]:
    """Ask for each field an edit may correct; Enter keeps it. Parsed by the service."""
    from vigil.ingest.evidence import edits, form_values

    answers: dict[str, object] = {}
    now = form_values(v.claim.kind, v.claim.payload)
    for name in v.editable:
        answer = _ask(f"{name} [{now[name]}]: ", at_end="")
        if answer:
            answers[name] = answer
    return edits(v.claim, answers)


def _interactive(pending: list[int]) -> None:
    from vigil.ingest.case_review import CaseKnown
    from vigil.ingest.evidence import decision_words, view
    from vigil.ingest.review import NeedsDecision, accept, reject
    from vigil.store.db import connect, transaction

    actor = settings().actor
    counts = {"accepted": 0, "rejected": 0, "skipped": 0}
    for claim_id in pending:
        with connect(engine()) as conn:
            v = view(conn, claim_id)  # read afresh: earlier decisions may have changed it
        _show(v)
        choice = Choice()
        again: str | None = None
        keys = "[a]ccept " + ("[c]onfirm " if _confirmed(v) else "")
        keys += "s[u]persede " if v.facts else ""
        keys += "[j]oin a case " if v.claim.kind is ClaimKind.CASE else ""
        while True:
            key = again or _ask(keys + "[r]eject [e]dit [s]kip [q]uit > ").lower()[:1]
            again = None
            if key == "q":
                _totals(counts)
                return
            if key == "s":
                counts["skipped"] += 1
                break
            try:
                attempt = choice
                if key == "e":
                    choice = attempt = Choice(edited=_edit(v))
                elif key == "j" and v.claim.kind is ClaimKind.CASE:
                    which = _ask("the id of the case its defendants join: ", at_end="")
                    if not which.isdigit():
                        continue
                    choice = attempt = replace(choice, case_id=int(which))
                elif key in ("c", "u") and v.facts:
                    picked = _fact_choice(v, key, choice)
                    if picked is None:
                        continue
                    attempt = picked
                elif key not in ("a", "r"):
                    continue
                with transaction(engine()) as conn:
                    if key == "r":
                        reject(conn, v.claim, by=actor, note=_ask("why (optional): "))
                        counts["rejected"] += 1
                        break
                    decision = accept(conn, v.claim, attempt, by=actor)
                counts["accepted"] += 1
                console.print(
                    f"[green]accepted[/green] {escape(', '.join(decision_words(decision)))}"
                )
                break
            except CaseKnown as exc:
                console.print(f"[yellow]{escape(exc.one_line())}[/yellow]")
                answer = _ask(f"case id to join [{exc.cases[0]}], n for a new case, "
                              "or q to go back: ", at_end="q")  # fmt: skip
                if answer.isdigit() or not answer:
                    choice = replace(choice, case_id=int(answer or exc.cases[0]))
                    again = "a"
                elif answer.lower() == "n":
                    choice, again = replace(choice, new_case=True), "a"
            except NeedsDecision as exc:
                console.print(f"[yellow]{escape(exc.one_line())}[/yellow]")
                what = "facility" if v.facilities else "person"
                answer = _ask(f"{what} id, n for a new {what}, or Enter to go back: ")
                if answer.isdigit() and v.facilities:
                    choice = replace(choice, facility_id=int(answer), new_facility=False)
                    again = "a"
                elif answer.lower() == "n" and v.facilities:
                    choice = replace(choice, facility_id=None, new_facility=True)
                    again = "a"
                elif answer.isdigit():
                    choice = replace(choice, person_id=int(answer), new_person=False)
                    again = "a"
                elif answer.lower() == "n":
                    choice = replace(choice, person_id=None, new_person=True)
                    again = "a"
            except Conflict as exc:
                # A known fact contradicted: the hint offers superseding it (u) or rejecting.
                said = exc.one_line() if isinstance(exc, ContradictsFact) else exc.message
                console.print(f"[red]not accepted:[/red] {escape(said)}")
                why = _ask("record it anyway? why (kept with it), or Enter to go back: ", "")
                if why:
                    choice = replace(choice, allow_conflict=True, note=why)
                    again = "a"
            except VigilError as exc:
                console.print(f"[red]not accepted:[/red] {escape(exc.one_line())}")
    _totals(counts)


def _confirmed(v: ClaimView) -> list[int]:
    return [m.fact.id for m in v.facts if m.relation is Relation.CONFIRMS]


def _fact_choice(v: ClaimView, key: str, choice: Choice) -> Choice | None:
    """Confirm (``c``) a fact the claim confirms, or supersede (``u``) one with a reason;
    None to go back."""
    offered = _confirmed(v) if key == "c" else [m.fact.id for m in v.facts]
    if not offered:
        return None
    which = _ask(f"which fact [{offered[0]}]: ", at_end="")
    fact = int(which) if which.isdigit() else offered[0] if not which else None
    if fact is None:
        return None
    if key == "c":
        return replace(choice, corroborates=fact, supersedes=None, allow_conflict=False)
    why = _ask("reason for the correction (required): ", at_end="")
    return replace(choice, supersedes=fact, note=why, corroborates=None, allow_conflict=False)


def _totals(counts: dict[str, int]) -> None:
    console.print(", ".join(f"{n} {what}" for what, n in counts.items()))
