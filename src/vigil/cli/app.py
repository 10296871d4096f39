"""The ``vigil`` command: one Typer app, one module per command group.

Every VigilError becomes one line on stderr and the error's exit code; anything else
is a bug and says so, without a traceback unless VIGIL_DEBUG is set.
"""

from __future__ import annotations

import os
import sys

import typer

from vigil.cli import (
    audit,
    backup,
    briefing,
    case,
    demo,
    event,
    export,
    extract,
    facility,
    identity,
    imports,
    ingest,
    init,
    keys,
    names,
    person,
    review,
    serve,
    source,
    stats,
    token,
    user,
)
from vigil.errors import VigilError

__all__ = ["app", "main"]

app = typer.Typer(
    name="vigil",
    help="Vigil: a registry of political prisoners in which every fact rests on a source.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="markdown",
)
app.command("init")(init.init)
app.command("stats")(stats.stats)
app.command("demo")(demo.demo)
app.command("extract")(extract.extract)
app.command("ingest")(ingest.ingest)
app.command("import")(imports.import_)
app.command("review")(review.review)
app.command("serve")(serve.serve)
app.command("export")(export.export)
app.command("briefing")(briefing.briefing_command)
app.command("backup")(backup.backup)
app.command("restore")(backup.restore)
for verb in ("merge", "split", "undo", "history"):
    person.app.command(verb)(getattr(identity, verb))
app.add_typer(person.app, name="person", help="Add, show, list, search, merge and split persons.")
app.add_typer(names.app, name="names", help="Match names across scripts and romanizations.")
app.add_typer(event.app, name="event", help="Record events on a person, each citing a source.")
app.add_typer(
    case.app, name="case", help="Cases: prosecutions, their defendants, courts and judges."
)
app.add_typer(source.app, name="source", help="Add and read sources (the evidence).")
app.add_typer(facility.app, name="facility", help="Places of detention.")
app.add_typer(audit.app, name="audit", help="The hash-chained log of every change: show, verify.")
app.add_typer(user.app, name="user", help="Staff accounts and their roles.")
app.add_typer(token.app, name="token", help="API tokens for staff scripts (secrets shown once).")
app.add_typer(keys.app, name="keys", help="The keys that seal restricted fields: list, rotate.")

_BUG_EXIT = 70


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except VigilError as exc:
        # Plain text: one line however long, and no markup read from user input.
        sys.stderr.write(f"error: {exc.one_line()}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; nothing half-written (each change is one transaction)\n")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("VIGIL_DEBUG"):
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        sys.stderr.write(
            f"internal error: {type(exc).__name__}: {first} "
            "(this is a bug in Vigil; rerun with VIGIL_DEBUG=1 and report the output)\n"
        )
        sys.exit(_BUG_EXIT)
