"""``vigil token create/list/revoke``: API tokens for staff scripts.

A token's secret is printed once, when it is made; Vigil keeps only its SHA-256.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer

from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.store import accounts
from vigil.store.db import connect, transaction

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True)


@app.command("create")
def create(
    username: Annotated[str, typer.Argument(help="The account the token acts as")],
    name: Annotated[str, typer.Option(help="What the token is for, e.g. 'nightly export'")],
    expires_days: Annotated[
        int | None, typer.Option(min=1, max=3650, help="Expire after N days (default: never)")
    ] = None,
) -> None:
    """Make an API token and print its secret, once."""
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=expires_days) if expires_days else None
    with transaction(engine()) as conn:
        token_id, secret = accounts.create_token(
            conn, username=username, name=name, by=settings().actor, expires_at=expires
        )
    until = f"expires {expires.date().isoformat()}" if expires else "does not expire"
    console.print(f"API token {token_id} for {username.casefold()} ({until}):", markup=False)
    sys.stdout.write(secret + "\n")  # alone on its line, unwrapped, for copying
    sys.stdout.flush()
    console.print(
        "Copy it now: it is not stored and will not be shown again. "
        "Send it as 'Authorization: Bearer <token>'.",
        markup=False,
    )


@app.command("list")
def list_(
    username: Annotated[str | None, typer.Argument(help="Only this account's tokens")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE,
) -> None:
    """List API tokens (never their secrets)."""
    now = dt.datetime.now(dt.UTC)
    with connect(engine()) as conn:
        found = accounts.list_tokens(conn, username)

    def when(moment: dt.datetime | None) -> str | None:
        return moment.replace(microsecond=0).isoformat() if moment else None

    rows = [
        {
            "id": t.id,
            "user": t.username,
            "name": t.name,
            "state": t.state(now),
            "created_at": when(t.created_at),
            "expires_at": when(t.expires_at),
            "last_used_at": when(t.last_used_at),
        }
        for t in found
    ]
    emit(rows, fmt, title="API tokens")


@app.command("revoke")
def revoke(token_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Revoke a token at once."""
    with transaction(engine()) as conn:
        accounts.revoke_token(conn, token_id, by=settings().actor)
    console.print(f"revoked API token {token_id}", markup=False)
