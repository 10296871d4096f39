"""The second factor of staff sign-in: TOTP enrolment and checks, and recovery codes.

A TOTP secret is sealed with the key file (``vigil.auth.keyring``, context
``user:<id>:totp``), so a copy of the database does not hold it in readable form.
Recovery codes are kept only as SHA-256 hashes. The last time step accepted is stored
per account and a code of that step or an earlier one is refused: a code works once.
Enrolment, reset and each recovery code used are audited (never a secret or a code).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from vigil.auth import totp
from vigil.auth.keyring import Keyring, KeyringMissing
from vigil.auth.users import User
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.store.audit import record
from vigil.store.tables import recovery_codes, users, web_sessions

__all__ = [
    "Enrolment",
    "MfaStatus",
    "Outcome",
    "begin_enrolment",
    "confirm_enrolment",
    "reseal",
    "reset",
    "status",
    "verify",
]


class Outcome(enum.Enum):
    """What a second-factor code turned out to be."""

    TOTP = "totp"
    RECOVERY = "recovery"
    WRONG = "wrong"
    REPLAYED = "replayed"  # the right code, but its time step was used already

    @property
    def accepted(self) -> bool:
        return self in (Outcome.TOTP, Outcome.RECOVERY)


@dataclass(frozen=True, slots=True)
class MfaStatus:
    enrolled: bool
    enabled_at: dt.datetime | None
    recovery_left: int


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What an authenticator app needs: the secret as text and as an otpauth:// URI."""

    secret: str
    uri: str

    @property
    def grouped(self) -> str:
        """The secret in groups of four, easier to type."""
        return " ".join(self.secret[i : i + 4] for i in range(0, len(self.secret), 4))


def _context(user_id: int) -> str:
    return f"user:{user_id}:totp"


def _ring(keyring: Keyring | None) -> Keyring:
    if keyring is None:
        raise KeyringMissing(
            "two-step sign-in needs the key file, and this server has none",
            hint="create it with `vigil init` or set VIGIL_KEY_FILE / VIGIL_KEYS",
        )
    return keyring


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def status(conn: Connection, user_id: int) -> MfaStatus:
    enabled = conn.execute(
        select(users.c.totp_enabled_at).where(users.c.id == user_id)
    ).scalar_one_or_none()
    left = conn.execute(
        select(func.count())
        .select_from(recovery_codes)
        .where(recovery_codes.c.user_id == user_id, recovery_codes.c.used_at.is_(None))
    ).scalar_one()
    return MfaStatus(enabled is not None, _utc(enabled), int(left))


def begin_enrolment(conn: Connection, user: User, keyring: Keyring | None) -> Enrolment:
    """The secret being enrolled (the same one until it is confirmed, so reloading the
    page does not change what the app was given)."""
    ring = _ring(keyring)
    row = conn.execute(
        select(users.c.totp_pending, users.c.totp_enabled_at).where(users.c.id == user.id)
    ).one()
    if row.totp_enabled_at is not None:
        raise Conflict(
            f"{user.username} already signs in with a code",
            hint="an admin can reset it (`vigil user mfa-reset`) to enrol again",
        )
    if row.totp_pending:
        secret = ring.decrypt(row.totp_pending, _context(user.id))
    else:
        secret = totp.new_secret()
        conn.execute(
            update(users)
            .where(users.c.id == user.id)
            .values(totp_pending=ring.encrypt(secret, _context(user.id)))
        )
    return Enrolment(secret, totp.provisioning_uri(secret, user.username))


def confirm_enrolment(
    conn: Connection, user: User, code: str, keyring: Keyring | None, now: dt.datetime
) -> list[str]:
    """Turn the second factor on with the first code from the app; the new recovery
    codes (shown once, stored hashed). A wrong code is InvalidInput."""
    ring = _ring(keyring)
    row = conn.execute(
        select(users.c.totp_pending, users.c.totp_enabled_at).where(users.c.id == user.id)
    ).one()
    if row.totp_enabled_at is not None:
        raise Conflict(f"{user.username} already signs in with a code",
                       hint="sign out and in again with a code")  # fmt: skip
    if not row.totp_pending:
        raise NotFound("there is no enrolment to confirm", hint="open the enrolment page again")
    secret = ring.decrypt(row.totp_pending, _context(user.id))
    step = totp.matching_step(secret, code, now)
    if step is None:
        raise InvalidInput(
            "the code does not match",
            hint="type the 6-digit code the app shows now; check the phone's clock",
        )
    conn.execute(
        update(users)
        .where(users.c.id == user.id)
        .values(
            totp_secret=row.totp_pending,
            totp_pending=None,
            totp_enabled_at=now,
            totp_last_step=step,  # the code just typed cannot sign in later
        )
    )
    codes = _new_recovery_codes(conn, user.id, now)
    record(conn, actor=user.username, action="user.mfa_enrol", target=f"user:{user.username}",
           after={"method": "totp", "recovery_codes": len(codes)})  # fmt: skip
    return codes


def _new_recovery_codes(conn: Connection, user_id: int, now: dt.datetime) -> list[str]:
    conn.execute(delete(recovery_codes).where(recovery_codes.c.user_id == user_id))
    codes = totp.new_recovery_codes()
    conn.execute(
        insert(recovery_codes),
        [
            {"user_id": user_id, "code_hash": totp.recovery_hash(c), "created_at": now}
            for c in codes
        ],
    )
    return codes


def verify(
    conn: Connection, user: User, code: str, keyring: Keyring | None, now: dt.datetime
) -> Outcome:
    """Check a second-factor code at sign-in: a TOTP code of a step not used before, or
    an unused recovery code (then used up, and audited)."""
    if totp.is_totp_shape(code):
        row = conn.execute(
            select(users.c.totp_secret, users.c.totp_last_step).where(users.c.id == user.id)
        ).one()
        if not row.totp_secret:
            return Outcome.WRONG
        secret = _ring(keyring).decrypt(row.totp_secret, _context(user.id))
        step = totp.matching_step(secret, code, now)
        if step is None:
            return Outcome.WRONG
        # One statement: of two requests with the same code, only one moves the step on.
        moved = conn.execute(
            update(users)
            .where(
                users.c.id == user.id,
                users.c.totp_last_step.is_(None) | (users.c.totp_last_step < step),
            )
            .values(totp_last_step=step)
        )
        return Outcome.TOTP if moved.rowcount == 1 else Outcome.REPLAYED
    if not totp.normalize_recovery(code) or len(code) > 64:
        return Outcome.WRONG
    used = conn.execute(
        update(recovery_codes)
        .where(
            recovery_codes.c.user_id == user.id,
            recovery_codes.c.code_hash == totp.recovery_hash(code),
            recovery_codes.c.used_at.is_(None),
        )
        .values(used_at=now)
    )
    if used.rowcount != 1:
        return Outcome.WRONG
    left = status(conn, user.id).recovery_left
    record(conn, actor=user.username, action="user.mfa_recovery",
           target=f"user:{user.username}", after={"recovery_codes_left": left})  # fmt: skip
    return Outcome.RECOVERY


def reset(conn: Connection, username: str, *, by: str) -> bool:
    """Clear an account's second factor (secret, enrolment, recovery codes) and end its
    browser sessions; whether it had one. Audited."""
    row = conn.execute(
        select(users.c.id, users.c.username, users.c.totp_enabled_at, users.c.totp_pending).where(
            users.c.username == username.strip().casefold()
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"no user {username!r}", hint="`vigil user list` shows the users")
    conn.execute(
        update(users)
        .where(users.c.id == row.id)
        .values(totp_secret=None, totp_pending=None, totp_enabled_at=None, totp_last_step=None)
    )
    conn.execute(delete(recovery_codes).where(recovery_codes.c.user_id == row.id))
    conn.execute(delete(web_sessions).where(web_sessions.c.user_id == row.id))
    enrolled = row.totp_enabled_at is not None
    record(conn, actor=by, action="user.mfa_reset", target=f"user:{row.username}",
           before={"enrolled": enrolled}, after={"enrolled": False})  # fmt: skip
    return enrolled


def reseal(conn: Connection, keyring: Keyring) -> int:
    """Re-encrypt every TOTP secret with the ring's current key (for ``vigil keys
    rotate``: any key of the ring opens the old value); how many values changed."""
    changed = 0
    rows = conn.execute(select(users.c.id, users.c.totp_secret, users.c.totp_pending)).all()
    for row in rows:
        values = {}
        for column in ("totp_secret", "totp_pending"):
            sealed = getattr(row, column)
            if sealed and keyring.key_id_of(sealed) != keyring.current:
                plain = keyring.decrypt(sealed, _context(row.id))
                values[column] = keyring.encrypt(plain, _context(row.id))
        if values:
            conn.execute(update(users).where(users.c.id == row.id).values(**values))
            changed += len(values)
    return changed
