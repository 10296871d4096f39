"""Secrets for API tokens, browser sessions and CSRF, and the hashes they are kept as.

A secret is shown once; the database holds only its SHA-256, so a copy of the database
cannot be used to sign in. The ``vgl_`` prefix lets secret scanners recognise a token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = ["TOKEN_PREFIX", "digest", "new_csrf", "new_secret", "same"]

TOKEN_PREFIX = "vgl_"


def new_secret() -> str:
    """A new random secret (256 bits), recognisable by its prefix."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_csrf() -> str:
    """A new random CSRF token (fits the 64-character column)."""
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """The SHA-256 of ``secret`` in hex: what is stored and looked up."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    """Constant-time equality of two secrets; False when either is missing or empty."""
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
