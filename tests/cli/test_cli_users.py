"""``vigil user`` and ``vigil token`` through the real console script."""

from __future__ import annotations

import datetime as dt
import json

import pyotp
import pytest
from sqlalchemy import Engine, func, select

from tests.conftest import Cli
from vigil.auth.keyring import new_keyring
from vigil.auth.roles import Role
from vigil.auth.tokens import digest
from vigil.store import accounts, mfa
from vigil.store.audit import entries, verify
from vigil.store.db import transaction
from vigil.store.tables import api_tokens, audit_log, recovery_codes, users, web_sessions

PASSWORD = "correct horse battery"


@pytest.fixture
def ready(cli: Cli) -> Cli:
    """A migrated, empty registry (the ``db_url`` fixture migrates it)."""
    return cli


@pytest.fixture
def with_admin(cli: Cli, engine: Engine) -> Cli:
    """A registry whose one account is the admin ``root`` (set up in-process: only the
    command under test goes through the console script)."""
    with transaction(engine) as conn:
        accounts.add_user(conn, username="root", password=PASSWORD, role=Role.ADMIN, by="t")
    return cli


def test_users_from_add_to_disable(ready: Cli, engine: Engine) -> None:
    added = ready(
        "user",
        "add",
        "Maryia",
        "--role",
        "editor",
        "--display-name",
        "Maryia K.",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert "added user maryia (editor)" in added.out
    ready("user", "add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    listed = json.loads(ready("user", "list", "--format", "json").out)
    assert [(u["username"], u["role"], u["active"]) for u in listed] == [
        ("maryia", "editor", True),
        ("root", "admin", True),
    ]
    assert listed[0]["display_name"] == "Maryia K."
    assert listed[0]["created_by"] == "tester"
    assert "password" not in json.dumps(listed)

    ready("user", "role", "maryia", "viewer")
    ready("user", "password", "maryia", "--password-stdin", stdin="a brand new password\n")
    ready("user", "disable", "maryia")
    with transaction(engine) as conn:
        assert accounts.authenticate(conn, "maryia", "a brand new password") is None
    ready("user", "enable", "maryia")
    with transaction(engine) as conn:
        user = accounts.authenticate(conn, "maryia", "a brand new password")
        assert user is not None
        assert user.role is Role.VIEWER
        log = entries(conn, target="user:maryia", newest_first=False)
        assert [e.action for e in log] == [
            "user.add",
            "user.role",
            "user.password",
            "user.disable",
            "user.enable",
        ]
        assert {e.actor for e in log} == {"tester"}
        assert verify(conn).ok
        audited = json.dumps([(e.before, e.after) for e in entries(conn, limit=None)])
    assert PASSWORD not in audited
    assert "a brand new password" not in audited


def test_tokens(ready: Cli, engine: Engine) -> None:
    ready("user", "add", "bot", "--role", "documenter", "--password-stdin", stdin=PASSWORD)
    made = ready("token", "create", "bot", "--name", "nightly export", "--expires-days", "30")
    lines = made.out.splitlines()
    secret = next(line for line in lines if line.startswith("vgl_"))
    assert "will not be shown again" in made.out
    listed = json.loads(ready("token", "list", "bot", "--format", "json").out)
    assert [(t["id"], t["name"], t["state"]) for t in listed] == [(1, "nightly export", "active")]
    assert listed[0]["expires_at"]
    assert secret not in ready("token", "list").out
    with transaction(engine) as conn:
        assert conn.execute(select(api_tokens.c.token_hash)).scalar_one() == digest(secret)
        user = accounts.user_for_token(conn, secret)
        assert user is not None
        assert user.username == "bot"
    assert "revoked API token 1" in ready("token", "revoke", "1").out
    listed = json.loads(ready("token", "list", "--format", "json").out)
    assert listed[0]["state"] == "revoked"
    with transaction(engine) as conn:
        assert accounts.user_for_token(conn, secret) is None
        [created] = entries(conn, action="token.create")
        assert created.actor == "tester"
        assert secret not in json.dumps(created.after)


BAD = [
    (
        ["user", "add", "x", "--role", "viewer", "--password-stdin"],
        PASSWORD,
        2,
        "cannot be a username",
    ),
    (
        ["user", "add", "newbie", "--role", "boss", "--password-stdin"],
        PASSWORD,
        2,
        "no role 'boss'",
    ),
    (["user", "add", "newbie", "--role", "viewer", "--password-stdin"], "short\n", 2, "too short"),
    (
        ["user", "add", "newbie", "--role", "viewer", "--password-stdin"],
        "",
        2,
        "no password on stdin",
    ),
    (["user", "add", "newbie", "--role", "viewer"], "", 2, "no terminal"),
    (
        ["user", "add", "root", "--role", "viewer", "--password-stdin"],
        PASSWORD,
        4,
        "already a user",
    ),
    (["user", "role", "nobody", "editor"], None, 3, "no user 'nobody'"),
    (["user", "role", "root", "editor"], None, 4, "last active admin"),
    (["user", "disable", "root"], None, 4, "last active admin"),
    (["user", "enable", "nobody"], None, 3, "no user 'nobody'"),
    (["user", "password", "nobody", "--password-stdin"], PASSWORD, 3, "no user 'nobody'"),
    (["user", "password", "root", "--password-stdin"], "aaaaaaaaaaaaaaaa", 2, "repeated"),
    (["user", "password", "root", "--password-stdin"], "Password1234\n", 2, "common passwords"),
    (["user", "password", "root", "--password-stdin"], "I am root, 2024", 2, "the username"),
    (
        ["user", "add", "newbie", "--role", "viewer", "--password-stdin"],
        "qwerty123456",
        2,
        "common passwords",
    ),
    (["user", "mfa-reset", "nobody"], None, 3, "no user 'nobody'"),
    (["token", "create", "nobody", "--name", "x"], None, 3, "no user 'nobody'"),
    (["token", "create", "root", "--name", " "], None, 2, "needs a name"),
    (["token", "revoke", "99"], None, 3, "no API token with id 99"),
    (["token", "list", "nobody"], None, 3, "no user 'nobody'"),
]


@pytest.mark.parametrize(("args", "stdin", "code", "says"), BAD)
def test_bad_input_is_one_line_and_writes_nothing(
    with_admin: Cli, engine: Engine, args: list[str], stdin: str | None, code: int, says: str
) -> None:
    def state() -> tuple[int, ...]:
        with transaction(engine) as conn:
            return tuple(
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (users, api_tokens, audit_log)
            )

    before = state()
    done = with_admin(*args, ok=False, stdin=stdin if stdin is not None else "")
    assert done.code == code, done.err
    assert says in done.err
    assert len(done.err.strip().splitlines()) == 1, done.err
    assert done.err.startswith("error: ")
    assert state() == before


def test_mfa_reset_clears_the_second_factor(with_admin: Cli, engine: Engine) -> None:
    ring = new_keyring()
    now = dt.datetime.now(dt.UTC)
    with transaction(engine) as conn:
        root = accounts.find_user(conn, "root")
        assert root is not None
        secret = mfa.begin_enrolment(conn, root, ring).secret
        mfa.confirm_enrolment(conn, root, pyotp.TOTP(secret).at(now), ring, now)
        accounts.start_session(conn, root.id)
    listed = json.loads(with_admin("user", "list", "--format", "json").out)
    assert listed[0]["mfa"] is True
    done = with_admin("user", "mfa-reset", "ROOT")
    assert "two-step sign-in of root is reset" in done.out
    with transaction(engine) as conn:
        row = conn.execute(
            select(users.c.totp_secret, users.c.totp_enabled_at, users.c.totp_last_step)
        ).one()
        assert tuple(row) == (None, None, None)
        assert conn.execute(select(func.count()).select_from(recovery_codes)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(web_sessions)).scalar_one() == 0
        [reset] = entries(conn, action="user.mfa_reset")
        assert (reset.actor, reset.target) == ("tester", "user:root")
        assert (reset.before, reset.after) == ({"enrolled": True}, {"enrolled": False})
        assert secret not in json.dumps([(e.before, e.after) for e in entries(conn, limit=None)])
        assert verify(conn).ok
    again = with_admin("user", "mfa-reset", "root")
    assert "root had no two-step sign-in" in again.out
    assert json.loads(with_admin("user", "list", "--format", "json").out)[0]["mfa"] is False
