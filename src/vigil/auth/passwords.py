"""Password hashes (argon2id) and the password policy.

The hasher's parameters are argon2-cffi's defaults (RFC 9106 low-memory profile); a
stored hash made with other parameters is rehashed at the next successful sign-in.

The policy refuses passwords shorter than 12 characters, one character repeated, any
password in the bundled list of common passwords (``data/common-passwords.txt``,
compared case-insensitively) and any password that contains the account's username.
"""

from __future__ import annotations

import secrets
from functools import cache
from importlib.resources import files

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vigil.errors import InvalidInput

__all__ = ["MIN_LENGTH", "check_policy", "generate_password", "hash_password", "is_common",
           "needs_rehash", "rehash", "verify_password"]  # fmt: skip

MIN_LENGTH = 12
MAX_LENGTH = 1024  # hashing is costly; a megabyte "password" is an attack, not a secret

_HASHER = PasswordHasher()


@cache
def _common() -> frozenset[str]:
    # Entries shorter than the minimum are refused by length already: not kept in memory.
    text = files("vigil.auth").joinpath("data/common-passwords.txt").read_text("utf-8")
    return frozenset(
        line.casefold()
        for line in text.splitlines()
        if len(line) >= MIN_LENGTH and not line.startswith("#")
    )


def is_common(password: str) -> bool:
    """Whether ``password`` (any case) is in the bundled list of common passwords."""
    return password.casefold() in _common()


def check_policy(password: str, username: str | None = None) -> None:
    """Refuse passwords too short, too long, made of one repeated character, common
    (in the bundled list), or containing ``username``."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            f"the password is too short ({len(password)} characters)",
            hint=f"use at least {MIN_LENGTH} characters; a few random words work well",
        )
    if len(password) > MAX_LENGTH:
        raise InvalidInput("the password is too long", hint=f"use at most {MAX_LENGTH} characters")
    if len(set(password)) == 1:
        raise InvalidInput(
            "the password is one character repeated", hint="use a password that varies"
        )
    if username and username.strip().casefold() in password.casefold():
        raise InvalidInput(
            "the password contains the username", hint="choose one that does not contain it"
        )
    if is_common(password):
        raise InvalidInput(
            "the password is in the list of common passwords",
            hint="choose another; a few random words work well",
        )


def hash_password(password: str, username: str | None = None) -> str:
    """The argon2id hash of ``password`` (which must meet the policy for ``username``)."""
    check_policy(password, username)
    return _HASHER.hash(password)


def rehash(password: str) -> str:
    """A fresh hash of a password already stored (no policy check: it was set earlier)."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``; False for a malformed hash."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether ``stored_hash`` was made with other parameters than today's."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def generate_password(words: int = 4) -> str:
    """A random password for a demo or a reset: ``words`` groups of 5 characters from an
    alphabet without look-alikes, joined by hyphens (about 25 bits per group)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    groups = ("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(words))
    return "-".join(groups)
