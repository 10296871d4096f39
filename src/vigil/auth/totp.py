"""The second factor: time-based one-time codes (TOTP, RFC 6238) and recovery codes.

A TOTP secret is 160 random bits (base32); a code is 6 digits for a 30-second time step,
and the steps just before and after are accepted too (clocks drift). ``matching_step``
names the step a code belongs to, so the store can refuse a step that was already used:
a code seen once, over a shoulder or in a log, does not sign in again.

Recovery codes are 16 characters from an alphabet without look-alikes (about 79 bits),
shown once and kept only as SHA-256 hashes; each works once.
"""

from __future__ import annotations

import datetime as dt
import hmac
import re
import secrets

import pyotp

from vigil.auth.tokens import digest

__all__ = [
    "DIGITS",
    "INTERVAL",
    "RECOVERY_CODES",
    "is_totp_shape",
    "matching_step",
    "new_recovery_codes",
    "new_secret",
    "normalize_recovery",
    "provisioning_uri",
    "recovery_hash",
    "step_of",
]

INTERVAL = 30
DIGITS = 6
DRIFT_STEPS = 1
RECOVERY_CODES = 10
ISSUER = "Vigil"
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_SPACES = re.compile(r"[\s-]+")


def new_secret() -> str:
    """A new TOTP secret: 32 base32 characters (160 bits)."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str) -> str:
    """The ``otpauth://totp/...`` address an authenticator app imports."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def step_of(moment: dt.datetime) -> int:
    """The time step ``moment`` falls in."""
    return int(moment.timestamp()) // INTERVAL


def is_totp_shape(text: str) -> bool:
    """Whether ``text`` looks like a TOTP code (6 digits, spaces allowed)."""
    return _SPACES.sub("", text).isdigit() and len(_SPACES.sub("", text)) == DIGITS


def matching_step(secret: str, code: str, moment: dt.datetime) -> int | None:
    """The time step (now, or one either side) whose code is ``code``; None if none."""
    code = _SPACES.sub("", code)
    if not is_totp_shape(code):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL)
    now = step_of(moment)
    for step in (now, now - DRIFT_STEPS, now + DRIFT_STEPS):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def new_recovery_codes(count: int = RECOVERY_CODES) -> list[str]:
    """``count`` new recovery codes, ``xxxx-xxxx-xxxx-xxxx``."""
    codes = []
    for _ in range(count):
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(16))
        codes.append("-".join(raw[i : i + 4] for i in range(0, 16, 4)))
    return codes


def normalize_recovery(text: str) -> str:
    """A recovery code as typed (any case, with or without hyphens and spaces) in the
    form that is hashed."""
    return _SPACES.sub("", text).casefold()


def recovery_hash(code: str) -> str:
    """What is stored for a recovery code: the SHA-256 of its normal form."""
    return digest(normalize_recovery(code))
