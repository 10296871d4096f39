"""``vigil user add/list/disable/enable/role/password/mfa-reset``: staff accounts.

Every change is audited with VIGIL_ACTOR as the actor. Passwords are asked for twice on
a terminal, or read as one line from stdin with ``--password-stdin`` (for scripts);
they never appear in arguments, where ``ps`` and shell history would see them.
"""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer

from vigil.auth.passwords import check_policy
from vigil.auth.roles import Role
from vigil.auth.users import normalize_username
from vigil.cli.context import engine, settings
from vigil.cli.output import Format, console, emit
from vigil.errors import InvalidInput, NotFound
from vigil.store import accounts, mfa
from vigil.store.db import connect, transaction

__all__ = ["app", "read_password"]

app = typer.Typer(no_args_is_help=True)

_STDIN_HELP = "Read the password as one line from stdin instead of asking for it"


def read_password(from_stdin: bool, username: str | None = None) -> str:
    """The new password, from stdin or typed twice at the terminal; checked against the
    policy (for ``username``) before anything is written."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("no password on stdin", hint="pipe one line into the command")
    elif sys.stdin.isatty():
        password = getpass.getpass("new password: ")
        check_policy(password, username)
        if getpass.getpass("again: ") != password:
            raise InvalidInput("the two passwords differ", hint="run the command again")
    else:
        raise InvalidInput(
            "there is no terminal to ask for the password",
            hint="use --password-stdin and pipe one line into the command",
        )
    check_policy(password, username)
    return password


@app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="3 to 64 of a-z, 0-9, '.', '_', '-'")],
    role: Annotated[str, typer.Option(help="viewer, documenter, editor or admin")],
    display_name: Annotated[str | None, typer.Option(help="The name shown to others")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help=_STDIN_HELP)] = False,
) -> None:
    """Add a staff account with one role."""
    name = normalize_username(username)
    chosen = Role.parse(role)
    password = read_password(password_stdin, name)
    with transaction(engine()) as conn:
        user_id = accounts.add_user(
            conn,
            username=name,
            password=password,
            role=chosen,
            by=settings().actor,
            display_name=display_name,
        )
    console.print(f"added user {name} ({chosen.label}), id {user_id}", markup=False)


@app.command("list")
def list_(fmt: Annotated[Format, typer.Option("--format")] = Format.TABLE) -> None:
    """List staff accounts."""
    with connect(engine()) as conn:
        found = accounts.list_users(conn)
    rows = [
        {
            "id": u.id,
            "username": u.username,
            "display_name": u.display_name,
            "role": u.role.label,
            "active": u.active,
            "mfa": u.mfa_enrolled,
            "created_at": u.created_at.replace(microsecond=0).isoformat(),
            "created_by": u.created_by,
        }
        for u in found
    ]
    emit(rows, fmt, title="users")


def _set_active(username: str, active: bool) -> None:
    with transaction(engine()) as conn:
        accounts.set_active(conn, username, active, by=settings().actor)


@app.command("disable")
def disable(username: str) -> None:
    """Disable an account: it can no longer sign in; its sessions end, its tokens are
    revoked."""
    _set_active(username, False)
    console.print(
        f"disabled {username}; its sessions ended and its API tokens are revoked", markup=False
    )


@app.command("enable")
def enable(username: str) -> None:
    """Enable a disabled account (its old tokens stay revoked)."""
    _set_active(username, True)
    console.print(f"enabled {username}", markup=False)


@app.command("role")
def role(
    username: str,
    new_role: Annotated[
        str, typer.Argument(metavar="ROLE", help="viewer, documenter, editor or admin")
    ],
) -> None:
    """Change an account's role."""
    chosen = Role.parse(new_role)
    with transaction(engine()) as conn:
        accounts.set_role(conn, username, chosen, by=settings().actor)
    console.print(f"{username} is now {chosen.label}", markup=False)


@app.command("password")
def password(
    username: str,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help=_STDIN_HELP)] = False,
) -> None:
    """Set a new password; the account's browser sessions end."""
    with connect(engine()) as conn:  # before asking for a password to no purpose
        if accounts.find_user(conn, username) is None:
            raise NotFound(f"no user {username!r}", hint="`vigil user list` shows the users")
    new = read_password(password_stdin, username)
    with transaction(engine()) as conn:
        accounts.set_password(conn, username, new, by=settings().actor)
    console.print(f"changed the password of {username}", markup=False)


@app.command("mfa-reset")
def mfa_reset(username: str) -> None:
    """Clear an account's two-step sign-in (lost phone): its secret and recovery codes go,
    its browser sessions end. Editors and admins enrol again at their next sign-in."""
    with transaction(engine()) as conn:
        had = mfa.reset(conn, username, by=settings().actor)
    name = username.strip().casefold()
    if had:
        console.print(f"two-step sign-in of {name} is reset; it enrols again at sign-in",
                      markup=False)  # fmt: skip
    else:
        console.print(f"{name} had no two-step sign-in; its sessions ended", markup=False)
