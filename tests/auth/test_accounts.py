"""Accounts, tokens and sessions on SQLite and PostgreSQL: what signs in, what does not,
and what the audit log and the tables keep (never a password, hash or secret)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, func, select, update

from vigil.auth.passwords import needs_rehash
from vigil.auth.roles import Role
from vigil.auth.tokens import digest
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.store import accounts
from vigil.store.audit import entries, verify
from vigil.store.db import transaction
from vigil.store.tables import api_tokens, audit_log, users, web_sessions

PASSWORD = "correct horse battery"


def _add(conn: Connection, name: str, role: Role = Role.DOCUMENTER) -> int:
    return accounts.add_user(conn, username=name, password=PASSWORD, role=role, by="tester")


@pytest.fixture
def admin(engine: Engine) -> int:
    with transaction(engine) as conn:
        return _add(conn, "root", Role.ADMIN)


def _count(engine: Engine, table: object) -> int:
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def _audit_text(engine: Engine) -> str:
    with transaction(engine) as conn:
        rows = conn.execute(select(audit_log.c.before, audit_log.c.after)).all()
    return json.dumps([list(r) for r in rows], default=str)


def test_add_find_and_list(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        user_id = accounts.add_user(
            conn,
            username="  Maryia.K ",
            password=PASSWORD,
            role=Role.EDITOR,
            by="tester",
            display_name=" Maryia   K. ",
        )
        user = accounts.get_user(conn, user_id)
        assert user.username == "maryia.k"
        assert user.display_name == "Maryia K."
        assert user.role is Role.EDITOR
        assert user.active
        assert user.created_by == "tester"
        assert user.created_at.tzinfo is not None
        assert accounts.find_user(conn, "MARYIA.K") == user
        assert accounts.find_user(conn, "nobody") is None
        assert [u.username for u in accounts.list_users(conn)] == ["maryia.k", "root"]
        assert not hasattr(user, "password_hash")
        with pytest.raises(NotFound):
            accounts.get_user(conn, 999)


@pytest.mark.parametrize(
    ("username", "password", "error"),
    [
        ("ab", PASSWORD, InvalidInput),
        ("has space", PASSWORD, InvalidInput),
        ("x" * 65, PASSWORD, InvalidInput),
        ("ünïcode", PASSWORD, InvalidInput),
        ("good.name", "short", InvalidInput),
        ("good.name", "aaaaaaaaaaaaaaaa", InvalidInput),
        ("ROOT", PASSWORD, Conflict),
    ],
)
def test_bad_accounts_are_refused_and_nothing_is_written(
    engine: Engine, admin: int, username: str, password: str, error: type[Exception]
) -> None:
    before = (_count(engine, users), _count(engine, audit_log))
    with pytest.raises(error), transaction(engine) as conn:
        accounts.add_user(conn, username=username, password=password, role=Role.VIEWER, by="tester")
    assert (_count(engine, users), _count(engine, audit_log)) == before


def test_authenticate(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        _add(conn, "alice")
        user = accounts.authenticate(conn, "Alice", PASSWORD)
        assert user is not None
        assert user.username == "alice"
        assert accounts.authenticate(conn, "alice", PASSWORD + "x") is None
        assert accounts.authenticate(conn, "nobody", PASSWORD) is None
        assert accounts.authenticate(conn, "alice", "") is None
        accounts.set_active(conn, "alice", False, by="tester")
        assert accounts.authenticate(conn, "alice", PASSWORD) is None
        accounts.set_active(conn, "alice", True, by="tester")
        assert accounts.authenticate(conn, "alice", PASSWORD) is not None


def test_an_old_hash_is_replaced_at_sign_in(engine: Engine, admin: int) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with transaction(engine) as conn:
        conn.execute(update(users).where(users.c.id == admin).values(password_hash=weak))
        assert accounts.authenticate(conn, "root", PASSWORD) is not None
        stored = conn.execute(select(users.c.password_hash).where(users.c.id == admin)).scalar_one()
    assert stored != weak
    assert not needs_rehash(stored)


def test_roles_passwords_and_the_audit_trail(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        _add(conn, "alice", Role.VIEWER)
        accounts.set_role(conn, "alice", Role.EDITOR, by="root")
        accounts.set_role(conn, "alice", Role.EDITOR, by="root")  # no change, no entry
        accounts.set_password(conn, "alice", "a new long password", by="root")
        assert accounts.authenticate(conn, "alice", PASSWORD) is None
        assert accounts.authenticate(conn, "alice", "a new long password") is not None
        accounts.set_active(conn, "alice", False, by="root")
        accounts.set_active(conn, "alice", True, by="root")
        log = entries(conn, target="user:alice", newest_first=False)
        assert [e.action for e in log] == [
            "user.add",
            "user.role",
            "user.password",
            "user.disable",
            "user.enable",
        ]
        assert log[0].after == {"username": "alice", "role": "viewer", "display_name": None}
        assert (log[1].before, log[1].after) == ({"role": "viewer"}, {"role": "editor"})
        assert log[2].before is None
        assert log[2].after is None
        assert [e.actor for e in log] == ["tester", "root", "root", "root", "root"]
        assert verify(conn).ok
        for name in ("bob", "carol"):
            with pytest.raises(NotFound):
                accounts.set_role(conn, name, Role.ADMIN, by="root")
    audited = _audit_text(engine)
    assert PASSWORD not in audited
    assert "a new long password" not in audited
    assert "$argon2" not in audited


def test_the_last_active_admin_stays(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        with pytest.raises(Conflict, match="last active admin"):
            accounts.set_active(conn, "root", False, by="root")
        with pytest.raises(Conflict, match="last active admin"):
            accounts.set_role(conn, "root", Role.EDITOR, by="root")
        _add(conn, "second", Role.ADMIN)
        accounts.set_role(conn, "root", Role.EDITOR, by="second")
        assert accounts.find_user(conn, "root").role is Role.EDITOR  # type: ignore[union-attr]


def test_tokens(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        _add(conn, "alice")
        token_id, secret = accounts.create_token(conn, username="alice", name="ci", by="root")
        user = accounts.user_for_token(conn, secret)
        assert user is not None
        assert user.username == "alice"
        assert accounts.user_for_token(conn, secret + "x") is None
        assert accounts.user_for_token(conn, "") is None
        [listed] = accounts.list_tokens(conn, "alice")
        assert (listed.id, listed.name, listed.username) == (token_id, "ci", "alice")
        assert listed.state(dt.datetime.now(dt.UTC)) == "active"
        assert listed.last_used_at is not None
        assert accounts.list_tokens(conn, "root") == []
        with pytest.raises(NotFound):
            accounts.list_tokens(conn, "nobody")
        stored = conn.execute(select(api_tokens.c.token_hash)).scalar_one()
    assert stored == digest(secret)
    assert secret not in _audit_text(engine)
    with transaction(engine) as conn:
        [entry] = entries(conn, action="token.create")
        assert entry.after == {"name": "ci", "user": "alice", "expires": None}
        assert entry.actor == "root"


def test_last_use_is_noted_at_most_once_a_minute(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        _, secret = accounts.create_token(conn, username="root", name="ci", by="root")
        accounts.user_for_token(conn, secret)
        first = accounts.list_tokens(conn)[0].last_used_at
        accounts.user_for_token(conn, secret)
        assert accounts.list_tokens(conn)[0].last_used_at == first
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        conn.execute(update(api_tokens).values(last_used_at=long_ago))
        accounts.user_for_token(conn, secret)
        later = accounts.list_tokens(conn)[0].last_used_at
        assert later is not None
        assert later > long_ago + dt.timedelta(minutes=4)


def test_revoked_expired_and_disabled_tokens_sign_nobody_in(engine: Engine, admin: int) -> None:
    now = dt.datetime.now(dt.UTC)
    with transaction(engine) as conn:
        _add(conn, "alice")
        revoked_id, revoked = accounts.create_token(conn, username="alice", name="a", by="r")
        _, expiring = accounts.create_token(
            conn, username="alice", name="b", by="r", expires_at=now + dt.timedelta(days=1)
        )
        _, kept = accounts.create_token(conn, username="root", name="c", by="r")
        accounts.revoke_token(conn, revoked_id, by="root")
        accounts.revoke_token(conn, revoked_id, by="root")  # again: no change
        assert accounts.user_for_token(conn, revoked) is None
        assert accounts.user_for_token(conn, expiring) is not None
        conn.execute(
            update(api_tokens)
            .where(api_tokens.c.token_hash == digest(expiring))
            .values(expires_at=now - dt.timedelta(seconds=1))
        )
        assert accounts.user_for_token(conn, expiring) is None
        states = {t.name: t.state(dt.datetime.now(dt.UTC)) for t in accounts.list_tokens(conn)}
        assert states == {"a": "revoked", "b": "expired", "c": "active"}
        assert len(entries(conn, action="token.revoke")) == 1
        with pytest.raises(NotFound):
            accounts.revoke_token(conn, 999, by="root")
        assert accounts.user_for_token(conn, kept) is not None


def test_disabling_revokes_tokens_and_ends_sessions(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        alice = _add(conn, "alice")
        _, token = accounts.create_token(conn, username="alice", name="ci", by="root")
        session, _ = accounts.start_session(conn, alice)
        accounts.set_active(conn, "alice", False, by="root")
        assert accounts.user_for_token(conn, token) is None
        assert accounts.session_user(conn, session) is None
        assert conn.execute(select(func.count()).select_from(web_sessions)).scalar() == 0
        accounts.set_active(conn, "alice", True, by="root")
        assert accounts.user_for_token(conn, token) is None  # stays revoked
        accounts.set_active(conn, "alice", False, by="root")
        with pytest.raises(Conflict, match="disabled"):
            accounts.create_token(conn, username="alice", name="new", by="root")


@pytest.mark.parametrize(
    ("name", "expires", "says"),
    [
        ("", None, "needs a name"),
        ("x" * 201, None, "needs a name"),
        ("ok", dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "expire before"),
    ],
)
def test_bad_tokens_are_refused(
    engine: Engine, admin: int, name: str, expires: dt.datetime | None, says: str
) -> None:
    with pytest.raises(InvalidInput, match=says), transaction(engine) as conn:
        accounts.create_token(conn, username="root", name=name, by="root", expires_at=expires)
    assert _count(engine, api_tokens) == 0


def test_sessions(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        secret, csrf = accounts.start_session(conn, admin)
        found = accounts.session_user(conn, secret)
        assert found is not None
        assert found[0].username == "root"
        assert found[1] == csrf
        assert accounts.session_user(conn, secret + "x") is None
        row = conn.execute(select(web_sessions)).one()
        assert row.id_hash == digest(secret)
        assert secret not in {str(v) for v in row}
        accounts.end_session(conn, secret)
        accounts.end_session(conn, secret)  # again: nothing to end, no entry
        assert accounts.session_user(conn, secret) is None
        log = entries(conn, actor="root", newest_first=False)
        assert [(e.action, e.target) for e in log] == [
            ("user.login", "user:root"),
            ("user.logout", "user:root"),
        ]


def test_sessions_expire_and_end_with_a_new_password(engine: Engine, admin: int) -> None:
    with transaction(engine) as conn:
        short, _ = accounts.start_session(conn, admin, lifetime=dt.timedelta(hours=1))
        other, _ = accounts.start_session(conn, admin)
        conn.execute(
            update(web_sessions)
            .where(web_sessions.c.id_hash == digest(short))
            .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
        assert accounts.session_user(conn, short) is None
        assert accounts.session_user(conn, other) is not None
        # A new sign-in clears expired sessions away.
        accounts.start_session(conn, admin)
        hashes = set(conn.execute(select(web_sessions.c.id_hash)).scalars())
        assert digest(short) not in hashes
        accounts.set_password(conn, "root", "another long password", by="root")
        assert accounts.session_user(conn, other) is None
