"""A staff account as the rest of Vigil sees it: never with its password hash."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vigil.auth.roles import Role
from vigil.errors import InvalidInput

__all__ = ["ApiToken", "User", "normalize_username"]

_USERNAME = re.compile(r"[a-z0-9._-]{3,64}")


@dataclass(frozen=True, slots=True)
class User:
    """One staff account."""

    id: int
    username: str
    display_name: str | None
    role: Role
    active: bool
    created_at: dt.datetime
    created_by: str
    mfa_enrolled: bool = False  # signs in with a second factor (TOTP)

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


def normalize_username(text: str) -> str:
    """``text`` case-folded; 3 to 64 characters of a-z, 0-9, dot, underscore, hyphen."""
    name = text.strip().casefold()
    if not _USERNAME.fullmatch(name):
        raise InvalidInput(
            f"{text!r} cannot be a username",
            hint="use 3 to 64 characters: letters a-z, digits, '.', '_' or '-'",
        )
    return name


@dataclass(frozen=True, slots=True)
class ApiToken:
    """An API token as listed: never with its secret or its hash."""

    id: int
    username: str
    name: str
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None

    def state(self, now: dt.datetime) -> str:
        """``active``, ``expired`` or ``revoked``."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"
