"""Staff accounts, API tokens and browser sessions.

Passwords are kept as argon2id hashes; token and session secrets only as SHA-256
hashes, so a copy of the database signs no one in. Every change a person makes is
audited (``vigil.store.audit``) in the same transaction; no entry ever holds a password,
a hash or a secret.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from vigil.auth.passwords import hash_password, needs_rehash, rehash, verify_password
from vigil.auth.roles import Role
from vigil.auth.tokens import digest, new_csrf, new_secret
from vigil.auth.users import ApiToken, User, normalize_username
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.store.audit import record
from vigil.store.tables import api_tokens, users, web_sessions

__all__ = [
    "SESSION_LIFETIME",
    "add_user",
    "authenticate",
    "complete_session",
    "create_token",
    "end_session",
    "find_user",
    "get_user",
    "list_tokens",
    "list_users",
    "pending_session",
    "revoke_token",
    "session_user",
    "set_active",
    "set_password",
    "set_role",
    "start_session",
    "user_for_token",
    "wrong_code",
]

SESSION_LIFETIME = dt.timedelta(hours=12)
#: How long a session that awaits its second-factor code lasts, and how many wrong codes
#: end it (then the password is asked for again).
CODE_LIFETIME = dt.timedelta(minutes=10)
CODE_ATTEMPTS = 5
_TOUCH_EVERY = dt.timedelta(minutes=1)
_USER_COLUMNS = (
    users.c.id,
    users.c.username,
    users.c.display_name,
    users.c.role,
    users.c.active,
    users.c.created_at,
    users.c.created_by,
    users.c.totp_enabled_at,
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives back naive datetimes (stored in UTC); PostgreSQL aware ones."""
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _user(row: Any) -> User:
    created = _utc(row.created_at)
    assert created is not None
    return User(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role.parse(row.role),
        active=bool(row.active),
        created_at=created,
        created_by=row.created_by,
        mfa_enrolled=row.totp_enabled_at is not None,
    )


def _target(username: str) -> str:
    return f"user:{username}"


def _display_name(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    name = " ".join(text.split())
    if len(name) > 200:
        raise InvalidInput("the display name is too long", hint="use at most 200 characters")
    return name


# Users ---------------------------------------------------------------------------------


def add_user(
    conn: Connection,
    *,
    username: str,
    password: str,
    role: Role,
    by: str,
    display_name: str | None = None,
) -> int:
    """A new active account; its id. A taken username is a Conflict."""
    name = normalize_username(username)
    shown = _display_name(display_name)
    if find_user(conn, name) is not None:
        raise Conflict(f"there is already a user {name!r}", hint="choose another username")
    hashed = hash_password(password, name)
    try:
        with conn.begin_nested():
            user_id = conn.execute(
                insert(users).returning(users.c.id),
                {
                    "username": name,
                    "display_name": shown,
                    "role": role.label,
                    "password_hash": hashed,
                    "active": True,
                    "created_at": _now(),
                    "created_by": by,
                },
            ).scalar_one()
    except IntegrityError:  # added by someone else at the same moment
        raise Conflict(
            f"there is already a user {name!r}", hint="choose another username"
        ) from None
    after = {"username": name, "role": role.label, "display_name": shown}
    record(conn, actor=by, action="user.add", target=_target(name), after=after)
    return int(user_id)


def get_user(conn: Connection, user_id: int) -> User:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.id == user_id)).one_or_none()
    if row is None:
        raise NotFound(f"no user with id {user_id}", hint="`vigil user list` shows the users")
    return _user(row)


def find_user(conn: Connection, username: str) -> User | None:
    """The account named ``username`` (any case), or None."""
    name = username.strip().casefold()
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.username == name)).one_or_none()
    return None if row is None else _user(row)


def _require(conn: Connection, username: str) -> User:
    user = find_user(conn, username)
    if user is None:
        raise NotFound(f"no user {username!r}", hint="`vigil user list` shows the users")
    return user


def list_users(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(select(*_USER_COLUMNS).order_by(users.c.username))]


def _other_active_admins(conn: Connection, user_id: int) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(users)
            .where(users.c.role == Role.ADMIN.label, users.c.active, users.c.id != user_id)
        ).scalar_one()
    )


def _keep_an_admin(conn: Connection, user: User, what: str) -> None:
    if user.role is Role.ADMIN and user.active and not _other_active_admins(conn, user.id):
        raise Conflict(
            f"cannot {what} {user.username!r}: it is the last active admin",
            hint="make another user admin first",
        )


def _sign_out_everywhere(conn: Connection, user_id: int) -> None:
    conn.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id))


def set_active(conn: Connection, username: str, active: bool, *, by: str) -> None:
    """Enable or disable an account. Disabling ends its sessions and revokes its tokens."""
    user = _require(conn, username)
    if user.active == active:
        return
    if not active:
        _keep_an_admin(conn, user, "disable")
        _sign_out_everywhere(conn, user.id)
        conn.execute(
            update(api_tokens)
            .where(api_tokens.c.user_id == user.id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
    conn.execute(update(users).where(users.c.id == user.id).values(active=active))
    record(
        conn,
        actor=by,
        action="user.enable" if active else "user.disable",
        target=_target(user.username),
        before={"active": user.active},
        after={"active": active},
    )


def set_role(conn: Connection, username: str, role: Role, *, by: str) -> None:
    user = _require(conn, username)
    if user.role is role:
        return
    if role < Role.ADMIN:
        _keep_an_admin(conn, user, "demote")
    conn.execute(update(users).where(users.c.id == user.id).values(role=role.label))
    record(
        conn,
        actor=by,
        action="user.role",
        target=_target(user.username),
        before={"role": user.role.label},
        after={"role": role.label},
    )


def set_password(conn: Connection, username: str, password: str, *, by: str) -> None:
    """A new password; the account's browser sessions end (tokens stay)."""
    user = _require(conn, username)
    hashed = hash_password(password, user.username)
    conn.execute(update(users).where(users.c.id == user.id).values(password_hash=hashed))
    _sign_out_everywhere(conn, user.id)
    record(conn, actor=by, action="user.password", target=_target(user.username))


@cache
def _dummy_hash() -> str:
    # Verified against when the username is unknown, so that a wrong username takes as
    # long as a wrong password and sign-in does not reveal which accounts exist.
    return hash_password("vigil-no-such-user-" + new_csrf())


def authenticate(conn: Connection, username: str, password: str) -> User | None:
    """The active account with this username and password, or None. Rehashes a stored
    hash made with older parameters (so ``conn`` must be able to write)."""
    name = username.strip().casefold()
    row = conn.execute(
        select(*_USER_COLUMNS, users.c.password_hash).where(users.c.username == name)
    ).one_or_none()
    if row is None:
        verify_password(_dummy_hash(), password)
        return None
    if not verify_password(row.password_hash, password) or not row.active:
        return None
    if needs_rehash(row.password_hash):
        # Not through the policy: a password set before a stricter policy still signs in.
        conn.execute(
            update(users).where(users.c.id == row.id).values(password_hash=rehash(password))
        )
    return _user(row)


# API tokens ----------------------------------------------------------------------------


def create_token(
    conn: Connection,
    *,
    username: str,
    name: str,
    by: str,
    expires_at: dt.datetime | None = None,
) -> tuple[int, str]:
    """A new API token for an active account: (its id, the secret, shown only now)."""
    user = _require(conn, username)
    if not user.active:
        raise Conflict(
            f"{user.username!r} is disabled", hint=f"`vigil user enable {user.username}` first"
        )
    label = " ".join(name.split())
    if not label or len(label) > 200:
        raise InvalidInput("a token needs a name of 1 to 200 characters",
                           hint="say what it is for, e.g. --name 'nightly export'")  # fmt: skip
    expires = _utc(expires_at)
    now = _now()
    if expires is not None and expires <= now:
        raise InvalidInput("the token would expire before it is made",
                           hint="give an expiry in the future")  # fmt: skip
    secret = new_secret()
    token_id = conn.execute(
        insert(api_tokens).returning(api_tokens.c.id),
        {
            "user_id": user.id,
            "name": label,
            "token_hash": digest(secret),
            "created_at": now,
            "expires_at": expires,
        },
    ).scalar_one()
    after = {
        "name": label,
        "user": user.username,
        "expires": expires.isoformat() if expires else None,
    }
    record(conn, actor=by, action="token.create", target=f"token:{token_id}", after=after)
    return int(token_id), secret


def revoke_token(conn: Connection, token_id: int, *, by: str) -> None:
    """Revoke a token at once; revoking a revoked token changes nothing."""
    row = conn.execute(
        select(api_tokens.c.revoked_at, api_tokens.c.name).where(api_tokens.c.id == token_id)
    ).one_or_none()
    if row is None:
        raise NotFound(f"no API token with id {token_id}",
                       hint="`vigil token list` shows the tokens")  # fmt: skip
    if row.revoked_at is not None:
        return
    conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(revoked_at=_now()))
    record(conn, actor=by, action="token.revoke", target=f"token:{token_id}",
           before={"name": row.name})  # fmt: skip


def list_tokens(conn: Connection, username: str | None = None) -> list[ApiToken]:
    """Tokens, newest first; of one account when ``username`` is given."""
    query = (
        select(
            api_tokens.c.id,
            users.c.username,
            api_tokens.c.name,
            api_tokens.c.created_at,
            api_tokens.c.expires_at,
            api_tokens.c.revoked_at,
            api_tokens.c.last_used_at,
        )
        .join(users, users.c.id == api_tokens.c.user_id)
        .order_by(api_tokens.c.id.desc())
    )
    if username is not None:
        query = query.where(users.c.id == _require(conn, username).id)
    out = []
    for r in conn.execute(query):
        created = _utc(r.created_at)
        assert created is not None
        out.append(
            ApiToken(
                id=r.id,
                username=r.username,
                name=r.name,
                created_at=created,
                expires_at=_utc(r.expires_at),
                revoked_at=_utc(r.revoked_at),
                last_used_at=_utc(r.last_used_at),
            )
        )
    return out


def user_for_token(conn: Connection, secret: str) -> User | None:
    """The active account whose unrevoked, unexpired token this is, or None. Notes the
    use at most once a minute (so ``conn`` must be able to write)."""
    now = _now()
    row = conn.execute(
        select(*_USER_COLUMNS, api_tokens.c.id.label("token_id"), api_tokens.c.last_used_at)
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(
            api_tokens.c.token_hash == digest(secret),
            api_tokens.c.revoked_at.is_(None),
            (api_tokens.c.expires_at.is_(None)) | (api_tokens.c.expires_at > now),
            users.c.active,
        )
    ).one_or_none()
    if row is None:
        return None
    last = _utc(row.last_used_at)
    if last is None or now - last >= _TOUCH_EVERY:
        conn.execute(
            update(api_tokens).where(api_tokens.c.id == row.token_id).values(last_used_at=now)
        )
    return _user(row)


# Browser sessions ----------------------------------------------------------------------


def start_session(
    conn: Connection,
    user_id: int,
    *,
    lifetime: dt.timedelta = SESSION_LIFETIME,
    awaiting_code: bool = False,
) -> tuple[str, str]:
    """A new session for an account whose password was right: (the cookie's secret, its
    CSRF token). With ``awaiting_code`` it only lets the second-factor form be used, for
    ``CODE_LIFETIME``; otherwise the account is signed in (audited)."""
    user = get_user(conn, user_id)
    now = _now()
    conn.execute(delete(web_sessions).where(web_sessions.c.expires_at <= now))
    secret, csrf = new_secret(), new_csrf()
    conn.execute(
        insert(web_sessions),
        {
            "id_hash": digest(secret),
            "user_id": user.id,
            "csrf_token": csrf,
            "created_at": now,
            "expires_at": now + (CODE_LIFETIME if awaiting_code else lifetime),
            "awaiting_code": awaiting_code,
            "code_attempts": 0,
        },
    )
    if not awaiting_code:
        record(conn, actor=user.username, action="user.login", target=_target(user.username))
    return secret, csrf


def pending_session(conn: Connection, secret: str) -> tuple[User, str] | None:
    """(account, CSRF token) of an unexpired session that awaits its second-factor code."""
    row = conn.execute(
        select(*_USER_COLUMNS, web_sessions.c.csrf_token)
        .join(web_sessions, web_sessions.c.user_id == users.c.id)
        .where(
            web_sessions.c.id_hash == digest(secret),
            web_sessions.c.expires_at > _now(),
            web_sessions.c.awaiting_code,
            users.c.active,
        )
    ).one_or_none()
    return None if row is None else (_user(row), row.csrf_token)


def wrong_code(conn: Connection, secret: str) -> int:
    """Note a wrong second-factor code on a waiting session; the attempts left (0: the
    session has ended and the password must be given again)."""
    key = digest(secret)
    conn.execute(
        update(web_sessions)
        .where(web_sessions.c.id_hash == key, web_sessions.c.awaiting_code)
        .values(code_attempts=web_sessions.c.code_attempts + 1)
    )
    used = conn.execute(
        select(web_sessions.c.code_attempts).where(web_sessions.c.id_hash == key)
    ).scalar_one_or_none()
    if used is None or used >= CODE_ATTEMPTS:
        conn.execute(delete(web_sessions).where(web_sessions.c.id_hash == key))
        return 0
    return CODE_ATTEMPTS - int(used)


def complete_session(
    conn: Connection, secret: str, *, lifetime: dt.timedelta = SESSION_LIFETIME
) -> tuple[str, str]:
    """The second factor was right: the waiting session ends and a full one starts (a new
    secret, so the cookie that waited is worth nothing)."""
    found = pending_session(conn, secret)
    if found is None:
        raise NotFound("the sign-in has expired", hint="sign in again")
    conn.execute(delete(web_sessions).where(web_sessions.c.id_hash == digest(secret)))
    return start_session(conn, found[0].id, lifetime=lifetime)


def session_user(conn: Connection, secret: str) -> tuple[User, str] | None:
    """(account, CSRF token) of an unexpired, signed-in session of an active account (not
    one that still awaits its second-factor code), or None."""
    row = conn.execute(
        select(*_USER_COLUMNS, web_sessions.c.csrf_token)
        .join(web_sessions, web_sessions.c.user_id == users.c.id)
        .where(
            web_sessions.c.id_hash == digest(secret),
            web_sessions.c.expires_at > _now(),
            ~web_sessions.c.awaiting_code,
            users.c.active,
        )
    ).one_or_none()
    if row is None:
        return None
    return _user(row), row.csrf_token


def end_session(conn: Connection, secret: str) -> None:
    """Sign out: the session is deleted; an unknown session changes nothing. Only a
    signed-in session's end is audited (one that awaited its code never signed in)."""
    key = digest(secret)
    row = conn.execute(
        select(users.c.username, web_sessions.c.awaiting_code)
        .join(web_sessions, web_sessions.c.user_id == users.c.id)
        .where(web_sessions.c.id_hash == key)
    ).one_or_none()
    if row is None:
        return
    conn.execute(delete(web_sessions).where(web_sessions.c.id_hash == key))
    if not row.awaiting_code:
        record(conn, actor=row.username, action="user.logout", target=_target(row.username))
