"""Token and session secrets: random, recognisable, stored only as a SHA-256."""

from __future__ import annotations

import hashlib

from vigil.auth.tokens import TOKEN_PREFIX, digest, new_csrf, new_secret, same


def test_secrets_are_random_and_prefixed() -> None:
    made = {new_secret() for _ in range(100)}
    assert len(made) == 100
    for secret in made:
        assert secret.startswith(TOKEN_PREFIX)
        assert len(secret) >= len(TOKEN_PREFIX) + 43  # 256 bits in base64


def test_digest_is_sha256_hex() -> None:
    secret = new_secret()
    assert digest(secret) == hashlib.sha256(secret.encode()).hexdigest()
    assert len(digest(secret)) == 64
    assert digest(secret) != digest(new_secret())


def test_csrf_tokens_fit_their_column() -> None:
    assert len(new_csrf()) <= 64
    assert new_csrf() != new_csrf()


def test_same_is_false_for_missing_values() -> None:
    token = new_csrf()
    assert same(token, token)
    assert not same(token, new_csrf())
    assert not same(None, token)
    assert not same("", "")
    assert not same(None, None)
