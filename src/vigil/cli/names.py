"""``vigil names match/find/key``: the cross-script name matcher, from the command line."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput

app = typer.Typer(no_args_is_help=True)


def _require(*names: str) -> None:
    if any(not n.strip() for n in names):
        raise InvalidInput("a name is empty", hint="give the name as written in the source")


@app.command("match")
def match(
    a: Annotated[str, typer.Argument(help="A name as written")],
    b: Annotated[str, typer.Argument(help="Another name as written")],
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Whether two written names are the same person's, with the score and why."""
    from vigil.names import match as name_match

    _require(a, b)
    verdict = name_match(a, b)
    row = {"a": a, "b": b, "same": verdict.same, "score": round(verdict.score, 3),
           "reason": verdict.reason, "matcher": verdict.version}  # fmt: skip
    if fmt is Format.TABLE:
        word = "[green]same person[/green]" if verdict.same else "[red]not the same[/red]"
        console.print(f"{word} (score {verdict.score:.2f}, {verdict.version}): {verdict.reason}")
    else:
        emit([row], fmt)


@app.command("find")
def find(
    name: Annotated[str, typer.Argument(help="A name in any script or romanization")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """Registry persons whose names match, best first, with scores and reasons."""
    from vigil.store.db import connect
    from vigil.store.persons import candidates

    _require(name)
    with connect(engine()) as conn:
        found = candidates(conn, name, limit=limit)
    rows = [
        {"person": pid, "variant": text, "score": round(v.score, 3), "same": v.same,
         "reason": v.reason}
        for pid, text, v in found
    ]  # fmt: skip
    emit(rows, fmt, title=f"registry persons matching {name!r}")


@app.command("key")
def key(name: Annotated[str, typer.Argument(help="A name as written")]) -> None:
    """The blocking keys of a name (for debugging the matcher)."""
    from vigil.names import keys

    found = keys(name)
    console.print(" ".join(found) if found else "(no keys: nothing in it reads as a name)")
